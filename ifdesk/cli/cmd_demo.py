"""`ifdesk demo`: realistic, reproducible sample data."""

from __future__ import annotations

from ..i18n import _
from .argtypes import integer


def register(sub) -> None:
    p = sub.add_parser("demo", help=_("remplir l'espace de travail de données d'exemple réalistes"))
    p.add_argument("--companies", type=integer, default=None, metavar="N",
                   help=_("nombre d'entreprises (défaut 40 ; 3 000 dans un espace national)"))
    p.add_argument("--seed", type=integer, default=1, metavar="S", help=_("graine du tirage (mêmes données pour la même graine)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=demo)


def demo(args, ctx) -> int:
    from ..core.errors import ValidationError
    from ..demo import fill

    ws = ctx.workspace()
    ident = ws.identity()
    national = bool(ident) and ident["role"] == "national"
    n = args.companies if args.companies is not None else (3000 if national else 40)
    if not 0 <= n <= 1_000_000:
        raise ValidationError(_("--companies doit être entre 0 et 1 000 000."))
    if national:  # as if the 18 offices had forwarded a year (demo/national.py)
        from ..demo.national import fill_national

        rep = fill_national(ws, companies=n, seed=args.seed)
    else:
        rep = fill(ws, companies=n, seed=args.seed)
    if args.json:
        ctx.json({"companies": rep.companies, "diagnostics": rep.diagnostics, "by_status": rep.by_status,
                  "programmes": rep.programmes})
    else:
        by = rep.by_status
        ctx.say(_("{c} entreprises et {d} diagnostics ajoutés (brouillons {dr}, terminés {co}, exportés {ex}).",
                  c=rep.companies, d=rep.diagnostics, dr=by.get("draft", 0), co=by.get("completed", 0),
                  ex=by.get("exported", 0)))
    return 0
