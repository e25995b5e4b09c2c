"""Finding 11 of issue 16: `export` picks a kept revision and encrypts for an office enrolled later."""

from __future__ import annotations

import io
import json
import zipfile

import pyrage
import pytest

from ifdesk.bundle import export_diagnostics, import_paths, trust_add
from ifdesk.bundle.identity import age_identity, card
from ifdesk.core.errors import IfdeskError
from ifdesk.store import Workspace
from tests.bundle_kit import PASS, another_office, completed_diag, export_one, new_pair, opened_age, opened_key, reopen_complete
from tests.conftest import run_cli


@pytest.fixture
def three(tmp_path):
    expert, office = new_pair(tmp_path)
    late = another_office(tmp_path / "late-office")  # cached, copied
    yield expert, office, late
    for ws in (expert, office, late):
        ws.close()


def test_an_older_revision_for_an_office_enrolled_later(three, tmp_path):
    expert, office, late = three
    d = completed_diag(expert)
    export_one(expert, d, tmp_path / "r1.ifbundle", encrypt=True)
    r1_hash = expert.diagnostics.revisions(d)[0]["content_hash"]
    reopen_complete(expert, d, seed=2)
    assert expert.diagnostics.get(d).revision == 2
    # the new office enrols the expert, the expert enrols the new office, after r1 was sent
    trust_add(late, card(expert), confirmed=True)
    late_key = trust_add(expert, card(late), confirmed=True)["key_id"]
    [f] = export_diagnostics(expert, [d], tmp_path / "again.ifbundle", opened_key(expert), per_diagnostic=False,
                             revisions={d: 1}, offices=[late_key])
    assert f.encrypted and f.recipients == [late_key] and f.diagnostics[0]["revision"] == 1
    blob = (tmp_path / "again.ifbundle").read_bytes()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(blob, [opened_age(office)])  # only the office asked for
    plain = pyrage.decrypt(blob, [opened_age(late)])
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(plain)).read("manifest.json"))
    assert manifest["diagnostics"][0]["revision"] == 1 and manifest["diagnostics"][0]["content_hash"] == r1_hash
    [r] = import_paths(late, [tmp_path / "again.ifbundle"], passphrase=PASS)
    assert r.status == "imported" and r.diagnostics[0]["revision"] == 1
    assert late.diagnostics.get(d).revision == 1
    assert expert.diagnostics.get(d).revision == 2  # the expert's current revision is untouched


def test_refusals(three, tmp_path):
    expert, _office, late = three
    d = completed_diag(expert)
    with pytest.raises(IfdeskError, match="pas de révision 7"):
        export_diagnostics(expert, [d], tmp_path / "x.ifbundle", opened_key(expert), revisions={d: 7})
    with pytest.raises(IfdeskError, match="Bureau inconnu"):
        export_diagnostics(expert, [d], tmp_path / "x.ifbundle", opened_key(expert), offices=["0123456789abcdef"])
    expert.diagnostics.reopen(d)  # revision 2 is a draft
    with pytest.raises(IfdeskError, match="brouillon"):
        export_diagnostics(expert, [d], tmp_path / "x.ifbundle", opened_key(expert), revisions={d: 2})
    assert not (tmp_path / "x.ifbundle").exists()
    [f] = export_diagnostics(expert, [d], tmp_path / "x.ifbundle", opened_key(expert), revisions={d: 1}, per_diagnostic=False)
    assert f.diagnostics[0]["revision"] == 1
    folder = expert.folder
    expert.close()
    p = run_cli("export", d, d, "--revision", "1", "-o", str(tmp_path / "y.ifbundle"), data_dir=folder,
                env={"IFDESK_PASSPHRASE": PASS})
    assert p.returncode == 1 and "un seul identifiant" in p.stderr
    p = run_cli("export", d, "--revision", "1", "--json", "-o", str(tmp_path / "z.ifbundle"), data_dir=folder,
                env={"IFDESK_PASSPHRASE": PASS})
    assert p.returncode == 0 and json.loads(p.stdout)[0]["diagnostics"][0]["revision"] == 1


def test_the_window_exports_a_kept_revision(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QFileDialog

    from ifdesk.ui.views import sync_dialogs, sync_work
    from tests.ui_helpers import close_window, idle, open_window

    expert, office = new_pair(tmp_path)
    d = completed_diag(expert)
    reopen_complete(expert, d, seed=2)
    folder = expert.folder
    expert.close()
    office.close()
    out = tmp_path / "r1"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: PASS)
    w = open_window(qtbot, folder)
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync
        assert page.export_model.checked_ids() == [d]
        revs = w.tm.call(lambda ws: sync_work.kept_revisions(ws, d))
        assert [r["revision"] for r in revs] == [1, 2]
        page.pick_revision(d, revs, choose=0)
        idle(qtbot, w)
        assert "1 paquet" in page.export_result.text()
    finally:
        close_window(w)
    blob = (tmp_path / "r1.ifbundle").read_bytes()
    ws = Workspace(tmp_path / "office")
    try:
        plain = pyrage.decrypt(blob, [age_identity(ws, PASS)])
    finally:
        ws.close()
    assert json.loads(zipfile.ZipFile(io.BytesIO(plain)).read("manifest.json"))["diagnostics"][0]["revision"] == 1
