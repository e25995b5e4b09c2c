"""After « Générer le rapport » the synthesis page says where the PDF went, and when no viewer opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QUrl  # noqa: E402

from ifdesk.ui import work  # noqa: E402
from ifdesk.ui.views import report_button  # noqa: E402

from .ui_helpers import alt, close_window, idle, open_window  # noqa: E402


def _draft(ws) -> str:
    from ifdesk.core.company import new_company

    ws.companies.add(new_company(siret="73282932000074", name="Forges du Gier", region="84"))
    return work.new_diagnostic(ws, "73282932000074")


class FakeDesktop:
    """QDesktopServices as the system answers it: `answer` is what openUrl returns."""

    def __init__(self, answer: bool):
        self.answer = answer
        self.urls: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:  # noqa: N802
        self.urls.append(url)
        return self.answer


def test_report_location_shown_and_a_viewer_failure_said_in_the_window(qtbot, data_dir, tmp_path, monkeypatch):
    if not report_button.report_available():
        pytest.skip("ifdesk.report absent")
    desk = FakeDesktop(False)
    monkeypatch.setattr(report_button, "QDesktopServices", desk)
    w = open_window(qtbot, data_dir)
    try:
        diag_id = w.tm.call(_draft)
        w.open_synthesis(diag_id)
        idle(qtbot, w)
        notice = w.synthesis.report_btn.notice
        assert not notice.isVisible()
        out = tmp_path / "rapports" / "rapport-forges.pdf"
        out.parent.mkdir()
        w.synthesis.report_btn.generate(str(out))     # opened once made: the system says no
        qtbot.waitUntil(lambda: w.tm.pending == 0, timeout=60_000)
        qtbot.waitUntil(notice.isVisible)
        assert out.read_bytes()[:5] == b"%PDF-"
        assert notice.text.full_text() == f"Rapport enregistré : {out}"
        assert [Path(u.toLocalFile()) for u in desk.urls] == [out]
        assert notice.problem.isVisible() and "Aucune visionneuse PDF" in notice.problem.text()
        assert str(out.parent) in notice.problem.text()
        assert notice.open_btn.isVisible() and notice.folder_btn.isVisible()
        # the system viewer works now: « Ouvrir » opens it and the message goes
        desk.answer = True
        alt(qtbot, "r")                                # « Ouv&rir », from the keyboard
        assert Path(desk.urls[-1].toLocalFile()) == out and not notice.problem.isVisible()
        alt(qtbot, "d")                                # « Afficher dans le &dossier »
        assert Path(desk.urls[-1].toLocalFile()) == out.parent and not notice.problem.isVisible()
        desk.answer = False
        notice.folder_btn.click()
        assert notice.problem.isVisible() and "dossier n'a pas pu être ouvert" in notice.problem.text()
        # the file moved away meanwhile: said, nothing opened
        out.unlink()
        before = len(desk.urls)
        notice.open_btn.click()
        assert len(desk.urls) == before and "n'est plus à cet endroit" in notice.problem.text()
    finally:
        close_window(w)
