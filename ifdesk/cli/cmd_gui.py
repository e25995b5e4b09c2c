"""`ifdesk gui [--screenshot FILE.png --view NAME --size WxH]`: the desktop window."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from ..core.errors import IfdeskError
from ..i18n import _
from ..ui.pages import VIEWS  # no Qt: the list of views is written once, in the window's package


def _size(text: str) -> tuple[int, int]:
    import argparse

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
    if not args.screenshot:
        check_window_libraries()
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


def window_args(argv: list[str]) -> tuple[str | None, str | None] | None:
    """`ifdesk` or `ifdesk gui` with at most the global options --data-dir and --lang: (data_dir, lang)
    read without argparse (building the parser costs about 10 ms of the window's start, quality.md's
    `startup_ratio`). None for anything else: the parser decides, with its messages."""
    data_dir, lang, command = None, None, False
    i = 0
    while i < len(argv):
        a = argv[i]
        if command:  # options of `gui` (--open, --screenshot…) or a second word: the parser's business
            return None
        if a == "gui":
            command, i = True, i + 1
            continue
        if a in ("--data-dir", "--lang"):
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                return None
            name, value, i = a, argv[i + 1], i + 2
        elif a.startswith(("--data-dir=", "--lang=")):
            (name, value), i = a.split("=", 1), i + 1
        else:
            return None
        if name == "--lang":
            if value not in ("fr", "en"):
                return None
            lang = value
        else:
            data_dir = value
    return data_dir, lang


def check_window_libraries() -> None:
    """The window on X11: name the missing system libraries before Qt aborts (both ways of starting it)."""
    from . import syslibs

    if not syslibs.uses_xcb():
        return
    problem = syslibs.check_xcb(stamp=syslibs.default_stamp())
    if problem:
        raise IfdeskError(problem)


def start_window(data_dir: str | None, lang: str | None) -> int:
    """What `gui()` does for a plain start, given `window_args`'s answer (same folder rules: the
    option, else IFDESK_DATA_DIR, else the preferences; same exit codes and error lines)."""
    from ..i18n import detect_language, set_language

    set_language(detect_language(lang))
    data_dir = data_dir if data_dir is not None else os.environ.get("IFDESK_DATA_DIR")
    try:
        check_window_libraries()
        import gc

        # no garbage collection until the first page is up (app.run gives it back, all that was loaded set
        # aside with gc.freeze): the start makes hundreds of thousands of objects that all stay
        gc.disable()
        try:
            from ..ui import app
        except ImportError as exc:  # PySide6 missing: say so plainly
            raise IfdeskError(_("L'interface graphique demande PySide6 ({e}).", e=exc)) from None
        return app.run(folder=Path(data_dir) if data_dir else None, lang=lang, open_files=[])
    except IfdeskError as exc:
        for line in str(exc).splitlines() or [exc.__class__.__name__]:
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"error: {_('interrompu')}", file=sys.stderr)
        return 1
    finally:
        import gc

        gc.enable()  # whatever happened (a refusal before the window, an error): collection back on
