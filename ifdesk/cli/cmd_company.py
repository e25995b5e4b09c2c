"""`ifdesk company add|list`."""

from __future__ import annotations

from ..core.identifiers import format_siret
from ..core.reference_data import region_name
from ..i18n import _
from .argtypes import amount, integer


def register(sub) -> None:
    p = sub.add_parser("company", help=_("entreprises"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", help=_("enregistrer une entreprise"))
    a.add_argument("--siret", required=True)
    a.add_argument("--name", required=True, help=_("raison sociale"))
    a.add_argument("--region", required=True, help=_("code de région INSEE, par ex. 84"))
    a.add_argument("--naf", help=_("code NAF rév. 2, par ex. 25.62B"))
    a.add_argument("--headcount", type=integer, help=_("effectif"))
    a.add_argument("--turnover", type=amount, help=_("chiffre d'affaires en euros"))
    a.add_argument("--balance-sheet", type=amount, help=_("total du bilan en euros"))
    a.add_argument("--city", help=_("commune du site"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=add)
    ls = s.add_parser("list", help=_("lister les entreprises"))
    ls.add_argument("--search", help=_("filtrer par nom, commune ou SIRET"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)


def add(args, ctx) -> int:
    from ..core.company import new_company

    c = new_company(siret=args.siret, name=args.name, region=args.region, naf=args.naf, headcount=args.headcount,
                    turnover_eur=args.turnover, balance_sheet_eur=args.balance_sheet, city=args.city)
    ctx.workspace().companies.add(c)
    if args.json:
        ctx.json(company_json(c.model_dump() | {"size_class": c.size.value if c.size else None}))
    else:
        ctx.say(_("entreprise enregistrée : {n} (SIRET {s})", n=c.name, s=format_siret(c.siret)))
    return 0


def company_json(r: dict) -> dict:
    return {"siret": r["siret"], "name": r["name"], "region": r["region"], "region_name": region_name(r["region"]),
            "naf": r.get("naf"), "headcount": r.get("headcount"), "size_class": r.get("size_class"),
            "city": r.get("city"), "assigned_to": r.get("assigned_to"), "diagnostics": r.get("diagnostics", 0)}


def list_(args, ctx) -> int:
    rows = ctx.workspace(readonly=True).companies.list(search=args.search)
    if args.json:
        ctx.json([company_json(r) for r in rows])
        return 0
    for r in rows:
        ctx.say(f"{format_siret(r['siret'])}  {r['name']}  {r['region']} {region_name(r['region']) or ''}  "
                f"{r['naf'] or '-'}  {r['size_class'] or '-'}")
    if not rows:
        ctx.say(_("aucune entreprise"))
    return 0
