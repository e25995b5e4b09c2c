"""Rotating log file in the platform log folder, and the exception hook (log first, then a calm dialog)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from ..paths import log_dir
from ..store.db import private_dir, private_file

logger = logging.getLogger("ifdesk")


MAX_BYTES = 1_000_000  # ifdesk.log is rotated past this size, at start-up
BACKUPS = 5            # ifdesk.log.1 … ifdesk.log.5
SESSION_CAP = 5 * MAX_BYTES  # one session never writes more (an error repeated in a loop fills no disk)


class SessionLogHandler(logging.FileHandler):
    """The log file, rotated when the window starts rather than as it writes: logging.handlers'
    RotatingFileHandler alone costs about 10 ms of imports (socket, pickle) in the window's start."""

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() > SESSION_CAP:
            return
        super().emit(record)


def rotate(path: Path) -> None:
    """ifdesk.log past MAX_BYTES becomes ifdesk.log.1 (.1 becomes .2 …; the oldest goes)."""
    try:
        if path.stat().st_size < MAX_BYTES:
            return
        for i in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate keeps growing a little: never a reason to fail


def setup_logging(folder: Path | None = None) -> Path | None:
    """ifdesk.log, 1 MB × 5 files. Returns the file path (None when the folder cannot be written)."""
    folder = folder or log_dir()
    try:
        private_dir(folder)
        path = folder / "ifdesk.log"
        rotate(path)
        private_file(path)  # 0600 whatever the umask: file names, company names, errors
        handler = SessionLogHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    for h in list(logger.handlers):
        if isinstance(h, SessionLogHandler):
            logger.removeHandler(h)
            h.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def log_file() -> Path | None:
    for h in logger.handlers:
        if isinstance(h, SessionLogHandler):
            return Path(h.baseFilename)
    return None


def install_excepthook() -> None:
    """Unexpected errors are logged with their traceback, then told to the user in plain French."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        logger.error("Exception non gérée :\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            show_unexpected(exc)
        except Exception:  # never let the hook itself fail
            previous(exc_type, exc, tb)

    sys.excepthook = hook


def show_unexpected(exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .i18n import tr

    app = QApplication.instance()
    if app is None:
        return
    where = log_file()
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Un problème inattendu est survenu"),
                      tr("L'opération n'a pas pu aboutir. Vos réponses déjà enregistrées sont conservées.")
                      + "\n\n" + (str(exc) or exc.__class__.__name__), parent=QApplication.activeWindow())
    if where:
        box.setInformativeText(tr("Le détail technique est dans le journal :") + f"\n{where}")
    from .plain import plain_box

    plain_box(box)
    keep_open(box)


_open_boxes: list = []


def keep_open(box) -> None:
    """Show a message box without blocking the event loop (not exec()), kept alive until closed:
    a box without a parent would otherwise be destroyed with its last Python reference."""
    _open_boxes.append(box)
    box.finished.connect(lambda *_a: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()
