"""`ifdesk national objective add|remove|list` and `ifdesk office forward` (issue 13, national.md)."""

from __future__ import annotations

from ..i18n import _


def add_forward_parser(s) -> None:
    """`office forward`, added to the `office` command's sub-commands by cmd_office."""
    f = s.add_parser("forward", help=_("transmettre au national : les paquets originaux des experts et un paquet "
                                       "signé des programmes"))
    f.add_argument("-o", "--output", required=True, metavar=_("DOSSIER"))
    f.add_argument("--all", action="store_true", help=_("tous les paquets reçus, même ceux déjà transmis"))
    f.add_argument("--region", metavar="CODE", help=_("région du bureau (par défaut : celle de ses programmes)"))
    f.add_argument("--json", action="store_true")
    f.set_defaults(func=forward)


def forward(args, ctx) -> int:
    from ..bundle import office_forward

    res = office_forward(ctx.workspace(), args.output, lambda: ctx.passphrase(), everything=args.all, region=args.region)
    if args.json:
        ctx.json(res.as_dict())
    else:
        ctx.say(_("{n} paquet(s) d'experts et les programmes de la région {r} écrits dans {p}, chiffrés pour le national.",
                  n=res.bundles, r=res.region, p=res.folder))
    return 0


def register(sub) -> None:
    p = sub.add_parser("national", help=_("national : objectifs nationaux (entreprises diagnostiquées à une date)"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    o = s.add_parser("objective", help=_("objectifs nationaux"))
    os_ = o.add_subparsers(dest="objective_action", metavar="ACTION", required=True)
    a = os_.add_parser("add", help=_("fixer un objectif : N entreprises diagnostiquées au plus tard à DATE"))
    a.add_argument("--date", required=True, metavar=_("AAAA-MM-JJ"))
    a.add_argument("--companies", required=True, type=int, metavar="N")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=objective_add)
    r = os_.add_parser("remove", help=_("retirer l'objectif d'une date"))
    r.add_argument("--date", required=True, metavar=_("AAAA-MM-JJ"))
    r.set_defaults(func=objective_remove)
    ls = os_.add_parser("list", help=_("lister les objectifs nationaux et l'avancement"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=objective_list)


def objective_add(args, ctx) -> int:
    from ..office import national

    res = national.set_objective(ctx.workspace(), args.date, args.companies)
    if args.json:
        ctx.json(res)
    else:
        ctx.say(_("Objectif national : {n} entreprises au plus tard le {d}.", n=res["objective"], d=res["date"]))
    return 0


def objective_remove(args, ctx) -> int:
    from ..office import national

    national.remove_objective(ctx.workspace(), args.date)
    ctx.say(_("Objectif du {d} retiré.", d=args.date))
    return 0


def objective_list(args, ctx) -> int:
    from ..office import aggregates, national
    from ..office.filters import Filters

    ws = ctx.workspace()
    aggregates.prepare(ws)
    rows = national.milestones(ws, Filters())
    if args.json:
        ctx.json(rows)
        return 0
    if not rows:
        ctx.say(_("Aucun objectif national : « national objective add --date AAAA-MM-JJ --companies N »."))
    for m in rows:
        ctx.say(_("{d} : {x} entreprises diagnostiquées pour un objectif de {n}", d=m["date"], x=m["diagnosed"],
                  n=m["objective"]))
    return 0
