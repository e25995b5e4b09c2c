"""`ifdesk report ID -o FILE.pdf [--lang fr|en] [--revision N]`: the company report as PDF."""

from __future__ import annotations

from ..i18n import _
from .argtypes import integer


def register(sub) -> None:
    p = sub.add_parser("report", help=_("rapport PDF remis à l'entreprise"))
    p.add_argument("id", metavar="ID", help=_("identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)"))
    p.add_argument("-o", "--output", required=True, metavar=_("FICHIER.pdf"), help=_("fichier PDF à écrire"))
    p.add_argument("--lang", dest="report_lang", choices=["fr", "en"],
                   help=_("langue du rapport (défaut : français)"))
    p.add_argument("--revision", type=integer, metavar="N", help=_("révision à présenter (défaut : la dernière)"))
    p.set_defaults(func=report)


def report(args, ctx) -> int:
    from ..report import render_report

    ws = ctx.workspace(readonly=True)
    lang = args.report_lang or getattr(args, "lang", None) or "fr"
    path = render_report(ws, args.id, args.output, lang=lang, revision=args.revision)
    ctx.say(_("rapport écrit : {p}", p=path))
    return 0
