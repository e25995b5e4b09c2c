"""The command line (cli.md). Each `cmd_*.py` module registers its commands; all reuse the core."""

from .app import main  # noqa: F401
