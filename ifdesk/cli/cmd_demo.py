"""`ifdesk demo`: realistic, reproducible sample data."""

from __future__ import annotations

from ..i18n import _
from .argtypes import integer


def register(sub) -> None:
    p = sub.add_parser("demo", help=_("remplir l'espace de travail de données d'exemple réalistes"))
    p.add_argument("--companies", type=integer, default=40, metavar="N", help=_("nombre d'entreprises (défaut 40)"))
    p.add_argument("--seed", type=integer, default=1, metavar="S", help=_("graine du tirage (mêmes données pour la même graine)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=demo)


def demo(args, ctx) -> int:
    from ..core.errors import ValidationError
    from ..demo import fill

    if not 0 <= args.companies <= 1_000_000:
        raise ValidationError(_("--companies doit être entre 0 et 1 000 000."))
    rep = fill(ctx.workspace(), companies=args.companies, seed=args.seed)
    if args.json:
        ctx.json({"companies": rep.companies, "diagnostics": rep.diagnostics, "by_status": rep.by_status,
                  "programmes": rep.programmes})
    else:
        by = rep.by_status
        ctx.say(_("{c} entreprises et {d} diagnostics ajoutés (brouillons {dr}, terminés {co}, exportés {ex}).",
                  c=rep.companies, d=rep.diagnostics, dr=by.get("draft", 0), co=by.get("completed", 0),
                  ex=by.get("exported", 0)))
    return 0
