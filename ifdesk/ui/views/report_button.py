"""« Générer le rapport »: the PDF is made on the worker thread (ifdesk.report), then opened.

Once made, `ReportNotice` (placed by the page) says where it went — « Rapport enregistré :
/chemin/rapport.pdf » with « Ouvrir » and « Afficher dans le dossier » — and, when the system
viewer cannot open it (`QDesktopServices.openUrl` returns False), says so in the window.

`ifdesk.report` is imported lazily: when it is not available the button stays disabled and
says why in its tooltip.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from ..elide import ElidedLabel
from ..i18n import language, tr
from ..log import logger
from ..ops import Op, ProgressStrip, show_error
from ..report_child import render_in_child
from .common import button
from ..plain import Label


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
        self.notice = ReportNotice()  # placed by the page too: where the PDF went
        self.clicked.connect(self.choose)
        self.set_diagnostic(None)

    def set_diagnostic(self, diag_id: str | None) -> None:
        if diag_id != self.diag_id:
            self.notice.clear()
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
            self.notice.show_pdf(self.last_pdf)
            if open_after:
                self.notice.open_pdf()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, exc)

        self.setEnabled(False)
        return Op(self, work).with_progress(tr("Préparation du rapport PDF…"), self.strip).success(done).failure(failed).run()


class ReportNotice(QFrame):
    """« Rapport enregistré : … » with « Ouvrir » and « Afficher dans le dossier », and what went wrong."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.pdf: Path | None = None
        self.text = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a long path keeps its file name
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_btn = button(tr("Ouv&rir"), tip=tr("Ouvrir le rapport avec la visionneuse PDF du système"))
        self.folder_btn = button(tr("Afficher dans le &dossier"), tip=tr("Ouvrir le dossier qui contient le rapport"))
        self.problem = Label()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text, 1)
        top.addWidget(self.open_btn)
        top.addWidget(self.folder_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.problem)
        self.open_btn.clicked.connect(self.open_pdf)
        self.folder_btn.clicked.connect(self.show_folder)
        self.hide()

    def show_pdf(self, path: Path) -> None:
        self.pdf = Path(path)
        self.text.setText(tr("Rapport enregistré : {path}").replace("{path}", str(self.pdf)))
        self.problem.hide()
        self.show()

    def clear(self) -> None:
        self.pdf = None
        self.hide()

    def open_pdf(self) -> bool:
        return self._open(self.pdf, tr("Aucune visionneuse PDF n'a pu ouvrir le rapport. Il est bien enregistré : "
                                      "ouvrez-le depuis son dossier, {folder}."))

    def show_folder(self) -> bool:
        return self._open(self.pdf.parent if self.pdf else None,
                          tr("Le dossier n'a pas pu être ouvert. Le rapport est dans {folder}."))

    def _open(self, target: Path | None, failure: str) -> bool:
        if target is None or self.pdf is None:
            return False
        if not self.pdf.exists():
            self._problem(tr("Le rapport n'est plus à cet endroit : {path}. Générez-le de nouveau."))
            return False
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        if ok:
            self.problem.hide()
        else:
            logger.warning("ouverture impossible par le système : %s", target)
            self._problem(failure)
        return bool(ok)

    def _problem(self, message: str) -> None:
        pdf = self.pdf
        folder = str(pdf.parent) if pdf is not None else ""
        self.problem.setText(message.replace("{path}", str(pdf)).replace("{folder}", folder))
        self.problem.show()
