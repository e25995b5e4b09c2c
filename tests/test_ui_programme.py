"""Issue 14 in the window: previous levels in the editor of a follow-up, action statuses in the plan."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")

from ifdesk.core.diagnostic import ActionItem, Answer  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402

from .ui_helpers import close_window, idle, open_window  # noqa: E402
from .bundle_kit import ready_to_complete  # noqa: E402


@pytest.fixture
def followup(data_dir):
    from ifdesk.core.company import new_company

    with Workspace(data_dir) as ws:
        ref = ws.referentiels.current()
        ws.companies.add(new_company(siret="73282932000074", name="Forez", region="84", naf="25.62B", headcount=48))
        first = ws.diagnostics.create("73282932000074", ref, None, "Claire", visit_date=date(2025, 3, 1))
        for i, cid in enumerate(ref.criteria_by_id):
            ws.diagnostics.save_answer(first, Answer(criterion=cid, level=1 + i % 3))
        ws.diagnostics.set_actions(first, [ActionItem(title="Capteurs sur presses"), ActionItem(title="MES")])
        a0 = ws.diagnostics.get(first).actions[0].id
        ws.diagnostics.set_action_status(first, a0, "in_progress", today=date(2025, 3, 2))
        ready_to_complete(ws, first)
        ws.diagnostics.complete(first)
        second = ws.diagnostics.create("73282932000074", ref, None, "Claire", visit_date=date(2025, 11, 1))
        return {"first": first, "second": second, "ref": ref, "a0": a0}


def test_editor_shows_previous_level_and_plan_its_statuses(qtbot, data_dir, followup):
    win = open_window(qtbot, data_dir)
    try:
        ref = followup["ref"]
        win.open_diagnostic(followup["second"])
        idle(qtbot, win)
        qtbot.waitUntil(lambda: win.editor.ref is not None)
        ids = list(ref.criteria_by_id)
        win.editor.select(ids[1])
        idle(qtbot, win)
        text = win.editor.card.previous.text()
        assert win.editor.card.previous.isVisible() and text.startswith("Niveau précédent : 2"), text
        win.open_synthesis(followup["second"])
        idle(qtbot, win)
        syn = win.synthesis
        qtbot.waitUntil(lambda: syn.action_model.rowCount() == 2)
        qtbot.waitUntil(lambda: syn.peers.isVisible())
        assert "Diagnostic précédent du 01/03/2025" in syn.peers.text()
        cells = [syn.action_model.index(r, 1).data() for r in range(2)]
        assert cells[0].startswith("En cours") and cells[1].startswith("Prévue")
        # change a status through the dialog: abandoned needs a reason, the id is kept
        from ifdesk.ui.views.action_dialog import ActionDialog

        dlg = ActionDialog(ref, syn.action_items[1])
        qtbot.addWidget(dlg)
        got = []
        dlg.confirmed.connect(got.append)
        dlg.status.setCurrentIndex(dlg.status.findData("abandoned"))
        assert dlg.fields["status_reason"].isVisibleTo(dlg)
        dlg.accept()
        assert got == [] and "raison" in dlg.fields["status_reason"].error.text().lower()
        dlg.reason.setText("Pas de budget cette année")
        dlg.accept()
        [item] = got
        assert item.id == syn.action_items[1].id and item.status.value == "abandoned" and item.status_date == date.today()
        syn.save_actions([syn.action_items[0], item], select=1)
        idle(qtbot, win)
        stored = win.tm.call(lambda ws: ws.diagnostics.get(followup["second"]).actions)
        assert [(a.id, a.status.value, a.status_reason) for a in stored][1] == (item.id, "abandoned", "Pas de budget cette année")
        assert stored[0].id == followup["a0"]
    finally:
        close_window(win)


def test_programme_editor_milestones_and_cost_dialog(qtbot, data_dir, followup):
    win = open_window(qtbot, data_dir)
    try:
        from ifdesk.ui.views.programmes import ProgrammesDialog

        dlg = ProgrammesDialog(win)
        qtbot.addWidget(dlg)
        idle(qtbot, win)
        dlg.name.setText("Programme test")
        dlg.budget.setText("1 000 000")
        dlg.objective.setText("20")
        from PySide6.QtCore import QDate

        dlg.start.setDate(QDate(2025, 1, 1))
        dlg.end.setDate(QDate(2026, 12, 31))
        dlg.milestones.setText("31/12/2027 = 5")          # outside the period: refused at the field
        dlg.save()
        idle(qtbot, win)
        assert "hors de la période" in dlg.fields["milestones"].error.text()
        assert win.tm.call(lambda ws: ws.db.execute("SELECT count(*) FROM programmes").fetchone()[0]) == 0
        dlg.milestones.setText("31/12/2025 = 8 ; 31/12/2026 = 20")
        dlg.save()
        idle(qtbot, win)
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 1)
        ms = win.tm.call(lambda ws: [tuple(r) for r in ws.db.execute("SELECT date, objective FROM programme_milestones")])
        assert ms == [("2025-12-31", 8), ("2026-12-31", 20)]
        assert "31/12/2025" in dlg.model.index(0, 6).data()

        win.go("diagnostics")
        idle(qtbot, win)
        page = win.diagnostics
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        cost = page.edit_cost()
        qtbot.addWidget(cost)
        idle(qtbot, win)
        cost.days.setText("deux")                          # not a number: refused at the field
        cost.accept()
        assert "nombre" in cost.fields["days"].error.text()
        cost.days.setText("-2")
        cost.rate.setText("1 000")
        cost.accept()
        assert "négatif" in cost.fields["days"].error.text()
        cost.days.setText("2,5")
        cost.share.setText("150")
        cost.accept()
        assert "100" in cost.fields["share_pct"].error.text()
        assert win.tm.call(lambda ws: ws.db.execute("SELECT count(*) FROM diagnostic_costs").fetchone()[0]) == 0
        cost.share.setText("80")
        cost.accept()
        idle(qtbot, win)
        row = win.tm.call(lambda ws: ws.db.execute("SELECT days, day_rate_eur, share_pct FROM diagnostic_costs").fetchone())
        assert tuple(row) == (2.5, 1000.0, 80.0)
    finally:
        close_window(win)


def test_dashboard_shows_money_milestones_and_follow_ups(qtbot, data_dir):
    from ifdesk.demo import fill
    from ifdesk.office import Filters, dashboard, money

    with Workspace(data_dir) as ws:
        fill(ws, companies=60, seed=8)
        d = dashboard(ws)
        fig = money.figures(ws, Filters(), d.budget_eur, [r["code"] for r in d.regions], ws.referentiels.current())
    win = open_window(qtbot, data_dir)
    try:
        win.go("dashboard")
        idle(qtbot, win)
        k = win.dashboard.programme_kpis
        qtbot.waitUntil(lambda: k.money.text() != "—", timeout=10_000)
        assert k.followups.text() == str(fig["followups"]["companies"])
        assert "alloués" in k.money_sub.text()
        assert k.milestone.text().replace("\u202f", "").split(" / ")[1].isdigit()
        charts = win.dashboard.programme_charts
        assert len(charts.levels.rows()) == len(fig["maturity_levels"])
        assert "approuvés" in charts.reviews.text()
    finally:
        close_window(win)
