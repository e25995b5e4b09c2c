"""Finding 10 of issue 16: no English in the French command line (help lines, summaries)."""

from __future__ import annotations

import re

import pytest

from ifdesk.cli import app
from ifdesk.i18n import set_language

ENGLISH = re.compile(r"\b(show|program|exit|completed|draft|exported|positional|arguments? required|invalid|"
                     r"version number|the|and|of)\b")


def _run(argv, capsys) -> str:
    try:
        app.main(argv)
    except SystemExit:
        pass
    out = capsys.readouterr()
    return out.out + out.err


def _commands():
    parser = app.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        yield [name]
        for a in p._actions:
            if a.__class__.__name__ == "_SubParsersAction":
                for child in a.choices:
                    yield [name, child]


@pytest.fixture(autouse=True)
def _fr(monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    yield
    set_language("fr")


def test_every_help_is_french(capsys):
    texts = {"ifdesk": _run(["--lang", "fr", "--help"], capsys)}
    for cmd in _commands():
        texts[" ".join(cmd)] = _run(["--lang", "fr", *cmd, "--help"], capsys)
    for name, text in texts.items():
        body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(("usage:", "ifdesk ", "[")))
        body = re.sub(r"--?[\w-]+|\{[^}]*\}|[A-Z_]{2,}\S*", " ", body)  # options, choices, METAVARS
        body = re.sub(r"« ?(ifdesk|office|age) [^»]*»", " ", body)  # quoted commands
        body = re.sub(r"(?m)^\s{2,}[a-z-]+(?=\s{2,}|$)", " ", body)  # sub-command names (show, list…)
        found = ENGLISH.findall(body)
        assert not found, (name, found, text)
    assert "afficher la version du programme" in texts["ifdesk"]


def test_demo_summary_is_french(capsys, tmp_path):
    out = _run(["--lang", "fr", "--data-dir", str(tmp_path / "ws"), "demo", "--companies", "3"], capsys)
    assert "brouillons" in out and "terminés" in out and "exportés" in out
    assert not re.search(r"\b(completed|draft|exported)\b", out), out
