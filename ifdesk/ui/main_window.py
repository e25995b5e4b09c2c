"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QVBoxLayout, QWidget)

from .. import __version__
from .i18n import tr
from .changes import Change
from .ops import TaskManager, set_default_tm
from .pages import PAGE_ROLES, PAGES
from .plain import Label, tip


# The other pages' modules, imported on the GUI thread once the worker's warm-up is over, one per turn of
# the event loop with a pause between them (quality.md's `ui_max_block_ms`): opening the questionnaire
# the first time no longer pays in one block for its modules and for the Qt types they use (PySide6
# builds a class's enums when the class is first used: about 50 of them for the questionnaire).
# Leaves first, so that each step imports one module.
PRELOAD = (
    "ifdesk.ui.views.diagnostics", "ifdesk.ui.views.level_picker", "ifdesk.ui.views.attachments",
    "ifdesk.ui.views.criterion_card", "ifdesk.ui.radar", "ifdesk.ui.views.editor",
    "ifdesk.ui.report_child", "ifdesk.ui.views.report_button", "ifdesk.ui.views.action_dialog",
    "ifdesk.ui.views.synthesis", "ifdesk.ui.charts", "ifdesk.ui.views.dashboard_work", "ifdesk.ui.views.dashboard",
    "ifdesk.ui.views.sync_models", "ifdesk.ui.views.sync_dialogs", "ifdesk.ui.views.sync_work",
    "ifdesk.ui.views.sync_conflicts", "ifdesk.ui.views.sync", "ifdesk.ui.views.settings", "page:diagnostic",
)
PRELOAD_PAUSE_MS = 15


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    folder_changed = Signal(str)
    ready = Signal()  # once: the first page shows its rows (the end of start-up for quality.md)

    def __init__(self, tm: TaskManager, parent=None):
        super().__init__(parent)
        self.tm = tm
        set_default_tm(tm)
        tm.changed.connect(self.broadcast)
        self.setWindowTitle(tr("ifdesk — Diagnostics Industrie du Futur"))
        self.setMinimumSize(QSize(1024, 640))
        self.current_diag: str | None = None
        self._ready = False
        self._preload = list(PRELOAD)
        tm.warmed.connect(lambda: QTimer.singleShot(PRELOAD_PAUSE_MS, self._preload_next))

        self.pages: dict[str, QWidget] = {}  # built on first use: start-up builds only the first page
        self._holders: list[tuple[QWidget, QVBoxLayout]] = []  # where each page goes, in PAGES order
        labels = {"companies": tr("Entreprises"), "diagnostics": tr("Diagnostics"), "diagnostic": tr("Diagnostic en cours"),
                  "report": tr("Synthèse"), "sync": tr("Synchronisation"), "dashboard": tr("Tableau de bord"),
                  "register": tr("Référencement"), "settings": tr("Paramètres")}

        # built top-down (docs/decisions-speed.md): each widget is placed in its parent before it is filled,
        # so the style sheet styles it once instead of once per level of nesting it is moved into
        central = QWidget()
        self.setCentralWidget(central)
        cl = QHBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        side = QWidget()
        side.setObjectName("side")
        side.setFixedWidth(200)
        cl.addWidget(side)
        self.stack = QStackedWidget()
        cl.addWidget(self.stack, 1)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(0)
        brand = Label("ifdesk")
        brand.setObjectName("brand")
        sl.addWidget(brand)
        sub = Label(tr("Industrie du Futur") + f" · {__version__}")
        sub.setObjectName("brandSub")
        sl.addWidget(sub)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(tr("Navigation"))
        sl.addWidget(self.nav, 1)
        self.folder_label = Label()
        self.folder_label.setObjectName("brandSub")
        self.folder_label.setWordWrap(True)
        sl.addWidget(self.folder_label)
        for i, key in enumerate(PAGES):
            it = QListWidgetItem(labels[key])
            it.setData(Qt.ItemDataRole.UserRole, key)
            it.setToolTip(tip(labels[key] + f"  (Alt+{i + 1})"))
            self.nav.addItem(it)
            holder = QWidget()
            self.stack.addWidget(holder)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append((holder, holder_layout))

        self.nav.currentRowChanged.connect(self._nav_changed)
        for i in range(len(PAGES)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.go(PAGES[i]))
        self._update_nav()
        self.role: str | None = None
        self.set_role(None)
        self.nav.setCurrentRow(0)

    # ---- pages, built on first use -------------------------------------------------------------
    def _page(self, key: str) -> QWidget:
        page = self.pages.get(key)
        if page is None:
            # Pages other than the first one import pydantic & co.: after the worker's warm-up (ops.py).
            # Events run while it finishes: the page may have been built meanwhile.
            if key != "companies":
                self.tm.wait_warm()
            page = self.pages.get(key)
        if page is None:
            holder, holder_layout = self._holders[PAGES.index(key)]
            page = self._build(key, holder)
            self.pages[key] = page
            holder_layout.addWidget(page)
        return page

    def _build(self, key: str, holder: QWidget) -> QWidget:
        # each page's module is imported here, on first use: start-up imports only what it shows.
        # Each page is made inside its holder: with the application's style sheet, giving a built tree
        # of widgets a new parent restyles every widget in it (about 0.3 ms each, measured).
        if key == "companies":
            from .views.companies import CompaniesPage

            companies = CompaniesPage(holder)
            companies.diagnostic_started.connect(lambda d: self.open_diagnostic(d, "draft"))
            companies.loaded.connect(self._first_rows)
            return companies
        elif key == "diagnostics":
            from .views.diagnostics import DiagnosticsPage

            diagnostics = DiagnosticsPage(holder)
            diagnostics.open_requested.connect(self.open_diagnostic)
            return diagnostics
        elif key == "diagnostic":
            from .views.editor import EditorPage

            editor = EditorPage(holder)
            editor.synthesis_requested.connect(self.open_synthesis)
            return editor
        elif key == "report":
            from .views.synthesis import SynthesisPage

            synthesis = SynthesisPage(holder)
            synthesis.criterion_requested.connect(self._to_criterion)
            return synthesis
        elif key == "settings":
            from .views.settings import SettingsPage

            settings = SettingsPage(holder)
            settings.language_changed.connect(self.language_changed)
            settings.folder_changed.connect(self.folder_changed)
            settings.identity_panel.changed.connect(self.reload_role)
            return settings
        elif key == "sync":
            from .views.sync import SyncPage

            sync = SyncPage(holder)
            sync.identity_requested.connect(self.show_identity)
            return sync
        elif key == "register":
            from .views.register import RegisterPage

            register = RegisterPage()
            return register
        elif key == "dashboard":
            from .views.dashboard import DashboardPage

            dashboard = DashboardPage(holder)
            dashboard.sync_requested.connect(lambda: self.go("sync"))
            return dashboard
        raise KeyError(key)

    def _first_rows(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()
            # the company form, then the heavy imports: once the rows are painted and the events of
            # start-up handled
            QTimer.singleShot(0, self.companies.prepare_form)
            # the pages by role (a query through sqlite-utils) follow the warm-up on the worker
            QTimer.singleShot(0, self._warm_up_then_roles)

    def _warm_up_then_roles(self) -> None:
        self.tm.warm_up()
        self.reload_role()

    @property
    def preloading(self) -> bool:
        """The modules of `PRELOAD` are not all imported yet."""
        return bool(self._preload)

    def _preload_next(self) -> None:
        """Import the next module of `PRELOAD` (one per call), then come back after a pause; last, build
        the questionnaire's page (about 20 ms: the expert's most frequent step no longer pays it)."""
        if not self._preload:
            return
        import gc
        import importlib
        import sys

        name = self._preload.pop(0)
        if name == "page:diagnostic":
            self._page("diagnostic")
        elif name not in sys.modules:
            try:
                importlib.import_module(name)
            except ImportError as exc:  # left out of a frozen build: the page will say so when opened
                from .log import logger

                logger.warning("préchargement : %s indisponible (%s)", name, exc)
        # Python's full garbage collection walks every object alive: 20–25 ms once the libraries and the pages
        # are loaded, inside whichever turn of the window it falls (measured twice in the benchmark's scenario).
        # What is loaded now stays for the life of the window: set it aside (gc.freeze), so that a collection
        # walks only what came since. Done at each step, cheap (it moves a list).
        gc.freeze()
        if self._preload:
            QTimer.singleShot(PRELOAD_PAUSE_MS, self._preload_next)

    companies = property(lambda self: self._page("companies"))
    diagnostics = property(lambda self: self._page("diagnostics"))
    editor = property(lambda self: self._page("diagnostic"))
    synthesis = property(lambda self: self._page("report"))
    sync = property(lambda self: self._page("sync"))
    dashboard = property(lambda self: self._page("dashboard"))
    register = property(lambda self: self._page("register"))
    settings = property(lambda self: self._page("settings"))

    def show_identity(self) -> None:
        """Settings › « Identité et confiance »."""
        self.go("settings")
        self.settings.show_identity()

    def open_bundles(self, paths: list[str]) -> None:
        """Files opened with the app (`ifdesk gui --open`): the sync page offers to import them."""
        self.go("sync")
        self.sync.offer_import([str(p) for p in paths])

    def set_folder_text(self, folder: str) -> None:
        self.folder_label.setText(folder)
        self.folder_label.setToolTip(tip(folder))

    # ---- navigation ----------------------------------------------------------------------------
    def reload_role(self) -> None:
        from .ops import Op

        if self.tm.closed:  # a timer of start-up firing after the window was closed
            return
        Op(self, lambda ws: (ws.identity() or {}).get("role"), self.tm).success(self.set_role).run()

    def set_role(self, role: str | None) -> None:
        """Show the pages that make sense for the workspace identity's role (no identity yet: expert's pages)."""
        self.role = role
        shown = role or "expert"
        for i, key in enumerate(PAGES):
            self.nav.item(i).setHidden(shown not in PAGE_ROLES.get(key, {shown}))
        if self.nav.item(self.nav.currentRow()) is not None and self.nav.item(self.nav.currentRow()).isHidden():
            self.nav.setCurrentRow(next(i for i in range(len(PAGES)) if not self.nav.item(i).isHidden()))

    def go(self, key: str) -> None:
        item = self.nav.item(PAGES.index(key))
        if item.isHidden():
            return
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.nav.setCurrentRow(PAGES.index(key))

    def page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if "diagnostic" in self.pages:
            self.editor.card.flush()
            self.editor.rescore_now()
        key = PAGES[row]
        page = self._page(key)
        self.stack.setCurrentIndex(row)
        if key == "report" and self.current_diag:
            self.synthesis.load(self.current_diag)
        target = {"companies": lambda: self.companies.search, "diagnostics": lambda: self.diagnostics.table,
                  "diagnostic": lambda: self.editor.card.picker}.get(key)
        (target() if target else page).setFocus()

    def _update_nav(self) -> None:
        for key in ("diagnostic", "report"):
            it = self.nav.item(PAGES.index(key))
            flags = it.flags()
            it.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if self.current_diag else flags & ~Qt.ItemFlag.ItemIsEnabled)
            it.setToolTip(tip(it.text()) if self.current_diag else tr("Ouvrez d'abord un diagnostic"))

    def open_diagnostic(self, diag_id: str, status: str = "draft", criterion: str | None = None) -> None:
        self.current_diag = diag_id
        self._update_nav()
        if status == "draft":
            self.editor.load(diag_id, criterion)
            self.go("diagnostic")
        else:
            self.editor.load(diag_id, criterion)
            self.open_synthesis(diag_id)

    def open_synthesis(self, diag_id: str) -> None:
        self.current_diag = diag_id
        self._update_nav()
        if self.page() == "report":
            self.synthesis.load(diag_id)
        else:
            self.go("report")

    def _to_criterion(self, diag_id: str, criterion: str) -> None:
        self.editor.load(diag_id, criterion or None)
        self.go("diagnostic")

    def broadcast(self, changes: Change) -> None:
        """An operation changed `changes`: every page built so far marks itself stale if they concern it."""
        for page in self.pages.values():
            mark = getattr(page, "mark_stale", None)
            if mark is not None:
                mark(changes)

    def closeEvent(self, e) -> None:
        """Typed text is saved before the window goes; queued saves finish before the workspace closes."""
        if "diagnostic" in self.pages:
            self.editor.card.flush()
            self.editor.rescore_now()
        if "report" in self.pages and self.synthesis._typing.isActive():
            self.synthesis.save_synthesis()
        self.tm.wait_idle(15_000)
        super().closeEvent(e)
        if e.isAccepted():  # what the preloading set aside (gc.freeze) can be collected again once the window goes
            import gc

            gc.unfreeze()
