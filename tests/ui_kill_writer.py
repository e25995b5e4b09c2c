"""Run by test_ui_durability: the real window saves answers until it is killed.

Prints `S criterion level` when a change is made in the editor and `A criterion level` once the
editor says it is saved (save_answer returned on the worker). Usage: python -m tests.ui_kill_writer FOLDER DIAG_ID
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: str, diag_id: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from ifdesk.ui.main_window import MainWindow
    from ifdesk.ui.ops import TaskManager

    app = QApplication([sys.argv[0]])  # noqa: F841
    tm = TaskManager(folder)
    w = MainWindow(tm)
    w.open_diagnostic(diag_id)
    tm.wait_idle()
    ed = w.editor
    ids = list(ed.ref.criteria_by_id)
    lo, hi = ed.ref.min_level, ed.ref.max_level
    n = 0
    while True:
        for i, cid in enumerate(ids):
            level = lo + (i + n) % (hi - lo + 1)
            ed.select(cid)
            print(f"S {cid} {level}", flush=True)
            ed.card.picker.pick(level)
            while ed.saving:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            assert ed.save_state.text() == "Enregistré", ed.save_state.text()
            print(f"A {cid} {level}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
