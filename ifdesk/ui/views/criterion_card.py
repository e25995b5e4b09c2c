"""One criterion: its questions, every level as a choice, target, importance, « non applicable », note, evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QLineEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from ...core.diagnostic import MAX_NOTE, MAX_REASON, Answer
from ...core.referentiel import Criterion, Referentiel
from ..elide import ElidedLabel
from ..i18n import fmt_number, tr
from .attachments import AttachmentStrip
from .common import Field, button, plain_text, row
from .level_picker import LevelPicker
from ..plain import Label, esc, tip

TYPING_PAUSE_MS = 250  # a note is saved this long after the last keystroke (and always on leaving it)


class CriterionCard(QWidget):
    """Emits `edited(fields)` — the answer's fields — after every change; `moved(±1)` to go on."""

    edited = Signal(dict)
    moved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ref: Referentiel | None = None
        self.crit: Criterion | None = None
        self._loading = False
        self.editable = True
        # the scroll area and its inner widget are placed first, then filled: with the application's
        # style sheet, placing an already filled tree of widgets restyles each of them again
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Critère en cours"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        inner = QWidget()
        inner.setObjectName("cardInner")
        scroll.setWidget(inner)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        self.theme = ElidedLabel()
        self.theme.setObjectName("muted")
        self.title = Label()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.questions = Label()
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.theme)
        lay.addWidget(self.title)
        lay.addWidget(self.questions)
        lvl_label = Label(tr("Niveau actuel — touches 1 à 5 (ou ↑ ↓) pour choisir, ← → pour changer de critère"))
        lvl_label.setObjectName("muted")
        lvl_label.setWordWrap(True)
        lay.addWidget(lvl_label)
        self.previous = Label()  # follow-up: « Niveau précédent : 2 »
        self.previous.setObjectName("muted")
        self.previous.hide()
        lay.addWidget(self.previous)
        self.picker = LevelPicker()
        lay.addWidget(self.picker)

        self.target = QComboBox()
        self.target.setAccessibleName(tr("Niveau cible"))
        self.important = QCheckBox(tr("Jugé &important par l'entreprise"))
        self.target_field = Field(tr("Niveau &cible (Ctrl+1 à 5)"), self.target)
        tl = row(self.target_field, self.important, None)
        tl.setAlignment(self.important, Qt.AlignmentFlag.AlignBottom)
        self.important.setContentsMargins(8, 0, 0, 6)
        lay.addLayout(tl)
        self.na = QCheckBox(tr("Non a&pplicable à cette entreprise"))
        self.na_reason = QLineEdit()
        self.na_reason.setMaxLength(MAX_REASON + 100)
        self.na_reason.setPlaceholderText(tr("Raison (obligatoire)"))
        self.na_field = Field(tr("&Raison du « non applicable »"), self.na_reason)
        lay.addWidget(self.na)
        lay.addWidget(self.na_field)
        self.note = plain_text(tr("Constats, preuves observées, propos recueillis…"))
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(110)
        self.note_field = Field(tr("&Note de l'expert"), self.note)
        lay.addWidget(self.note_field)
        self.attachments = AttachmentStrip()
        lay.addWidget(Label(tr("Preuves jointes")))
        lay.addWidget(self.attachments)
        self.prev_btn = button(tr("← Critère précédent"), tip=tr("Critère précédent (Page préc.)"))
        self.next_btn = button(tr("Critère suivant →"), primary=True, tip=tr("Critère suivant (Page suiv.)"))
        lay.addLayout(row(self.prev_btn, None, self.next_btn))
        lay.addStretch(1)
        self.scroll_area = scroll
        self.inner = inner
        # a field that gets the focus (Tab, Alt+N, Alt+P, a refused save) is scrolled into view
        for w in inner.findChildren(QWidget):
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                w.installEventFilter(self)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.emit_edit)
        self.picker.picked.connect(lambda _l: self.emit_edit())
        self.picker.moved.connect(self.moved)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.important.toggled.connect(lambda _b: self.emit_edit())
        self.na.toggled.connect(self._na_toggled)
        self.na_reason.textEdited.connect(lambda _t: self._typing.start())
        self.na_reason.editingFinished.connect(self.flush)
        self.note.textChanged.connect(self._note_changed)
        self.prev_btn.clicked.connect(lambda: self.moved.emit(-1))
        self.next_btn.clicked.connect(lambda: self.moved.emit(1))
        self.note.installEventFilter(self)
        self.setTabOrder(self.picker, self.target)
        self.setTabOrder(self.target, self.important)
        self.setTabOrder(self.important, self.na)
        self.setTabOrder(self.na, self.na_reason)
        self.setTabOrder(self.na_reason, self.note)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.note and event.type() == event.Type.FocusOut:
            self.flush()
        if event.type() == event.Type.FocusIn and isinstance(obj, QWidget):
            self.reveal(obj)
            # a field just shown, or an error line just added, gets its place once the layout has run
            QTimer.singleShot(0, lambda: self._reveal_if_focused(obj))
        return False

    def _reveal_if_focused(self, w: QWidget) -> None:
        if w.hasFocus():
            self.reveal(w)

    def reveal(self, w: QWidget) -> None:
        """Scroll so that `w` — with its label and error line when it is a field's editor — is in view."""
        if (inner_layout := self.inner.layout()) is not None:
            inner_layout.activate()
        field = next((f for f in (self.na_field, self.note_field, self.target_field) if f.editor is w), None)
        self.scroll_area.ensureWidgetVisible(field or w, 8, 8)
        if field is not None:  # a tall field: its editor comes first
            self.scroll_area.ensureWidgetVisible(w, 8, 8)

    # ---- showing -------------------------------------------------------------------------------
    def show_criterion(self, ref: Referentiel, crit: Criterion, answer: Answer | None, editable: bool) -> None:
        self.flush()
        self._loading = True
        try:
            self.ref, self.crit, self.editable = ref, crit, editable
            theme = ref.theme_of[crit.id]
            self.theme.setText(f"{theme.title}  ·  {crit.id}  ·  " + tr("poids") + f" {fmt_number(crit.weight, 1)}")
            self.title.setText(crit.title)
            self.questions.setText("<b>" + tr("Questions d'entretien") + "</b><ul style='margin:2px 0 0 -20px'>"
                                   + "".join(f"<li>{_esc(q)}</li>" for q in crit.questions) + "</ul>"
                                   + (f"<div style='color:#5b6878;font-size:small'><i>{_esc(_rule(ref.guidance))}</i></div>"
                                      if ref.guidance else ""))
            self.questions.setToolTip(tip(ref.guidance))  # the référentiel's whole scoring guidance
            self.picker.set_levels([(lvl, ref.level_label(lvl), crit.levels[lvl]) for lvl in ref.levels])
            self.target.clear()
            self.target.addItem(tr("— pas de cible —"), None)
            for lvl in ref.levels:
                self.target.addItem(f"{lvl} – {ref.level_label(lvl)}", lvl)
            a = answer or Answer(criterion=crit.id)
            self.picker.set_value(a.level, a.target)
            self.target.setCurrentIndex(max(0, self.target.findData(a.target)) if a.target is not None else 0)
            self.important.setChecked(a.important)
            self.na.setChecked(a.na)
            self.na_reason.setText(a.na_reason)
            self.na_field.setVisible(a.na)
            self.note.setPlainText(a.note)
            for f in (self.na_field, self.note_field, self.target_field):
                f.set_error(None)
            for w in (self.target, self.important, self.na, self.na_reason):
                w.setEnabled(editable)
            self.note.setReadOnly(not editable)
            self.picker.enabled_edit = editable
            self.scroll_area.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def set_previous(self, prev) -> None:
        """The previous visit's level of this criterion (a `core.followup.PreviousLevel`), or hide the line."""
        if prev is None:
            self.previous.hide()
            return
        if prev.is_new:
            text = tr("Niveau précédent : nouveau critère")
        elif prev.level is not None:
            text = tr("Niveau précédent : {n}").replace("{n}", str(prev.level))
            if self.ref is not None and prev.level in self.ref.levels:
                text += f" – {self.ref.level_label(prev.level)}"
        elif prev.na:
            text = tr("Niveau précédent : non applicable")
        else:
            text = tr("Niveau précédent : non renseigné")
        if prev.sources and list(prev.sources) != [self.crit.id if self.crit else None]:
            text += "  (" + ", ".join(prev.sources) + ")"
        self.previous.setText(text)
        self.previous.show()

    # ---- editing -------------------------------------------------------------------------------
    def fields(self) -> dict:
        if self.crit is None:
            return {}
        return {"criterion": self.crit.id, "level": None if self.na.isChecked() else self.picker.level,
                "target": self.target.currentData(), "note": self.note.toPlainText(), "na": self.na.isChecked(),
                "na_reason": self.na_reason.text() if self.na.isChecked() else "", "important": self.important.isChecked()}

    def emit_edit(self) -> None:
        self._typing.stop()
        if self._loading or self.crit is None or not self.editable:
            return
        self.edited.emit(self.fields())

    def flush(self) -> None:
        """Save what is being typed now (leaving the field or the criterion)."""
        if self._typing.isActive():
            self.emit_edit()

    def _note_changed(self) -> None:
        if self._loading:
            return
        n = len(self.note.toPlainText())
        self.note_field.set_error(tr("Note trop longue : {n} caractères au plus.").replace("{n}", str(MAX_NOTE)) if n > MAX_NOTE else None)
        self._typing.start()

    def _target_changed(self, _i: int) -> None:
        if not self._loading:
            self.picker.set_value(self.picker.level, self.target.currentData())
            self.emit_edit()

    def _na_toggled(self, on: bool) -> None:
        self.na_field.setVisible(on)
        if self._loading:
            return
        if on:
            self.na_reason.setFocus()
        self.emit_edit()

    def set_target(self, level: int) -> None:
        i = self.target.findData(level)
        if i >= 0 and self.editable:
            self.target.setCurrentIndex(i)

    def show_error(self, field: str | None, message: str) -> None:
        """The reason next to its field, the field shown, focused and scrolled into view."""
        target = {"na_reason": self.na_field, "note": self.note_field, "target": self.target_field}.get(field or "")
        known = target is not None
        if target is None:
            target = self.note_field
        target.set_error(message)
        target.setVisible(True)
        if target.editor.hasFocus() or not known:  # a reason about no field of the card: shown, the focus stays
            self.reveal(target.editor)
            QTimer.singleShot(0, lambda: self.reveal(target.editor))
        else:
            target.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # FocusIn reveals it

    def clear_errors(self) -> None:
        for f in (self.na_field, self.note_field, self.target_field):
            f.set_error(None)


_esc = esc  # one escaping function for the window (plain.esc)


def _rule(guidance: str) -> str:
    """The first sentence of the référentiel's guidance (its scoring rule), shown under the questions."""
    head, sep, _rest = guidance.partition(". ")
    return head + "." if sep else guidance
