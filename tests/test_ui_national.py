"""Issue 13 in the window: pages by role, the « Référencement » page (reference after the fingerprint,
de-reference with date and reason, publish), the office's « Transmettre au national… »."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

pytest.importorskip("PySide6")

from ifdesk.bundle import create_identity, register_list, trust_add  # noqa: E402
from ifdesk.bundle.identity import card, describe  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402
from ifdesk.ui.main_window import PAGES  # noqa: E402

from .bundle_kit import PASS  # noqa: E402
from .ui_helpers import close_window, idle, open_window  # noqa: E402


def _visible(w) -> list[str]:
    return [k for i, k in enumerate(PAGES) if not w.nav.item(i).isHidden()]


def test_national_pages_register_and_publish(qtbot, tmp_path):
    expert = Workspace(tmp_path / "expert")
    create_identity(expert, "Claire Martin", "Cabinet Martin", "expert", PASS)
    ecard, efp = card(expert), describe(expert)["fingerprint"]
    expert.close()
    nat = Workspace(tmp_path / "nat")
    create_identity(nat, "Comité national", "Alliance", "national", PASS)
    nat.close()
    w = open_window(qtbot, tmp_path / "nat")
    try:
        w.set_role(w.tm.call(lambda ws: ws.identity()["role"]))
        assert _visible(w) == ["diagnostics", "report", "sync", "dashboard", "settings", "register"]
        w.go("companies")  # hidden: nothing happens
        assert w.page() != "companies"
        w.go("register")
        idle(qtbot, w)
        page = w.register
        info = {"name": "Claire Martin", "org": "Cabinet Martin", "key_id": ecard["key_id"], "data": ecard}
        page.confirm_and_add(info, fingerprint="0000", regions="")  # wrong fingerprint: refused, nothing written
        idle(qtbot, w)
        assert w.tm.call(register_list) == []
        page.confirm_and_add(info, fingerprint=efp, regions="84")
        idle(qtbot, w)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        page.table.setCurrentIndex(page.model.index(0, 0))
        until = (date.today() + timedelta(days=30)).isoformat()
        page.dereference_selected(when=until, reason="Fin de convention")
        idle(qtbot, w)
        rows = w.tm.call(register_list)
        assert rows[0]["status"] == "dereferenced" and rows[0]["until"] == until
        out = tmp_path / "registre.ifbundle"
        page.publish_to(str(out), PASS)
        idle(qtbot, w)
        assert out.exists() and "n° 1" in page.state.text()
    finally:
        close_window(w)


def test_office_forwards_from_the_sync_page(qtbot, tmp_path):
    nat = Workspace(tmp_path / "nat")
    create_identity(nat, "Comité national", "Alliance", "national", PASS)
    ncard = card(nat)
    nat.close()
    office = Workspace(tmp_path / "office")
    create_identity(office, "Bureau AURA", "Région", "office", PASS)
    trust_add(office, ncard, confirmed=True)
    from ifdesk.office import programmes

    programmes.add(office, region="84", name="IdF AURA", budget_eur="100000", objective_companies="10",
                   start="2015-01-01", end="2016-12-31")
    office.close()
    w = open_window(qtbot, tmp_path / "office")
    try:
        w.set_role("office")
        assert "register" not in _visible(w) and "companies" in _visible(w)
        w.go("sync")
        idle(qtbot, w)
        assert w.sync.forward_btn.isVisible()
        out = tmp_path / "envoi"
        w.sync.forward_to_national(str(out), PASS)
        idle(qtbot, w)
        files = list(out.glob("programmes-84-*.ifbundle"))
        assert len(files) == 1 and files[0].read_bytes().startswith(b"age-encryption.org/v1")
        assert "région 84" in w.sync.export_result.text()
    finally:
        close_window(w)
    assert json.loads(json.dumps(ncard))["role"] == "national"
