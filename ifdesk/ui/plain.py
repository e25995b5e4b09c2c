"""Text from data (a bundle, a user, a référentiel) shown by Qt as plain text, never as markup.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML (`<img src=…>`) is
rendered as rich text — an image fetched, a table laid out, a crash on a hostile tag. The rule of
the window (docs/decisions-safety.md): every label is a `Label` (plain text unless a view opts in
with `rich()` and builds its markup with `esc()`), every tooltip goes through `tip()`, every
message box through `plain_box()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QLabel

from ..core.safe_text import markup_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

MAX_TIP = 2000  # characters shown in a tooltip; a 100,000-character note is not a tooltip


class Label(QLabel):
    """A QLabel that shows its text literally (Qt's default guesses rich text)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


def rich(label: QLabel) -> QLabel:
    """Opt a label into rich text: its markup is written by the view, every piece of data in it `esc()`-aped."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def esc(text: object) -> str:
    """Data inside markup written by a view: `<`, `>`, `&` and quotes shown as such."""
    return markup_text(text)


def tip(text: object) -> str:
    """A tooltip showing `text` literally (as rich text built by Qt from plain text), at most MAX_TIP characters."""
    t = "" if text is None else str(text)
    if not t:
        return ""
    if len(t) > MAX_TIP:
        t = t[:MAX_TIP] + "…"
    return QtGui_Qt.convertFromPlainText(t, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_box(box: QMessageBox, rich_text: bool = False) -> QMessageBox:
    """A message box whose texts are shown literally (call it once its texts are set).

    `rich_text`: its main text is markup written by the view (data in it `esc()`-aped); the
    informative and detailed texts stay plain whatever.
    """
    box.setTextFormat(Qt.TextFormat.RichText if rich_text else Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        if label.objectName() == "qt_msgbox_informativelabel":
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box
