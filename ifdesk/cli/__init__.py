"""The command line (cli.md). Each `cmd_*.py` module registers its commands; all reuse the core."""


def main(argv: list[str] | None = None) -> int:
    """`ifdesk …` (see `app.main`); imported on call, so that `cmd_gui` alone does not build argparse."""
    from .app import main as app_main

    return app_main(argv)
