"""Start the window (or render one view into a PNG), with the log, the exception hook and the style."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_path

from .. import APP_NAME
from ..core.atomic import atomic_write
from ..core.errors import IfdeskError
from ..paths import asset, default_data_dir

if TYPE_CHECKING:  # imported when the window is built, not before (start-up time)
    from .handover import Server
    from .main_window import MainWindow
    from .ops import TaskManager


@dataclass
class UiPrefs:
    """The window's own preferences (typed, versioned, JSON under the platform config folder).

    A dataclass rather than a pydantic model: the window imports it before it is shown, and start-up
    time matters more here than a schema for three fields.
    """

    schema_version: int = 1
    language: str | None = None
    workspace: str | None = None

    @staticmethod
    def path() -> Path:
        return user_config_path(APP_NAME, appauthor=False) / "ui.json"

    @classmethod
    def load(cls) -> "UiPrefs":
        try:
            data = json.loads(cls.path().read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        text = lambda v: v if isinstance(v, str) and v.strip() else None  # noqa: E731
        return cls(language=text(data.get("language")), workspace=text(data.get("workspace")))

    def save(self) -> None:
        p = self.path()
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(p, json.dumps(asdict(self), indent=2, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # preferences are a comfort, never a reason to fail


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("ifdesk")
    app.setOrganizationName("ifdesk")
    apply_style(app)
    return app


def apply_style(app) -> None:
    from PySide6.QtGui import QFont

    qss = asset("styles", "ifdesk.qss")
    if qss.exists():
        # url() in a style sheet is relative to the working folder: point it at resources/icons
        app.setStyleSheet(qss.read_text("utf-8").replace("@ICONS@", asset("icons").as_posix()))
    f = QFont(app.font())
    f.setPointSizeF(10)
    app.setFont(f)


def collect_again() -> None:
    """Garbage collection back on once the first page is up (a plain start turns it off, cmd_gui), with what
    the start loaded set aside (gc.freeze): it stays for the life of the window."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def apply_icon(app) -> None:
    """The window's icon (title bar, task bar): set once the warm-up is over (about a second after the first
    page shows): QIcon's enums are not part of the start, and the window is usable without its icon."""
    icon = asset("icons", "ifdesk.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


class Controller:
    """Owns the worker (TaskManager) and the window; rebuilds them on a language or folder change."""

    def __init__(self, app, folder: Path, prefs: UiPrefs):
        self.app = app
        self.folder = folder
        self.prefs = prefs
        self.tm: TaskManager | None = None
        self.window: MainWindow | None = None
        self.handover: Server | None = None  # once the first page is up

    def start(self) -> MainWindow:
        """Open the workspace and build the window (not shown); returns it (also `self.window`)."""
        from PySide6.QtCore import QTimer

        from .main_window import MainWindow
        from .ops import TaskManager

        # The light modules that both the worker's opening and the first page use, imported here first:
        # never the same module from two threads at once (see ops.TaskManager.warm_up).
        from ..core import identifiers, reference_data  # noqa: F401

        self.tm = tm = TaskManager(self.folder)
        # the workspace opens on the worker while the window is built (neither imports pydantic)
        # with the first page's rows, read meanwhile too
        opening = tm.begin(lambda ws: (str(ws.folder), ws.companies.list()))
        window = MainWindow(tm)
        try:
            real, rows = opening.result()  # raises when the folder is locked or not a workspace
        except BaseException:
            window.deleteLater()
            tm.close()
            self.tm = None
            raise
        window.companies.prefetched(rows)
        self.window = window
        window.set_folder_text(real)
        window.language_changed.connect(self.change_language)
        window.folder_changed.connect(self.change_folder)
        # the hand-over server (QtNetwork, 25 enums) once the warm-up is over, in a turn of its own:
        # like the warm-up, it is not part of the start (quality.md's `startup_ratio`)
        tm.warmed.connect(lambda: QTimer.singleShot(0, self._after_warm_up))
        window.ready.connect(collect_again)
        return window

    def _after_warm_up(self) -> None:
        apply_icon(self.app)
        self._listen_for_second_launches()

    def _listen_for_second_launches(self) -> None:
        """After the first page and the warm-up (its imports are not part of the start): see handover.py."""
        if self.handover is not None or self.tm is None:
            return
        from .handover import Server

        tm = self.tm
        self.handover = Server(self.folder, lambda files: tm.post(lambda: self._receive(files)))
        if not self.handover.start():
            self.handover = None

    def _receive(self, files: list[str]) -> None:
        """A second launch on this workspace: come to the front, offer its files."""
        w = self.window
        if w is None:
            return
        if w.isMinimized():
            w.showNormal()
        w.raise_()
        w.activateWindow()
        if files:
            w.open_bundles(files)

    def stop(self) -> None:
        if self.handover is not None:
            self.handover.close()
            self.handover = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.tm is not None:
            self.tm.close()
            self.tm = None

    def change_language(self, lang: str) -> None:
        from .i18n import install_language

        self.prefs.language = install_language(self.app, lang)
        self.prefs.save()
        self._rebuild(settings=True)

    def change_folder(self, folder: str) -> None:
        old = self.folder
        self.stop()
        self.folder = Path(folder)
        try:
            window = self.start()
        except IfdeskError as exc:
            from .ops import show_error

            self.folder = old
            window = self.start()
            show_error(window, exc)
        else:
            self.prefs.workspace = str(self.folder)
            self.prefs.save()
        window.show()

    def _rebuild(self, settings: bool = False) -> None:
        if self.tm is None:  # stopped: no workspace to show
            return
        geo = self.window.geometry() if self.window else None
        old_win = self.window
        from .main_window import MainWindow

        self.window = window = MainWindow(self.tm)
        window.set_folder_text(old_win.folder_label.text() if old_win else str(self.folder))
        window.language_changed.connect(self.change_language)
        window.folder_changed.connect(self.change_folder)
        if old_win is not None:
            old_win.hide()
            old_win.deleteLater()
        if geo is not None:
            window.setGeometry(geo)
        if settings:
            window.go("settings")
        window.show()


def choose_folder(explicit: Path | None, prefs: UiPrefs) -> Path:
    if explicit:
        return explicit
    if os.environ.get("IFDESK_DATA_DIR"):
        return default_data_dir()
    return Path(prefs.workspace) if prefs.workspace else default_data_dir()


def _load_probe(path: str, app, window) -> None:
    """The measuring hook: the product carries no probe; `IFDESK_STARTUP_PROBE` names a Python file
    (tests/startup_probe.py) whose `probe_startup(app, window)` is called before the window shows.
    Anything else is said on stderr and ignored: the window starts as usual."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ifdesk_startup_probe", path) if path.endswith(".py") else None
    if spec is None or spec.loader is None or not Path(path).is_file():
        print(f"IFDESK_STARTUP_PROBE: {path}: not a probe file (tests/startup_probe.py), ignored", file=sys.stderr)
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.probe_startup(app, window)


def run(folder: Path | None = None, lang: str | None = None, open_files: list[str] | None = None) -> int:
    """`ifdesk gui [--open FILE.ifbundle…]`: the window until it is closed."""
    from .i18n import install_language
    from .log import install_excepthook, logger, setup_logging

    setup_logging()
    install_excepthook()
    prefs = UiPrefs.load()
    app = make_app()
    install_language(app, lang or prefs.language or _env_language())
    ctl = Controller(app, choose_folder(folder, prefs), prefs)
    try:
        window = ctl.start()
    except IfdeskError as exc:
        from PySide6.QtWidgets import QMessageBox

        from ..store.db import WorkspaceLocked
        from .plain import plain_box

        if isinstance(exc, WorkspaceLocked):  # open in another window: hand it the files, if it is ours
            from .handover import hand_over

            if hand_over(ctl.folder, open_files or []):
                logger.info("fichiers transmis à la fenêtre déjà ouverte sur %s", ctl.folder)
                return 0
        logger.warning("ouverture refusée : %s", exc)
        box = plain_box(QMessageBox(QMessageBox.Icon.Warning, "ifdesk", str(exc)))
        box.exec()
        return 1
    if os.environ.get("IFDESK_STARTUP_PROBE"):  # tests/startup_probe.py: say when the first page is up, then quit
        _load_probe(os.environ["IFDESK_STARTUP_PROBE"], app, window)
    window.resize(1366, 768)
    window.show()
    if open_files:  # once the window is up: the sync page asks before importing
        from PySide6.QtCore import QTimer

        files = open_files
        QTimer.singleShot(0, lambda: window.open_bundles(files))
    try:
        code = app.exec()
    finally:
        collect_again()
    ctl.stop()
    return code


def _env_language() -> str:
    from ..i18n import detect_language

    return detect_language()


def screenshot(out: Path, view: str, size: tuple[int, int], folder: Path | None = None, lang: str | None = None) -> Path:
    """Render one view with the current workspace into a PNG (docs, smoke tests)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .i18n import install_language
    from .log import setup_logging

    setup_logging()
    prefs = UiPrefs.load()
    app = make_app()
    install_language(app, lang or prefs.language or _env_language())
    ctl = Controller(app, choose_folder(folder, prefs), prefs)
    w = ctl.start()
    try:
        w.resize(*size)
        w.show()
        prepare_view(w, view)
        for _ in range(5):
            w.tm.wait_idle(20_000)
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not w.grab().save(str(out), "PNG"):
            from ..i18n import _

            raise IfdeskError(_("Impossible d'écrire l'image {p}.", p=out))
    finally:
        ctl.stop()
    return out


def prepare_view(w, view: str) -> None:
    """Go to `view`; the diagnostic views open the most telling diagnostic of the workspace."""
    w.set_role(w.tm.call(lambda ws: (ws.identity() or {}).get("role")))  # pages by role, known now
    if view in ("diagnostic", "report"):
        def pick(ws):
            rows = ws.diagnostics.list()
            drafts = [r for r in rows if r["status"] == "draft"]
            done = [r for r in rows if r["status"] != "draft"]
            if view == "diagnostic":
                # a draft well under way (about 60 % answered) shows the most: progress, radar, what is left
                total = ws.referentiels.current().criteria_count()
                drafts.sort(key=lambda r: abs(0.6 * total - ws.diagnostics.answer_count(r["id"], r["revision"])))
                return (drafts or done or [None])[0]
            return (done or drafts or [None])[0]

        row = w.tm.call(pick)
        if row is not None:
            w.open_diagnostic(row["id"], row["status"] if view == "report" else "draft")
            w.tm.wait_idle()
            if view == "report":
                w.go("report")
            else:
                w.go("diagnostic")
                w.editor.card.picker.setFocus()
            return
    if view == "review":  # the Synthesis page of a diagnostic with a review (office: received; expert: decided)
        ident = w.tm.call(lambda ws: ws.identity())
        first = "to_review" if ident and ident["role"] == "office" else "changes_requested"
        order = {"changes_requested": 1, "to_review": 2, "rejected": 3, "approved": 4} | {first: 0}
        rows = [r for r in w.tm.call(lambda ws: ws.diagnostics.list()) if r.get("review_state")]
        if rows:
            row = min(rows, key=lambda r: (order.get(r["review_state"], 9), r["id"]))
            w.open_diagnostic(row["id"], row["status"])
            w.tm.wait_idle()
            w.go("report")
            return
        view = "report"
    if view == "identity":  # Settings › « Identité et confiance »
        w.show_identity()
        return
    w.go(view)
