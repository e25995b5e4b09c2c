"""Small modal questions of the identity, trust and sync views, with French buttons.

Qt's standard buttons would say « Yes / Cancel » (no Qt translation of its own is installed), so each
question names its buttons. Tests replace `ask_passphrase` / `confirm` / `pick_*` or click the
buttons of the real dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..i18n import tr
from ..plain import plain_box


def ask_passphrase(parent: QWidget | None, label: str, title: str = "") -> str | None:
    """A password dialog; None when cancelled."""
    dlg = QInputDialog(parent)
    dlg.setObjectName("passphraseDialog")
    dlg.setWindowTitle(title or tr("Phrase secrète"))
    dlg.setLabelText(label)
    dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
    dlg.setOkButtonText(tr("Valider"))
    dlg.setCancelButtonText(tr("Annuler"))
    dlg.resize(420, dlg.sizeHint().height())
    ok = dlg.exec()
    text = dlg.textValue()
    dlg.deleteLater()
    return text if ok else None


def confirm(parent: QWidget | None, title: str, text: str, accept: str, informative: str = "",
            reject: str = "", warning: bool = False, rich_text: bool = False) -> bool:
    """A question whose buttons say what they do; the safe answer is the default.

    Texts are plain (data in them shown literally); `rich_text`: `text` is markup built with `esc()`."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmBox")
    if informative:
        box.setInformativeText(informative)
    plain_box(box, rich_text)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject or tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen


def pick_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def pick_open_files(parent: QWidget | None, title: str, filters: str, start: str = "") -> list[str]:
    files, _f = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return files


def pick_open_file(parent: QWidget | None, title: str, filters: str, start: str = "") -> str:
    path, _f = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path


def pick_save_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _f = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path
