"""Office aggregates against values computed by hand on a small data set (docs/office.md)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from ifdesk.core import referentiel as R
from ifdesk.core.company import Programme, new_company
from ifdesk.core.diagnostic import Answer
from ifdesk.core.errors import ValidationError
from ifdesk.office import Filters, aggregates as A
from ifdesk.store import Workspace

LEVELS = {i: f"d{i}" for i in range(1, 6)}
MINI = {
    "id": "mini", "version": "1", "title": "Mini référentiel de test",
    "scale": [{"level": i, "label": f"N{i}"} for i in range(1, 6)],
    "themes": [
        {"id": "t1", "title": "Thème un", "weight": 1, "criteria": [
            {"id": "c1", "title": "C1", "weight": 1, "questions": ["?"], "levels": LEVELS},
            {"id": "c2", "title": "C2", "weight": 1, "questions": ["?"], "levels": LEVELS}]},
        {"id": "t2", "title": "Thème deux", "weight": 1, "criteria": [
            {"id": "c3", "title": "C3", "weight": 1, "questions": ["?"], "levels": LEVELS},
            {"id": "c4", "title": "C4", "weight": 3, "questions": ["?"], "levels": LEVELS}]},
    ],
}
SIRET = {"A": "73282932000074", "B": "55208131766522", "C": "44306184100047", "D": "35600000049837",
         "E": "38347481400100"}


def _answer(ws, diag_id, crit, level=None, na=None):
    ws.diagnostics.save_answer(diag_id, Answer(criterion=crit, level=level, na=na is not None, na_reason=na or ""))


def _diag(ws, ref, company, visit, expert, levels, complete=True):
    key, name = expert
    d = ws.diagnostics.create(SIRET[company], ref, key, name, visit_date=visit)
    for crit, lv in levels.items():
        if lv == "na":
            _answer(ws, d, crit, na="pas de poste concerné")
        else:
            _answer(ws, d, crit, lv)
    ws.diagnostics.set_synthesis(d, strengths="Atelier rangé", weaknesses="Peu de données",
                                 no_action_reason="Plan d'actions remis à la restitution")
    if complete:
        ws.diagnostics.complete(d)
    return d


ALICE, BRUNO = ("k1", "Alice Expert"), ("k2", "Bruno Expert")


def build(ws: Workspace) -> dict:
    """A: 84 PME, two counted diagnostics (d1 completed, d2 exported, one not-applicable answer);
    B: 84 ETI, d3 completed then reopened (current = revision 2, a draft): not diagnosed;
    C: 53 PME, d4 completed and held in conflict; D: 53 PME, d5 draft; E: 11, nothing."""
    ref = R.from_data(MINI)
    ws.referentiels.add(ref)
    ws.referentiels.set_current(ref.sha256)
    for key, region, naf, head in (("A", "84", "25.62B", 48), ("B", "84", "10.71A", 300), ("C", "53", "25.11Z", 20),
                                   ("D", "53", "25.62A", 100), ("E", "11", "28.99B", 12)):
        ws.companies.add(new_company(siret=SIRET[key], name=f"Entreprise {key}", region=region, naf=naf, headcount=head,
                                     turnover_eur=head * 150_000))  # the figures decide the size class
    for region, obj, budget, start, end in (("84", 4, 1_000_000, "2025-01-01", "2026-12-31"),
                                            ("84", 1, 100_000, "2020-01-01", "2020-12-31"),
                                            ("53", 2, 500_000, "2025-01-01", "2026-12-31"),
                                            ("11", 3, 300_000, "2025-01-01", "2026-12-31")):
        ws.companies.add_programme(Programme(region=region, name=f"Programme {region}", budget_eur=budget,
                                             objective_companies=obj, start=start, end=end))
    d = {}
    # t1 = (2+4)/2 = 3 ; t2 = (1×1 + 3×3)/4 = 2.5 ; overall 2.75
    d["d1"] = _diag(ws, ref, "A", date(2025, 3, 10), ALICE, {"c1": 2, "c2": 4, "c3": 1, "c4": 3})
    # t1 = 5 (c2 not applicable) ; t2 = 4 ; overall 4.5
    d["d2"] = _diag(ws, ref, "A", date(2025, 6, 1), BRUNO, {"c1": 5, "c2": "na", "c3": 4, "c4": 4})
    ws.diagnostics.mark_exported(d["d2"], 1)
    # revision 1: t1 = 1, t2 = 2 — superseded by revision 2 (draft), which must be the only one seen
    d["d3"] = _diag(ws, ref, "B", date(2025, 3, 20), ALICE, {"c1": 1, "c2": 1, "c3": 2, "c4": 2})
    ws.diagnostics.reopen(d["d3"])
    _answer(ws, d["d3"], "c1", 5)
    # t1 = 3 ; t2 = 5 (c3 not applicable) ; overall 4
    d["d4"] = _diag(ws, ref, "C", date(2025, 6, 15), ALICE, {"c1": 3, "c2": 3, "c3": "na", "c4": 5})
    with ws.transaction():
        ws.db.execute("INSERT INTO diag_conflicts (diag_id, reason) VALUES (?, ?)", (d["d4"], "révision divergente"))
    d["d5"] = _diag(ws, ref, "D", date(2025, 7, 1), BRUNO, {"c1": 2}, complete=False)
    return d


@pytest.fixture
def office(workspace):
    ids = build(workspace)
    return workspace, ids


def by(rows, key="code"):
    return {r[key]: r for r in rows}


def test_regions_diagnosed_vs_objective(office):
    ws, _ids = office
    dash = A.dashboard(ws)
    regions = by(dash.regions)
    assert len(regions) == 18  # every current region, even without data
    assert (regions["84"]["diagnosed"], regions["84"]["objective"]) == (1, 5)
    assert regions["84"]["diagnostics"] == 2 and regions["84"]["average"] == pytest.approx((2.75 + 4.5) / 2)
    assert (regions["53"]["diagnosed"], regions["53"]["objective"], regions["53"]["conflicts"]) == (1, 2, 1)
    assert (regions["11"]["diagnosed"], regions["11"]["objective"], regions["11"]["progress"]) == (0, 3, 0)
    assert regions["11"]["budget_eur"] == 300_000 and regions["11"]["average"] is None
    assert regions["94"] == regions["94"] | {"diagnosed": 0, "objective": 0, "progress": None, "programmes": 0}
    assert (dash.diagnosed, dash.objective, dash.budget_eur, dash.programmes) == (2, 10, 1_900_000, 4)
    assert dash.companies == 5


def test_status_and_months_count_current_revisions_only(office):
    ws, _ids = office
    dash = A.dashboard(ws)
    assert dash.diagnostics == {"total": 5, "by_status": {"draft": 2, "completed": 2, "exported": 1}}
    months = [(m["month"], m["total"], m["draft"], m["completed"], m["exported"]) for m in dash.months]
    assert months == [("2025-03", 2, 1, 1, 0), ("2025-04", 0, 0, 0, 0), ("2025-05", 0, 0, 0, 0),
                      ("2025-06", 2, 0, 1, 1), ("2025-07", 1, 1, 0, 0)]


def test_theme_average_and_spread(office):
    ws, _ids = office
    themes = A.dashboard(ws).themes
    assert [t["id"] for t in themes] == ["t1", "t2"] and themes[0]["title"] == "Thème un"
    t1, t2 = themes
    # t1 over d1, d2, d4 = [3, 5, 3] (d3's superseded revision 1 scored 1 and is left out)
    assert t1["n"] == 3 and t1["average"] == pytest.approx(11 / 3)
    assert t1["stdev"] == pytest.approx(math.sqrt(((3 - 11 / 3) ** 2 * 2 + (5 - 11 / 3) ** 2) / 3))
    assert (t1["min"], t1["q1"], t1["median"], t1["q3"], t1["max"]) == (3, 3, 3, 4, 5)
    # t2 = [2.5, 4, 5]: quartiles at positions 0.5, 1, 1.5
    assert t2["n"] == 3 and t2["average"] == pytest.approx(11.5 / 3)
    assert (t2["min"], t2["q1"], t2["median"], t2["q3"], t2["max"]) == (2.5, 3.25, 4, 4.5, 5)


def test_breakdowns_and_experts(office):
    ws, _ids = office
    dash = A.dashboard(ws)
    size = by(dash.by_size, "key")
    assert set(size) == {"PME"}  # B, the only ETI, is not diagnosed (its current revision is a draft)
    assert (size["PME"]["diagnosed"], size["PME"]["diagnostics"]) == (2, 3)
    assert size["PME"]["average"] == pytest.approx((2.75 + 4.5 + 4.0) / 3)
    naf = by(dash.by_naf, "key")
    assert set(naf) == {"25"} and naf["25"]["diagnosed"] == 2 and "métal" in naf["25"]["label"].lower()
    reg = by(dash.by_region, "key")
    assert (reg["84"]["diagnosed"], reg["53"]["diagnosed"], reg["53"]["average"]) == (1, 1, 4.0)
    experts = by(dash.experts, "key_id")
    assert (experts["k1"]["name"], experts["k1"]["diagnostics"]) == ("Alice Expert", 3)
    assert (experts["k1"]["draft"], experts["k1"]["completed"], experts["k1"]["exported"]) == (1, 2, 0)
    assert (experts["k1"]["diagnosed"], experts["k1"]["last_visit"]) == (2, "2025-06-15")
    assert (experts["k2"]["diagnostics"], experts["k2"]["exported"], experts["k2"]["diagnosed"]) == (2, 1, 1)


def test_conflicts_count_once_and_are_flagged(office):
    ws, ids = office
    dash = A.dashboard(ws)
    assert dash.conflicts == 1
    assert by(dash.regions)["53"]["diagnosed"] == 1  # d4 counted once, through its current revision
    with ws.transaction():
        ws.db.execute("DROP TABLE diag_conflicts")
    assert A.dashboard(ws).conflicts == 0  # table absent: nothing awaits a decision


def test_filters(office):
    ws, _ids = office
    r84 = A.dashboard(ws, Filters.parse(region="84"))
    assert [r["code"] for r in r84.regions] == ["84"] and r84.diagnosed == 1 and r84.companies == 2
    assert r84.objective == 5 and r84.conflicts == 1  # pending conflicts are a workspace-wide count
    assert [(t["id"], t["n"], t["average"]) for t in r84.themes] == [("t1", 2, 4.0), ("t2", 2, 3.25)]
    june = A.dashboard(ws, Filters.parse(date_from="2025-06", date_to="2025-06-30"))
    assert (by(june.regions)["84"]["diagnosed"], by(june.regions)["84"]["objective"]) == (1, 4)  # 2020 programme out
    assert june.diagnostics["by_status"] == {"draft": 0, "completed": 1, "exported": 1}
    assert [m["month"] for m in june.months] == ["2025-06"]
    eti = A.dashboard(ws, Filters.parse(size_class="eti"))
    assert (eti.diagnosed, eti.companies, eti.diagnostics["total"], eti.themes) == (0, 1, 1, [])
    naf10 = A.dashboard(ws, Filters.parse(naf_division="10.71A"))
    assert (naf10.diagnosed, naf10.diagnostics["by_status"]["draft"]) == (0, 1)
    none = A.dashboard(ws, Filters.parse(date_from="2030-01-01"))
    assert (none.diagnosed, none.months, none.themes, none.diagnostics["total"]) == (0, [], [], 0)


@pytest.mark.parametrize("kw, field", [({"region": "99"}, "region"), ({"naf_division": "ab"}, "naf_division"),
                                       ({"naf_division": "04"}, "naf_division"), ({"size_class": "TPE"}, "size_class"),
                                       ({"date_from": "2025-13-01"}, "date_from"),
                                       ({"date_from": "2025-06-01", "date_to": "2025-05-01"}, "date_to")])
def test_bad_filters_are_refused(kw, field):
    with pytest.raises(ValidationError) as e:
        Filters.parse(**kw)
    assert e.value.field == field and str(e.value)


def test_facts_follow_every_change(office):
    ws, ids = office
    assert by(A.dashboard(ws).regions)["53"]["diagnosed"] == 1
    ws.diagnostics.reopen(ids["d4"])  # C is no longer diagnosed: its current revision is a draft
    dash = A.dashboard(ws)
    assert by(dash.regions)["53"]["diagnosed"] == 0 and dash.diagnostics["by_status"]["draft"] == 3
    assert [t["n"] for t in dash.themes] == [2, 2]
    ws.diagnostics.complete(ids["d3"])  # B's revision 2: t1 = (5+1)/2 = 3
    dash = A.dashboard(ws)
    assert by(dash.by_size, "key")["ETI"]["diagnosed"] == 1
    assert by(dash.themes, "id")["t1"]["n"] == 3
    company = ws.companies.get(SIRET["B"])  # moving the company moves its diagnostics
    ws.companies.update(company.model_copy(update={"region": "11"}))
    assert by(A.dashboard(ws).regions)["11"]["diagnosed"] == 1


def test_readonly_workspace_sees_unrefreshed_changes(office, data_dir):
    ws, ids = office
    A.dashboard(ws)  # facts refreshed
    ws.diagnostics.reopen(ids["d1"])  # now dirty, not refreshed by the writer
    ro = Workspace(data_dir, readonly=True)
    try:
        dash = A.dashboard(ro)
        assert by(dash.regions)["84"]["diagnosed"] == 1 and by(dash.regions)["84"]["diagnostics"] == 1
        assert by(dash.themes, "id")["t1"]["n"] == 2
    finally:
        ro.close()


def test_incremental_facts_equal_a_full_rebuild(office):
    ws, ids = office
    A.dashboard(ws)
    ws.diagnostics.reopen(ids["d2"])
    ws.diagnostics.save_answer(ids["d2"], Answer(criterion="c3", level=1))
    ws.diagnostics.complete(ids["d2"])
    ws.diagnostics.reopen(ids["d4"])
    incremental = A.dashboard(ws).as_dict()
    hist = ws.db.execute("SELECT * FROM office_theme_hist WHERE n != 0 ORDER BY 1, 2, 3, 4").fetchall()
    with ws.transaction():
        for t in ("office_facts", "office_theme_scores", "office_theme_hist"):
            ws.db.execute(f"DELETE FROM {t}")
        ws.db.execute("INSERT INTO office_dirty SELECT id FROM diagnostics WHERE id NOT IN (SELECT diag_id FROM office_dirty)")
    assert A.dashboard(ws).as_dict() == incremental
    assert ws.db.execute("SELECT * FROM office_theme_hist WHERE n != 0 ORDER BY 1, 2, 3, 4").fetchall() == hist
    assert ws.db.execute("SELECT count(*) FROM office_theme_hist WHERE n < 0").fetchone()[0] == 0
    t1 = by(incremental["themes"], "id")["t1"]
    # d2 revision 2 (t1 = 5, t2 = (1 + 12)/4 = 3.25), d1 (3, 2.5); d4 reopened: out
    assert (t1["n"], t1["average"]) == (2, 4.0)
    assert by(incremental["themes"], "id")["t2"]["average"] == pytest.approx((3.25 + 2.5) / 2)


@pytest.mark.parametrize("kept, scanned", [
    ({"region": "84"}, {"region": "84", "date_from": "2000-01-01"}),
    ({"naf_division": "25"}, {"naf_division": "25", "size_class": "PME"}),
    ({"date_from": "2025-06", "date_to": "2025-06"}, {"date_from": "2025-05-31", "date_to": "2025-06-30"}),
    ({"date_to": "2025-05"}, {"date_to": "2025-05-31", "region": None, "date_from": "2025-03-02"}),
])
def test_kept_histograms_agree_with_a_scan(office, kept, scanned):
    """Single filters read the kept histograms; several filters scan. Same data → same themes."""
    ws, _ids = office
    A.prepare(ws)
    assert A._hist_grain(Filters.parse(**kept)) is not None and A._hist_grain(Filters.parse(**scanned)) is None
    assert A.themes(ws, Filters.parse(**kept)) == A.themes(ws, Filters.parse(**scanned))


def test_workspace_without_fact_tables(office, data_dir):
    """A workspace made before the fact tables existed: built on first use (or in TEMP when read-only)."""
    ws, _ids = office
    expected = A.dashboard(ws).as_dict()
    with ws.transaction():
        for name, kind in ws.db.execute("SELECT name, type FROM sqlite_master WHERE name LIKE 'office_%' "
                                        "AND type IN ('table', 'trigger')").fetchall():
            ws.db.execute(f"DROP {kind.upper()} {name}")
    ro = Workspace(data_dir, readonly=True)
    try:
        assert A.dashboard(ro).as_dict() == expected
    finally:
        ro.close()
    assert A.dashboard(ws).as_dict() == expected  # writable: tables and triggers recreated, then filled
    assert ws.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'office_%'").fetchone()[0] == 10


def test_filter_choices(office):
    ws, _ids = office
    c = A.filter_choices(ws)
    assert len(c["regions"]) == 18 and c["regions"][0]["name"] == "Auvergne-Rhône-Alpes"
    assert [d["code"] for d in c["naf_divisions"]] == ["10", "25", "28"]
    assert c["size_classes"] == ["PME", "ETI", "GE"] and c["months"] == ("2025-03", "2025-07")


@pytest.mark.parametrize("kw", [{}, {"region": "84"}, {"date_from": "2025-06", "date_to": "2025-07"},
                                {"naf_division": "25", "size_class": "PME"}])
def test_read_only_overlay_equals_a_refresh(office, data_dir, kw):
    """Changes not yet folded in by the writer: a read-only reader sees exactly what a refresh gives."""
    ws, ids = office
    f = Filters.parse(**kw)
    A.dashboard(ws, f)
    ws.diagnostics.reopen(ids["d1"])
    ws.diagnostics.save_answer(ids["d1"], Answer(criterion="c3", level=5))
    ws.diagnostics.complete(ids["d1"])
    ws.diagnostics.complete(ids["d3"])
    ws.companies.update(ws.companies.get(SIRET["C"]).model_copy(update={"region": "84"}))
    ro = Workspace(data_dir, readonly=True)
    try:
        seen = A.dashboard(ro, f).as_dict()
        assert ro.db.execute("SELECT count(*) FROM main.office_dirty").fetchone()[0] > 0  # nothing refreshed
    finally:
        ro.close()
    assert seen == A.dashboard(ws, f).as_dict()


def test_national_first_visits_follow_every_change(office):
    """The first visits are computed once per dashboard load, and again after any change (never stale)."""
    from ifdesk.office import national

    ws, ids = office
    national.set_objective(ws, "2099-01-01", 10)
    A.prepare(ws)
    before = national.figures(ws, Filters())["milestones"][0]["diagnosed"]
    assert before == national.figures(ws, Filters())["milestones"][0]["diagnosed"] >= 1
    ws.diagnostics.reopen(ids["d4"])  # C is no longer diagnosed
    A.prepare(ws)
    assert national.figures(ws, Filters())["milestones"][0]["diagnosed"] == before - 1
    assert national.figures(ws, Filters.parse(region="53"))["milestones"][0]["diagnosed"] == 0
