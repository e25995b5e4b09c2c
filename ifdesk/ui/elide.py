"""Data text that can be longer than its room: elided with « … », the whole text in a plain-text tooltip.

`ElidedLabel` is the one label for names, titles and paths (company, criterion, file): it never cuts a
glyph, shows « … » where the text is shortened and then — only then — carries the full text as its
tooltip. Tooltips render HTML, so every tooltip built from data goes through `plain.tip`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from .plain import tip


class ElidedLabel(QLabel):
    """A single-line, plain-text label that elides to its width and then shows the full text as tooltip.

    `text()` is what is shown (elided or not); `full_text()` the whole text. The label asks for the
    room of its whole text but accepts less (its minimum is a few characters), so a layout shrinks it
    instead of pushing its neighbours off the window.
    """

    def __init__(self, text: str = "", parent=None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight):
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str | None) -> None:  # noqa: N802 (Qt name)
        self._full = text or ""
        self.setAccessibleName(self._full.replace("\n", " "))  # a screen reader reads the whole text
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.text() != self._full

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2 * self.margin())

    def sizeHint(self) -> QSize:  # noqa: N802
        base = super().sizeHint()
        m = self.contentsMargins()
        w = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + m.left() + m.right() + 2
        return QSize(w, base.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        base = super().minimumSizeHint()
        m = self.contentsMargins()
        w = min(self.fontMetrics().horizontalAdvance(self._full[:3] + "…"), self.sizeHint().width())
        return QSize(w + 2 * self.margin() + m.left() + m.right(), base.height())

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._elide()

    def changeEvent(self, e) -> None:  # noqa: N802
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        one_line = self._full.replace("\n", " ")
        room = self._room()
        # not laid out yet (no width): the whole text, the first resize elides it
        shown = self.fontMetrics().elidedText(one_line, self._mode, room) if room > 0 else one_line
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(tip(self._full) if shown != self._full else "")
