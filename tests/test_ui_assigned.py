"""The expert sees the companies the office assigned; a regional office sees its own region first;
no developer figure (« Calculé en 2 ms ») on a user's screen."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QLabel  # noqa: E402

from ifdesk.core.company import new_company  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402
from ifdesk.ui.views.dashboard import own_regions_first  # noqa: E402

from .test_office_aggregates import build  # noqa: E402
from .ui_helpers import close_window, idle, open_window  # noqa: E402

SIRETS = {"mine": "73282932000074", "colleague": "35600000049837", "own": "55208131766522"}


def _received(ws, siret: str, assigned_to: str) -> None:
    """What an applied distribution leaves in the expert's workspace (ifdesk/bundle/distribution.py)."""
    ws.db.execute("INSERT INTO distribution_companies (siret, office_key_id, bundle_id, created_at, assigned_to, mine, "
                  "record) VALUES (?, 'office-key', 'bundle-1', '2026-01-05T10:00:00Z', ?, 1, '{}')", (siret, assigned_to))


def test_companies_assigned_by_the_office_are_shown_and_filtered(qtbot, data_dir):
    from ifdesk.bundle import create_identity

    ws = Workspace(data_dir)
    create_identity(ws, "Claire Martin", "Cabinet Martin", "expert", "une phrase de passe assez longue")
    me = ws.db.execute("SELECT key_id FROM identity").fetchone()[0]
    for label, siret in SIRETS.items():
        ws.companies.add(new_company(siret=siret, name=f"Entreprise {label}", region="84"))
    _received(ws, SIRETS["mine"], me)
    _received(ws, SIRETS["colleague"], "someone-else")           # reassigned to a colleague since
    rows = {r["siret"]: r["office_assignment"] for r in ws.companies.list()}
    assert rows == {SIRETS["mine"]: "mine", SIRETS["colleague"]: "other", SIRETS["own"]: None}
    ws.close()
    w = open_window(qtbot, data_dir)
    try:
        page = w.companies
        idle(qtbot, w)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3)
        assert "1 attribuée(s) par le bureau" in page.count.text()
        page.assigned.setCurrentIndex(page.assigned.findData("mine"))
        assert [r["siret"] for r in page.model.rows()] == [SIRETS["mine"]]
        page.assigned.setCurrentIndex(page.assigned.findData("not-mine"))
        assert sorted(r["siret"] for r in page.model.rows()) == sorted([SIRETS["colleague"], SIRETS["own"]])
        page.assigned.setCurrentIndex(0)
        assert page.model.rowCount() == 3
        assert page.assigned.accessibleName()
    finally:
        close_window(w)


def test_own_regions_first_rule():
    regs = [{"code": c, "programmes": p} for c, p in (("11", 0), ("53", 1), ("84", 2), ("93", 0))]
    assert [r["code"] for r in own_regions_first(regs)] == ["53", "84", "11", "93"]
    everywhere = [dict(r, programmes=1) for r in regs]
    assert own_regions_first(everywhere) == everywhere          # a national office: the order chosen
    nowhere = [dict(r, programmes=0) for r in regs]
    assert own_regions_first(nowhere) == nowhere


@pytest.mark.parametrize("order", ["name", "progress"])
def test_regional_dashboard_lists_its_own_regions_first_and_no_timing(qtbot, data_dir, order):
    ws = Workspace(data_dir)
    build(ws)                                                    # programmes in a few regions only
    own = {r["region"] for r in ws.db.query("SELECT region FROM programmes")}
    ws.close()
    w = open_window(qtbot, data_dir)
    try:
        w.go("dashboard")
        idle(qtbot, w)
        page = w.dashboard
        qtbot.waitUntil(lambda: page.data is not None and bool(page.region_bars.rows()))
        page.region_sort.setCurrentIndex(page.region_sort.findData(order))
        from ifdesk.core.reference_data import region_name

        names = [r[0] for r in page.region_bars.rows()]
        own_names = {region_name(c) for c in own}
        assert len(names) > len(own_names)
        assert set(names[:len(own_names)]) == own_names, names
        shown = [lab.text() for lab in page.findChildren(QLabel) if lab.isVisible()]
        assert not [t for t in shown if re.search(r"\d\s*ms\b|Calculé en", t)], shown
    finally:
        close_window(w)


def test_a_workspace_without_the_distribution_tables_lists_its_companies(workspace, company):
    """Workspaces made before distributions have no distribution_companies table (bundle/distribution.py
    creates it on the first one received): the list still works, nothing is « assigned »."""
    workspace.db.execute("DROP TABLE distribution_companies")
    rows = workspace.companies.list()
    assert [(r["siret"], r["office_assignment"]) for r in rows] == [(company.siret, None)]
