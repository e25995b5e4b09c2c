"""Evidence attachments of a criterion: thumbnails, open with the system viewer, add, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QListView, QStyle, QVBoxLayout, QWidget

from ..changes import Change
from ..i18n import tr
from ..ops import Op, show_error
from ..work import add_attachment, attachment_path, remove_attachment
from .common import button, row
from ..plain import tip

THUMB = 64


class AttachmentStrip(QWidget):
    """Emits `changed()` after an add or removal so the editor can reload its list."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.diag_id: str | None = None
        self.criterion: str | None = None
        self.folder: Path | None = None
        self._seq = 0
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 44, THUMB + 30))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 40)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setAccessibleName(tr("Pièces jointes"))
        self.add_btn = button(tr("Joindre un &fichier…"))
        self.open_btn = button(tr("Ouvrir"))
        self.del_btn = button(tr("Retirer"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.list)
        lay.addLayout(row(self.add_btn, self.open_btn, self.del_btn, None))
        self.add_btn.clicked.connect(self.choose)
        self.open_btn.clicked.connect(self.open_current)
        self.del_btn.clicked.connect(self.remove_current)
        self.list.activated.connect(lambda _i: self.open_current())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.list.currentItemChanged.connect(lambda *_: self._buttons())
        self._buttons()

    def set_items(self, diag_id: str, criterion: str, folder: Path, rows: list[dict], editable: bool) -> None:
        self.diag_id, self.criterion, self.folder = diag_id, criterion, folder
        self.list.clear()
        images: dict[str, Path] = {}
        for r in rows:
            if r.get("criterion") != criterion:
                continue
            path = folder / r["diag_id"] / (r["id"] + Path(r["filename"]).suffix.lower())
            it = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), _short(r["filename"]))
            it.setToolTip(tip(r["filename"]))
            it.setData(Qt.ItemDataRole.UserRole, (r["id"], str(path)))
            self.list.addItem(it)
            if r["mime"].startswith("image/"):
                images[r["id"]] = path
        self.add_btn.setEnabled(editable)
        self._editable = editable
        self._buttons()
        if images:  # photos are decoded and scaled on the worker: a 12-megapixel JPEG takes a while
            self._seq += 1
            seq = self._seq
            Op(self, lambda _ws: {k: _thumbnail(p) for k, p in images.items()}).success(
                lambda thumbs: self._set_thumbs(seq, thumbs)).run()

    def _set_thumbs(self, seq: int, thumbs: dict) -> None:
        if seq != self._seq:
            return  # another criterion is on screen now
        for i in range(self.list.count()):
            it = self.list.item(i)
            img = thumbs.get(it.data(Qt.ItemDataRole.UserRole)[0])
            if img is not None and not img.isNull():
                it.setIcon(QIcon(QPixmap.fromImage(img)))

    def _buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.open_btn.setEnabled(has)
        self.del_btn.setEnabled(has and getattr(self, "_editable", False))

    def choose(self) -> None:
        dlg = QFileDialog(self, tr("Joindre une preuve (photo, document)"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.filesSelected.connect(self.add_files)
        dlg.open()

    def add_files(self, files: list[str]) -> None:
        diag_id, crit = self.diag_id, self.criterion
        if diag_id is None:  # no diagnostic on screen yet (set_items not called): nothing to attach to
            return
        for f in files:
            Op(self, lambda ws, f=f: add_attachment(ws, diag_id, crit, f)).changes(Change.ATTACHMENTS).success(lambda _r: self.changed.emit()).failure(
                lambda e: show_error(self, e)).run()

    def open_current(self) -> None:
        it = self.list.currentItem()
        if it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(it.data(Qt.ItemDataRole.UserRole)[1]))

    def remove_current(self) -> None:
        it = self.list.currentItem()
        if it and self._editable:
            att_id = it.data(Qt.ItemDataRole.UserRole)[0]
            Op(self, lambda ws: remove_attachment(ws, att_id)).changes(Change.ATTACHMENTS).success(lambda _r: self.changed.emit()).run()


def _short(name: str, n: int = 14) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"


def _thumbnail(path: Path):
    """A QImage (not a QPixmap: this runs off the GUI thread) scaled while it is decoded."""
    from PySide6.QtGui import QImage

    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # photos taken upright show upright
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    img = reader.read()
    return img if not img.isNull() else QImage()


__all__ = ["AttachmentStrip", "attachment_path"]
