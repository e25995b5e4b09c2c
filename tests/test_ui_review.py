"""The review round trip through the window (bundle.md, Authority): the office opens a received diagnostic,
reads it (read-only answers, « Rouvrir » disabled with its reason), asks for changes with a comment; the
decision goes out in the next distribution; the expert's window flags the diagnostic in the list, shows the
comment on it, and the expert answers with a new revision."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

from ifdesk.bundle import import_paths, make_distribution  # noqa: E402
from ifdesk.store import reviews  # noqa: E402
from ifdesk.ui.views.review_panel import ReviewDialog  # noqa: E402

from .bundle_kit import PASS, SIRETS, completed_diag, export_one, new_pair  # noqa: E402
from .ui_helpers import close_window, idle, open_window  # noqa: E402

COMMENT = "Chiffrer le plan d'actions <b>avant</b> le comité"


def test_office_requests_changes_and_the_expert_sees_them(qtbot, tmp_path):
    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    assert import_paths(office, [export_one(expert, d, tmp_path / "d.ifbundle")])[0].status == "imported"
    exp_dir, off_dir = expert.folder, office.folder
    expert.close()
    office.close()

    # ---- the office
    w = open_window(qtbot, off_dir)
    w.open_diagnostic(d, "exported")
    idle(qtbot, w)
    page = w.synthesis
    panel = page.review_panel
    assert panel.isVisible() and panel.approve_btn.isVisible() and panel.changes_btn.isVisible()
    assert panel.state.text() == "À examiner"
    assert not page.reopen_btn.isEnabled() and "revue" in page.reopen_btn.toolTip()
    assert page.tabs.isTabVisible(page.answers_tab) and page.answer_model.rowCount() > 0
    panel.changes_btn.click()
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, ReviewDialog)
    dlg.accept()                                   # empty: refused, the dialog stays
    assert dlg.isVisible() and dlg.error.text()
    dlg.text.setPlainText(COMMENT)
    dlg.accept()
    idle(qtbot, w)
    qtbot.waitUntil(lambda: panel.state.text() == "Modifications demandées", timeout=5000)
    assert panel.comment.text() == COMMENT         # plain text, never markup
    w.go("diagnostics")
    idle(qtbot, w)
    lst = w.diagnostics
    lst.review.setCurrentIndex(lst.review.findData("approved"))
    idle(qtbot, w)
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=5000)
    lst.review.setCurrentIndex(lst.review.findData("changes_requested"))
    idle(qtbot, w)
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1, timeout=5000)
    w.go("dashboard")                              # the dashboard filters on the review state too
    idle(qtbot, w)
    dash = w.dashboard
    dash.set_filters(review="approved")
    qtbot.waitUntil(lambda: not dash._loading and not dash._debounce.isActive(), timeout=5000)
    idle(qtbot, w)
    qtbot.waitUntil(lambda: dash.data and dash.data["dashboard"].filters["review"] == "approved", timeout=5000)
    assert dash.data["dashboard"].diagnostics["total"] == 0
    dash.set_filters(review="changes_requested")
    qtbot.waitUntil(lambda: dash.data["dashboard"].filters["review"] == "changes_requested", timeout=5000)
    assert dash.data["dashboard"].diagnostics["total"] == 1
    close_window(w)

    # ---- the next distribution carries the decision to the expert
    from ifdesk.store import Workspace

    with Workspace(off_dir) as ws:
        dist = make_distribution(ws, tmp_path / "dist.ifbundle", PASS)
        assert [r["id"] for r in dist.reviews] == [d]
    with Workspace(exp_dir) as ws:
        assert import_paths(ws, [tmp_path / "dist.ifbundle"])[0].status == "imported"
        assert reviews.get_review(ws.db, d)["comment"] == COMMENT

    # ---- the expert's window
    w = open_window(qtbot, exp_dir)
    w.go("diagnostics")
    idle(qtbot, w)
    lst = w.diagnostics
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1, timeout=5000)
    col = [c.key for c in lst.model.columns].index("review")
    assert "Modifications demandées" in lst.model.index(0, col).data()
    w.open_diagnostic(d, "exported")
    idle(qtbot, w)
    page, panel = w.synthesis, w.synthesis.review_panel
    assert panel.isVisible() and panel.comment.text() == COMMENT
    assert not panel.approve_btn.isVisible() and not panel.reject_btn.isVisible()
    assert not page.tabs.isTabVisible(page.answers_tab)
    assert page.reopen_btn.isEnabled()
    page.reopen_btn.click()                        # the expert answers with a new revision
    idle(qtbot, w)
    qtbot.waitUntil(lambda: page.diag is not None and page.diag.revision == 2, timeout=5000)
    close_window(w)


def test_office_accepts_or_ignores_company_proposals_in_the_window(qtbot, tmp_path):
    from ifdesk.store import Workspace, proposals
    from ifdesk.store.db import transaction, utcnow

    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    import_paths(office, [export_one(expert, d, tmp_path / "d.ifbundle")])
    c = office.companies.get(SIRETS[0])
    base = {"siret": c.siret, "siren": c.siren, "name": c.name, "region": c.region, "naf": c.naf,
            "headcount": c.headcount, "turnover_eur": None, "balance_sheet_eur": None, "city": c.city,
            "size_class": "PME", "updated_at": utcnow()}
    with transaction(office.db):  # two proposals from a key that neither created nor was assigned the company
        proposals.apply_record(office.db, base | {"city": "=HYPERLINK(\"x\")"}, "00aa00aa00aa00aa", {"00aa00aa00aa00aa"},
                               None, utcnow())
        proposals.apply_record(office.db, base | {"city": "Villeurbanne"}, "00aa00aa00aa00aa", {"00aa00aa00aa00aa"},
                               None, utcnow())
    off_dir = office.folder
    expert.close()
    office.close()
    w = open_window(qtbot, off_dir)
    w.go("sync")
    idle(qtbot, w)
    page = w.sync
    panel = page.proposals
    assert page.tabs.isTabVisible(page.proposals_tab)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert "(2)" in page.tabs.tabText(page.proposals_tab)
    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    panel.ignore_btn.click()
    idle(qtbot, w)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    panel.accept_btn.click()
    idle(qtbot, w)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    close_window(w)
    with Workspace(off_dir) as ws:
        assert ws.companies.get(SIRETS[0]).city == "Villeurbanne"
