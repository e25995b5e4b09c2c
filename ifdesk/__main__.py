"""Entry point: `ifdesk` (command line, window by default) and `ifdesk-gui`."""

from __future__ import annotations

import sys


def main() -> None:
    from .cli import main as cli_main

    sys.exit(cli_main())


def gui_main() -> None:
    from .cli import main as cli_main

    sys.exit(cli_main(["gui", *sys.argv[1:]]))


if __name__ == "__main__":
    main()
