"""`ifdesk company add|list|proposals|accept-proposal|ignore-proposal`."""

from __future__ import annotations

import sys

from ..core import naf
from ..core.company_rules import programme_size_warning, size_label
from ..core.errors import ValidationError
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
    a.add_argument("--allow-non-manufacturing", action="store_true",
                   help=_("accepter un code NAF hors de l'industrie manufacturière (section C)"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=add)
    ls = s.add_parser("list", help=_("lister les entreprises"))
    ls.add_argument("--search", help=_("filtrer par nom, commune ou SIRET"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    pr = s.add_parser("proposals", help=_("changements d'entreprises proposés par des experts, à accepter ou ignorer"))
    pr.add_argument("--all", action="store_true", help=_("aussi les propositions déjà traitées"))
    pr.add_argument("--json", action="store_true")
    pr.set_defaults(func=proposals)
    for name, hlp in (("accept-proposal", _("appliquer une proposition")), ("ignore-proposal", _("ignorer une proposition"))):
        c = s.add_parser(name, help=hlp)
        c.add_argument("proposal", metavar="ID", type=int)
        c.add_argument("--json", action="store_true")
        c.set_defaults(func=decide_proposal, decision=name)


def add(args, ctx) -> int:
    from ..core.company import new_company

    c = new_company(siret=args.siret, name=args.name, region=args.region, naf=args.naf, headcount=args.headcount,
                    turnover_eur=args.turnover, balance_sheet_eur=args.balance_sheet, city=args.city)
    outside = naf.outside_manufacturing(c.naf, c.naf_nomenclature)
    if outside and not args.allow_non_manufacturing:
        raise ValidationError(outside + " " + _("Ajoutez --allow-non-manufacturing pour l'enregistrer quand même."), "naf")
    ctx.workspace().companies.add(c)
    warnings = [w for w in (outside, programme_size_warning(c.headcount, c.turnover_eur, c.balance_sheet_eur)) if w]
    for w in warnings:
        print(_("attention : {w}", w=w), file=sys.stderr)
    if args.json:
        ctx.json(company_json(c.model_dump() | {"size_class": c.size.value if c.size else None}) | {"warnings": warnings})
    else:
        ctx.say(_("entreprise enregistrée : {n} (SIRET {s})", n=c.name, s=format_siret(c.siret)))
    return 0


def company_json(r: dict) -> dict:
    nomenclature = r.get("naf_nomenclature") or naf.DEFAULT_NOMENCLATURE
    return {"siret": r["siret"], "name": r["name"], "region": r["region"], "region_name": region_name(r["region"]),
            "naf": r.get("naf"), "naf_nomenclature": nomenclature,
            "naf_label": naf.label(r.get("naf"), nomenclature) if r.get("naf") else None,
            "headcount": r.get("headcount"), "size_class": r.get("size_class"),
            "size_label": size_label(r.get("headcount"), r.get("turnover_eur"), r.get("balance_sheet_eur")),
            "city": r.get("city"), "assigned_to": r.get("assigned_to"), "diagnostics": r.get("diagnostics", 0)}


def list_(args, ctx) -> int:
    rows = ctx.workspace(readonly=True).companies.list(search=args.search)
    if args.json:
        ctx.json([company_json(r) for r in rows])
        return 0
    for r in rows:
        nomenclature = r.get("naf_nomenclature") or naf.DEFAULT_NOMENCLATURE
        activity = f"{r['naf']} {naf.label(r['naf'], nomenclature) or ''}".strip() if r["naf"] else "-"
        ctx.say(f"{format_siret(r['siret'])}  {r['name']}  {r['region']} {region_name(r['region']) or ''}  "
                f"{activity}  {size_label(r.get('headcount'), r.get('turnover_eur'), r.get('balance_sheet_eur'))}")
    if not rows:
        ctx.say(_("aucune entreprise"))
    return 0


def proposals(args, ctx) -> int:
    from ..store.proposals import company_proposals

    rows = company_proposals(ctx.workspace(readonly=True), include_closed=args.all)
    if args.json:
        ctx.json(rows)
        return 0
    for p in rows:
        changes = ", ".join(f"{f} : {p['current'].get(f)} → {p['record'].get(f)}" for f in p["changes"])
        ctx.say(f"#{p['id']}  {format_siret(p['siret'])}  {p['company']}  {p['expert_name']} ({p['key_id']})  {changes}")
    if not rows:
        ctx.say(_("aucune proposition"))
    return 0


def decide_proposal(args, ctx) -> int:
    from ..store.proposals import accept_proposal, ignore_proposal

    fn = accept_proposal if args.decision == "accept-proposal" else ignore_proposal
    res = fn(ctx.workspace(), args.proposal)
    if args.json:
        ctx.json(res)
    else:
        ctx.say(_("proposition {id} : {s}", id=res["id"], s=_("acceptée") if res["state"] == "accepted" else _("ignorée")))
    return 0
