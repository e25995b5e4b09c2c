"""Programmes régionaux: the table of programmes (region, name, budget, objective, period) and a form to
add, change or delete one. Input is checked through `core.company.Programme` (via
`office.programmes.validate`) before anything is written; a refusal shows its reason at the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit,
                               QMessageBox, QVBoxLayout)

from ...core import formats
from ...core.errors import ValidationError
from ...core.programme import check_milestones, format_milestones, parse_milestones
from ...core.reference_data import current_regions, region_name
from ...office import programmes as progs
from ..changes import Change
from ..i18n import fmt_date, fmt_money, locale, tr
from ..models import RIGHT, Column, RowsModel
from ..ops import Op
from . import dashboard_work as work
from .common import Field, button, card, card_title
from .companies import make_table, selected_row
from ..plain import Label
from ..plain import plain_box


class ProgrammesModel(RowsModel):
    def make_columns(self) -> list[Column]:
        return [Column("region", tr("Région"), lambda r: r["region_name"]),
                Column("name", tr("Intitulé"), lambda r: r["name"]),
                Column("budget", tr("Budget"), lambda r: fmt_money(r["budget_eur"]), RIGHT, lambda r: r["budget_eur"]),
                Column("objective", tr("Objectif (entreprises)"), lambda r: formats.integer(r["objective_companies"]),
                       RIGHT, lambda r: r["objective_companies"]),
                Column("start", tr("Début"), lambda r: fmt_date(r["start"]), RIGHT, lambda r: r["start"]),
                Column("end", tr("Fin"), lambda r: fmt_date(r["end"]), RIGHT, lambda r: r["end"]),
                Column("milestones", tr("Jalons"), lambda r: " · ".join(
                    f"{fmt_date(m['date'])} : {locale().toString(int(m['objective']))}" for m in r.get("milestones", []))
                    or "—")]


def _qdate(s: str) -> QDate:
    d = date.fromisoformat(s)
    return QDate(d.year, d.month, d.day)


class ProgrammesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Programmes régionaux"))
        self.resize(1000, 700)
        self.editing: int | None = None   # id of the programme in the form, None for a new one
        self._original_region: str | None = None
        intro = Label(tr("Chaque programme a une région, un budget et un objectif en entreprises diagnostiquées "
                          "sur sa période. Le tableau de bord additionne les programmes d'une région."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.model = ProgrammesModel(self)
        self.table, _m = make_table(self.model, self)
        self.table.setAccessibleName(tr("Programmes régionaux"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count = Label()
        self.count.setObjectName("muted")
        self.add_btn = button(tr("&Ajouter"))
        self.edit_btn = button(tr("&Modifier"))
        self.delete_btn = button(tr("&Supprimer"))

        # ---- the form
        form, fl = card(tr("Nouveau programme"))
        self.form_title = card_title(form)
        self.region = QComboBox()
        for r in sorted(current_regions(), key=lambda r: r["name"]):
            self.region.addItem(f"{r['name']} ({r['code']})", r["code"])
        self.name = QLineEdit()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(tr("par ex. 20 800 000"))
        self.objective = QLineEdit()
        self.objective.setPlaceholderText(tr("par ex. 221"))
        self.start, self.end = QDateEdit(), QDateEdit()
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
        self.fields = {"region": Field(tr("Ré&gion"), self.region), "name": Field(tr("&Intitulé"), self.name),
                       "budget_eur": Field(tr("&Budget (€)"), self.budget),
                       "objective_companies": Field(tr("&Objectif (entreprises)"), self.objective),
                       "start": Field(tr("Dé&but"), self.start), "end": Field(tr("&Fin"), self.end)}
        self.milestones = QLineEdit()
        self.milestones.setPlaceholderText(tr("par ex. 31/12/2025 = 500 ; 31/12/2026 = 2000"))
        self.milestones.setAccessibleName(tr("Jalons datés : date = nombre d'entreprises, séparés par des points-virgules"))
        self.fields["milestones"] = Field(tr("&Jalons datés (date = entreprises ; …)"), self.milestones)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, key in enumerate(k for k in self.fields if k != "milestones"):
            grid.addWidget(self.fields[key], i // 2, i % 2)
        grid.addWidget(self.fields["milestones"], 3, 0, 1, 2)
        fl.addLayout(grid)
        self.save_btn = button(tr("&Enregistrer"), primary=True)
        self.cancel_btn = button(tr("Abandonner"))
        self.close_btn = button(tr("Fermer"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_btn)
        buttons.addWidget(self.save_btn)
        fl.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        for b in (self.add_btn, self.edit_btn, self.delete_btn):
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_btn)
        lay.addLayout(bottom)

        self.add_btn.clicked.connect(self.new)
        self.edit_btn.clicked.connect(self.edit_selected)
        self.delete_btn.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.installEventFilter(self)  # Enter on a row edits it (and presses no button)
        for b in (self.add_btn, self.edit_btn, self.delete_btn, self.cancel_btn, self.close_btn):
            b.setAutoDefault(False)
        self.save_btn.setDefault(True)  # Enter in a field saves
        self.save_btn.clicked.connect(self.save)
        self.cancel_btn.clicked.connect(self.new)
        self.close_btn.clicked.connect(self.accept)
        self.new()
        self.reload()

    def eventFilter(self, obj, e) -> bool:
        if obj is self.table and e.type() == QEvent.Type.KeyPress and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_selected()
            return True
        return super().eventFilter(obj, e)

    # ---- list --------------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        Op(self, work.list_programmes).success(lambda rows: self._rows(rows, select)).run()

    def _rows(self, rows: list[dict], select: int | None) -> None:
        self.model.set_rows(rows)
        n = len(rows)
        total = sum(r["budget_eur"] for r in rows)
        goal = sum(r["objective_companies"] for r in rows)
        self.count.setText(tr("Aucun programme") if not n else tr("{n} programme(s) · {b} · objectif {o} entreprises").format(
            n=n, b=fmt_money(total), o=formats.integer(goal)))
        for i, r in enumerate(self.model.rows()):
            if r["id"] == select:
                self.table.selectRow(i)
        has = n > 0
        self.edit_btn.setEnabled(has)
        self.delete_btn.setEnabled(has)

    # ---- form --------------------------------------------------------------------------------------
    def new(self) -> None:
        self.editing = None
        self._original_region = None
        self.form_title.setText(tr("Nouveau programme"))
        self.name.clear()
        self.budget.clear()
        self.objective.clear()
        self.milestones.clear()
        today = QDate.currentDate()
        self.start.setDate(QDate(today.year(), 1, 1))
        self.end.setDate(QDate(today.year(), 12, 31))
        self._clear_errors()
        self.save_btn.setText(tr("&Enregistrer"))

    def edit_selected(self) -> None:
        r = selected_row(self.table)
        if not r:
            return
        self.editing = r["id"]
        self._original_region = r["region"]
        self.form_title.setText(tr("Modifier « {n} »").format(n=r["name"]))
        i = self.region.findData(r["region"])
        if i < 0:  # a former region (before 2016), kept as it is unless changed
            self.region.addItem(f"{region_name(r['region']) or r['region']} ({r['region']})", r["region"])
            i = self.region.count() - 1
        self.region.setCurrentIndex(i)
        self.name.setText(r["name"])
        self.budget.setText(formats.number(r["budget_eur"], 0 if float(r["budget_eur"]).is_integer() else 2, "fr"))
        self.objective.setText(str(r["objective_companies"]))
        self.start.setDate(_qdate(r["start"]))
        self.end.setDate(_qdate(r["end"]))
        self.milestones.setText(format_milestones(r.get("milestones", [])))
        self._clear_errors()
        self.name.setFocus()

    def values(self) -> dict:
        return {"region": self.region.currentData(), "name": self.name.text(), "budget_eur": self.budget.text(),
                "objective_companies": self.objective.text(),
                "start": self.start.date().toString("yyyy-MM-dd"), "end": self.end.date().toString("yyyy-MM-dd")}

    def _clear_errors(self) -> None:
        for f in self.fields.values():
            f.set_error(None)

    def show_error(self, field: str | None, message: str) -> None:
        key = field if field in self.fields else "end"  # the period check names no field: it is the end's
        self.fields[key].set_error(message)
        self.fields[key].editor.setFocus()

    def save(self) -> None:
        """Check on this side (no database needed), then write on the worker; a refusal writes nothing."""
        self._clear_errors()
        fields = self.values()
        same_region = self.editing is not None and fields["region"] == self._original_region
        try:
            p = progs.validate(fields, allow_former_region=same_region)
            fields["milestones"] = check_milestones(parse_milestones(self.milestones.text()), p.start, p.end)
        except ValidationError as exc:
            self.show_error(exc.field, str(exc))
            return
        if same_region:
            fields.pop("region")
        pid = self.editing
        self.save_btn.setEnabled(False)

        def done(new_id: int) -> None:
            self.save_btn.setEnabled(True)
            self.new()
            self.reload(select=new_id)

        def failed(err: BaseException) -> None:
            self.save_btn.setEnabled(True)
            if isinstance(err, ValidationError):
                self.show_error(err.field, str(err))
            else:
                from ..ops import show_error

                show_error(self, err)

        Op(self, lambda ws: work.save_programme(ws, pid, fields)).changes(Change.PROGRAMMES).success(done).failure(failed).run()

    def delete_selected(self) -> None:
        r = selected_row(self.table)
        if not r:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Supprimer le programme"),
                          tr("Supprimer le programme « {n} » ({r}) ? Son budget et son objectif ne seront plus comptés.")
                          .format(n=r["name"], r=r["region_name"]), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        plain_box(box)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Supprimer"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Garder"))
        def answered(res: int) -> None:
            if res == QMessageBox.StandardButton.Yes.value:
                self._delete(r["id"])

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box

    def _delete(self, pid: int) -> None:
        if self.editing == pid:
            self.new()
        Op(self, lambda ws: work.delete_programme(ws, pid)).changes(Change.PROGRAMMES).success(lambda _r: self.reload()).run()
