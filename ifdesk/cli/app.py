"""Parser, global options, error handling and exit codes (0 ok, 1 refused, 2 usage)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from .. import __version__
from ..core.errors import IfdeskError, LifecycleError
from ..core.safe_text import terminal_text
from ..i18n import _, detect_language, language, set_language
from . import argparse_fr

if TYPE_CHECKING:
    from ..store import Workspace


class UsageError(Exception):
    pass


# Every human line goes through say() or err(): text from data (a bundle, a file name) never sends a
# raw ESC/OSC/C0/C1 character to the terminal, it shows as `\x1b` (docs/decisions-safety.md). JSON
# output (Context.json) stays faithful: json escapes control characters itself.
def say(text: object = "") -> None:
    """A human line (or lines) on stdout; newlines kept, every other control character shown escaped."""
    print(terminal_text(str(text), keep_newlines=True))


def err(line: object) -> None:
    """One `error: …` line on stderr; a newline from data shows as `\n` and cannot forge a line."""
    print("error: " + terminal_text(str(line)), file=sys.stderr)


argparse_fr.install()  # argparse's own texts follow the language too


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # argparse's own section titles, in the user's language (its other texts stay English)
        self._positionals.title = _("arguments")
        self._optionals.title = _("options")

    def _get_value(self, action, arg_string):
        """A value the core parser refuses (argtypes) names its option: « --budget : montant invalide : … »."""
        try:
            return super()._get_value(action, arg_string)
        except IfdeskError as exc:
            name = "/".join(action.option_strings) or str(action.metavar or action.dest)
            raise IfdeskError(f"{name} : {exc}" if language() == "fr" else f"{name}: {exc}") from None

    def error(self, message: str) -> NoReturn:  # exit 2 with a French line
        self.print_usage(sys.stderr)
        err(message)
        raise SystemExit(2)


class Context:
    """What a command needs: the workspace, output helpers, the passphrase."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._ws: Workspace | None = None

    @property
    def data_dir(self) -> Path | None:
        return Path(self.args.data_dir) if self.args.data_dir else None

    def workspace(self, readonly: bool = False):
        if self._ws is None:
            from ..store import Workspace

            self._ws = Workspace(self.data_dir, readonly=readonly)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def json(self, obj: Any) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")

    def say(self, text: str = "") -> None:
        say(text)

    def passphrase(self, prompt: str | None = None, confirm: bool = False) -> str:
        """From --passphrase-file, IFDESK_PASSPHRASE or an interactive prompt."""
        f = getattr(self.args, "passphrase_file", None)
        if f:
            try:
                return Path(f).read_text("utf-8").rstrip("\r\n")
            except OSError as exc:
                raise IfdeskError(_("Fichier de phrase secrète illisible : {f} ({e})", f=f, e=exc.strerror or exc)) from None
        env = os.environ.get("IFDESK_PASSPHRASE")
        if env is not None:
            return env
        if not sys.stdin or not sys.stdin.isatty():
            raise IfdeskError(_("Phrase secrète requise : utilisez --passphrase-file ou IFDESK_PASSPHRASE."))
        import getpass

        p = getpass.getpass(prompt or _("Phrase secrète : "))
        if confirm and getpass.getpass(_("Confirmez la phrase secrète : ")) != p:
            raise IfdeskError(_("Les deux saisies de la phrase secrète diffèrent."))
        return p


Command = Callable[[argparse.Namespace, Context], int]


GLOBAL_VALUE_OPTIONS = ("--data-dir", "--lang", "--passphrase-file")


def command_of(argv: list[str]) -> str | None:
    """The sub-command named in `argv` (None when there is none), or "?" for --help / --version."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in ("-h", "--help", "--version"):
            return "?"
        elif a in GLOBAL_VALUE_OPTIONS:
            skip = True
        elif not a.startswith("-"):
            return a
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `only` one sub-command: the window's start skips building the other
    fifteen (about 30 ms of argparse, counted in quality.md's `startup_ratio`)."""
    p = _Parser(prog="ifdesk", description=_("ifdesk — diagnostics de maturité « Industrie du Futur », hors ligne."))
    p.add_argument("--version", action="version", version=f"ifdesk {__version__}",
                   help=_("afficher la version du programme et quitter"))  # argparse's default is not translated
    p.add_argument("--data-dir", metavar=_("DOSSIER"), default=os.environ.get("IFDESK_DATA_DIR"),
                   help=_("dossier de l'espace de travail (défaut : dossier de données de l'utilisateur ; ou IFDESK_DATA_DIR)"))
    p.add_argument("--lang", choices=["fr", "en"], help=_("langue des messages (défaut : selon LANG)"))
    p.add_argument("--passphrase-file", metavar=_("FICHIER"), help=_("fichier contenant la phrase secrète de la clé"))
    sub = p.add_subparsers(dest="command", metavar=_("COMMANDE"), parser_class=_Parser)
    from . import __path__ as pkg_path

    names = [f"cmd_{only}"] if only else sorted(m.name for m in pkgutil.iter_modules(pkg_path) if m.name.startswith("cmd_"))
    for mod in names:
        importlib.import_module(f"{__package__}.{mod}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = None
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif a.startswith("--lang="):
            lang = a.split("=", 1)[1]
    set_language(detect_language(lang))
    if not argv:
        argv = ["gui"]
    elif all(a.lower().endswith(".ifbundle") for a in argv):  # `ifdesk FILE.ifbundle`, as a file manager opens it
        argv = ["gui", *(x for a in argv for x in ("--open", a))]
    parser = build_parser("gui" if command_of(argv) in ("gui", None) else None)
    try:
        args = parser.parse_args(argv)
    except IfdeskError as exc:  # a number, amount or date refused by the core parser (argtypes)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not getattr(args, "func", None):
        # `ifdesk --data-dir X` alone opens the window too
        if args.command is None:
            args = parser.parse_args(argv + ["gui"])
        else:
            parser.parse_args(argv + ["-h"])
    ctx = Context(args)
    try:
        return int(args.func(args, ctx) or 0)
    except LifecycleError as exc:
        err(exc)
        for m in exc.missing:
            err(_("manquant : {m}", m=m))
        return 1
    except IfdeskError as exc:
        for line in str(exc).splitlines() or [exc.__class__.__name__]:
            err(line)
        return 1
    except BrokenPipeError:  # `ifdesk diag list | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        err(_("interrompu"))
        return 1
    finally:
        ctx.close()
