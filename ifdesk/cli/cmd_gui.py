"""`ifdesk gui [--screenshot FILE.png --view NAME --size WxH]`: the desktop window."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..core.errors import IfdeskError
from ..i18n import _

VIEWS = ["companies", "diagnostics", "diagnostic", "report", "sync", "dashboard", "settings", "identity", "review",
         "register"]


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{3,5})[xX×](\d{3,5})", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(_("taille attendue LARGEURxHAUTEUR, par ex. 1366x768"))
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(_("taille hors limites (320x240 à 7680x4320)"))
    return w, h


def register(sub) -> None:
    p = sub.add_parser("gui", help=_("ouvrir la fenêtre (par défaut)"))
    p.add_argument("--screenshot", metavar=_("FICHIER.png"), help=_("rendre une vue dans une image PNG puis quitter"))
    p.add_argument("--view", choices=VIEWS, default="companies", help=_("vue à rendre avec --screenshot"))
    p.add_argument("--size", type=_size, default=(1366, 768), metavar=_("LxH"), help=_("taille de la fenêtre (défaut 1366x768)"))
    p.add_argument("--open", action="append", default=[], metavar=_("FICHIER.ifbundle"),
                   help=_("importer des paquets .ifbundle (fichiers ou dossiers)"))  # the window asks first
    p.set_defaults(func=gui)


def gui(args, ctx) -> int:
    try:
        from ..ui import app
    except ImportError as exc:  # PySide6 missing: say so plainly
        raise IfdeskError(_("L'interface graphique demande PySide6 ({e}).", e=exc)) from None
    lang = getattr(args, "lang", None)
    if args.screenshot:
        out = Path(args.screenshot)
        if out.suffix.lower() != ".png":
            raise IfdeskError(_("L'image doit être un fichier .png : {f}", f=out))
        app.screenshot(out, args.view, args.size, folder=ctx.data_dir, lang=lang)
        ctx.say(str(out))
        return 0
    return app.run(folder=ctx.data_dir, lang=lang, open_files=[str(Path(f).resolve()) for f in args.open])
