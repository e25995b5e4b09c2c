"""The Tableau de bord page and the Programmes editor, on a small data set whose figures are checked by hand
(tests/test_office_aggregates.build) and against `ifdesk.office.dashboard` under the same filters."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from ifdesk.office import Filters, aggregates  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402
from ifdesk.ui.charts import fmt_int, fmt_pct, month_label  # noqa: E402
from ifdesk.ui.views.dashboard import fmt_meur  # noqa: E402

from .test_office_aggregates import build  # noqa: E402
from .ui_helpers import alt, close_window, focus, idle, open_window, press  # noqa: E402

K = Qt.Key


@pytest.fixture
def win(qtbot, data_dir):
    ws = Workspace(data_dir)
    build(ws)
    ws.close()
    w = open_window(qtbot, data_dir)
    w.go("dashboard")
    idle(qtbot, w)
    yield w
    close_window(w)


def text(label) -> str:
    return label.text().replace("\u202f", " ").replace("\xa0", " ")


def region_row(page, name: str) -> tuple:
    return next(r for r in page.region_bars.rows() if r[0] == name)


def test_french_formats():
    assert fmt_int(1234).replace("\xa0", " ").replace("\u202f", " ") == "1 234"
    assert fmt_meur(12_500_000).replace("\xa0", " ") == "12,5 M€"
    assert fmt_meur(160_000_000).replace("\xa0", " ") == "160 M€"
    assert fmt_meur(86_900).replace("\xa0", " ") == "86,9 k€"
    assert fmt_pct(0.5) == "50\xa0%"  # no-break space before %
    assert month_label("2025-02", True) == "févr. 2025"


def test_counts_agree_in_each_language(monkeypatch):
    """« 0 brouillon » in French, « 0 drafts » in English (the English dashboard said « 0 draft »)."""
    from ifdesk.ui import i18n

    monkeypatch.setattr(i18n, "_lang", "fr")
    assert [i18n.plural(n, "{n} brouillon", "{n} brouillons").format(n=n) for n in (0, 1, 2)] == \
        ["0 brouillon", "1 brouillon", "2 brouillons"]
    monkeypatch.setattr(i18n, "_lang", "en")
    assert [i18n.plural(n, "{n} draft", "{n} drafts").format(n=n) for n in (0, 1, 2)] == ["0 drafts", "1 draft", "2 drafts"]


def test_dashboard_shows_hand_checked_figures(win):
    page = win.dashboard
    assert win.page() == "dashboard"
    # companies A (d1, d2) and C (d4, in conflict but completed) are diagnosed; B was reopened (draft)
    assert text(page.k_diagnosed) == "2"
    assert "10" in text(page.k_diagnosed_sub) and "20 %" in text(page.k_diagnosed_sub)  # 4 + 1 + 2 + 3
    assert text(page.k_budget) == "1,9 M€"                                               # 1 000 000 + 100 000 + 500 000 + 300 000
    assert text(page.k_diags) == "5"
    assert text(page.k_diags_sub) == "2 brouillons · 2 terminés · 1 exporté"
    assert text(page.k_conflicts) == "1"
    # per region: 84 = A over an objective of 4 + 1; 53 = C over 2; 11 = nothing over 3
    assert region_row(page, "Auvergne-Rhône-Alpes")[1:3] == (1, 5)
    assert "20\xa0%" in region_row(page, "Auvergne-Rhône-Alpes")[3]
    assert region_row(page, "Bretagne")[1:3] == (1, 2)
    assert "50\xa0%" in region_row(page, "Bretagne")[3]
    assert region_row(page, "Île-de-France")[1:3] == (0, 3)
    assert "sans objectif" in region_row(page, "Pays de la Loire")[3]
    # sorted by progress, then by name on demand
    names = [r[0] for r in page.region_bars.rows()]
    assert names.index("Bretagne") < names.index("Auvergne-Rhône-Alpes") < names.index("Île-de-France") \
        < names.index("Pays de la Loire")
    page.region_sort.setCurrentIndex(page.region_sort.findData("name"))
    names = [r[0] for r in page.region_bars.rows()]
    assert names.index("Auvergne-Rhône-Alpes") < names.index("Bretagne") < names.index("Île-de-France") \
        < names.index("Pays de la Loire")
    # themes: t1 = (3 + 5 + 3) / 3, t2 = (2.5 + 4 + 5) / 3 over the counted diagnostics d1, d2, d4
    themes = {t["title"]: t for t in page.radar._themes}
    assert themes["Thème un"]["average"] == pytest.approx(11 / 3)
    assert themes["Thème deux"]["average"] == pytest.approx(11.5 / 3)
    assert (themes["Thème un"]["min"], themes["Thème un"]["max"]) == (3, 5)
    assert "3,67" in page.radar.toolTip() and "3,83" in page.radar.toolTip()
    # months of visit: March to July 2025, June has d2 (exported) and d4 (completed)
    months = {m["month"]: m for m in page.month_bars._months}
    assert list(months) == ["2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]
    assert (months["2025-06"]["exported"], months["2025-06"]["completed"], months["2025-04"]["total"]) == (1, 1, 0)
    assert "juin 2025 : 2" in page.month_bars.accessibleDescription()
    # breakdowns and experts
    assert [r[0] for r in page.size_bars.rows()] == ["PME"]
    assert page.size_bars.rows()[0][1] == 2
    assert page.naf_bars.rows()[0][0].startswith("25 ")
    experts = {r["name"]: r for r in page.experts_model.rows()}
    assert (experts["Alice Expert"]["diagnostics"], experts["Alice Expert"]["diagnosed"]) == (3, 2)
    assert (experts["Bruno Expert"]["draft"], experts["Bruno Expert"]["exported"]) == (1, 1)


def test_conflicts_lead_to_the_sync_page(win, qtbot):
    win.dashboard.sync_btn.click()
    assert win.page() == "sync"


@pytest.mark.parametrize("chosen", [dict(region="53"), dict(date_from="2025-06", date_to="2025-06"),
                                    dict(naf="25", size="PME"), dict(region="84", date_from="2025-05")])
def test_filters_apply_to_every_figure(win, qtbot, chosen):
    page = win.dashboard
    page.set_filters(**chosen)
    qtbot.waitUntil(lambda: not page._debounce.isActive() and not page._loading, timeout=5000)
    idle(qtbot, win)
    f = Filters.parse(date_from=chosen.get("date_from"), date_to=chosen.get("date_to") and chosen["date_to"],
                      region=chosen.get("region"), naf_division=chosen.get("naf"), size_class=chosen.get("size"))
    assert page.filters == f
    d = win.tm.call(lambda ws: aggregates.dashboard(ws, f))
    assert page.data["dashboard"] == d
    assert text(page.k_diagnosed) == str(d.diagnosed)
    assert text(page.k_diags) == str(d.diagnostics["total"])
    assert text(page.k_budget) == fmt_meur(d.budget_eur).replace("\xa0", " ")
    assert len(page.region_bars.rows()) == len(d.regions)
    assert [m["month"] for m in page.month_bars._months] == [m["month"] for m in d.months]
    assert sorted(r["name"] for r in page.experts_model.rows()) == sorted(r["name"] for r in d.experts)
    assert f.describe() in text(page.scope)
    unfiltered = win.tm.call(lambda ws: aggregates.dashboard(ws, Filters()))
    assert d != unfiltered  # each case changes what is shown


def test_region_filter_hand_checked(win, qtbot):
    page = win.dashboard
    page.set_filters(region="53")
    qtbot.waitUntil(lambda: page.filters.region == "53" and not page._loading and not page._debounce.isActive())
    idle(qtbot, win)
    assert text(page.k_diagnosed) == "1"                      # C
    assert text(page.k_diags_sub) == "1 brouillon · 1 terminé · 0 exporté"  # d5, d4
    assert [r[0] for r in page.region_bars.rows()] == ["Bretagne"]
    assert text(page.k_budget) == "500 k€"


def test_a_period_ending_before_it_starts_is_refused_at_the_filter(win, qtbot):
    page = win.dashboard
    before = page.filters
    page.set_filters(date_from="2025-06", date_to="2025-03")
    assert page.filter_error.isVisible() and "précède" in page.filter_error.text()
    assert page.filters == before and not page._debounce.isActive()
    page.reset_filters()
    assert not page.filter_error.isVisible()


def test_export_writes_a_workbook_and_csv_files(win, qtbot, tmp_path):
    import openpyxl

    page = win.dashboard
    page.set_filters(region="84")
    idle(qtbot, win)
    qtbot.waitUntil(lambda: not page._loading and not page._debounce.isActive())
    out = tmp_path / "tableaux.xlsx"
    page.export_to(str(out), csv=False)
    idle(qtbot, win)
    assert out.is_file() and page.export_btn.isEnabled()
    assert "Tableaux exportés" in page.state.text()
    wb = openpyxl.load_workbook(out, read_only=True)
    assert "Diagnostics" in wb.sheetnames
    rows = list(wb["Diagnostics"].iter_rows(values_only=True))
    assert len(rows) == 1 + 3  # header + d1, d2, d3 (region 84 only)
    folder = tmp_path / "csv"
    page.export_to(str(folder), csv=True)
    idle(qtbot, win)
    assert (folder / "diagnostics.csv").is_file()


def test_export_to_a_missing_folder_is_refused_and_writes_nothing(win, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("ifdesk.ui.ops.show_error", lambda parent, err: shown.append(str(err)))
    page = win.dashboard
    page.export_to(str(tmp_path / "absent" / "t.xlsx"), csv=False)
    idle(qtbot, win)
    assert shown and not (tmp_path / "absent").exists()
    assert page.export_btn.isEnabled()


def programme_rows(w) -> list[dict]:
    return w.tm.call(lambda ws: [dict(r) for r in ws.db.query("SELECT * FROM programmes ORDER BY id")])


@pytest.fixture
def dlg(win, qtbot):
    win.dashboard.programmes_btn.click()
    d = win.dashboard.programmes_dialog
    idle(qtbot, win)
    assert d.isVisible() and d.model.rowCount() == 4
    return d


BAD = [("name", dict(name="  "), "vide"), ("budget_eur", dict(budget="-5"), "au moins 0"),
       ("budget_eur", dict(budget="beaucoup"), "montant invalide"), ("objective_companies", dict(objective="12,5"), "entier"),
       ("objective_companies", dict(objective=""), "vide"), ("end", dict(end=(2025, 1, 1)), "précède")]


@pytest.mark.parametrize("field,values,reason", BAD)
def test_programme_bad_input_refused_at_the_field(win, dlg, qtbot, field, values, reason):
    from PySide6.QtCore import QDate

    before = programme_rows(win)
    dlg.new()
    good = dict(name="Industrie du Futur Bretagne", budget="2 500 000", objective="40", end=(2026, 12, 31))
    good |= values
    dlg.region.setCurrentIndex(dlg.region.findData("53"))
    dlg.name.setText(good["name"])
    dlg.budget.setText(good["budget"])
    dlg.objective.setText(good["objective"])
    dlg.start.setDate(QDate(2025, 6, 1))
    dlg.end.setDate(QDate(*good["end"]))
    dlg.save_btn.click()
    idle(qtbot, win)
    err = dlg.fields[field].error
    assert err.isVisible() and reason in err.text().lower(), err.text()
    assert sum(f.error.isVisible() for f in dlg.fields.values()) == 1
    assert programme_rows(win) == before


def test_programme_add_edit_delete(win, dlg, qtbot):
    from PySide6.QtCore import QDate

    dlg.new()
    dlg.region.setCurrentIndex(dlg.region.findData("53"))
    dlg.name.setText("Bretagne industrie")
    dlg.budget.setText("2 500 000 €")
    dlg.objective.setText("40")
    dlg.start.setDate(QDate(2025, 1, 1))
    dlg.end.setDate(QDate(2026, 12, 31))
    dlg.save_btn.click()
    idle(qtbot, win)
    rows = programme_rows(win)
    new = rows[-1]
    assert (new["region"], new["name"], new["budget_eur"], new["objective_companies"], new["start"], new["end"]) == \
        ("53", "Bretagne industrie", 2_500_000, 40, "2025-01-01", "2026-12-31")
    assert dlg.model.rowCount() == 5
    # edit: the selected row comes into the form
    i = next(i for i, r in enumerate(dlg.model.rows()) if r["id"] == new["id"])
    dlg.table.selectRow(i)
    dlg.edit_btn.click()
    assert dlg.name.text() == "Bretagne industrie" and dlg.objective.text() == "40"
    dlg.objective.setText("45")
    dlg.save_btn.click()
    idle(qtbot, win)
    assert programme_rows(win)[-1]["objective_companies"] == 45
    # delete, after confirming
    i = next(i for i, r in enumerate(dlg.model.rows()) if r["id"] == new["id"])
    dlg.table.selectRow(i)
    dlg.delete_btn.click()
    dlg.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    idle(qtbot, win)
    assert [r["id"] for r in programme_rows(win)] == [r["id"] for r in rows[:-1]]
    # closing the editor refreshes the figures
    dlg.close_btn.click()
    idle(qtbot, win)
    assert "10" in text(win.dashboard.k_diagnosed_sub)


def test_filters_are_keyboard_reachable(win, qtbot):
    page = win.dashboard
    page.month_from.setFocus()
    order = [page.month_from, page.month_to, page.region, page.naf, page.size_filter, page.reset_btn]
    for w in order[1:]:
        press(qtbot, K.Key_Tab)
        assert focus() is w
    alt(qtbot, "r")                       # « &Région »
    assert focus() is page.region
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: page.filters.region is not None, timeout=3000)
    qtbot.waitUntil(lambda: not page._loading and not page._debounce.isActive(), timeout=5000)
    idle(qtbot, win)
    assert page.data["dashboard"].filters["region"] == page.filters.region
    alt(qtbot, "f")                       # « Tout a&fficher »
    assert page.filters == Filters()
    alt(qtbot, "p")                       # « &Programmes… »
    idle(qtbot, win)
    assert page.programmes_dialog.isVisible()
    assert isinstance(QApplication.activeModalWidget() or page.programmes_dialog, type(page.programmes_dialog))
    page.programmes_dialog.close_btn.click()
    idle(qtbot, win)


def test_export_cancelled_leaves_no_file(qtbot, data_dir, tmp_path):
    from ifdesk.demo import fill

    ws = Workspace(data_dir)
    fill(ws, companies=260, seed=2)  # ~12,000 answers (follow-ups included): progress every 5,000 rows
    ws.close()
    w = open_window(qtbot, data_dir)
    try:
        w.go("dashboard")
        idle(qtbot, w)
        page = w.dashboard
        (tmp_path / "out").mkdir()
        out = tmp_path / "out" / "tableaux.xlsx"
        page.export_to(str(out), csv=False)
        assert page.strip.isVisible() and not page.export_btn.isEnabled()
        page.strip.cancel_btn.click()
        idle(qtbot, w)
        assert "annulé" in page.state.text()
        assert list((tmp_path / "out").iterdir()) == []  # not even a hidden temporary file
        assert page.export_btn.isEnabled() and not page.strip.isVisible()
        # and without Cancel the same export goes through
        page.export_to(str(out), csv=False)
        idle(qtbot, w)
        assert out.is_file()
    finally:
        close_window(w)


def test_an_empty_workspace_shows_zeros_calmly(qtbot, data_dir):
    w = open_window(qtbot, data_dir)
    try:
        w.go("dashboard")
        idle(qtbot, w)
        page = w.dashboard
        assert (text(page.k_diagnosed), text(page.k_diags), text(page.k_budget)) == ("0", "0", "0 €")
        assert text(page.k_budget_sub) == "aucun programme"
        assert page.month_bars._months == [] and page.radar._themes == []
        assert all(r[1:3] == (0, None) for r in page.region_bars.rows()) and len(page.region_bars.rows()) >= 18
        assert page.state.property("state") != "error"
    finally:
        close_window(w)


def test_programmes_by_keyboard(win, dlg, qtbot):
    """Enter on a row brings it into the form; Enter in a field saves it."""
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    dlg.table.setFocus()
    dlg.table.selectRow(1)
    row = dlg.model.rows()[1]
    press(qtbot, K.Key_Return)
    assert dlg.editing == row["id"] and dlg.name.text() == row["name"] and focus() is dlg.name
    dlg.objective.setFocus()
    dlg.objective.setText("7")
    press(qtbot, K.Key_Return)
    idle(qtbot, win)
    assert next(r for r in programme_rows(win) if r["id"] == row["id"])["objective_companies"] == 7
    assert dlg.isVisible() and dlg.editing is None


def test_theme_titles_follow_the_window_language(data_dir, monkeypatch):
    """The English dashboard's radar showed the themes' French titles (the office layer names them in French)."""
    from ifdesk import i18n as core_i18n
    from ifdesk.ui.views import dashboard_work

    from ifdesk.demo import fill

    ws = Workspace(data_dir)
    try:
        fill(ws, companies=15, seed=3)  # the shipped référentiel, which has its English texts
        ref = ws.referentiels.current()
        monkeypatch.setattr(core_i18n, "_lang", "en")
        data = dashboard_work.load(ws, Filters(), False)
        english = {t.id: t.title for t in ref.localized("en").themes}
        french = {t.id: t.title for t in ref.themes}
        assert english != french
        shown = {t["id"]: t["title"] for t in data["dashboard"].themes}
        assert shown and all(shown[k] == english[k] for k in shown)
        assert data["theme_titles"] == english
    finally:
        ws.close()
