"""Repositories the window asks instead of writing SQL: attachments, programmes, conflict details."""

from __future__ import annotations

from datetime import date

import pytest

from ifdesk.core.errors import IfdeskError, NotFoundError, ValidationError


def _draft(ws, company):
    return ws.new_diagnostic(company.siret)


def test_attachment_added_listed_removed(workspace, company, tmp_path):
    diag_id = _draft(workspace, company)
    src = tmp_path / "Photo.JPG"
    src.write_bytes(b"\xff\xd8jpeg" * 100)
    row = workspace.attachments.add(diag_id, "C1", src)
    dest = workspace.attachments.path(row)
    assert dest.read_bytes() == src.read_bytes() and dest.suffix == ".jpg"
    assert [r["id"] for r in workspace.attachments.list(diag_id)] == [row["id"]]
    assert [r["id"] for r in workspace.attachments.up_to(diag_id, 1)] == [row["id"]]
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]  # no temporary file left
    workspace.attachments.remove(row["id"])
    assert workspace.attachments.list(diag_id) == [] and not dest.exists()


def test_bad_attachment_changes_nothing(workspace, company, tmp_path):
    diag_id = _draft(workspace, company)
    with pytest.raises(ValidationError):
        workspace.attachments.add(diag_id, None, tmp_path / "missing.png")
    with pytest.raises(ValidationError):
        workspace.attachments.add(diag_id, None, tmp_path)  # a folder
    src = tmp_path / "a.png"
    src.write_bytes(b"x")
    with pytest.raises(NotFoundError):
        workspace.attachments.add("no-such-diagnostic", None, src)
    assert workspace.attachments.list(diag_id) == []
    assert not workspace.attachments_dir.exists() or not any(workspace.attachments_dir.rglob("*"))


def test_attachment_row_failure_removes_the_copy(workspace, company, tmp_path, monkeypatch):
    diag_id = _draft(workspace, company)
    src = tmp_path / "a.png"
    src.write_bytes(b"png")
    from ifdesk.store import attachments

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments, "transaction", broken)
    with pytest.raises(IfdeskError, match="No space left"):
        workspace.attachments.add(diag_id, None, src)
    assert not any(p.is_file() for p in workspace.attachments_dir.rglob("*"))


def _programme(ws):
    from ifdesk.office import programmes

    return programmes.add(ws, region="84", name="IF AURA 2026", budget_eur=100000, objective_companies=40,
                          start=date(2026, 1, 1), end=date(2026, 12, 31))


def test_programme_update_and_delete(workspace):
    from ifdesk.office import programmes

    pid = _programme(workspace)
    programmes.update(workspace, pid, name="IF AURA 2026 bis")
    assert workspace.companies.programme(pid)["name"] == "IF AURA 2026 bis"
    programmes.delete(workspace, pid)
    with pytest.raises(NotFoundError):
        workspace.companies.programme(pid)
    with pytest.raises(NotFoundError):
        programmes.delete(workspace, pid)  # gone meanwhile: said, nothing else changes


def test_company_names_and_answer_count(workspace, company):
    diag_id = _draft(workspace, company)
    assert workspace.diagnostics.company_names([diag_id, "unknown"]) == {diag_id: company.name}
    assert workspace.diagnostics.answer_count(diag_id, 1) == 0
    assert workspace.companies.assignments()[0]["siret"] == company.siret
