"""Database work off the GUI thread: one worker thread that owns the Workspace, one small op helper.

After anki's `taskman.py` + `operations/__init__.py`: `TaskManager` runs closures on a single
worker thread (a sqlite connection belongs to the thread that opened it, so the worker opens the
Workspace itself) and hands results back to the GUI thread through a queued signal. `Op` is what
views use:

    Op(self, lambda ws: ws.companies.list(text)).success(self.model.set_rows).run()

Failures that are refusals (`IfdeskError`) show their one-line reason; anything else is logged and
told calmly. Long operations get `.with_progress(label)`: the function then receives a `Progress`
whose `update()` moves a progress dialog and whose `cancelled` flag the Cancel button sets.
Jobs run in submission order, so an answer saved before another is committed before it.
"""

from __future__ import annotations

import queue
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.errors import IfdeskError
from .i18n import tr
from .log import logger
from .plain import Label, plain_box, tip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from ..store import Workspace


# Imported by the warm-up job (worker thread) once the first page is up; pages import them after it.
# In small steps with a pause between them: a thread that imports (many short file reads, each
# releasing the GIL) starves the GUI thread of the GIL (CPython's convoy effect), measured up to
# 200 ms in one go; the pauses hand it over (longest GUI block during the warm-up ≈ 40 ms).
WARM_MODULES = (
    "inspect", "click", "dateutil.parser", "pluggy", "importlib.metadata", "sqlite_utils",
    "typing_extensions", "annotated_types", "pydantic_core", "pydantic", "pydantic.main", "pydantic.types",
    "yaml", "ifdesk.core.company", "ifdesk.core.diagnostic", "ifdesk.core.referentiel", "ifdesk.core.scoring",
    "ifdesk.core.summary", "ifdesk.core.validation",
    "ifdesk.store.referentiels", "ifdesk.store.diagnostics", "ifdesk.store.keys", "ifdesk.store.imports",
    "ifdesk.office.filters", "ifdesk.office.programmes",
    "cryptography.hazmat.primitives.serialization", "cryptography.hazmat.primitives.asymmetric.ed25519",
    "ifdesk.bundle.identity", "ifdesk.ui.work",
)
WARM_PAUSE_S = 0.003


def warm_imports(ws) -> None:
    import importlib
    import time

    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # e.g. left out of a frozen build: the page that needs it will say
            logger.warning("préchargement : %s indisponible (%s)", name, exc)
        time.sleep(WARM_PAUSE_S)
    try:
        ws.referentiels.current()  # the default référentiel parsed and cached, ready for the editor
    except IfdeskError:
        pass  # none yet: the pages say so when they need one


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to long jobs: `update(done, total, label)`, `cancelled`, `check()`."""

    def __init__(self, tm: "TaskManager", op: "Op"):
        self._tm = tm
        self._op = op
        self.cancelled = False

    def update(self, done: int, total: int, label: str = "") -> None:
        self._tm._post(lambda: self._op._on_progress(done, total, label))

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class TaskManager(QObject):
    """One worker thread for all workspace work; callbacks come back on the GUI thread."""

    _wake = Signal()  # carries nothing: Python objects cross threads through `_queue`, not through Qt
    busy_changed = Signal(bool)
    changed = Signal(object)  # a `changes.Change`, announced by a successful `Op` before its callback
    warmed = Signal()  # once, on the GUI thread: the warm-up's imports are done

    def __init__(self, folder: Path | str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder) if folder else None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ifdesk-db")
        self._ws: Workspace | None = None  # touched only on the worker thread
        self._worker: threading.Thread | None = None
        self._pending = 0
        self._closed = False
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._warm: threading.Event | None = None
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # ---- worker side ---------------------------------------------------------------------------
    def _workspace(self):
        if self._ws is None:
            from ..store import Workspace

            self._worker = threading.current_thread()
            self._ws = Workspace(self.folder)
            logger.info("espace de travail ouvert : %s", self._ws.folder)
        return self._ws

    def _close_ws(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    # ---- GUI side ------------------------------------------------------------------------------
    def run(self, fn: Callable[[Any], Any], done: Callable[[Any, BaseException | None], None],
            ran: threading.Event | None = None) -> None:
        """Run `fn(ws)` on the worker; `done(result, error)` is then called once on the GUI thread.

        The completion contract: the job counts in `pending` (and `busy_changed`) from this call until
        `done` has returned or raised; `done` owes nothing back. `ran` (for `call`) is set on the
        worker as soon as the job is over, opening errors included."""
        if self._closed:
            raise RuntimeError("TaskManager fermé")

        def job() -> None:
            try:
                result, err = fn(self._workspace()), None
            except BaseException as exc:  # handed to the GUI thread, never lost
                result, err = None, exc
                if not isinstance(exc, (IfdeskError, Cancelled)):
                    logger.error("échec d'une opération :\n%s", "".join(traceback.format_exception(exc)))
            self._post(lambda: self._complete(done, result, err))
            if ran is not None:
                ran.set()

        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.submit(job)

    def post(self, closure: Callable[[], None]) -> None:
        """From any thread: run `closure` on the GUI thread soon."""
        self._post(closure)

    def _post(self, closure: Callable[[], None]) -> None:
        """From any thread: run `closure` on the GUI thread soon."""
        self._queue.put(closure)
        self._wake.emit()

    def _drain(self) -> None:
        while True:
            try:
                closure = self._queue.get_nowait()
            except queue.Empty:
                return
            closure()

    def _complete(self, done: Callable[[Any, BaseException | None], None], result: Any, err: BaseException | None) -> None:
        try:
            done(result, err)
        finally:
            if self._pending > 0:  # `close()` has already dropped the count of the last jobs
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)

    def announce(self, changes) -> None:
        """Say what an operation changed (GUI thread): the main window marks the pages it concerns."""
        if changes:
            self.changed.emit(changes)

    @property
    def pending(self) -> int:
        return self._pending

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted job has called back (tests, screenshots, closing)."""
        timer = QElapsedTimer()
        timer.start()
        while self._pending and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self._pending == 0

    def call(self, fn: Callable[[Any], Any], timeout_ms: int = 30_000) -> Any:
        """Run `fn(ws)` on the worker and wait for it (start-up, screenshots; never from a view)."""
        return self.begin(fn).result(timeout_ms)

    def begin(self, fn: Callable[[Any], Any]) -> "Pending":
        """Start `fn(ws)` on the worker now, wait for it later with `.result()` (start-up: the workspace
        opens while the window is built)."""
        pending = Pending(self)
        self.run(fn, pending._deliver, ran=pending._ran)
        return pending

    # ---- warm-up: the heavy imports, on one thread only ----------------------------------------
    @property
    def closed(self) -> bool:
        """The window is closing: no job may be queued any more."""
        return self._closed

    def warm_up(self) -> None:
        """Queue, once, the import of what the other pages and jobs need (`WARM_MODULES`) on the worker.

        The window starts without pydantic, sqlite-utils, YAML or the cryptography stack (quality.md's
        `startup_ratio`); they come right after the first page shows its rows. Importing pydantic
        from two threads at once can fail with a circular-import error (seen under shiboken's import
        hook), so the GUI thread imports them only after this job: see `wait_warm()`.
        """
        if self._warm is not None or self._closed:
            return
        self._warm = event = threading.Event()

        def job(ws) -> None:
            try:
                warm_imports(ws)
            finally:
                event.set()

        def done(_r, _e) -> None:
            self.warmed.emit()

        self.run(job, done)

    def wait_warm(self, timeout_s: float = 60.0) -> None:
        """Before the GUI thread imports a module that pulls pydantic or sqlite-utils: the warm-up has
        imported them on the worker (usually long done). Otherwise the window keeps painting and its
        timers run while it finishes, the user's clicks and keys waiting their turn (not lost)."""
        if threading.current_thread() is self._worker:
            return
        self.warm_up()
        event = self._warm
        if event is None or event.is_set():
            return
        run_until(event.is_set, int(timeout_s * 1000), poll_ms=5, user_input=False)
        if not event.is_set():
            logger.warning("préchargement inachevé après %s s", timeout_s)

    @property
    def warm(self) -> bool:
        return self._warm is not None and self._warm.is_set()

    def close(self) -> None:
        """Let queued saves finish, close the Workspace on its own thread, stop the worker."""
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._close_ws)
        self._pool.shutdown(wait=True)
        # callbacks queued by the last jobs are dropped: their views are going away
        self._pending = 0


class Pending:
    """A job started with `TaskManager.begin`."""

    def __init__(self, tm: TaskManager):
        self._tm = tm
        self._ran = threading.Event()
        self._box: dict = {}

    def _deliver(self, result: Any, err: BaseException | None) -> None:
        self._box.update(r=result, e=err)

    def result(self, timeout_ms: int = 30_000) -> Any:
        """The job's result (or its exception, raised here). The wait sleeps until the job has run:
        spinning the event loop meanwhile would take the GIL from the worker (slower start-up)."""
        self._ran.wait(timeout_ms / 1000)
        self._tm.wait_idle(timeout_ms)
        if self._box.get("e") is not None:
            raise self._box["e"]
        return self._box.get("r")


PROGRESS_EVERY_MS = 100


class Op:
    """One piece of workspace work started from a view, with success/failure/progress callbacks."""

    def __init__(self, parent: QWidget | None, fn: Callable, tm: TaskManager | None = None):
        self.parent = parent
        self.fn = fn
        self.tm = tm or _default_tm(parent)
        self._success: Callable[[Any], object] | None = None  # what the callbacks return is ignored
        self._failure: Callable[[BaseException], object] | None = None
        self._changes = None  # a changes.Change, announced when the operation succeeded
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | ProgressStrip | None = None
        self._strip: ProgressStrip | None = None
        self._progress: Progress | None = None
        self._shown = QElapsedTimer()  # since the progress shown last

    def success(self, cb: Callable[[Any], object]) -> "Op":
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], object]) -> "Op":
        self._failure = cb
        return self

    def changes(self, what) -> "Op":
        """What this operation changes in the workspace (`changes.Change`), announced once it succeeded."""
        self._changes = what
        return self

    def with_progress(self, label: str, strip: "ProgressStrip | None" = None) -> "Op":
        """Progress and cancel: in `strip` (inline, cheap) or else in a window-modal dialog."""
        self._progress_label = label
        self._strip = strip
        return self

    def run(self) -> "Op":
        fn = self.fn
        if self._progress_label is not None:
            self._progress = Progress(self.tm, self)
            progress = self._progress
            if self._strip is not None:
                self._dialog = self._strip
                self._strip.begin(self._progress_label, lambda: setattr(progress, "cancelled", True))
            else:
                from PySide6.QtWidgets import QProgressDialog

                dialog = QProgressDialog(self._progress_label, tr("Annuler"), 0, 0, self.parent)
                dialog.setWindowTitle(tr("Veuillez patienter"))
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.setMinimumDuration(300)
                dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
                self._dialog = dialog
            fn = lambda ws: self.fn(ws, progress)  # noqa: E731
        self.tm.run(fn, self._done)
        return self

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            # at most ten a second (and the last one): each new label lays out the page again,
            # 30–90 ms on the Synchronisation page, which blocked the window during an export
            if done < total and self._shown.isValid() and self._shown.elapsed() < PROGRESS_EVERY_MS:
                return
            self._shown.start()
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(done)
            if label:
                self._dialog.setLabelText(label)

    def _done(self, result: Any, err: BaseException | None) -> None:
        if isinstance(self._dialog, ProgressStrip):
            if shiboken6.isValid(self._dialog):
                self._dialog.end()
        elif self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        if err is None and self._changes is not None:
            self.tm.announce(self._changes)  # even when the view that asked is gone: the data changed
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return  # the view that asked is gone
        if err is None:
            if self._success:
                self._success(result)
        elif self._failure:
            self._failure(err)
        elif not isinstance(err, Cancelled):
            show_error(self.parent, err)


LABEL_WIDTH = 280


class ProgressStrip(QWidget):
    """Inline progress with a Cancel button: no window to create, so showing it costs nothing."""

    def __init__(self, parent: QWidget | None = None, label_width: int = LABEL_WIDTH):
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton

        self.label_width = label_width
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = Label()
        self.label.setObjectName("muted")
        # its text changes at every step: a size of its own, so that the page is not laid out again
        # each time (30–90 ms on the Synchronisation page)
        self.label.setFixedSize(label_width, self.label.sizeHint().height())
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_btn = QPushButton(tr("Annuler"))
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_btn)
        self._on_cancel: Callable[[], None] | None = None
        self.cancel_btn.clicked.connect(lambda: self._on_cancel and self._on_cancel())
        self.hide()

    def begin(self, label: str, on_cancel: Callable[[], None]) -> None:
        self.setLabelText(label)
        self.bar.setRange(0, 0)
        self._on_cancel = on_cancel
        self.show()

    def setMaximum(self, n: int) -> None:  # the QProgressDialog calls Op makes
        self.bar.setMaximum(n)

    def setValue(self, n: int) -> None:
        from .views.common import set_bar

        set_bar(self.bar, n)

    def setLabelText(self, text: str) -> None:
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, self.label_width))
        self.label.setToolTip(tip(text))

    def value(self) -> int:
        return self.bar.value()

    def end(self) -> None:
        self._on_cancel = None
        self.hide()


def show_error(parent: QWidget | None, err: BaseException) -> None:
    """A refusal shows its reason; anything else is told calmly (details in the log)."""
    from PySide6.QtWidgets import QMessageBox  # on use: the start-up has no message box to show

    if isinstance(err, IfdeskError):
        box = QMessageBox(QMessageBox.Icon.Information, tr("Opération refusée"), str(err), parent=parent)
    else:
        from .log import log_file

        text = tr("L'opération n'a pas pu aboutir. Vos réponses déjà enregistrées sont conservées.")
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Un problème est survenu"), text, parent=parent)
        where = log_file()
        box.setInformativeText((str(err) or err.__class__.__name__)
                               + ("\n\n" + tr("Le détail technique est dans le journal :") + f"\n{where}" if where else ""))
    plain_box(box)
    box.setObjectName("errorBox")
    from .log import keep_open

    keep_open(box)


_tm: TaskManager | None = None


def set_default_tm(tm: TaskManager | None) -> None:
    global _tm
    _tm = tm


def run_until(cond: Callable[[], bool], timeout_ms: int, poll_ms: int = 20, user_input: bool = True) -> None:
    """Run the event loop as `app.exec()` does (sleeping when idle) until `cond()` or the timeout; unlike
    spinning `processEvents`, this leaves the GIL to the worker. Without `user_input`, clicks and keys
    wait their turn (not lost)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(poll_ms)
    def check() -> None:
        if cond():
            loop.quit()

    poll.timeout.connect(check)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(timeout_ms)
    loop.exec(QEventLoop.ProcessEventsFlag.AllEvents if user_input else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()
    give_up.stop()


def wait_warm() -> None:
    """On the GUI thread, before importing a module that pulls pydantic or sqlite-utils."""
    if _tm is not None:
        _tm.wait_warm()


def _default_tm(parent: QWidget | None) -> TaskManager:
    if _tm is None:
        raise RuntimeError("aucun TaskManager actif")
    return _tm
