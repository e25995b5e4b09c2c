"""Issue 12 finding 11: human terminal output never carries raw ESC/OSC/C0/C1 characters from data."""

from __future__ import annotations

import json
import re

from ifdesk.core.safe_text import terminal_text

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what a terminal acts on (tab and newline aside)
EVIL = "\x1b]0;pwned\x07\x1b[2J\x9b31mRouge\x00\x08"


def test_the_rule():
    assert terminal_text(EVIL) == "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31mRouge\\x00\\x08"
    assert terminal_text("a\tb\nc\rd") == "a\\tb\\nc\\rd"
    assert terminal_text("a\nb", keep_newlines=True) == "a\nb"
    assert terminal_text("Société « é » — ok") == "Société « é » — ok"


def test_human_output_shows_escapes_json_stays_faithful(workspace, company, ref, cli):
    did = workspace.diagnostics.create(company.siret, ref, None, "Expert" + EVIL)
    with workspace.transaction():
        workspace.db.execute("UPDATE companies SET name = ?, city = ?", ("Forges" + EVIL, "Lyon" + EVIL))
        workspace.db.execute("INSERT INTO import_journal (at, file, outcome, reason, signer_name, diagnostics) "
                             "VALUES ('2026-01-05T10:00:00Z', ?, 'rejected', ?, ?, '[]')",
                             ("lot" + EVIL + ".ifbundle", "motif" + EVIL, "Signataire" + EVIL))
    workspace.close()
    outs = []
    for args in (["company", "list"], ["diag", "list"], ["diag", "show", did], ["journal"],
                 ["import", "/nonexistent/x" + EVIL.replace("\x00", "") + ".ifbundle"]):
        p = cli(*args)
        for stream in (p.stdout, p.stderr):
            assert not RAW.search(stream), (args, stream)
        outs.append(p.stdout + p.stderr)
    assert "Forges\\x1b]0;pwned\\x07" in outs[0] and "Forges\\x1b" in outs[1] and "Forges\\x1b" in outs[2] and "motif\\x1b" in outs[3]
    assert "\\x1b" in outs[4]
    p = cli("company", "list", "--json")
    assert json.loads(p.stdout)[0]["name"] == "Forges" + EVIL  # JSON: faithful (json escapes them itself)
    assert "\x1b" not in p.stdout
