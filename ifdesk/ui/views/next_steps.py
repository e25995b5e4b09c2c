"""The synthesis page's « Prochaines étapes et contact » tab: restitution meeting, follow-up visit,
« aucune action » with its reason, the expert's organisation and contact — all printed in the report,
saved when a field is left (the same `DiagnosticRepo.set_synthesis` as the CLI's `diag set-info`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.diagnostic import MAX_REASON
from ...core.errors import ValidationError
from ...core.parsing import parse_date as core_parse_date
from ..i18n import tr
from ..plain import Label

FIELDS = ("restitution_date", "followup_date", "no_action_reason", "expert_org", "expert_contact")


def parse_date(text: str) -> date | str:
    """`15/03/2027` or `2027-03-15` (core/parsing.py, as every field); "" clears; else ValidationError."""
    d = core_parse_date(text)
    return "" if d is None else d


class NextStepsTab(QWidget):
    """Emits `save_requested(fields)` with the one field that changed, already checked."""

    save_requested = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "restitution_date": tr("Réunion de restitution (date)"),
            "followup_date": tr("Visite de suivi prévue (date)"),
            "no_action_reason": tr("« Aucune action » : pourquoi"),
            "expert_org": tr("Organisme de l'expert"),
            "expert_contact": tr("Contact de l'expert (courriel, téléphone)"),
        }
        for key in FIELDS:
            e = QLineEdit()
            if key.endswith("_date"):
                e.setPlaceholderText(tr("JJ/MM/AAAA"))
            elif key == "no_action_reason":
                e.setMaxLength(MAX_REASON)
                e.setPlaceholderText(tr("seulement si le plan d'actions reste vide"))
            else:
                e.setMaxLength(200)
            e.setAccessibleName(labels[key])
            e.editingFinished.connect(lambda k=key: self._left(k))
            self.inputs[key] = e
            form.addRow(labels[key], e)
        self.error = Label()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        note = Label(tr("Ces informations figurent au rapport (« Prochaines étapes », contact de l'expert). "
                         "Un diagnostic se termine avec au moins une action au plan, ou « aucune action » et sa raison."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(note)
        lay.addStretch(1)
        self._shown: dict[str, str] = {}

    def set_values(self, diag, editable: bool) -> None:
        for key, e in self.inputs.items():
            v = getattr(diag, key)
            text = v.strftime("%d/%m/%Y") if isinstance(v, date) else (v or "")
            e.setText(text)
            e.setReadOnly(not editable)
            self._shown[key] = text
        self.error.clear()

    def _left(self, key: str) -> None:
        e = self.inputs[key]
        text = e.text().strip()
        if e.isReadOnly() or text == self._shown.get(key, ""):
            return
        try:
            value = parse_date(text) if key.endswith("_date") else text
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._shown[key] = text
        self.save_requested.emit({key: value})
