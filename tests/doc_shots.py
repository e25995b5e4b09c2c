"""Screenshots of states `ifdesk gui --screenshot --view` cannot reach (docs/screenshots/).

    python -m tests.doc_shots OUT.png note          # the questionnaire, the note focused (Alt+N)
    python -m tests.doc_shots OUT.png report-done   # the synthesis after « Générer le rapport »

On the workspace of IFDESK_DATA_DIR (e.g. after `ifdesk demo`), 1366×768, French. The report is
written to REPORT_OUT (default ~/Documents/rapport.pdf); the system viewer is not started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(out: Path, kind: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ifdesk.ui import app as A
    from ifdesk.ui.i18n import install_language

    prefs = A.UiPrefs.load()
    qapp = A.make_app()
    install_language(qapp, "fr")
    ctl = A.Controller(qapp, A.choose_folder(None, prefs), prefs)
    ctl.start()
    w = ctl.window
    w.resize(1366, 768)
    w.show()

    def settle() -> None:
        for _ in range(8):
            ctl.tm.wait_idle(60_000)
            qapp.processEvents()

    try:
        if kind == "note":
            A.prepare_view(w, "diagnostic")
            settle()
            w.editor.card.note.setFocus()
        elif kind == "report-done":
            A.prepare_view(w, "report")
            settle()
            from ifdesk.ui.views import report_button

            report_button.QDesktopServices.openUrl = staticmethod(lambda url: True)
            pdf = Path(os.environ.get("REPORT_OUT", str(Path.home() / "Documents" / "rapport.pdf")))
            pdf.parent.mkdir(parents=True, exist_ok=True)
            w.synthesis.report_btn.generate(str(pdf))
        else:
            raise SystemExit(f"unknown state {kind!r}: note, report-done")
        settle()
        w.grab().save(str(out), "PNG")
    finally:
        ctl.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
