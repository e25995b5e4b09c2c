"""Synchronisation: export completed diagnostics as signed bundles, import bundles (buttons, drag and drop,
`ifdesk gui --open`), the result of each file, the conflicts side by side, the import journal.

Every step runs on the worker (`sync_work`), with an inline progress bar and Cancel; the passphrase is
asked in the GUI thread before the work starts, and only when it is needed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QInputDialog, QMenu, QTabWidget, QVBoxLayout,
                               QWidget)

from ..i18n import tr
from ..changes import Change, StaleOnChange
from ..ops import Op, ProgressStrip, show_error
from . import sync_dialogs as dialogs
from . import sync_work as work
from .common import button, card, card_title, page_header, row
from .companies import make_table
from .proposals import ProposalsPanel
from .sync_conflicts import ConflictsPanel
from .sync_models import ExportTableModel, JournalTableModel, ResultTableModel, outcome_label
from ..plain import Label
from ..plain import tip

CONTENTS_ROWS = 40  # columns fit the first rows' contents: measuring 200 rows at each refresh blocked the window


def removable_drives() -> list[tuple[str, str]]:
    """Mounted removable volumes as (label, root): USB keys under /media, /run/media, /Volumes, or a
    drive letter other than the system's."""
    import os
    import sys

    out = []
    system = os.environ.get("SystemDrive", "C:").upper()
    for v in QStorageInfo.mountedVolumes():
        if not (v.isValid() and v.isReady()) or v.isReadOnly():
            continue
        root = v.rootPath()
        if sys.platform.startswith("win"):
            if root[:2].upper() == system or len(root) > 3:
                continue
        elif not root.startswith(("/media/", "/run/media/", "/Volumes/", "/mnt/")):
            continue
        out.append((v.displayName() or root, root))
    return out


def _outcome_counts(results: list[dict]) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    order = ("imported", "superseded", "unchanged", "conflict", "stale", "rejected")
    return ", ".join(f"{counts[s]} {outcome_label(s)}" for s in order if counts.get(s))


# an import may bring diagnostics, companies, référentiels, conflicts and journal lines
IMPORTED = Change.DIAGNOSTICS | Change.COMPANIES | Change.REFERENTIELS | Change.IMPORTS


class SyncPage(StaleOnChange, QWidget):
    CONCERNS = Change.DIAGNOSTICS | Change.COMPANIES | Change.IDENTITY | Change.TRUST | Change.IMPORTS
    identity_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.setAcceptDrops(True)
        self.state: dict = {}
        self.busy = False
        self.last_results: list[dict] = []
        self.last_export: list[dict] = []
        head, _t, self.subtitle = page_header(
            tr("Synchronisation"), tr("Échanges signés avec le bureau régional : paquets .ifbundle sur clé USB ou par courriel."))

        # ---- export
        exp, el = card(tr("Exporter les diagnostics terminés"))
        self.export_title = card_title(exp)
        self.export_model = ExportTableModel(self)
        self.export_table, _m = make_table(self.export_model, self)
        self.export_table.setAccessibleName(tr("Diagnostics à exporter"))
        hh = self.export_table.horizontalHeader()
        hh.setResizeContentsPrecision(CONTENTS_ROWS)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.export_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.encrypt = QCheckBox(tr("&Chiffrer pour le bureau régional"))
        self.encrypt.setChecked(True)
        self.export_note = Label()
        self.export_note.setObjectName("muted")
        self.export_note.setWordWrap(True)
        self.export_result = Label()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_btn = button(tr("Tout cocher"))
        self.none_btn = button(tr("Aucun"))
        self.export_btn = button(tr("E&xporter vers…"), primary=True)
        menu = QMenu(self.export_btn)
        self.act_folder = QAction(tr("Un dossier : un paquet par diagnostic…"), self)
        self.act_file = QAction(tr("Un seul fichier pour la sélection…"), self)
        menu.addAction(self.act_folder)
        menu.addAction(self.act_file)
        self.act_revision = QAction(tr("Une révision conservée du diagnostic coché…"), self)
        self.act_revision.setToolTip(tr("Une révision précédente, par exemple pour un bureau enrôlé depuis"))
        menu.addAction(self.act_revision)
        menu.aboutToShow.connect(lambda: self._fill_drives(menu))
        self.export_btn.setMenu(menu)
        self.distribute_btn = button(tr("&Distribuer aux experts…"))
        self.forward_btn = button(tr("&Transmettre au national…"),
                                  tip=tr("Les paquets originaux des experts et les programmes, chiffrés pour le national"))
        self.identity_btn = button(tr("Créer mon &identité…"), primary=True)
        self.identity_btn.hide()
        self.export_strip = ProgressStrip()
        el.addWidget(self.export_table, 1)
        self.select_row = QWidget()
        select_layout = row(self.all_btn, self.none_btn, None, self.encrypt)
        select_layout.setContentsMargins(0, 0, 0, 0)
        self.select_row.setLayout(select_layout)
        el.addWidget(self.select_row)
        el.addWidget(self.export_note)
        el.addLayout(row(self.identity_btn, self.export_btn, self.distribute_btn, self.forward_btn, self.export_strip, None))
        el.addWidget(self.export_result)

        # ---- import
        imp, il = card(tr("Importer des paquets reçus"))
        self.drop_label = Label(tr("Déposez ici des paquets .ifbundle ou un dossier"))
        self.drop_label.setWordWrap(True)
        self.drop_label.setObjectName("dropZone")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setMinimumHeight(70)
        self.drop_label.setStyleSheet("QLabel#dropZone { border: 2px dashed #a9b8cc; border-radius: 6px; color: #44505e;"
                                      " background: #f7f9fb; padding: 8px; }"
                                      "QLabel#dropZone[active=\"true\"] { border-color: #1f4e8c; background: #e3edf9; }")
        self.files_btn = button(tr("Importer des &fichiers…"), primary=True)
        self.folder_btn = button(tr("Importer un d&ossier…"))
        self.import_strip = ProgressStrip()
        self.import_summary = Label()
        self.import_summary.setWordWrap(True)
        self.import_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        il.addWidget(self.drop_label)
        il.addLayout(row(self.files_btn, self.folder_btn, None))
        il.addWidget(self.import_strip)
        il.addWidget(self.import_summary)
        il.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(exp, 5)
        top.addWidget(imp, 3)

        # ---- results, conflicts, journal
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Imports"))
        self.results_model = ResultTableModel(self)
        self.results_table, _m = make_table(self.results_model, self, sortable=False)
        self.results_table.setAccessibleName(tr("Résultat de chaque fichier"))
        self._fit(self.results_table, stretch=5)
        self.conflicts = ConflictsPanel()
        self.journal_model = JournalTableModel(self)
        self.journal_table, _m = make_table(self.journal_model, self, sortable=False)
        self.journal_table.setAccessibleName(tr("Journal des imports"))
        self._fit(self.journal_table, stretch=4)
        self.tabs.addTab(self.results_table, tr("Résultat du dernier import"))
        self.tabs.addTab(self.conflicts, tr("Conflits"))
        self.tabs.addTab(self.journal_table, tr("Journal des imports"))
        self.proposals = ProposalsPanel()  # the office's: company changes proposed by experts (bundle.md, Authority)
        self.proposals_tab = self.tabs.addTab(self.proposals, tr("Propositions d'entreprises"))
        self.tabs.setTabVisible(self.proposals_tab, False)
        self.proposals.changed.connect(self._proposals_count)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        lay.addWidget(head)
        lay.addLayout(top, 4)
        lay.addWidget(self.tabs, 5)
        self.layout_ = lay

        self.all_btn.clicked.connect(lambda: self.export_model.set_all(True))
        self.none_btn.clicked.connect(lambda: self.export_model.set_all(False))
        self.act_folder.triggered.connect(self.export_to_folder)
        self.act_file.triggered.connect(self.export_to_file)
        self.act_revision.triggered.connect(self.export_revision)
        self.files_btn.clicked.connect(self.choose_files)
        self.folder_btn.clicked.connect(self.choose_folder)
        self.distribute_btn.clicked.connect(self.open_distribution)
        self.forward_btn.clicked.connect(lambda: self.forward_to_national())
        self.identity_btn.clicked.connect(self.identity_requested)
        self.conflicts.resolved.connect(lambda _d: self.refresh())
        self._apply_state({})

    def _proposals_count(self, n: int) -> None:
        self.tabs.setTabText(self.proposals_tab, tr("Propositions d'entreprises ({n})").replace("{n}", str(n)) if n
                             else tr("Propositions d'entreprises"))

    @staticmethod
    def _fit(view, stretch: int) -> None:
        """Short columns fit their contents; the file name gets a fixed width (its tooltip is whole)."""
        hh = view.horizontalHeader()
        hh.setResizeContentsPrecision(CONTENTS_ROWS)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        col = view.model().column_index("file")
        hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(col, 320)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    # ---- state ---------------------------------------------------------------------------------------
    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh_if_stale()

    def refresh(self) -> Op:
        return Op(self, work.sync_state).success(self._apply_state).run()

    def _apply_state(self, s: dict) -> None:
        self.state = s
        ident = s.get("identity")
        role = ident["role"] if ident else None
        office = role == "office"
        self.export_model.set_rows(s.get("exportable", []))
        offices = s.get("offices", [])
        had = self.encrypt.isEnabled()
        self.encrypt.setEnabled(bool(offices))
        if not offices:
            self.encrypt.setChecked(False)
        elif not had:
            self.encrypt.setChecked(True)  # on by default once an office is enrolled
        if not ident:
            note = tr("Créez d'abord votre identité de signature (Paramètres › Identité et confiance) : "
                      "les paquets sont signés par votre clé.")
        elif office:
            note = tr("Bureau régional : vous recevez les paquets des experts et leur distribuez référentiels et entreprises.")
        elif offices:
            note = tr("Paquets chiffrés pour : {o}. Décochez « Chiffrer » seulement pour un échange sans le bureau.").replace(
                "{o}", ", ".join(f"{o['name']} ({o['org']})" for o in offices))
        else:
            note = tr("Aucun bureau régional enrôlé : les paquets seront signés mais pas chiffrés. Enrôlez sa carte "
                      "(Paramètres › Identité et confiance) pour les chiffrer.")
        self.export_note.setText(note)
        self.export_btn.setToolTip("" if ident else tip(note))
        self.identity_btn.setVisible(not ident and bool(s))
        self.distribute_btn.setVisible(office or role == "national")
        self.forward_btn.setVisible(office)
        # an office sends no diagnostics: its card is the distribution, and the tabs get the room
        sends = not office or bool(s.get("exportable"))
        for wdg in (self.export_table, self.select_row, self.export_btn):
            wdg.setVisible(sends)
        self.export_title.setText(tr("Exporter les diagnostics terminés") if sends else tr("Distribuer aux experts"))
        self.layout_.setStretch(1, 4 if sends else 0)
        self._update_buttons()
        n = len(s.get("conflicts", []))
        self.tabs.setTabText(1, tr("Conflits à examiner ({n})").replace("{n}", str(n)) if n else tr("Conflits"))
        self.conflicts.set_conflicts(s.get("conflicts", []))
        if not self.last_results and not getattr(self, "_shown_once", False):
            # on arrival: what awaits a decision, else what came in lately
            if n:
                self.tabs.setCurrentWidget(self.conflicts)
            elif s.get("journal"):
                self.tabs.setCurrentWidget(self.journal_table)
        self._shown_once = bool(s)
        self.journal_model.set_rows(s.get("journal", []))
        self.tabs.setTabVisible(self.proposals_tab, office)
        if office:
            self.proposals.refresh()

    def _update_buttons(self) -> None:
        s, free = self.state, not self.busy
        self.export_btn.setEnabled(free and bool(s.get("identity")) and bool(s.get("exportable")))
        if not s.get("distribution"):
            self.distribute_btn.setEnabled(False)
            self.distribute_btn.setToolTip(tr("La distribution aux experts n'est pas disponible dans cette version."))
        else:
            self.distribute_btn.setEnabled(free)
            self.distribute_btn.setToolTip(tr("Un paquet signé de référentiels et d'entreprises attribuées, pour les experts"))
        for b in (self.files_btn, self.folder_btn):
            b.setEnabled(free)

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        self._update_buttons()

    # ---- export --------------------------------------------------------------------------------------
    def _fill_drives(self, menu: QMenu) -> None:
        for a in menu.actions()[2:]:
            menu.removeAction(a)
        drives = removable_drives()
        if drives:
            menu.addSeparator()
        for label, root in drives:
            act = menu.addAction(tr("Clé « {l} » ({p})").replace("{l}", label).replace("{p}", root))
            act.triggered.connect(lambda _=False, root=root: self.export_to_drive(root))

    def _selected(self) -> list[str]:
        ids = self.export_model.checked_ids()
        if not ids:
            self.export_result.setText(tr("Cochez au moins un diagnostic à exporter."))
        return ids

    def export_to_folder(self) -> Op | None:
        if not self._selected():
            return None
        folder = dialogs.pick_folder(self, tr("Dossier ou clé USB où écrire les paquets"))
        return self.export(folder, per_diagnostic=True) if folder else None

    def export_to_drive(self, root: str) -> Op | None:
        if not self._selected():
            return None
        return self.export(str(Path(root) / f"ifdesk-export-{date.today().isoformat()}"), per_diagnostic=True)

    def export_to_file(self) -> Op | None:
        if not self._selected():
            return None
        start = str(Path.home() / f"diagnostics-{date.today().isoformat()}.ifbundle")
        path = dialogs.pick_save_file(self, tr("Paquet à écrire"), start, tr("Paquets ifdesk (*.ifbundle)"))
        if not path:
            return None
        if not path.lower().endswith(".ifbundle"):
            path += ".ifbundle"
        return self.export(path, per_diagnostic=False)

    def export_revision(self) -> Op | None:
        """The CLI's `export ID --revision N`: one checked diagnostic, one of its kept revisions, one file."""
        ids = self._selected()
        if len(ids) != 1:
            if ids:
                self.export_result.setText(tr("Cochez un seul diagnostic pour choisir l'une de ses révisions."))
            return None
        return Op(self, lambda ws: work.kept_revisions(ws, ids[0])).success(lambda revs: self.pick_revision(ids[0], revs)).run()

    def pick_revision(self, diag_id: str, revisions: list[dict], choose=None) -> Op | None:
        labels = [tr("Révision {r} — terminée le {d}").replace("{r}", str(r["revision"])).replace("{d}", r["completed"])
                  for r in revisions]
        if not labels:
            self.export_result.setText(tr("Ce diagnostic n'a aucune révision terminée à exporter."))
            return None
        if choose is None:
            label, ok = QInputDialog.getItem(self, tr("Révision à exporter"), tr("&Révision :"), labels, len(labels) - 1, False)
            if not ok:
                return None
        else:
            label = labels[choose]
        revision = revisions[labels.index(label)]["revision"]
        start = str(Path.home() / f"diagnostic-{diag_id[:8]}-r{revision}.ifbundle")
        path = dialogs.pick_save_file(self, tr("Paquet à écrire"), start, tr("Paquets ifdesk (*.ifbundle)"))
        if not path:
            return None
        if not path.lower().endswith(".ifbundle"):
            path += ".ifbundle"
        return self.export(path, per_diagnostic=False, revision=revision)

    def export(self, out: str, per_diagnostic: bool, revision: int | None = None) -> Op | None:
        ids = self._selected()
        if not ids or self.busy:
            return None
        encrypt = self.encrypt.isChecked() and self.encrypt.isEnabled()
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète de votre identité, pour signer {n} diagnostic(s) :")
                                    .replace("{n}", str(len(ids))))
        if pp is None:
            return None
        self._set_busy(True)

        def done(files: list[dict]) -> None:
            self._set_busy(False)
            enc = files and files[0]["encrypted"]
            where = str(Path(files[0]["path"]).parent) if per_diagnostic and files else (files[0]["path"] if files else out)
            self.export_result.setText(
                (tr("{n} paquet(s) signé(s) et chiffré(s) écrit(s) dans {p}") if enc else
                 tr("{n} paquet(s) signé(s), non chiffré(s), écrit(s) dans {p}")).replace("{n}", str(len(files))).replace("{p}", where))
            self.last_export = files
            self.export_model.checked -= set(ids)  # sent: unchecked, so that they do not leave twice by mistake
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.refresh()
            if type(exc).__name__ == "Cancelled":
                self.export_result.setText(tr("Export interrompu : les paquets déjà écrits sont complets."))
            else:
                show_error(self, exc)

        revisions = {ids[0]: revision} if revision is not None else None
        return (Op(self, lambda ws, p: work.export(ws, ids, out, pp, encrypt, per_diagnostic, p, revisions))
                .changes(Change.DIAGNOSTICS).with_progress(tr("Export…"), self.export_strip).success(done).failure(failed).run())

    # ---- import --------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        files = dialogs.pick_open_files(self, tr("Paquets à importer"),
                                        tr("Paquets ifdesk (*.ifbundle);;Tous les fichiers (*)"))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = dialogs.pick_folder(self, tr("Dossier de paquets à importer"))
        if folder:
            self.import_paths([folder])

    def offer_import(self, paths: list[str]) -> bool:
        """A file opened with the app (`ifdesk gui --open`): ask before importing it."""
        names = ", ".join(Path(p).name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        if not dialogs.confirm(self, tr("Importer un paquet"),
                               tr("Importer {f} dans cet espace de travail ?").replace("{f}", names), tr("Importer"),
                               tr("Le paquet est vérifié (signature, contenu) avant que rien ne soit écrit.")):
            return False
        self.import_paths(paths)
        return True

    def import_paths(self, paths: list[str]) -> Op | None:
        """The slot of the buttons, of a drop and of `--open`: find the files, ask the passphrase if needed, import."""
        if self.busy or not paths:
            return None
        self._set_busy(True)
        self.import_summary.setText(tr("Recherche des paquets…"))

        def scanned(found: dict) -> None:
            self._set_busy(False)
            if not found["files"]:
                self.import_summary.setText(tr("Aucun paquet .ifbundle trouvé."))
                return
            self._start_import(found["files"], found["encrypted"])

        def failed(e: BaseException) -> None:
            self._set_busy(False)
            show_error(self, e)

        return Op(self, lambda ws: work.scan(ws, paths)).success(scanned).failure(failed).run()

    def _start_import(self, files: list[str], encrypted: int, again: bool = False) -> Op | None:
        ident = self.state.get("identity") or {}
        pp: str | None = None
        if encrypted:
            if ident.get("role") == "office":
                label = (tr("Phrase secrète incorrecte. Essayez de nouveau :") if again else
                         tr("{n} paquet(s) chiffré(s) : la phrase secrète du bureau est nécessaire pour les déchiffrer.")
                         .replace("{n}", str(encrypted)))
                pp = dialogs.ask_passphrase(self, label)
                if pp is None:
                    self.import_summary.setText(tr("Import annulé : rien n'a été importé."))
                    return None
            else:
                pp = ""  # no decryption key here: each encrypted file is refused with its reason
        self._set_busy(True)
        total = len(files)

        def done(results: list[dict]) -> None:
            self._set_busy(False)
            self.show_results(results, total)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            from ...bundle import BadPassphrase

            if isinstance(exc, BadPassphrase):
                self._start_import(files, encrypted, again=True)
            else:
                show_error(self, exc)

        return (Op(self, lambda ws, p: work.run_import(ws, files, pp, p))
                .changes(IMPORTED).with_progress(tr("Import des paquets…"), self.import_strip).success(done).failure(failed).run())

    def show_results(self, results: list[dict], total: int) -> None:
        self.last_results = results
        severity = ("rejected", "conflict", "stale", "superseded", "imported", "unchanged")  # what needs a look first
        self.results_model.set_rows(sorted(results, key=lambda r: severity.index(r["status"]) if r["status"] in severity else 0))
        text = tr("{n} fichier(s) : {c}").replace("{n}", str(len(results))).replace("{c}", _outcome_counts(results) or "—")
        if len(results) < total:
            text += "\n" + tr("Import interrompu : {k} fichier(s) non traité(s) ; ceux déjà traités sont importés.").replace(
                "{k}", str(total - len(results)))
        self.import_summary.setText(text)
        self.tabs.setCurrentIndex(0)

    # ---- drag and drop -------------------------------------------------------------------------------
    @staticmethod
    def dropped_paths(mime) -> list[str]:
        out = []
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile():
                p = Path(url.toLocalFile())
                if p.is_dir() or p.suffix.lower() == ".ifbundle":
                    out.append(str(p))
        return out

    def _drop_highlight(self, on: bool) -> None:
        self.drop_label.setProperty("active", on)
        self.drop_label.style().unpolish(self.drop_label)
        self.drop_label.style().polish(self.drop_label)

    def dragEnterEvent(self, e) -> None:
        if not self.busy and self.dropped_paths(e.mimeData()):
            e.acceptProposedAction()
            self._drop_highlight(True)
        else:
            e.ignore()

    def dragMoveEvent(self, e) -> None:
        if self.dropped_paths(e.mimeData()):
            e.acceptProposedAction()

    def dragLeaveEvent(self, e) -> None:
        self._drop_highlight(False)

    def dropEvent(self, e) -> None:
        self._drop_highlight(False)
        paths = self.dropped_paths(e.mimeData())
        if paths:
            e.acceptProposedAction()
            self.import_paths(paths)

    def forward_to_national(self, folder: str | None = None, passphrase: str | None = None):
        from .sync_forward import forward

        return forward(self, folder, passphrase)

    # ---- distribution (office) -----------------------------------------------------------------------
    def open_distribution(self) -> None:
        from .sync_distribute import DistributionDialog

        dlg = DistributionDialog(self)
        dlg.finished.connect(lambda _r: self.refresh())
        dlg.open()
