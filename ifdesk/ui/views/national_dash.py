"""The national dashboard's own strip (role national): the national objectives (companies diagnosed by a
date, all regions together) against what the regions forwarded, the offices heard from, and
« Objectifs nationaux… » to set them. The rest of the national dashboard is the office's (same filters)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget)

from ..charts import fmt_int, fmt_pct
from ..i18n import fmt_date, tr
from ..ops import Op
from . import national_work as work
from .common import button, set_bar, thin_bar
from ..plain import Label, rich


class NationalStrip(QFrame):
    """One card: a bar per national objective, and the regions that reported."""

    objectives_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)
        head = QHBoxLayout()
        title = Label(tr("Objectifs nationaux"))
        title.setObjectName("cardTitle")
        self.offices = Label()
        self.offices.setObjectName("muted")
        self.edit_btn = button(tr("Objectifs &nationaux…"), tip=tr("Fixer les objectifs nationaux datés"))
        self.edit_btn.clicked.connect(self.edit)
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.offices, 1)
        head.addWidget(self.edit_btn)
        lay.addLayout(head)
        self.rows = QHBoxLayout()
        self.rows.setSpacing(18)
        lay.addLayout(self.rows)
        self.setVisible(False)

    def set_data(self, national: dict | None) -> None:
        self.setVisible(national is not None)
        if not national:
            return
        while self.rows.count():
            it = self.rows.takeAt(0)
            w = it.widget() if it is not None else None
            if w is not None:
                w.deleteLater()
        offices = national["offices"]
        self.offices.setText(tr("{n} région(s) ont transmis leurs programmes").replace("{n}", str(len(offices))))
        if not national["milestones"]:
            empty = Label(tr("Aucun objectif national fixé."))
            empty.setObjectName("muted")
            self.rows.addWidget(empty)
        for m in national["milestones"]:
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(2)
            head = Label(tr("{o} entreprises au {d}").replace("{o}", fmt_int(m["objective"])).replace("{d}", fmt_date(m["date"])))
            head.setObjectName("muted")
            value = rich(Label(f"<b>{fmt_int(m['diagnosed'])}</b>  ·  "
                           f"{fmt_pct(m['diagnosed'] / m['objective']) if m['objective'] else '–'}"))
            bar = thin_bar()
            set_bar(bar, min(m["diagnosed"], m["objective"]), max(m["objective"], 1))
            for w in (head, value, bar):
                bl.addWidget(w)
            self.rows.addWidget(box, 1)

    def edit(self) -> None:
        dlg = ObjectivesDialog(self)
        dlg.exec()
        self.objectives_changed.emit()


class ObjectivesDialog(QDialog):
    """Add or replace a national objective (a date and a number of companies), or remove one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Objectifs nationaux"))
        lay = QVBoxLayout(self)
        self.listing = Label()
        self.listing.setWordWrap(True)
        form = QFormLayout()
        self.when = QDateEdit(QDate(QDate.currentDate().year(), 12, 31))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy")
        self.count = QSpinBox()
        self.count.setRange(0, 10_000_000)
        self.count.setSingleStep(100)
        form.addRow(tr("&Date :"), self.when)
        form.addRow(tr("&Entreprises diagnostiquées :"), self.count)
        self.error = Label()
        self.error.setObjectName("fieldError")
        box = QDialogButtonBox()
        self.save_btn = box.addButton(tr("Enregistrer l'objectif"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_btn = box.addButton(tr("Retirer l'objectif de cette date"), QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        self.save_btn.clicked.connect(self.save)
        self.remove_btn.clicked.connect(self.remove)
        lay.addWidget(self.listing)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self.resize(520, self.sizeHint().height())
        self.load()

    def load(self) -> Op:
        def show(rows: list[dict]) -> None:
            self.listing.setText("<br>".join(
                tr("{d} : {o} entreprises ({x} diagnostiquées)").replace("{d}", fmt_date(m["date"]))
                .replace("{o}", fmt_int(m["objective"])).replace("{x}", fmt_int(m["diagnosed"])) for m in rows)
                or tr("Aucun objectif national fixé."))

        return Op(self, work.objectives).success(show).run()

    def _day(self) -> str:
        return self.when.date().toString("yyyy-MM-dd")

    def _reload(self, _r: object) -> None:
        self.load()

    def save(self) -> Op:
        day, n = self._day(), self.count.value()
        return Op(self, lambda ws: work.set_objective(ws, day, n)).success(self._reload).run()

    def remove(self) -> Op:
        day = self._day()
        return Op(self, lambda ws: work.remove_objective(ws, day)).success(self._reload).run()
