"""`ifdesk report ID -o FILE.pdf [--lang fr|en]` as a user runs it (subprocess)."""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.test_report import make_diag


def _text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def test_report_command_writes_the_pdf(workspace, ref, company, cli, tmp_path):
    did = make_diag(workspace, ref, company)
    workspace.close()  # the command opens the workspace itself
    out = tmp_path / "rapport entreprise.pdf"
    proc = cli("report", did[:8], "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and str(out) in proc.stdout
    flat = _text(out)
    assert "MécaniqueGénéraleduForez" in flat and "Synthèse" in flat
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == [out.name]


def test_report_command_in_english(workspace, ref, company, cli, tmp_path):
    did = make_diag(workspace, ref, company)
    workspace.close()
    out = tmp_path / "report.pdf"
    assert cli("report", did, "-o", str(out), "--lang", "en").returncode == 0
    flat = _text(out)
    assert "Summary" in flat and "Prioritiesandactionplan" in flat


def test_report_command_refusals(workspace, ref, company, cli, tmp_path):
    did = make_diag(workspace, ref, company)
    workspace.close()
    outdir = tmp_path / "out"
    outdir.mkdir()
    (outdir / "file.txt").write_text("x")
    cases = [
        (("report", "ffffffff-0000", "-o", str(outdir / "a.pdf")), "Diagnostic inconnu"),
        (("report", "abc", "-o", str(outdir / "a.pdf")), "Diagnostic inconnu"),
        (("report", did, "-o", str(outdir / "missing" / "a.pdf")), "n'existe pas"),
        (("report", did, "-o", str(outdir / "file.txt" / "a.pdf")), "Impossible d'écrire le rapport"),
        (("report", did, "-o", str(outdir)), "c'est un dossier"),
        (("report", did, "-o", str(outdir / "a.pdf"), "--revision", "7"), "Diagnostic inconnu"),
    ]
    for args, reason in cases:
        proc = cli(*args)
        assert proc.returncode == 1, (args, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and reason in lines[0], (args, proc.stderr)
        assert sorted(p.name for p in outdir.iterdir()) == ["file.txt"], args
    usage = cli("report", did)  # -o is required
    assert usage.returncode == 2
