"""« Générer le rapport »: the PDF is made on the worker thread (ifdesk.report), then opened.

`ifdesk.report` is imported lazily: when it is not available the button stays disabled and
says why in its tooltip.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from ..i18n import language, tr
from ..ops import Op, ProgressStrip, show_error
from ..report_child import render_in_child


def report_available() -> bool:
    """Whether ifdesk.report is installed, without importing it (reportlab is slow to import)."""
    try:
        return importlib.util.find_spec("ifdesk.report") is not None
    except (ImportError, ValueError):
        return False


class ReportButton(QPushButton):
    def __init__(self, parent=None):
        super().__init__(tr("&Générer le rapport"), parent)
        self.diag_id: str | None = None
        self.last_pdf: Path | None = None
        self.strip = ProgressStrip()  # placed by the page (under its buttons)
        self.clicked.connect(self.choose)
        self.set_diagnostic(None)

    def set_diagnostic(self, diag_id: str | None) -> None:
        self.diag_id = diag_id
        if not report_available():
            self.setEnabled(False)
            self.setToolTip(tr("Le module de rapport PDF n'est pas installé dans cette version."))
        else:
            self.setEnabled(diag_id is not None)
            self.setToolTip(tr("Rapport PDF pour l'entreprise, ouvert une fois prêt"))

    def default_path(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = re.sub(r"[^\w-]+", "-", (self.window().property("company_name") or "diagnostic")).strip("-")[:60]
        return Path(docs) / f"rapport-{name or 'diagnostic'}-{(self.diag_id or '')[:8]}.pdf"

    def choose(self) -> None:
        dlg = QFileDialog(self, tr("Enregistrer le rapport PDF"), str(self.default_path()), tr("Documents PDF (*.pdf)"))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setDefaultSuffix("pdf")
        dlg.fileSelected.connect(self.generate)
        dlg.open()

    def generate(self, out: str, open_after: bool = True) -> Op | None:
        if not report_available() or not self.diag_id:  # never import reportlab here: the child process does
            self.set_diagnostic(self.diag_id)
            return None
        diag_id, lang = self.diag_id, language()

        def work(ws, progress):
            def step(fraction: float, message: str = "") -> None:
                progress.check()
                progress.update(int(fraction * 100), 100, message)
            return render_in_child(ws.folder, diag_id, out, lang, progress=step)

        def done(path) -> None:
            self.last_pdf = Path(path)
            self.setEnabled(True)
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, exc)

        self.setEnabled(False)
        return Op(self, work).with_progress(tr("Préparation du rapport PDF…"), self.strip).success(done).failure(failed).run()
