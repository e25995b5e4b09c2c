"""Finding 10 of issue 16 in the window: Qt's own file dialog speaks French (« Voir dans : », not « Look in: »)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QToolButton, QTreeView  # noqa: E402

from ifdesk.ui.i18n import install_language  # noqa: E402

ENGLISH = ("Look in", "Files of", "File name", "Open", "Cancel", "Back", "Parent Directory", "Detail View",
           "Date Modified", "Size")


def _texts(d: QFileDialog) -> list[str]:
    tv = d.findChild(QTreeView)
    m = tv.model()
    return ([lab.text() for lab in d.findChildren(QLabel)] + [b.text() for b in d.findChildren(QPushButton)]
            + [b.toolTip() for b in d.findChildren(QToolButton)]
            + [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())])


def test_the_file_dialog_is_french(qapp, qtbot):
    install_language(qapp, "fr")
    d = QFileDialog(None, "Ouvrir")
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(d)
    texts = _texts(d)
    assert "&Voir dans\xa0:" in texts and any(t.startswith("&Fichiers de type") for t in texts)
    leaks = [t for t in texts if any(t.replace("&", "").startswith(e) for e in ENGLISH)]
    assert leaks == []


def test_texts_qt_does_not_know_stay_as_written(qapp):
    """The fallback must say « not found » to Qt (a NULL string), or every text of the window would vanish."""
    from PySide6.QtCore import QCoreApplication

    install_language(qapp, "fr")
    assert QCoreApplication.translate("", "Entreprises") == "Entreprises"
    assert QCoreApplication.translate("QFileDialog", "Pas un texte de &Qt") == "Pas un texte de &Qt"
