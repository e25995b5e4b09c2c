"""A calm page for a view that a later version brings (sync: bundles; dashboard: the regional office)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .common import card, page_header


class PlaceholderPage(QWidget):
    def __init__(self, title: str, subtitle: str, what: str, meanwhile: str, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        head, _t, _s = page_header(title, subtitle)
        box, bl = card()
        t = QLabel(what)
        t.setObjectName("placeholderTitle")
        t.setWordWrap(True)
        m = QLabel(meanwhile)
        m.setWordWrap(True)
        m.setTextFormat(Qt.TextFormat.RichText)
        bl.addWidget(t)
        bl.addWidget(m)
        box.setMaximumWidth(760)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(12)
        lay.addWidget(head)
        lay.addWidget(box)
        lay.addStretch(1)
