"""Issue 12 finding 9: the report escapes every text from data, drops control characters and lays out any length."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from ifdesk.core.diagnostic import MAX_NOTE
from ifdesk.core.safe_text import printable
from ifdesk.report import render_report
from tests.test_report import _squash, make_diag, pdf_text


def _set(ws, sql, *params):
    with ws.transaction():
        ws.db.execute(sql, params)


def test_printable_drops_controls_keeps_lines():
    assert printable("a\x00b\x01c\x1b[31md\x7f\x85e\tf\ng\r\nh\ri") == "ab\x63[31mde\tf\ng\nh\ni"


def test_control_characters_in_titles_never_become_markup(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company)
    hostile = "Former\x00 les \x01régleurs\x1b]8;;http://x\x07 <b>gras</b> &amp; \x85fin"
    # every action carries the hostile title and name: the priority sentence quotes it
    _set(workspace, "UPDATE actions SET title = ?, owner = ?, description = ? WHERE diag_id = ?", hostile, hostile,
         hostile, did)
    _set(workspace, "UPDATE answers SET note = ? WHERE diag_id = ?", hostile, did)
    _set(workspace, "UPDATE companies SET name = ?, city = ?", "Usine\x00\x01 <i>SA", "Lyon\x01")
    _set(workspace, "UPDATE revisions SET strengths = ?, weaknesses = ? WHERE diag_id = ?", hostile, hostile, did)
    out = tmp_path / "r.pdf"
    render_report(workspace, did, out)
    flat = _squash(pdf_text(out))
    assert _squash("Former les régleurs]8;;http://x <b>gras</b> &amp; fin") in flat
    assert _squash("Usine <i>SA") in flat


@pytest.mark.parametrize("shape", ["lines", "chars"])
def test_any_length_lays_out(workspace, ref, company, tmp_path, shape):
    did = make_diag(workspace, ref, company)
    # the longest the models accept (title 500, owner 200, texts MAX_NOTE characters): what a bundle can carry
    if shape == "lines":
        title = "\n".join(f"{i % 10}" for i in range(250))  # 250 lines
        note = "\n".join(f"ligne {i:03d} de la note" for i in range(MAX_NOTE // 25))
        owner = "\n".join("r" for i in range(100))
    else:
        title, owner = "T" * 499 + "Z", "O" * 200
        note = ("mot " * 12 + "X" * 300 + " ") * 100
        note = note[:MAX_NOTE - 4] + " FIN"
    _set(workspace, "UPDATE actions SET title = ?, owner = ?, description = ? WHERE diag_id = ? AND position = 0",
         title, owner, note, did)
    _set(workspace, "UPDATE answers SET note = ? WHERE diag_id = ? AND criterion = (SELECT min(criterion) FROM answers "
         "WHERE diag_id = ?)", note, did, did)
    _set(workspace, "UPDATE revisions SET strengths = ? WHERE diag_id = ?", note, did)
    out = tmp_path / "long.pdf"
    render_report(workspace, did, out)
    text = pdf_text(out)
    assert len(PdfReader(str(out)).pages) > 5
    if shape == "lines":
        assert "ligne 799 de la note" in text and "ligne 000 de la note" in text
    else:
        assert "FIN" in text


# ---- one escaping for markup (the window's rich labels and the report's paragraphs) -------------------------
from hypothesis import given, strategies as st  # noqa: E402


@given(st.text())
def test_markup_text_escapes_as_html_escape_does(text):
    """`markup_text` replaced html.escape (which imports 2,000 entities at the window's start): same output."""
    import html

    from ifdesk.core.safe_text import markup_text

    assert markup_text(text) == html.escape(text, quote=True)


def test_window_and_report_share_the_escaping():
    import inspect

    from ifdesk.report import style
    from ifdesk.ui import plain

    assert "markup_text" in inspect.getsource(plain.esc)
    assert "markup_text" in inspect.getsource(style)
    assert "html.escape" not in inspect.getsource(plain) and "saxutils" not in inspect.getsource(style)
