"""Companies: search as you type, the table, the add/edit form, start a diagnostic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..models import ROW_ROLE, CompanyTableModel, RowsModel
from ..changes import Change, StaleOnChange
from ..ops import Op
from .common import button, page_header, row, tr
from ..plain import Label

if TYPE_CHECKING:
    from .company_form import CompanyForm


class Table(QTableView):
    """A table whose column titles are never cut: a column with a set width widens to its title."""

    def showEvent(self, e) -> None:  # noqa: N802
        super().showEvent(e)
        self.fit_headers()

    def fit_headers(self) -> None:
        h = self.horizontalHeader()
        model = self.model()
        bold = QFont(h.font())
        bold.setBold(True)  # the style sheet draws the titles in bold
        fm = QFontMetrics(bold)
        for c in range(h.count()):
            if h.sectionResizeMode(c) not in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed) \
                    or h.isSectionHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            need = fm.horizontalAdvance(text) + 20 + (14 if self.isSortingEnabled() else 0)  # padding, sort arrow
            if h.sectionSize(c) < need:
                h.resizeSection(c, need)


def make_table(model, parent=None, sortable: bool = True, name: str = "") -> tuple[QTableView, RowsModel]:
    """A table view on a RowsModel; sorting (when on) is done by the model itself. `name`: what a
    screen reader announces (the table's title)."""
    view = Table(parent)
    view.setModel(model)
    if name:
        view.setAccessibleName(name)
    model.modelReset.connect(view.fit_headers)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    return view, model


def selected_row(view: QTableView) -> dict | None:
    idx = view.currentIndex()
    if not idx.isValid():
        return None
    return view.model().data(idx, ROW_ROLE)


class CompaniesPage(StaleOnChange, QWidget):
    CONCERNS = Change.COMPANIES | Change.DIAGNOSTICS  # reloaded on show only after such a change (changes.py)
    diagnostic_started = Signal(str)
    loaded = Signal()  # rows shown (after each refresh)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self._seq = 0
        self._prefetched: list[dict] | None = None
        self._select_after: str | None = None
        head, _t, self.subtitle = page_header(tr("Entreprises"), tr("Les entreprises accompagnées : recherchez, enregistrez, démarrez un diagnostic."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Rechercher par nom, ville ou SIRET…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Rechercher une entreprise"))
        # which companies the office assigned (received distributions): a filter beside the search
        self.assigned = QComboBox()
        self.assigned.addItem(tr("Toutes les entreprises"), "")
        self.assigned.addItem(tr("Attribuées par le bureau"), "mine")
        self.assigned.addItem(tr("Non attribuées par le bureau"), "not-mine")
        self.assigned.setAccessibleName(tr("Filtre : attribuées par le bureau"))
        self.assigned.setToolTip(tr("Les entreprises que le bureau régional vous a attribuées (distributions reçues)"))
        self._all_rows: list[dict] = []
        self.model = CompanyTableModel(self)
        self.table, self.proxy = make_table(self.model, self, name=tr("Entreprises"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # widths from the font (a wider system font must not cut a SIRET); the rest goes to the name.
        # « Taille » (derived from the headcount) and « NAF » are in the form: hidden here, the name keeps its room
        fm = self.table.fontMetrics()
        for col, sample in ((1, "000 000 000 00000"), (2, "Saint-Étienne"), (3, "Auvergne-Rhône"), (4, "00.00Z"),
                            (5, "0 000"), (6, "ETI"), (7, "0")):
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 16)
        for key in ("size_class", "naf"):
            self.table.setColumnHidden(self.model.column_index(key), True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.start_btn = button(tr("&Démarrer un diagnostic"), primary=True, tip=tr("Démarrer un diagnostic pour l'entreprise choisie"))
        self.edit_btn = button(tr("&Modifier"))
        self.new_btn = button(tr("Nouvelle entreprise"), shortcut="Ctrl+N")
        self.count = Label()
        self.count.setObjectName("muted")
        # the company form: made right after the first rows are painted (`prepare_form`, about 7 ms of
        # the start) or when first needed; its place is kept meanwhile
        self._form: CompanyForm | None = None
        self._form_slot = QWidget(self)
        self._form_slot.setFixedWidth(360)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(row(self.search, self.assigned, stretch_first=True))
        left.addWidget(self.table, 1)
        left.addLayout(row(self.count, None, self.new_btn, self.edit_btn, self.start_btn, stretch_first=True))
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 1)
        body.addWidget(self._form_slot)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.addWidget(head)
        lay.addLayout(body, 1)

        self.search.textChanged.connect(self.refresh)
        self.assigned.currentIndexChanged.connect(lambda _i: self._rows(self._seq, self._all_rows))
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.edit_btn.clicked.connect(self.edit_selected)
        self.start_btn.clicked.connect(self.start_diagnostic)
        self.new_btn.clicked.connect(self.new_company)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh_if_stale()

    @property
    def form(self) -> CompanyForm:
        self.prepare_form()
        assert self._form is not None
        return self._form

    def prepare_form(self) -> None:
        """Make the company form now (once)."""
        if self._form is not None:
            return
        from .company_form import CompanyForm

        form = CompanyForm(self._form_slot)
        lay = QVBoxLayout(self._form_slot)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(form)
        form.saved.connect(self._saved)
        self._form = form

    def prefetched(self, rows: list[dict]) -> None:
        """All companies, read while the window was being built: the first showing uses them."""
        self._prefetched = rows

    def refresh(self, *_a) -> None:
        """Ask the worker for the matching companies; only the newest answer is shown."""
        self._seq += 1
        seq, text = self._seq, self.search.text().strip()
        rows, self._prefetched = self._prefetched, None
        if rows is not None and not text:
            self._rows(seq, rows)
            return
        Op(self, lambda ws: ws.companies.list(search=text or None)).success(lambda rows: self._rows(seq, rows)).run()

    def _rows(self, seq: int, rows: list[dict]) -> None:
        if seq != self._seq:
            return
        current = selected_row(self.table)
        if self._select_after:
            current, self._select_after = {"siret": self._select_after}, None
        self._all_rows = rows
        rows = assigned_filter(rows, self.assigned.currentData() or "")
        self.model.set_rows(rows)
        n = len(rows)
        text = tr("Aucune entreprise") if n == 0 else (tr("1 entreprise") if n == 1 else f"{n} " + tr("entreprises"))
        mine = sum(1 for r in rows if r.get("office_assignment") == "mine")
        if mine and not self.assigned.currentData():
            text += " · " + tr("{n} attribuée(s) par le bureau").replace("{n}", str(mine))
        self.count.setText(text)
        if current:
            for r in range(self.proxy.rowCount()):
                if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)["siret"] == current["siret"]:
                    self.table.setCurrentIndex(self.proxy.index(r, 0))
                    break
        elif n:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        has = selected_row(self.table) is not None
        self.edit_btn.setEnabled(has)
        self.start_btn.setEnabled(has)

    def new_company(self) -> None:
        self.form.clear()
        self.form.inputs["name"].setFocus()

    def edit_selected(self) -> None:
        r = selected_row(self.table)
        if not r:
            return
        siret = r["siret"]
        Op(self, lambda ws: ws.companies.get(siret)).success(self._edit).run()

    def _edit(self, company) -> None:
        self.form.edit(company)
        self.form.inputs["name"].setFocus()

    def _saved(self, siret: str) -> None:
        self._select_after = siret  # the company just saved becomes the chosen one
        self.refresh()
        self.table.setFocus()

    def select(self, siret: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)["siret"] == siret:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return

    def start_diagnostic(self) -> None:
        r = selected_row(self.table)
        if not r:
            return
        siret = r["siret"]
        self.start_btn.setEnabled(False)
        def start(ws):
            from ..work import new_diagnostic  # on the worker: it pulls the scoring models

            return new_diagnostic(ws, siret)

        Op(self, start).changes(Change.DIAGNOSTICS).success(self._started).failure(self._start_failed).run()

    def _started(self, diag_id: str) -> None:
        self._update_buttons()
        self.diagnostic_started.emit(diag_id)

    def _start_failed(self, exc: BaseException) -> None:
        from ..ops import show_error

        self._update_buttons()
        show_error(self, exc)


def assigned_filter(rows: list[dict], which: str) -> list[dict]:
    """'mine': the companies the office assigned to this expert; 'not-mine': the others; '': all."""
    if which == "mine":
        return [r for r in rows if r.get("office_assignment") == "mine"]
    if which == "not-mine":
        return [r for r in rows if r.get("office_assignment") != "mine"]
    return rows
