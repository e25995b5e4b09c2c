"""Diagnostics: list with status, revision, company, dates and overall index; filter; start a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from ...core.identifiers import format_siret
from ..models import DiagnosticTableModel
from ..ops import Op, show_error
from ..work import new_diagnostic
from .common import button, page_header, row, tr
from .companies import make_table, selected_row
from .review_panel import review_filter_items


class DiagnosticsPage(QWidget):
    """`open_requested(diag_id, status)` when the expert opens one."""

    open_requested = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self._seq = 0
        head, _t, _s = page_header(tr("Diagnostics"), tr("Tous les diagnostics de l'espace de travail, du plus récent au plus ancien."))
        self.status = QComboBox()
        for value, label in (("", tr("Tous les statuts")), ("draft", tr("Brouillons")),
                             ("completed", tr("Terminés")), ("exported", tr("Exportés"))):
            self.status.addItem(label, value)
        self.status.setAccessibleName(tr("Filtrer par statut"))
        flabel = QLabel(tr("&Statut :"))
        flabel.setBuddy(self.status)
        self.review = QComboBox()
        for value, label in review_filter_items():
            self.review.addItem(label, value)
        self.review.setAccessibleName(tr("Filtrer par état de revue"))
        rlabel = QLabel(tr("Re&vue :"))
        rlabel.setBuddy(self.review)
        self.model = DiagnosticTableModel(self)
        self.table, self.proxy = make_table(self.model, self)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 95), (2, 70), (3, 90), (4, 130), (5, 100), (6, 110), (7, 150), (8, 170)):
            self.table.setColumnWidth(col, width)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.open_btn = button(tr("&Ouvrir"), primary=True)
        self.new_btn = button(tr("&Nouveau diagnostic…"))
        self.cost_btn = button(tr("&Coût…"), tip=tr("Bureau : jours d'expert, tarif journalier, part du programme"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(8)
        lay.addWidget(head)
        lay.addLayout(row(flabel, self.status, rlabel, self.review, None, self.new_btn))
        lay.addWidget(self.table, 1)
        lay.addLayout(row(self.count, None, self.cost_btn, self.open_btn, stretch_first=True))
        self.status.currentIndexChanged.connect(self.refresh)
        self.review.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.open_btn.clicked.connect(self.open_selected)
        self.new_btn.clicked.connect(self.new_dialog)
        self.cost_btn.clicked.connect(self.edit_cost)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh()

    def refresh(self, *_a) -> None:
        self._seq += 1
        seq, status, review = self._seq, self.status.currentData() or None, self.review.currentData() or None
        Op(self, lambda ws: ws.diagnostics.list(status=status, review=review)).success(lambda rows: self._rows(seq, rows)).run()

    def _rows(self, seq: int, rows: list[dict]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(rows)
        n = len(rows)
        self.count.setText(tr("Aucun diagnostic") if not n else (tr("1 diagnostic") if n == 1 else f"{n} " + tr("diagnostics")))
        if n and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.open_btn.setEnabled(n > 0)
        self.cost_btn.setEnabled(n > 0)

    def open_selected(self) -> None:
        r = selected_row(self.table)
        if r:
            self.open_requested.emit(r["id"], r["status"])

    def edit_cost(self):
        r = selected_row(self.table)
        if not r:
            return None
        from .cost_dialog import CostDialog

        dlg = CostDialog(r["id"], r.get("company") or r["siret"], self)
        dlg.open()
        return dlg

    def new_dialog(self) -> None:
        dlg = CompanyPicker(self)
        dlg.picked.connect(self._create)
        dlg.open()

    def _create(self, siret: str) -> None:
        Op(self, lambda ws: new_diagnostic(ws, siret)).success(
            lambda diag_id: self.open_requested.emit(diag_id, "draft")).failure(lambda e: show_error(self, e)).run()


class CompanyPicker(QDialog):
    """Type to filter, arrows to choose, Enter to start."""

    picked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Nouveau diagnostic"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(520, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Rechercher l'entreprise…"))
        self.list = QListWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Démarrer le diagnostic"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Pour quelle entreprise ?")))
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        self.filter.textChanged.connect(self._load)
        self.filter.returnPressed.connect(self.accept)
        self.list.activated.connect(lambda _i: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._seq = 0
        self._load()

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.filter.hasFocus():
            self.list.setFocus()
            self.list.keyPressEvent(e)
            return
        super().keyPressEvent(e)

    def _load(self, *_a) -> None:
        self._seq += 1
        seq, text = self._seq, self.filter.text().strip()
        Op(self, lambda ws: ws.companies.list(search=text or None)).success(lambda rows: self._fill(seq, rows)).run()

    def _fill(self, seq: int, rows: list[dict]) -> None:
        if seq != self._seq:
            return
        self.list.clear()
        for r in rows:
            it = QListWidgetItem(f"{r['name']} — {format_siret(r['siret'])}" + (f" — {r['city']}" if r.get("city") else ""))
            it.setData(Qt.ItemDataRole.UserRole, r["siret"])
            self.list.addItem(it)
        if rows:
            self.list.setCurrentRow(0)

    def accept(self) -> None:
        it = self.list.currentItem()
        if it is None:
            return
        self.picked.emit(it.data(Qt.ItemDataRole.UserRole))
        super().accept()
