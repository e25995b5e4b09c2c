"""Helpers for the window tests: open a real window on a workspace, type as a person would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ifdesk.ui.app import apply_style
from ifdesk.ui.main_window import MainWindow
from ifdesk.ui.ops import TaskManager


def open_window(qtbot, folder) -> MainWindow:
    apply_style(QApplication.instance())
    tm = TaskManager(folder)
    tm.call(lambda ws: None)  # open the workspace on the worker
    w = MainWindow(tm)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitActive(w)
    idle(qtbot, w)
    return w


def close_window(w: MainWindow) -> None:
    w.close()
    w.tm.close()


def idle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: w.tm.pending == 0, timeout=30_000)  # an unlock is a scrypt (in a child): seconds on a busy machine


def focus():
    if QApplication.focusWidget() is None:
        # the offscreen platform has no window manager to give the focus back to the main window
        # when a dialog closes; do what the window manager would do
        for top in QApplication.topLevelWidgets():
            if isinstance(top, MainWindow) and top.isVisible():
                top.activateWindow()
                QTest.qWaitForWindowActive(top)
    fw = QApplication.focusWidget()
    assert fw is not None, "no widget has the keyboard focus"
    return fw


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, sent to the active window as the keyboard would: Qt delivers it to the focus."""
    focus()
    win = QApplication.activeWindow()
    assert win is not None, "no active window"
    QTest.keyClick(win.windowHandle(), key, modifier)
    if modifier != Qt.KeyboardModifier.NoModifier and not (Qt.Key.Key_0 <= key <= Qt.Key.Key_9):
        qtbot.wait(130)  # a button's shortcut or mnemonic clicks after a short animation


def type_text(qtbot, text: str) -> None:
    """Characters typed into the focused widget; accented ones arrive as a French keyboard sends them
    (a key event carrying the text), since QTest's ASCII table has no « é »."""
    for ch in text:
        w = focus()
        if ch.isascii():
            qtbot.keyClick(w, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(w, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def alt(qtbot, letter: str) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
