"""`ifdesk office export|programme`: the regional office's tables and programmes."""

from __future__ import annotations

from pathlib import Path

from ..core import formats
from ..i18n import _
from .argtypes import amount, day, integer, number
from .cmd_stats import add_filter_args, filters_from, num, open_for_reading


def register(sub) -> None:
    p = sub.add_parser("office", help=_("bureau régional : tableaux pour le reporting, programmes régionaux"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    e = s.add_parser("export", help=_("exporter les tableaux (entreprises, diagnostics, scores, réponses, actions, "
                                      "journal des imports) en classeur Excel ou en fichiers CSV"))
    e.add_argument("-o", "--output", required=True, metavar=_("FICHIER_OU_DOSSIER"),
                   help=_("classeur .xlsx, ou dossier avec --csv"))
    e.add_argument("--csv", action="store_true",
                   help=_("un fichier CSV par tableau dans le dossier (UTF-8 avec BOM, séparateur « ; », virgule décimale)"))
    add_filter_args(e)
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=export)

    prog = s.add_parser("programme", help=_("programmes régionaux : budget, objectif en entreprises, période"))
    ps = prog.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    ls = ps.add_parser("list", help=_("lister les programmes"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=programme_list)
    for name, helptext in (("add", _("ajouter un programme")), ("set", _("modifier un programme"))):
        a = ps.add_parser(name, help=helptext)
        required = name == "add"
        if name == "set":
            a.add_argument("id", type=integer, help=_("numéro du programme (voir « office programme list »)"))
        a.add_argument("--region", required=required, help=_("code de région INSEE, par ex. 84"))
        a.add_argument("--name", required=required, help=_("intitulé du programme"))
        a.add_argument("--budget", required=required, type=amount, metavar="EUROS", help=_("budget en euros"))
        a.add_argument("--objective", required=required, type=integer, metavar="N", help=_("objectif en nombre d'entreprises"))
        a.add_argument("--start", required=required, type=day, metavar=_("JJ/MM/AAAA"), help=_("début de la période"))
        a.add_argument("--end", required=required, type=day, metavar=_("JJ/MM/AAAA"), help=_("fin de la période"))
        a.add_argument("--milestone", action="append", default=None, metavar=_("DATE=N"),
                       help=_("objectif daté : N entreprises au plus tard à DATE (JJ/MM/AAAA) ; répétable"))
        a.add_argument("--json", action="store_true")
        a.set_defaults(func=programme_add if name == "add" else programme_set)

    c = s.add_parser("cost", help=_("le coût d'un diagnostic (jours d'expert × tarif journalier) et la part du programme"))
    c.add_argument("id", metavar="ID", help=_("identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)"))
    c.add_argument("--days", required=True, type=number, metavar="D", help=_("jours d'expert"))
    c.add_argument("--day-rate", required=True, type=amount, metavar="EUROS", help=_("tarif journalier en euros"))
    c.add_argument("--share", type=number, metavar=_("POURCENT"), help=_("part payée par le programme, en %% (100 par défaut)"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cost)

    from .cmd_national import add_forward_parser

    add_forward_parser(s)


def export(args, ctx) -> int:
    from ..office.export import export_csv, export_xlsx

    f = filters_from(args)
    ws = open_for_reading(ctx)
    out = Path(args.output)
    counts = export_csv(ws, out, f) if args.csv else export_xlsx(ws, out, f)
    if args.json:
        ctx.json({"output": str(out), "format": "csv" if args.csv else "xlsx", "tables": counts})
    else:
        ctx.say(_("Tableaux exportés dans {p} :", p=out))
        for name, n in counts.items():
            ctx.say(f"  {name} : {num(n)} " + _("ligne(s)"))
    return 0


def _fields(args) -> dict:
    return {"region": args.region, "name": args.name, "budget_eur": args.budget, "objective_companies": args.objective,
            "start": args.start, "end": args.end}


def programme_list(args, ctx) -> int:
    from ..office import programmes

    ws = ctx.workspace(readonly=True)
    rows = programmes.list_programmes(ws)
    if args.json:
        ctx.json([programmes.as_json(r, programmes.milestones(ws, r["id"])) for r in rows])
        return 0
    if not rows:
        ctx.say(_("aucun programme"))
    wr = max((len(r["region_name"]) for r in rows), default=0)  # names are never cut
    wn = max((len(r["name"]) for r in rows), default=0)
    for r in rows:
        ctx.say(f"{r['id']:>4}  {r['region']} {r['region_name']:<{wr}}  {r['name']:<{wn}}  "
                f"{formats.money(r['budget_eur']):>16}  " + _("objectif {n}", n=num(r["objective_companies"]))
                + f"  {formats.day(r['start'])} → {formats.day(r['end'])}")
    return 0


def _milestones(args) -> list | None:
    from ..core.programme import parse_milestone

    return None if args.milestone is None else [parse_milestone(m) for m in args.milestone]


def programme_add(args, ctx) -> int:
    from ..office import programmes

    ws = ctx.workspace()
    pid = programmes.add(ws, **_fields(args), milestones=_milestones(args))
    if args.json:
        ctx.json(programmes.as_json(programmes.get(ws, pid), programmes.milestones(ws, pid)))
    else:
        ctx.say(_("programme {id} ajouté : {n}", id=pid, n=args.name.strip()))
    return 0


def programme_set(args, ctx) -> int:
    from ..office import programmes

    ws = ctx.workspace()
    changes = {k: v for k, v in _fields(args).items() if v is not None}
    ms = _milestones(args)
    if ms is not None:
        changes["milestones"] = ms
    if not changes:
        from ..core.errors import ValidationError

        raise ValidationError(_("Rien à modifier : donnez au moins une option (--name, --budget, --objective, …)."))
    programmes.update(ws, args.id, **changes)
    if args.json:
        ctx.json(programmes.as_json(programmes.get(ws, args.id), programmes.milestones(ws, args.id)))
    else:
        ctx.say(_("programme {id} modifié", id=args.id))
    return 0


def cost(args, ctx) -> int:
    from ..office import money

    ws = ctx.workspace()
    c = money.record_cost(ws, args.id, args.days, args.day_rate, args.share)
    if args.json:
        ctx.json(c)
    else:
        ctx.say(_("coût enregistré : {d} j × {r} € = {t} €, part du programme {s} % ({p} €)", d=num(c["days"], 1),
                  r=num(c["day_rate_eur"]), t=num(c["total_eur"]), s=num(c["share_pct"]), p=num(c["programme_eur"])))
    return 0
