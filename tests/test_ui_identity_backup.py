"""Finding 6 of issue 16 in the window: Paramètres › Identité et confiance › « Sauvegarder l'identité… »,
« Restaurer… » (also on the creation form of a new workspace) and, for an office, « Exporter l'identité age… »."""

from __future__ import annotations

import stat

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from ifdesk.bundle import create_identity  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402
from ifdesk.ui.views import sync_dialogs  # noqa: E402

from .ui_helpers import close_window, idle, open_window  # noqa: E402

PASS = "phrase secrète de test"


def test_backup_restore_and_age_export_from_the_window(qtbot, tmp_path, monkeypatch):
    ws = Workspace(tmp_path / "office")
    info = create_identity(ws, "Bureau régional AURA", "Région Auvergne-Rhône-Alpes", "office", PASS)
    ws.close()
    backup, key = tmp_path / "bureau", tmp_path / "bureau.agekey"
    monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: PASS)
    w = open_window(qtbot, tmp_path / "office")
    try:
        w.show_identity()
        idle(qtbot, w)
        card = w.settings.identity_panel.identity
        assert card.backup_btn.isVisible() and card.restore_btn.isVisible() and card.age_btn.isVisible()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
        card.backup_btn.click()
        qtbot.waitUntil(lambda: "sauvegardée" in card.card_state.text(), timeout=30_000)
        assert (tmp_path / "bureau.ifidentity").exists()   # the extension is added
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(key), ""))
        card.age_btn.click()
        qtbot.waitUntil(lambda: "age -d -i" in card.card_state.text(), timeout=30_000)
        assert key.read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        w.grab().save(str(tmp_path / "identity-backup.png"))
    finally:
        close_window(w)

    w = open_window(qtbot, tmp_path / "new-laptop")
    try:
        w.show_identity()
        idle(qtbot, w)
        card = w.settings.identity_panel.identity
        assert card.showing_form() and card.restore_new_btn.isVisible()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bureau.ifidentity"), ""))
        card.restore_new_btn.click()
        qtbot.waitUntil(lambda: not card.showing_form(), timeout=30_000)
        assert w.tm.call(lambda ws: ws.identity())["key_id"] == info["key_id"]
        assert "restaurée" in card.card_state.text()
    finally:
        close_window(w)


def test_expert_sees_no_age_export(qtbot, tmp_path):
    from tests.bundle_kit import lone_identity

    lone_identity(tmp_path / "expert", "Claire Martin", "Cabinet").close()  # cached, copied
    w = open_window(qtbot, tmp_path / "expert")
    try:
        w.show_identity()
        idle(qtbot, w)
        card = w.settings.identity_panel.identity
        assert card.backup_btn.isVisible() and not card.age_btn.isVisible()
    finally:
        close_window(w)
