"""The identity, trust and sync views beyond the happy path: refusals, cancel, revocation, one-file export,
a removable drive, the real passphrase dialog, drag acceptance, the office's distribution dialog."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit  # noqa: E402

from ifdesk.bundle import create_identity, trust_add  # noqa: E402
from ifdesk.bundle.identity import card  # noqa: E402
from ifdesk.core.company import new_company  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402
from ifdesk.ui.views import sync as sync_view  # noqa: E402
from ifdesk.ui.views import sync_dialogs  # noqa: E402

from .bundle_kit import completed_diag  # noqa: E402
from .ui_helpers import close_window, idle, open_window  # noqa: E402

PASS = "phrase secrète de test"
SIRET = "73282932000074"


def make_pair(root):
    """An expert with two completed diagnostics and an office, enrolled both ways (made with ifdesk.bundle),
    built in root: (expert folder, office folder)."""
    office, expert = Workspace(root / "bureau"), Workspace(root / "expert")
    create_identity(office, "Bureau régional AURA", "Région AURA", "office", PASS)
    create_identity(expert, "Claire Martin", "Cabinet Martin", "expert", PASS)
    trust_add(office, card(expert), confirmed=True)
    trust_add(expert, card(office), confirmed=True)
    for i, s in enumerate((SIRET, "35600000049837")):
        expert.companies.add(new_company(siret=s, name=f"Forges {i}", region="84"))
        completed_diag(expert, s, seed=i + 1)
    office.close()
    expert.close()
    return root / "expert", root / "bureau"


@pytest.fixture(scope="module")
def pair_template(tmp_path_factory):
    """The pair built once per module (two identities: two scrypt key derivations), copied for each test by `pair`."""
    root = tmp_path_factory.mktemp("pair")
    make_pair(root)
    return root


@pytest.fixture
def pair(pair_template, tmp_path):
    """A fresh copy of the pair for each test (what a test changes stays in its own copy)."""
    for name in ("expert", "bureau"):
        shutil.copytree(pair_template / name, tmp_path / name, ignore=shutil.ignore_patterns("ifdesk.lock"))
    return tmp_path / "expert", tmp_path / "bureau"


def test_export_one_file_unencrypted_then_to_a_drive_and_bad_passphrase(qtbot, pair, tmp_path, monkeypatch):
    expert_dir, _office = pair
    w = open_window(qtbot, expert_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync
        assert page.export_model.rowCount() == 2 and len(page.export_model.checked_ids()) == 2
        page.none_btn.click()
        assert page.export_model.checked_ids() == []
        assert page.export_to_folder() is None and "Cochez" in page.export_result.text()   # nothing chosen
        page.all_btn.click()
        # a wrong passphrase: refused with its reason, nothing written
        monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: "pas la bonne")
        errors: list = []
        monkeypatch.setattr(sync_view, "show_error", lambda parent, exc: errors.append(str(exc)))
        out = tmp_path / "envoi.ifbundle"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "envoi"), ""))
        page.export_to_file()
        idle(qtbot, w)
        assert errors and "Phrase secrète incorrecte" in errors[0] and not out.exists()
        # one file for the selection, encryption turned off
        monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: PASS)
        page.encrypt.setChecked(False)
        page.export_to_file()
        idle(qtbot, w)
        assert out.read_bytes()[:2] == b"PK" and "non chiffré" in page.export_result.text()
        assert page.export_model.checked_ids() == []                 # sent: no longer checked
        page.all_btn.click()
        # a removable drive: a dated folder on it, one bundle per diagnostic
        drive = tmp_path / "media" / "CLE-USB"
        drive.mkdir(parents=True)
        monkeypatch.setattr(sync_view, "removable_drives", lambda: [("CLE-USB", str(drive))])
        menu = page.export_btn.menu()
        page._fill_drives(menu)
        act = [a for a in menu.actions() if "CLE-USB" in a.text()]
        assert act
        act[0].trigger()
        idle(qtbot, w)
        written = list(drive.glob("ifdesk-export-*/*.ifbundle"))
        assert len(written) == 2
    finally:
        close_window(w)


def test_enrolment_cancelled_then_revocation(qtbot, pair, tmp_path, monkeypatch):
    expert_dir, office_dir = pair
    other = Workspace(tmp_path / "autre")
    create_identity(other, "Karim Haddad", "CCI", "expert", PASS)
    from ifdesk.bundle import write_card

    write_card(other, tmp_path / "karim.json")
    other.close()
    (tmp_path / "pas-une-carte.json").write_text("{\"type\": 3}", "utf-8")
    w = open_window(qtbot, office_dir)
    try:
        w.show_identity()
        idle(qtbot, w)
        trust = w.settings.identity_panel.trust
        assert trust.model.rowCount() == 1
        asked: list = []
        monkeypatch.setattr(sync_dialogs, "confirm", lambda *a, **k: (asked.append(a[2]), False)[1])
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "karim.json"), ""))
        trust.enrol_btn.click()
        idle(qtbot, w)
        assert "Karim Haddad" in asked[0] and trust.model.rowCount() == 1 and "annulé" in trust.state.text()
        # a file that is not a card: its reason, nothing enrolled
        errors: list = []
        from ifdesk.ui import ops

        monkeypatch.setattr(ops, "show_error", lambda parent, exc: errors.append(str(exc)))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "pas-une-carte.json"), ""))
        trust.enrol_btn.click()
        idle(qtbot, w)
        assert errors and "Carte d'identité invalide" in errors[0] and trust.model.rowCount() == 1
        # revoke the expert: confirmation, then the status says so and later bundles are refused
        trust.table.selectRow(0)
        assert trust.revoke_btn.isEnabled()
        monkeypatch.setattr(sync_dialogs, "confirm", lambda *a, **k: True)
        trust.revoke_btn.click()
        qtbot.waitUntil(lambda: trust.model.rowCount() == 1 and trust.model.row(0)["status"] == "revoked", timeout=10_000)
        col = trust.model.column_index("status")
        assert trust.model.data(trust.model.index(0, col)) == "révoquée"
        trust.table.selectRow(0)
        assert not trust.revoke_btn.isEnabled()
    finally:
        close_window(w)


def test_real_passphrase_dialog_and_cancelled_import(qtbot, pair, tmp_path, monkeypatch):
    expert_dir, office_dir = pair
    out = tmp_path / "envoi"
    with Workspace(expert_dir) as ws:
        from ifdesk.bundle import export_diagnostics, exportable_ids

        export_diagnostics(ws, exportable_ids(ws), out, PASS, per_diagnostic=True)   # encrypted for the office
    w = open_window(qtbot, office_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync
        # the real password dialog: the text is hidden, « Annuler » imports nothing
        seen: list = []

        def answer(cancel: bool):
            dlg = QApplication.activeModalWidget()
            if not isinstance(dlg, QInputDialog):
                QTimer.singleShot(20, lambda: answer(cancel))
                return
            seen.append((dlg.labelText(), dlg.textEchoMode()))
            if cancel:
                dlg.reject()
            else:
                dlg.setTextValue(PASS)
                dlg.accept()

        QTimer.singleShot(0, lambda: answer(True))
        page.import_paths([str(out)])
        qtbot.waitUntil(lambda: "annulé" in page.import_summary.text(), timeout=10_000)
        assert "2 paquet(s) chiffré(s)" in seen[0][0] and seen[0][1] == QLineEdit.EchoMode.Password
        assert page.results_model.rowCount() == 0 and page.journal_model.rowCount() == 0
        QTimer.singleShot(0, lambda: answer(False))
        page.import_paths([str(out)])
        qtbot.waitUntil(lambda: page.results_model.rowCount() == 2, timeout=30_000)
        idle(qtbot, w)
        assert {r["status"] for r in page.results_model.rows()} == {"imported"}
    finally:
        close_window(w)


def test_drag_accepts_bundles_and_folders_only(qtbot, tmp_path):
    (tmp_path / "a.ifbundle").write_bytes(b"x")
    (tmp_path / "photo.jpg").write_bytes(b"x")
    w = open_window(qtbot, tmp_path / "ws")
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync

        def enter(paths):
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
            ev = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier)
            ev.setAccepted(False)
            page.dragEnterEvent(ev)
            return ev.isAccepted()

        assert enter([tmp_path / "a.ifbundle"]) and enter([tmp_path])
        assert not enter([tmp_path / "photo.jpg"])
        assert page.drop_label.property("active") is True
        page.dragLeaveEvent(None)
        assert page.drop_label.property("active") is False
    finally:
        close_window(w)


def test_office_distributes_to_an_enrolled_expert(qtbot, pair, tmp_path, monkeypatch):
    expert_dir, office_dir = pair
    with Workspace(office_dir) as ws:
        ws.companies.add(new_company(siret=SIRET, name="Forges du Gier", region="84"))
        expert_key = ws.db.execute("SELECT key_id FROM trusted_keys").fetchone()[0]
    w = open_window(qtbot, office_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync
        assert page.distribute_btn.isVisible() and page.distribute_btn.isEnabled()
        assert not page.export_table.isVisible()           # an office sends no diagnostics
        from ifdesk.ui.views.sync_distribute import DistributionDialog

        dlg = DistributionDialog(page)
        qtbot.addWidget(dlg)
        idle(qtbot, w)
        assert dlg.table.rowCount() == 1
        combo = dlg.table.cellWidget(0, 2)
        combo.setCurrentIndex(combo.findData(expert_key))
        assert dlg.assignments() == {SIRET: expert_key}
        monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: PASS)
        out = tmp_path / "distribution.ifbundle"
        dlg.distribute(str(out))
        idle(qtbot, w)
        assert out.exists() and "1 entreprise(s)" in dlg.state.text()
    finally:
        close_window(w)
    # the expert imports it through its own page
    w = open_window(qtbot, expert_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        w.sync.import_paths([str(out)])
        qtbot.waitUntil(lambda: w.sync.results_model.rowCount() == 1, timeout=10_000)
        idle(qtbot, w)
        assert w.sync.results_model.row(0)["status"] == "imported"
        assert w.tm.call(lambda ws: ws.db.execute("SELECT assigned_to FROM companies WHERE siret=?", (SIRET,)).fetchone()[0]) \
            == w.tm.call(lambda ws: ws.identity()["key_id"])
    finally:
        close_window(w)


def test_without_distribution_module_the_button_says_why(qtbot, pair, monkeypatch):
    _expert, office_dir = pair
    from ifdesk.ui.views import sync_work

    monkeypatch.setattr(sync_work, "distribution_available", lambda: False)
    w = open_window(qtbot, office_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        assert not w.sync.distribute_btn.isEnabled() and "pas disponible" in w.sync.distribute_btn.toolTip()
    finally:
        close_window(w)



def test_import_can_be_cancelled_from_the_progress_strip(qtbot, tmp_path, monkeypatch):
    import time

    from ifdesk.bundle.importer import FileResult
    from ifdesk.ui.views import sync_work

    folder = tmp_path / "recus"
    folder.mkdir()
    for i in range(40):
        (folder / f"p{i:02}.ifbundle").write_bytes(b"x")

    def slow_import(ws, paths, passphrase=None, progress=None, cancel=None):
        out = []
        files = sorted(folder.iterdir())
        for i, f in enumerate(files):
            if cancel and cancel():
                break
            time.sleep(0.05)
            out.append(FileResult(str(f), "rejected", "paquet illisible"))
            progress(i + 1, len(files), str(f))
        return out

    monkeypatch.setattr(sync_work, "import_paths", slow_import)
    w = open_window(qtbot, tmp_path / "ws")
    try:
        w.go("sync")
        idle(qtbot, w)
        page = w.sync
        page.import_paths([str(folder)])
        strip = page.import_strip
        qtbot.waitUntil(lambda: strip.isVisible() and strip.value() >= 2, timeout=10_000)
        assert not page.files_btn.isEnabled()                      # one import at a time
        strip.cancel_btn.click()
        idle(qtbot, w)
        n = page.results_model.rowCount()
        assert 2 <= n < 40 and "interrompu" in page.import_summary.text()
        assert page.files_btn.isEnabled() and not strip.isVisible()
    finally:
        close_window(w)


def test_screenshot_of_the_identity_tab(data_dir, tmp_path):
    from PySide6.QtGui import QImage

    from .conftest import run_cli

    out = tmp_path / "identity.png"
    p = run_cli("gui", "--screenshot", str(out), "--view", "identity", data_dir=data_dir,
                env={"QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, p.stderr[-2000:]
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1366, 768)
