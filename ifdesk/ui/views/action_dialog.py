"""Add or edit one action of the plan; each field is checked by the core's ActionItem rules."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLineEdit, QVBoxLayout

from datetime import date

from ...core.diagnostic import ActionItem, ActionStatus
from ...core.errors import ValidationError
from ...core.referentiel import Referentiel
from ...core.validation import validated
from ...core import formats
from ...core.parsing import parse_amount, parse_date
from ..i18n import tr
from ..models import action_status_label, horizon_label, priority_label
from .common import Field, plain_text


class ActionDialog(QDialog):
    """Emits `confirmed(ActionItem)` when the expert confirms a valid action."""

    confirmed = Signal(object)

    def __init__(self, ref: Referentiel, action: ActionItem | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Action du plan") if action else tr("Nouvelle action"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(620)
        self.ref = ref
        self.title = QLineEdit()
        self.priority = QComboBox()
        for p in (1, 2, 3):
            self.priority.addItem(priority_label(p), p)
        self.horizon = QComboBox()
        for h in ("court", "moyen", "long"):
            self.horizon.addItem(horizon_label(h), h)
        self.criterion = QComboBox()
        self.criterion.addItem(tr("— aucun critère lié —"), None)
        for t in ref.themes:
            for c in t.criteria:
                self.criterion.addItem(f"{c.title} ({c.id})", c.id)
        self.owner = QLineEdit()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("15 000")
        self.due = QLineEdit()
        self.due.setPlaceholderText(tr("JJ/MM/AAAA"))
        self.description = plain_text(tr("Ce qu'il faut faire, avec qui, comment mesurer le résultat"), 110)
        self.status = QComboBox()
        for st in ActionStatus:
            self.status.addItem(action_status_label(st.value), st.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Pourquoi l'action est abandonnée"))
        self.fields = {
            "title": Field(tr("&Intitulé"), self.title), "priority": Field(tr("&Priorité"), self.priority),
            "horizon": Field(tr("&Horizon"), self.horizon), "criteria": Field(tr("&Critère lié"), self.criterion),
            "owner": Field(tr("&Responsable"), self.owner), "cost_eur": Field(tr("C&oût estimé (€)"), self.cost),
            "due": Field(tr("Échéa&nce"), self.due), "description": Field(tr("&Description"), self.description),
            "status": Field(tr("S&tatut"), self.status), "status_reason": Field(tr("Raison de l'a&bandon"), self.reason),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.fields["title"], 0, 0, 1, 2)
        grid.addWidget(self.fields["priority"], 1, 0)
        grid.addWidget(self.fields["horizon"], 1, 1)
        grid.addWidget(self.fields["criteria"], 2, 0, 1, 2)
        grid.addWidget(self.fields["owner"], 3, 0)
        grid.addWidget(self.fields["cost_eur"], 3, 1)
        grid.addWidget(self.fields["due"], 4, 0)
        grid.addWidget(self.fields["status"], 4, 1)
        grid.addWidget(self.fields["status_reason"], 5, 0, 1, 2)
        grid.addWidget(self.fields["description"], 6, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Valider"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for key, w in (("title", self.title), ("owner", self.owner), ("cost_eur", self.cost), ("due", self.due),
                       ("status_reason", self.reason)):
            w.textEdited.connect(lambda _t, k=key: self.check(k))
        self.status.currentIndexChanged.connect(self._status_changed)
        self._action = action
        if action:
            self.title.setText(action.title)
            self.priority.setCurrentIndex(self.priority.findData(action.priority))
            self.horizon.setCurrentIndex(self.horizon.findData(action.horizon.value))
            if action.criteria:
                self.criterion.setCurrentIndex(max(0, self.criterion.findData(action.criteria[0])))
            self.owner.setText(action.owner)
            self.cost.setText(formats.number(action.cost_eur, 0 if action.cost_eur == int(action.cost_eur) else 2, "fr") if action.cost_eur is not None else "")
            self.due.setText(formats.day(action.due, "fr") if action.due else "")
            self.description.setPlainText(action.description)
            self.status.setCurrentIndex(self.status.findData(action.status.value))
            self.reason.setText(action.status_reason)
        self._status_changed()
        self._extra_criteria = action.criteria[1:] if action else []

    def values(self) -> dict:
        cost = parse_amount(self.cost.text(), "cost_eur")
        crit = self.criterion.currentData()
        return {"title": self.title.text(), "priority": self.priority.currentData(), "horizon": self.horizon.currentData(),
                "criteria": ([crit] if crit else []) + self._extra_criteria, "owner": self.owner.text(),
                "cost_eur": cost, "due": self._due(), "description": self.description.toPlainText(),
                **self._status_values()}

    def _status_changed(self, *_a) -> None:
        self.fields["status_reason"].setVisible(self.status.currentData() == ActionStatus.ABANDONED.value)

    def _status_values(self) -> dict:
        """id kept; the status date moves only when the status (or the reason) changes."""
        a = self._action
        st = self.status.currentData()
        reason = self.reason.text() if st == ActionStatus.ABANDONED.value else ""
        changed = a is None or a.status.value != st or a.status_reason != reason.strip()
        if a is not None and not changed:
            when = a.status_date
        else:
            when = date.today() if (a is not None or st != ActionStatus.PLANNED.value) else None
        return {"id": a.id if a else None, "status": st, "status_reason": reason, "status_date": when}

    def _due(self):
        return parse_date(self.due.text(), "due")

    def check(self, key: str | None = None) -> ActionItem | None:
        for f in self.fields.values():
            f.set_error(None)
        try:
            return validated(ActionItem, self.values())
        except ValidationError as exc:
            if exc.field in self.fields and (key is None or exc.field == key):
                self.fields[exc.field].set_error(str(exc))
            return None

    def accept(self) -> None:
        item = self.check()
        if item is None:
            for f in self.fields.values():
                if f.error.text():
                    f.editor.setFocus()
                    break
            return
        self.confirmed.emit(item)
        super().accept()
