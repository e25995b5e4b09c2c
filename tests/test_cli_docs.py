"""Every command of the CLI is documented (as sqlite-utils checks its own): each sub-command of the
argparse parser, at every depth, appears as an `ifdesk …` command line in the README or the user guide."""

from __future__ import annotations

import argparse
import re

from tests.conftest import ROOT


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + (name,)
                yield from commands(sub, prefix + (name,))


def documented(path: tuple[str, ...], text: str) -> bool:
    # `ifdesk`, any global options (`--data-dir DIR`, `--json`), then the command's words on one line
    words = r"[ \t]+".join(re.escape(w) for w in path)
    return re.search(r"\bifdesk(?:[ \t]+--?[\w-]+(?:[ \t=](?!-)[^\s`|]+)?)*[ \t]+" + words + r"(?![\w-])", text) is not None


def _docs() -> str:
    return (ROOT / "README.md").read_text("utf-8") + "\n" + (ROOT / "docs" / "user-guide.md").read_text("utf-8")


def test_every_cli_command_is_documented():
    from ifdesk.cli.app import build_parser

    found = list(commands(build_parser()))
    assert len(found) > 30 and ("office", "programme", "add") in found
    text = _docs()
    missing = [" ".join(p) for p in found if not documented(p, text)]
    assert missing == [], f"commands missing from README.md and docs/user-guide.md: {missing}"


def test_the_check_sees_a_missing_command():
    text = "ifdesk --data-dir /tmp/x company add --siret 1\n`ifdesk diag new`\nifdesk report-bis\n"
    assert documented(("company", "add"), text) and documented(("diag", "new"), text)
    assert not documented(("report",), text) and not documented(("company", "list"), text)
