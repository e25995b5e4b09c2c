"""Entry point of the frozen program (PyInstaller).

`ifdesk …` behaves exactly like the installed command line (the window when no command is given).
Two things only a desktop launch does are handled here, before the command line sees them:
macOS adds a `-psn_…` process serial number to argv, and a file manager opens `.ifbundle`
files by passing their paths alone (`ifdesk FILE.ifbundle`); those become `ifdesk gui --open FILE…`
when the window supports it, else the window opens on the workspace and the files are logged.
"""

from __future__ import annotations

import sys


def desktop_argv(argv: list[str]) -> list[str]:
    """The command line for a launch by the desktop (file association, macOS Finder)."""
    args = [a for a in argv if not a.startswith("-psn_")]
    bundles = [a for a in args if a.lower().endswith(".ifbundle")]
    if args and len(bundles) == len(args):
        return ["gui", *(x for b in bundles for x in ("--open", b))]
    return args


def main() -> None:
    from ifdesk.__main__ import main as ifdesk_main  # plain starts of the window skip building the parser

    ifdesk_main(desktop_argv(sys.argv[1:]))


if __name__ == "__main__":
    main()
