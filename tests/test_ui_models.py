"""Table models of the window, tested without a window (vorta's way)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from ifdesk.core.diagnostic import ActionItem, Answer  # noqa: E402
from ifdesk.core.scoring import compute  # noqa: E402
from ifdesk.ui.models import (ROW_ROLE, SORT_ROLE, ActionTableModel, CompanyTableModel,  # noqa: E402
                              DiagnosticTableModel, PriorityTableModel, ReferentielTableModel, ThemeScoreTableModel)
from ifdesk.ui.work import referentiel_rows  # noqa: E402

DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model, row: int, key: str, role=DISPLAY):
    return model.data(model.index(row, model.column_index(key)), role)


def test_company_model_formats_french(qapp, workspace, company):
    m = CompanyTableModel()
    assert m.rowCount() == 0
    m.set_rows(workspace.companies.list())
    assert m.rowCount() == 1 and m.columnCount() == len(m.columns)
    assert cell(m, 0, "siret") == "732 829 320 00074"
    assert cell(m, 0, "region") == "Auvergne-Rhône-Alpes"
    assert cell(m, 0, "size_class") == "PME"
    assert cell(m, 0, "name", ROW_ROLE)["siret"] == company.siret
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Raison sociale"
    assert m.data(m.index(5, 0)) is None  # out of range
    assert m.rowCount(m.index(0, 0)) == 0  # a table, not a tree
    big = dict(workspace.companies.list()[0], headcount=1250)
    m.set_rows([big])
    assert cell(m, 0, "headcount").replace("\u202f", " ").replace("\u00a0", " ") == "1 250"
    assert cell(m, 0, "headcount", SORT_ROLE) == 1250


def test_diagnostic_model_status_score_and_filter(qapp, workspace, company, ref):
    d1 = workspace.diagnostics.create(company.siret, ref, None, "Camille Expert")
    cid = next(iter(ref.criteria_by_id))
    workspace.diagnostics.save_answer(d1, Answer(criterion=cid, level=3, target=4))
    workspace.diagnostics.rescore(d1)
    m = DiagnosticTableModel()
    m.set_rows(workspace.diagnostics.list())
    assert m.rowCount() == 1
    assert cell(m, 0, "status") == "Brouillon"
    assert cell(m, 0, "revision") == "1"
    assert cell(m, 0, "overall_score") == "3,00"
    assert cell(m, 0, "company") == company.name
    assert cell(m, 0, "expert_name") == "Camille Expert"
    assert cell(m, 0, "referentiel") == f"{ref.id} {ref.version}"
    m.set_rows(workspace.diagnostics.list(status="completed"))
    assert m.rowCount() == 0


def test_theme_priority_and_action_models(qapp, ref):
    crits = list(ref.criteria_by_id.values())
    answers = {c.id: Answer(criterion=c.id, level=2, target=4 if i < 3 else 2, important=i == 1) for i, c in enumerate(crits)}
    s = compute(ref, answers)
    pm = PriorityTableModel()
    pm.set_rows([p.as_dict() | {"rank": i + 1} for i, p in enumerate(s.priorities)])
    assert pm.rowCount() == 3
    assert cell(pm, 0, "title").endswith("★")  # the important one ranks first (× 1,5)
    assert cell(pm, 0, "gap") == "2"
    tm = ThemeScoreTableModel()
    tm.set_rows([{"theme": t.id, "title": t.title, "score": s.theme_scores[t.id], "target": s.theme_targets[t.id],
                  "answered": s.progress[t.id][0], "total": s.progress[t.id][1]} for t in ref.themes])
    assert tm.rowCount() == len(ref.themes)
    assert cell(tm, 0, "score") == "2,00"
    am = ActionTableModel()
    am.set_rows([ActionItem(title="Former les régleurs", priority=1, horizon="court", cost_eur=12500).model_dump(mode="json")])
    assert cell(am, 0, "priority") == "Haute"
    assert cell(am, 0, "horizon").startswith("Court terme")
    assert "12" in cell(am, 0, "cost_eur") and "€" in cell(am, 0, "cost_eur")
    assert cell(am, 0, "due") == "—"


def test_referentiel_model_shows_version_and_hash(qapp, workspace, ref):
    m = ReferentielTableModel()
    m.set_rows(referentiel_rows(workspace))
    assert m.rowCount() >= 1
    rows = [cell(m, r, "sha256") for r in range(m.rowCount())]
    assert ref.sha256 in rows
    r = rows.index(ref.sha256)
    assert cell(m, r, "version") == ref.version
    assert cell(m, r, "criteria") == str(ref.criteria_count())


def test_reset_signals(qapp, qtbot):
    m = CompanyTableModel()
    with qtbot.waitSignals([m.modelAboutToBeReset, m.modelReset]):
        m.set_rows([])
    assert m.rowCount(QModelIndex()) == 0


def test_model_sorts_french_text_and_numbers(qapp):
    m = CompanyTableModel()
    rows = [{"siret": "73282932000074", "name": n, "region": "84", "headcount": h, "diagnostics": 0}
            for n, h in (("Zinguerie du Lot", 5), ("Équipements Blanc", 300), ("atelier Martin", None), ("Forges", 40))]
    m.sort(m.column_index("name"), Qt.SortOrder.AscendingOrder)
    m.set_rows(rows)
    assert [m.row(i)["name"] for i in range(4)] == ["atelier Martin", "Équipements Blanc", "Forges", "Zinguerie du Lot"]
    m.sort(m.column_index("headcount"), Qt.SortOrder.DescendingOrder)
    assert [m.row(i)["headcount"] for i in range(4)] == [300, 40, 5, None]


def test_company_table_naf_tooltip_is_the_sub_class_label(qapp):
    from PySide6.QtCore import Qt

    from ifdesk.ui.models import CompanyTableModel

    m = CompanyTableModel()
    m.set_rows([{"name": "A", "siret": "73282932000074", "city": None, "region": "84", "naf": "25.62B",
                 "headcount": 40, "size_class": "PME", "diagnostics": 0}])
    col = [c.key for c in m.columns].index("naf")
    assert m.data(m.index(0, col)) == "25.62B"
    from ifdesk.ui.plain import tip

    assert m.data(m.index(0, col), Qt.ItemDataRole.ToolTipRole) == tip("25.62B — Mécanique industrielle")
