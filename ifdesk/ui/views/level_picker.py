"""Every level's descriptor as a choice. Keys 1–5 (the référentiel's scale) pick, ↑/↓ move the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import tr
from ..plain import Label


class LevelRow(QFrame):
    clicked = Signal(int)

    def __init__(self, level: int, label: str, text: str, parent=None):
        super().__init__(parent)
        self.level = level
        self.setObjectName("levelRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 5, 8, 5)
        lay.setSpacing(10)
        key = Label(str(level))
        key.setObjectName("levelKey")
        lay.addWidget(key, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(1)
        name = Label(label)
        name.setObjectName("levelLabel")
        desc = Label(text)
        desc.setWordWrap(True)
        desc.setObjectName("levelText")
        col.addWidget(name)
        col.addWidget(desc)
        lay.addLayout(col, 1)
        self.name = name
        self.desc = desc

    def mousePressEvent(self, e) -> None:
        self.clicked.emit(self.level)

    def set_flags(self, selected: bool, target: bool) -> None:
        if self.property("selected") == selected and self.property("target") == target:
            return  # restyling is the costly part: only when a flag changes
        self.setProperty("selected", selected)
        self.setProperty("target", target)
        for w in (self, *self.findChildren(QLabel)):
            w.style().unpolish(w)
            w.style().polish(w)


class LevelPicker(QWidget):
    """Emits `picked(level)`; `moved(+1/-1)` when ←/→ ask for the next or previous criterion."""

    picked = Signal(int)
    moved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("levelPicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # so that the focus shows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Niveau de maturité actuel"))
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(4)
        self.rows: dict[int, LevelRow] = {}
        self.level: int | None = None
        self.target: int | None = None
        self.enabled_edit = True

    def set_levels(self, levels: list[tuple[int, str, str]]) -> None:
        if [lvl for lvl, _l, _t in levels] == list(self.rows):  # same scale: reuse the rows, just new texts
            for lvl, label, text in levels:
                self.rows[lvl].name.setText(label)
                self.rows[lvl].desc.setText(text)
            return
        for r in self.rows.values():
            r.setParent(None)
            r.deleteLater()
        self.rows = {}
        for lvl, label, text in levels:
            r = LevelRow(lvl, label, text, self)
            r.clicked.connect(self._click)
            self._lay.addWidget(r)
            self.rows[lvl] = r

    def set_value(self, level: int | None, target: int | None) -> None:
        self.level, self.target = level, target
        for lvl, r in self.rows.items():
            r.set_flags(lvl == level, lvl == target)

    def _click(self, level: int) -> None:
        self.setFocus()
        self.pick(level)

    def pick(self, level: int) -> None:
        if not self.enabled_edit or level not in self.rows:
            return
        self.set_value(level, self.target)
        self.picked.emit(level)

    def keyPressEvent(self, e) -> None:
        k = e.key()
        levels = sorted(self.rows)
        if k in (Qt.Key.Key_Up, Qt.Key.Key_Down) and levels and e.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.level is None:
                self.pick(levels[0] if k == Qt.Key.Key_Down else levels[-1])
            else:
                i = levels.index(self.level) + (1 if k == Qt.Key.Key_Down else -1)
                if 0 <= i < len(levels):
                    self.pick(levels[i])
            return
        if k in (Qt.Key.Key_Right, Qt.Key.Key_Left) and e.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.moved.emit(1 if k == Qt.Key.Key_Right else -1)
            return
        e.ignore()  # digits and the rest go up to the editor
