"""Issue 12 finding 10: every label, tooltip, cell and message that shows data is plain text."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QToolTip

from ifdesk.ui.plain import Label, esc, plain_box, rich, tip
from ifdesk.ui.views.sync_models import JournalTableModel

EVIL = '<img src="x" width="99999" height="99999"><b>gras</b> & <a href="http://x">lien</a>'
UI = Path(__file__).resolve().parent.parent / "ifdesk" / "ui"


def shown(text: str) -> str:
    """What Qt shows of a tooltip or auto-format text: rich text is rendered, plain text kept."""
    doc = QTextDocument()
    if GuiQt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def _journal(qapp):
    model = JournalTableModel()
    model.set_rows([{"at": "2026-01-05T10:00:00Z", "file": f"/tmp/{EVIL}.ifbundle", "outcome": "rejected",
                     "signer_name": EVIL, "reason": f"membre {EVIL} refusé\nligne 2"}])
    return model


def test_journal_tooltips_show_data_literally(qapp):
    model = _journal(qapp)
    for c in range(model.columnCount()):
        i = model.index(0, c)
        display = model.data(i, Qt.ItemDataRole.DisplayRole)
        t = model.data(i, Qt.ItemDataRole.ToolTipRole)
        if display:
            assert shown(t).replace("\u2028", "\n") == display, (c, t)


def test_hovering_the_row_shows_the_tag_as_text(qapp, qtbot):
    model = _journal(qapp)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.show()
    qtbot.waitExposed(view)
    col = model.column_index("reason")
    rect = view.visualRect(model.index(0, col))
    pos = rect.center()
    # the view's own path (a help event on the viewport), then what it shows, shown for sure
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.wait(50)
    QToolTip.showText(view.viewport().mapToGlobal(pos), model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole),
                      view.viewport(), rect)
    qtbot.wait(50)
    assert QToolTip.isVisible() and "membre <img" in shown(QToolTip.text())
    QToolTip.hideText()


def test_labels_and_boxes_are_plain(qapp):
    lab = Label(EVIL)
    assert lab.textFormat() == Qt.TextFormat.PlainText and lab.text() == EVIL
    r = rich(Label("<b>" + esc(EVIL) + "</b>"))
    assert shown("<qt>" + r.text() + "</qt>") == EVIL
    box = QMessageBox(QMessageBox.Icon.Information, "t", EVIL)
    box.setInformativeText(EVIL)
    plain_box(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    info = [lbl for lbl in box.findChildren(Label.__mro__[1]) if lbl.objectName() == "qt_msgbox_informativelabel"]
    assert info and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in info)
    assert shown(tip("x" * 10_000)).endswith("…") and len(shown(tip("x" * 10_000))) < 3000


def test_the_rule_holds_across_the_window():
    """No bare QLabel (a Label is plain text), no static QMessageBox helper (auto-format), no bare data tooltip."""
    for p in UI.rglob("*.py"):
        if p.name == "plain.py":
            continue
        s = p.read_text()
        assert not re.search(r"(?<![\w.])QLabel\(", s), p
        assert not re.search(r"QMessageBox\.(warning|information|critical|question)\(", s), p
        for m in re.finditer(r"setToolTip\((?:\d+, )?(.*)\)\s*$", s, re.M):
            arg = m.group(1)
            assert arg.startswith(("tip(", "tr(", "self.tr(", '""', "(tip or")) or "tip(" in arg, (p, arg)
