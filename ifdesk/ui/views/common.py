"""Small building blocks shared by the pages: titles, cards, fields with their error line."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from ..i18n import tr
from ..plain import Label


def page_header(title: str, subtitle: str = "") -> tuple[QWidget, QLabel, QLabel]:
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 4)
    lay.setSpacing(2)
    t = Label(title)
    t.setObjectName("pageTitle")
    s = Label(subtitle)
    s.setObjectName("pageSubtitle")
    s.setWordWrap(True)
    lay.addWidget(t)
    lay.addWidget(s)
    return w, t, s


def card(title: str | None = None, parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A titled frame; give its `parent` when known (see `MainWindow._build`: filling a frame already in
    place is cheaper than placing a filled one)."""
    f = QFrame(parent)
    f.setObjectName("card")
    lay = QVBoxLayout(f)
    lay.setContentsMargins(14, 12, 14, 12)
    lay.setSpacing(8)
    if title:
        t = Label(title)
        t.setObjectName("cardTitle")
        lay.addWidget(t)
    return f, lay


def button(text: str, primary: bool = False, shortcut: str | None = None, tip: str | None = None) -> QPushButton:
    b = QPushButton(text)
    if primary:
        b.setObjectName("primary")
    if shortcut:
        b.setShortcut(shortcut)
    if tip or shortcut:
        b.setToolTip((tip or text.replace("&", "")) + (f"  ({shortcut})" if shortcut else ""))
    return b


class Field(QWidget):
    """A label, an input and, under it, the reason when the value is refused."""

    def __init__(self, label: str, editor: QWidget, hint: str = "", parent=None):
        super().__init__(parent)
        self.editor = editor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.label = Label(label)
        self.label.setBuddy(editor)
        lay.addWidget(self.label)
        lay.addWidget(editor)
        self.error = Label()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.hint = Label(hint)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        lay.addWidget(self.error)
        lay.addWidget(self.hint)
        lay.addStretch(1)  # fields side by side keep their labels aligned at the top

    def set_error(self, message: str | None) -> None:
        message = field_message(message) if message else message
        bad = bool(message)
        self.error.setText(message or "")
        self.error.setVisible(bad)
        self.hint.setVisible(not bad and bool(self.hint.text()))
        self.editor.setProperty("invalid", bad)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

def field_message(message: str) -> str:
    """Shown next to its field, « Champ « name » : ne peut pas être vide » says just the reason."""
    m = re.match(r"^\w+ « [^»]+ » ?: (.*)$", message, re.S)
    text = m.group(1) if m else message
    return text[:1].upper() + text[1:]


def plain_text(placeholder: str = "", max_height: int | None = None) -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setPlaceholderText(placeholder)
    e.setTabChangesFocus(True)  # Tab moves on, as everywhere else
    if max_height:
        e.setMaximumHeight(max_height)
    return e


def hline() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setStyleSheet("color: #dde3ea;")
    return f


def row(*widgets, stretch_first: bool = False) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setSpacing(8)
    for i, w in enumerate(widgets):
        if w is None:
            lay.addStretch(1)
        elif isinstance(w, QWidget):
            lay.addWidget(w, 1 if (stretch_first and i == 0) else 0)
        else:
            lay.addLayout(w)
    return lay


def card_title(frame: QFrame) -> QLabel:
    """The title label of a frame made by `card(title)`."""
    title = frame.findChild(QLabel, "cardTitle")
    if title is None:
        raise LookupError("card() was given no title")
    return title


def set_busy_text(label: QLabel, text: str, state: str) -> None:
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
__all__ = ["page_header", "card", "button", "Field", "plain_text", "hline", "row", "set_busy_text", "tr", "ALIGN_TOP"]


def set_bar(bar: QProgressBar, value: int, maximum: int | None = None) -> None:
    """Set a progress bar without painting it at once: QProgressBar.setValue repaints synchronously (and,
    through the transparent widgets around it, the charts beside it); with updates off it is drawn at the
    next paint of the window, like every other widget."""
    bar.setUpdatesEnabled(False)
    if maximum is not None:
        bar.setRange(0, maximum)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)


def thin_bar() -> QProgressBar:
    """The 8-pixel progress bar under a headline figure (objectives, money, milestones), without text."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setFixedHeight(8)
    return bar
