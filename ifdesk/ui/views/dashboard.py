"""Tableau de bord of the regional office: filters, headline figures, progress per region, maturity per
theme with its spread, diagnostics per month, breakdowns, experts' activity, export of the tables.

Every figure comes from `ifdesk.office.dashboard(ws, filters)` (the same numbers as `ifdesk stats`),
computed on the worker thread; the page only draws what comes back. A refresh started while one is
running is folded into one more refresh when it returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QProgressBar, QScrollArea, QVBoxLayout, QWidget)

from ...core.errors import ValidationError
from ...office.filters import Filters
from .review_panel import review_filter_items
from .. import charts
from ..charts import fmt_int, fmt_pct, month_label
from ..i18n import fmt_date, fmt_number, plural, tr
from ..log import logger
from ..models import RIGHT, Column, RowsModel
from ..changes import Change, StaleOnChange
from ..ops import Op, ProgressStrip
from . import dashboard_work as work
from .common import button, card, field_message, set_bar, set_busy_text, thin_bar
from .companies import make_table
from .dashboard_programme import ProgrammeCharts, ProgrammeKpis, tag_titles
from ..plain import Label


def fmt_meur(x: float | None) -> str:
    """Budgets: « 160 M€ », « 12,5 M€ », « 850 k€ », « 900 € »."""
    if x is None:
        return "—"
    for div, unit in ((1e6, "M€"), (1e3, "k€")):
        if abs(x) >= div:
            text = fmt_number(x / div, 1)
            return (text[:-2] if text.endswith(",0") else text) + "\xa0" + unit
    return fmt_int(x) + "\xa0€"


class ExpertsModel(RowsModel):
    def make_columns(self) -> list[Column]:
        n = lambda k: (lambda r: fmt_int(r[k]))  # noqa: E731
        s = lambda k: (lambda r: r[k])  # noqa: E731
        return [Column("name", tr("Expert"), lambda r: r["name"] or tr("(sans nom)")),
                Column("diagnostics", tr("Diagnostics"), n("diagnostics"), RIGHT, s("diagnostics")),
                Column("draft", tr("Brouillons"), n("draft"), RIGHT, s("draft")),
                Column("completed", tr("Terminés"), n("completed"), RIGHT, s("completed")),
                Column("exported", tr("Exportés"), n("exported"), RIGHT, s("exported")),
                Column("diagnosed", tr("Entreprises diagnostiquées"), n("diagnosed"), RIGHT, s("diagnosed")),
                Column("last_visit", tr("Dernière visite"), lambda r: fmt_date(r["last_visit"]), RIGHT,
                       lambda r: r["last_visit"] or "")]


def _kpi(title: str) -> tuple[QFrame, QLabel, QLabel, QVBoxLayout]:
    f = QFrame()
    f.setObjectName("kpi")
    lay = QVBoxLayout(f)
    lay.setContentsMargins(14, 10, 14, 10)
    lay.setSpacing(2)
    t = Label(title)
    t.setObjectName("kpiTitle")
    v = Label("—")
    v.setObjectName("kpiValue")
    s = Label()
    s.setObjectName("kpiSub")
    s.setWordWrap(True)
    for w in (t, v, s):
        lay.addWidget(w)
    lay.addStretch(1)
    return f, v, s, lay


class DashboardPage(StaleOnChange, QWidget):
    CONCERNS = Change.DIAGNOSTICS | Change.COMPANIES | Change.PROGRAMMES | Change.IMPORTS | Change.REFERENTIELS
    sync_requested = Signal()  # « conflicts awaiting a decision » → the Synchronisation page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.data: dict | None = None
        self.filters = Filters()
        self._seq = 0
        self._loading = False
        self._again = False
        self._choices_loaded = False
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)

        # ---- header: title, state, actions
        title = Label(tr("Tableau de bord"))
        title.setObjectName("pageTitle")
        self.scope = Label()
        self.scope.setObjectName("pageSubtitle")
        self.filter_error = Label()
        self.filter_error.setObjectName("fieldError")
        self.filter_error.setVisible(False)
        self.state = Label()
        self.state.setObjectName("dashState")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedSize(90, 8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(10)
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.filter_error)
        scope_row.addStretch(1)
        scope_row.addWidget(self.busy_bar)
        scope_row.addWidget(self.state)
        tl = QVBoxLayout()
        tl.setSpacing(2)
        tl.addWidget(title)
        tl.addLayout(scope_row)
        self.programmes_btn = button(tr("&Programmes…"), tip=tr("Budgets et objectifs des programmes régionaux"))
        self.export_btn = button(tr("&Exporter les tableaux…"), tip=tr("Classeur Excel ou fichiers CSV, avec les filtres en cours"))
        menu = QMenu(self.export_btn)
        self.export_xlsx_action = menu.addAction(tr("Classeur Excel (.xlsx)…"), lambda: self.choose_export(False))
        self.export_csv_action = menu.addAction(tr("Fichiers CSV dans un dossier…"), lambda: self.choose_export(True))
        self.export_btn.setMenu(menu)
        self.strip = ProgressStrip(self)
        self.review = QComboBox()
        self.review.setAccessibleName(tr("Filtrer par état de revue"))
        self.review.setMinimumWidth(170)
        head = QHBoxLayout()
        head.addLayout(tl, 1)
        head.addWidget(self.strip, 0, Qt.AlignmentFlag.AlignBottom)
        # the office's review state (bundle.md, Authority): beside the actions, the filter bar is full at 1366 px
        self.review_label = Label(tr("Re&vue"))
        self.review_label.setBuddy(self.review)
        head.addWidget(self.review_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.review, 0, Qt.AlignmentFlag.AlignBottom)
        head.addSpacing(8)
        head.addWidget(self.programmes_btn, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.export_btn, 0, Qt.AlignmentFlag.AlignBottom)

        # ---- filter bar
        bar = QFrame(self)
        bar.setObjectName("filterBar")
        fl = QHBoxLayout(bar)
        fl.setContentsMargins(12, 8, 12, 8)
        fl.setSpacing(6)
        self.month_from, self.month_to = QComboBox(), QComboBox()
        self.region, self.naf, self.size_filter = QComboBox(), QComboBox(), QComboBox()
        for combo, label, name, width in (
                (self.month_from, tr("&Du"), tr("Période : premier mois"), 135),
                (self.month_to, tr("&au"), tr("Période : dernier mois"), 135),
                (self.region, tr("&Région"), tr("Filtrer par région"), 180),
                (self.naf, tr("&Secteur"), tr("Filtrer par division NAF"), 140),
                (self.size_filter, tr("&Catégorie"), tr("Filtrer par catégorie d'entreprise"), 95)):
            lab = Label(label)
            lab.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.setMinimumWidth(width)
            combo.setMaxVisibleItems(20)
            fl.addWidget(lab)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            fl.addWidget(combo, {self.region: 2, self.naf: 3}.get(combo, 1))
            fl.addSpacing(6)
        self.size_filter.addItem(tr("Toutes"), "")
        for s in ("PME", "ETI", "GE"):
            self.size_filter.addItem(s, s)
        for value, label in review_filter_items():
            self.review.addItem(label, value)
        self.reset_btn = button(tr("Tout a&fficher"), tip=tr("Retirer tous les filtres"))
        self.reset_btn.clicked.connect(self.reset_filters)
        fl.addWidget(self.reset_btn)

        # the scroll area and its body are placed first, then filled: with the application's style sheet,
        # placing an already filled tree of widgets restyles each of them again (see `common.card`)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(tr("Tableau de bord"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self.scroll_area.setWidget(body)
        bl2 = QVBoxLayout(body)

        # ---- headline figures
        kpis = QHBoxLayout()
        kpis.setSpacing(10)
        k1, self.k_diagnosed, self.k_diagnosed_sub, l1 = _kpi(tr("Entreprises diagnostiquées"))
        self.k_progress = thin_bar()
        l1.insertWidget(3, self.k_progress)
        k2, self.k_budget, self.k_budget_sub, _l2 = _kpi(tr("Budget des programmes"))
        k3, self.k_diags, self.k_diags_sub, _l3 = _kpi(tr("Diagnostics"))
        k4, self.k_conflicts, self.k_conflicts_sub, l4 = _kpi(tr("Imports en attente de décision"))
        self.sync_btn = button(tr("&Voir dans Synchronisation"))
        self.sync_btn.clicked.connect(self.sync_requested)
        row4 = QHBoxLayout()
        row4.setContentsMargins(0, 0, 0, 0)
        row4.addWidget(self.k_conflicts, 1)
        row4.addWidget(self.sync_btn, 0, Qt.AlignmentFlag.AlignBottom)
        l4.removeWidget(self.k_conflicts)
        l4.insertLayout(1, row4)
        for k in (k1, k2, k3, k4):
            kpis.addWidget(k, 1)

        # ---- charts
        reg_card, rl = card(tr("Entreprises diagnostiquées par rapport à l'objectif, par région"))
        self.region_sort = QComboBox()
        self.region_sort.addItem(tr("par progression"), "progress")
        self.region_sort.addItem(tr("par nom"), "name")
        self.region_sort.setAccessibleName(tr("Ordre des régions"))
        self.region_sort.currentIndexChanged.connect(lambda _i: self._show_regions())
        sort_row = QHBoxLayout()
        sort_lab = Label(tr("Ordre :"))
        sort_lab.setObjectName("muted")
        sort_lab.setBuddy(self.region_sort)
        note = Label(tr("Objectif : somme des programmes de la région sur la période."))
        note.setObjectName("muted")
        sort_row.addWidget(note, 1)
        sort_row.addWidget(sort_lab)
        sort_row.addWidget(self.region_sort)
        rl.addLayout(sort_row)
        self.region_bars = charts.BarList(tr("Entreprises diagnostiquées par rapport à l'objectif, par région"), progress=True)
        rl.addWidget(self.region_bars)
        rl.addStretch(1)
        radar_card, ral = card(tr("Maturité moyenne par thème"))
        self.radar_note = Label()
        self.radar_note.setObjectName("muted")
        self.radar_note.setWordWrap(True)
        self.radar = charts.SpreadRadar()
        ral.addWidget(self.radar_note)
        ral.addWidget(self.radar, 1)

        grid = self.grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(reg_card, 0, 0)
        grid.addWidget(radar_card, 0, 1)
        for c in range(2):
            grid.setColumnStretch(c, 1)
        self._rest_built = False  # what lies below the first screen is built just after it shows
        QTimer.singleShot(40, self._build_rest)  # after the first paint

        bl2.setContentsMargins(0, 0, 6, 0)
        bl2.setSpacing(10)
        bl2.addLayout(kpis)
        from .national_dash import NationalStrip

        self.national = NationalStrip()  # issue 13: shown in a national workspace only
        self.national.objectives_changed.connect(self.refresh)
        bl2.addWidget(self.national)
        self.programme_kpis = ProgrammeKpis()  # issue 14: money, milestone, follow-ups
        bl2.addWidget(self.programme_kpis)
        bl2.addLayout(grid)
        self.programme_charts = ProgrammeCharts()
        bl2.addWidget(self.programme_charts)
        bl2.addStretch(1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 10)
        lay.setSpacing(8)
        lay.addLayout(head)
        lay.addWidget(bar)
        lay.addWidget(self.scroll_area, 1)
        self.programmes_btn.clicked.connect(self.open_programmes)
        for combo in (self.month_from, self.month_to, self.region, self.naf, self.size_filter, self.review):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.setFocusProxy(self.month_from)

    def _build_rest(self) -> None:
        """Months, breakdowns and experts: built in a second step, so that showing the page first time
        blocks the window half as long."""
        if self._rest_built:
            return
        month_card, ml = card(tr("Diagnostics par mois de visite"))
        self.month_bars = charts.MonthBars()
        ml.addWidget(self.month_bars)
        size_card, sl = card(tr("Par catégorie d'entreprise"))
        naf_card, nl = card(tr("Par division NAF"))
        breg_card, bl = card(tr("Par région"))
        self.size_bars = charts.BarList(tr("Entreprises diagnostiquées par catégorie"))
        self.naf_bars = charts.BarList(tr("Entreprises diagnostiquées par division NAF"), label_share=0.5)
        self.breg_bars = charts.BarList(tr("Entreprises diagnostiquées par région"))
        for lay, w in ((sl, self.size_bars), (nl, self.naf_bars), (bl, self.breg_bars)):
            legend = Label(tr("Entreprises diagnostiquées · score global moyen"))
            legend.setObjectName("muted")
            lay.addWidget(legend)
            lay.addWidget(w)
            lay.addStretch(1)
        exp_card, el = card(tr("Activité des experts"))
        self.experts_model = ExpertsModel(self)
        self.experts_table, _m = make_table(self.experts_model, self)
        self.experts_table.setAccessibleName(tr("Activité des experts"))
        hh = self.experts_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.experts_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

        el.addWidget(self.experts_table)
        grid = self.grid
        grid.addWidget(month_card, 1, 0, 1, 2)
        grid.addWidget(size_card, 2, 0)
        grid.addWidget(breg_card, 2, 1, 2, 1)
        grid.addWidget(naf_card, 3, 0)
        grid.addWidget(exp_card, 4, 0, 1, 2)
        self._rest_built = True
        if self.data:
            self._show_rest(self.data)

    # ---- loading ---------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Figures being computed, or a filter change waiting for its pause."""
        return self._loading or self._debounce.isActive()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh_if_stale(with_choices=True)

    def refresh(self, *_a, with_choices: bool = False) -> None:
        """Recompute every figure under the current filters, on the worker."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._seq += 1
        seq, f = self._seq, self.filters
        with_choices = with_choices or not self._choices_loaded
        self.busy_bar.setVisible(True)
        set_busy_text(self.state, tr("Préparation des tableaux… (quelques secondes après un import important)")
                      if not self._choices_loaded else tr("Mise à jour…"), "busy")
        Op(self, lambda ws: work.load(ws, f, with_choices)).success(lambda d: self._loaded(seq, d)) \
            .failure(self._failed).run()

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        self._again = False
        self.busy_bar.setVisible(False)
        set_busy_text(self.state, tr("Les tableaux n'ont pas pu être calculés : {e}").format(e=err), "error")

    def _loaded(self, seq: int, data: dict) -> None:
        self._loading = False
        self.busy_bar.setVisible(False)
        if data["choices"] is not None:
            self._set_choices(data["choices"])
        self.data = data
        self._build_rest()  # the figures came before the timer: build the rest now (nothing if built)
        self._show(data)
        # how long it took is for the log, not for the user's screen
        logger.info("tableau de bord calculé en %.0f ms (préparation %.0f ms)", data["ms"], data.get("prepare_ms", 0))
        set_busy_text(self.state, "", "")
        if self._again:
            self._again = False
            self.refresh()

    def _set_choices(self, ch: dict) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

        first, last = ch["months"]
        months: list[str] = []
        if first and last:
            y, m = int(first[:4]), int(first[5:7])
            while f"{y:04d}-{m:02d}" <= last:
                months.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        fill(self.month_from, [(tr("premier mois"), "")] + [(month_label(k, True), k) for k in months])
        fill(self.month_to, [(tr("dernier mois"), "")] + [(month_label(k, True), k) for k in months])
        fill(self.region, [(tr("Toutes les régions"), "")] + [(r["name"], r["code"]) for r in ch["regions"]])
        fill(self.naf, [(tr("Tous les secteurs"), "")] + [(f"{d['code']} — {d['name']}", d["code"]) for d in ch["naf_divisions"]])
        for i in range(1, self.naf.count()):
            self.naf.setItemData(i, self.naf.itemText(i), Qt.ItemDataRole.ToolTipRole)
        self._choices_loaded = True

    # ---- filters ---------------------------------------------------------------------------------
    def _filters_changed(self, *_a) -> None:
        try:
            f = Filters.parse(date_from=self.month_from.currentData() or None, date_to=self.month_to.currentData() or None,
                              region=self.region.currentData() or None, naf_division=self.naf.currentData() or None,
                              size_class=self.size_filter.currentData() or None, review=self.review.currentData() or None)
        except ValidationError as exc:
            self.filter_error.setText(field_message(str(exc)))
            self.filter_error.setVisible(True)
            self.month_to.setProperty("invalid", True)
            self.month_to.style().polish(self.month_to)
            return
        self.filter_error.setVisible(False)
        self.month_to.setProperty("invalid", False)
        self.month_to.style().polish(self.month_to)
        if f != self.filters:
            self.filters = f
            self._debounce.start()

    def set_filters(self, date_from: str = "", date_to: str = "", region: str = "", naf: str = "", size: str = "",
                    review: str = "") -> None:
        """Select the given values in the filter lists (tests, screenshots); the page then refreshes."""
        for combo, value in ((self.month_from, date_from), (self.month_to, date_to), (self.region, region),
                             (self.naf, naf), (self.size_filter, size), (self.review, review)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self._filters_changed()

    def reset_filters(self) -> None:
        self.set_filters()

    # ---- drawing ---------------------------------------------------------------------------------
    def _show(self, data: dict) -> None:
        d = data["dashboard"]
        self.scope.setText(tr("Périmètre : {s} · {n} entreprises").format(s=self.filters.describe(), n=fmt_int(d.companies)))
        self.k_diagnosed.setText(fmt_int(d.diagnosed))
        if d.objective:
            self.k_diagnosed_sub.setText(tr("sur un objectif de {o} ({p})").format(o=fmt_int(d.objective), p=fmt_pct(d.diagnosed / d.objective)))
            set_bar(self.k_progress, min(d.diagnosed, d.objective), d.objective)
        else:
            self.k_diagnosed_sub.setText(tr("aucun objectif fixé pour ce périmètre"))
            set_bar(self.k_progress, 0, 1)
        self.k_budget.setText(fmt_meur(d.budget_eur))
        per = ""  # the cost per company diagnosed is the programme cards' (recorded costs, not the envelope)
        self.k_budget_sub.setText((tr("aucun programme") if d.programmes == 0 else tr("1 programme") if d.programmes == 1 else
                                   tr("{n} programmes").format(n=fmt_int(d.programmes))) + per)
        st = d.diagnostics["by_status"]
        self.k_diags.setText(fmt_int(d.diagnostics["total"]))
        a, b, c = (st.get(k, 0) for k in ("draft", "completed", "exported"))
        self.k_diags_sub.setText(" · ".join((
            plural(a, tr("{n} brouillon"), tr("{n} brouillons")).format(n=fmt_int(a)),
            plural(b, tr("{n} terminé"), tr("{n} terminés")).format(n=fmt_int(b)),
            plural(c, tr("{n} exporté"), tr("{n} exportés")).format(n=fmt_int(c)))))
        self.k_conflicts.setText(fmt_int(d.conflicts))
        self.k_conflicts.setProperty("alert", d.conflicts > 0)
        self.k_conflicts.style().polish(self.k_conflicts)
        self.k_conflicts_sub.setText(tr("diagnostics reçus à trancher") if d.conflicts else tr("aucun conflit"))
        self._show_regions()
        self.national.set_data(data.get("national"))
        if "programme" in data:
            self.programme_kpis.set_data(data["programme"], d.regions)
            self.programme_charts.set_data(data["programme"], data.get("theme_titles", {}), tag_titles())
        lo, hi = data["scale"]
        self.radar.set_data(d.themes, lo, hi)
        n = max((t["n"] for t in d.themes), default=0)
        self.radar_note.setText(tr("Sur {n} diagnostics terminés ou exportés ; échelle de {lo} à {hi}.").format(
            n=fmt_int(n), lo=lo, hi=hi) if n else "")  # the chart itself says there is nothing
        if self._rest_built:
            self._show_rest(data)

    def _show_rest(self, data: dict) -> None:
        d = data["dashboard"]
        self.month_bars.set_months(d.months)

        def rows(items: list[dict]) -> list[tuple]:
            return [(r["label"], r["diagnosed"], None, f"{fmt_int(r['diagnosed'])}  ·  {fmt_number(r['average'], 2)}")
                    for r in items]

        self.size_bars.set_rows(rows(d.by_size))
        self.naf_bars.set_rows(rows(sorted(d.by_naf, key=lambda r: -r["diagnosed"])))
        self.breg_bars.set_rows(rows(sorted(d.by_region, key=lambda r: -r["diagnosed"])))
        self.experts_model.set_rows(d.experts)
        rows_shown = min(max(len(d.experts), 1), 12)  # the table fits its rows, up to 12, then scrolls
        self.experts_table.setFixedHeight(self.experts_table.horizontalHeader().sizeHint().height()
                                          + rows_shown * self.experts_table.verticalHeader().defaultSectionSize() + 4)

    def _show_regions(self) -> None:
        if not self.data:
            return
        regs = list(self.data["dashboard"].regions)
        if self.region_sort.currentData() == "progress":
            regs.sort(key=lambda r: (r["progress"] is None, -(r["progress"] or 0), -r["diagnosed"]))
        regs = own_regions_first(regs)
        rows = []
        for r in regs:
            if r["objective"]:
                text = f"{fmt_int(r['diagnosed'])} / {fmt_int(r['objective'])}  ·  {fmt_pct(r['progress'])}"
            else:
                text = tr("{n} · sans objectif").format(n=fmt_int(r["diagnosed"]))
            rows.append((r["name"], r["diagnosed"], r["objective"] or None, text))
        self.region_bars.set_rows(rows)

    # ---- export and programmes ---------------------------------------------------------------------
    def choose_export(self, csv: bool) -> None:
        if csv:
            path = QFileDialog.getExistingDirectory(self, tr("Dossier des fichiers CSV"))
        else:
            path, _flt = QFileDialog.getSaveFileName(self, tr("Exporter les tableaux"), "tableaux.xlsx",
                                                     tr("Classeur Excel (*.xlsx)"))
            if path and not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        if path:
            self.export_to(path, csv)

    def export_to(self, path: str, csv: bool) -> Op:
        """Write the tables under the current filters, in the background, with progress and Cancel."""
        f = self.filters
        self.export_btn.setEnabled(False)

        def done(counts: dict) -> None:
            self.export_btn.setEnabled(True)
            set_busy_text(self.state, tr("Tableaux exportés : {p} ({n} lignes)").format(
                p=path, n=fmt_int(sum(counts.values()))), "")

        def failed(err: BaseException) -> None:
            from ..ops import Cancelled, show_error

            self.export_btn.setEnabled(True)
            if isinstance(err, Cancelled):
                set_busy_text(self.state, tr("Export annulé : aucun fichier écrit."), "")
            else:
                set_busy_text(self.state, tr("Export impossible."), "error")
                show_error(self, err)

        return Op(self, lambda ws, progress: work.export_tables(ws, path, f, csv, progress)) \
            .with_progress(tr("Export des tableaux…"), strip=self.strip).success(done).failure(failed).run()

    def open_programmes(self) -> None:
        from .programmes import ProgrammesDialog

        dlg = ProgrammesDialog(self)

        def closed(_r: int) -> None:
            self.refresh()
            dlg.deleteLater()

        dlg.finished.connect(closed)
        dlg.open()
        self.programmes_dialog = dlg


def own_regions_first(regs: list[dict]) -> list[dict]:
    """A regional office's own regions — those it runs programmes in — come first, in the order chosen,
    then the others. An office with programmes everywhere (national) or nowhere keeps the order as it is."""
    own = [r for r in regs if r.get("programmes")]
    if not own or len(own) == len(regs):
        return regs
    return own + [r for r in regs if not r.get("programmes")]
