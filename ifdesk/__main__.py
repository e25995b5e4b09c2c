"""Entry point: `ifdesk` (command line, window by default) and `ifdesk-gui`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli.cmd_gui import start_window, window_args

    plain = window_args(argv)  # `ifdesk`, `ifdesk gui` (+ --data-dir, --lang): the window, no parser to build
    if plain is not None:
        sys.exit(start_window(*plain))
    from .cli import main as cli_main

    sys.exit(cli_main(argv))


def gui_main() -> None:
    main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    main()
