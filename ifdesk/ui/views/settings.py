"""Settings: workspace folder, language, expert name, the référentiels known with versions and hashes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHeaderView, QLineEdit, QTabWidget,
                               QVBoxLayout, QWidget)

from ..i18n import language, tr
from ..log import log_file
from ..models import ReferentielTableModel
from ..changes import Change, StaleOnChange
from ..ops import Op, show_error
from .common import Field, button, card, page_header, row
from .companies import make_table
from ..plain import Label

MAX_EXPERT_NAME = 200
SHORTCUTS = [
    ("Alt+1 … Alt+7", QT_TR_NOOP("aller à une page de la navigation")),
    (QT_TR_NOOP("Alt+lettre soulignée"), QT_TR_NOOP("aller au champ ou au bouton")),
    ("Ctrl+F / Ctrl+N", QT_TR_NOOP("rechercher / nouvelle entreprise")),
    (QT_TR_NOOP("Entrée"), QT_TR_NOOP("ouvrir, modifier, valider")),
    (QT_TR_NOOP("Tab / Maj+Tab"), QT_TR_NOOP("champ suivant / précédent")),
    (QT_TR_NOOP("Échap"), QT_TR_NOOP("fermer une fenêtre de dialogue")),
    ("1 … 5", QT_TR_NOOP("niveau actuel du critère")),
    ("Ctrl+1 … Ctrl+5", QT_TR_NOOP("niveau cible du critère")),
    ("↑ ↓", QT_TR_NOOP("niveau précédent / suivant")),
    (QT_TR_NOOP("← → ou Page préc./suiv."), QT_TR_NOOP("critère précédent / suivant")),
    ("Alt+P / Alt+I", QT_TR_NOOP("non applicable / important")),
    ("Ctrl+G", QT_TR_NOOP("suggérer des actions depuis les écarts")),
]


class SettingsPage(StaleOnChange, QWidget):
    """`language_changed(lang)` and `folder_changed(path)` are handled by the application."""
    CONCERNS = Change.SETTINGS | Change.IDENTITY | Change.TRUST | Change.REFERENTIELS

    language_changed = Signal(str)
    folder_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        head, _t, _s = page_header(tr("Paramètres"), tr("L'espace de travail, la langue, l'expert, les référentiels connus ; "
                                                       "votre identité de signature et vos correspondants."))
        ws_card, wl = card(tr("Espace de travail"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Dossier de l'espace de travail"))
        self.open_folder = button(tr("Ouvrir le dossier"))
        self.change_folder = button(tr("&Changer de dossier…"))
        wl.addLayout(row(self.folder, self.open_folder, self.change_folder, stretch_first=True))
        self.log_label = Label()
        self.log_label.setObjectName("muted")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        wl.addWidget(self.log_label)

        you, yl = card(tr("Vous"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if language() == "fr" else 1)
        self.expert = QLineEdit()
        self.expert.setPlaceholderText(tr("Prénom Nom"))
        self.expert_field = Field(tr("&Nom de l'expert (sur les nouveaux diagnostics)"), self.expert)
        self.identity = Label()
        self.identity.setObjectName("muted")
        self.identity.setWordWrap(True)
        grid.addWidget(Field(tr("&Langue de l'interface"), self.lang), 0, 0)
        grid.addWidget(self.expert_field, 0, 1)
        grid.addWidget(self.identity, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        yl.addLayout(grid)

        refs, rl = card(tr("Référentiels connus"))
        self.refs = ReferentielTableModel(self)
        self.ref_table, _p = make_table(self.refs, self, name=tr("Référentiels"))
        hh = self.ref_table.horizontalHeader()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, w in ((0, 90), (1, 70), (3, 70), (4, 470)):
            self.ref_table.setColumnWidth(col, w)
        rl.addWidget(self.ref_table, 1)

        keys, kl = card(tr("Au clavier"))
        grid_k = QGridLayout()
        grid_k.setHorizontalSpacing(18)
        grid_k.setVerticalSpacing(3)
        for i, (k, what) in enumerate(SHORTCUTS):
            key = Label(tr(str(k)))
            key.setStyleSheet("font-weight: 600")
            key.setTextFormat(Qt.TextFormat.RichText)
            grid_k.addWidget(key, i % 6, (i // 6) * 2)
            desc = Label(tr(str(what)))
            desc.setObjectName("muted")
            grid_k.addWidget(desc, i % 6, (i // 6) * 2 + 1)
        grid_k.setColumnStretch(1, 1)
        grid_k.setColumnStretch(3, 1)
        kl.addLayout(grid_k)

        general = QWidget()
        gl = QVBoxLayout(general)
        gl.setContentsMargins(0, 8, 0, 0)
        gl.setSpacing(10)
        gl.addWidget(ws_card)
        gl.addWidget(you)
        gl.addWidget(refs, 1)
        gl.addWidget(keys)
        from .identity import IdentityTrustPanel

        self.identity_panel = IdentityTrustPanel()
        self.identity_panel.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Paramètres"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general, tr("&Général"))
        self.tabs.addTab(self.identity_panel, tr("&Identité et confiance"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        lay.addWidget(head)
        lay.addWidget(self.tabs, 1)
        self.lang.activated.connect(self._lang)
        self.expert.editingFinished.connect(self.save_expert)
        self.expert.textEdited.connect(lambda t: self.expert_field.set_error(self._expert_error(t)))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())))
        self.change_folder.clicked.connect(self._choose_folder)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh_if_stale()

    def mark_stale(self, changes: Change) -> None:
        super().mark_stale(changes)
        self.identity_panel.mark_stale(changes)

    def refresh(self) -> None:
        from ..work import settings_data

        Op(self, settings_data).success(self._loaded).run()

    def _loaded(self, d: dict) -> None:
        self.folder.setText(d["folder"])
        if not self.expert.hasFocus():
            self.expert.setText(d["expert_name"])
        ident = d["identity"]
        self.expert.setReadOnly(bool(ident))
        self.identity.setText(
            (tr("Identité de signature : ") + f"{ident['name']} — {ident['org']} ({ident['key_id']})"
             + "\n" + tr("Le nom de l'expert vient de cette identité.")) if ident else
            tr("Pas encore d'identité de signature : créez-la dans l'onglet « Identité et confiance » pour exporter "
               "des diagnostics signés."))
        self.refs.set_rows(d["referentiels"])
        where = log_file()
        self.log_label.setText(tr("Journal technique : ") + (str(where) if where else tr("désactivé")))

    def show_identity(self) -> None:
        self.tabs.setCurrentWidget(self.identity_panel)

    def _expert_error(self, text: str) -> str | None:
        t = text.strip()
        if not t:
            return tr("Le nom de l'expert ne peut pas être vide.")
        if len(t) > MAX_EXPERT_NAME:
            return tr("Nom trop long : {n} caractères au plus.").replace("{n}", str(MAX_EXPERT_NAME))
        return None

    def save_expert(self) -> None:
        if self.expert.isReadOnly():
            return
        text = self.expert.text().strip()
        err = self._expert_error(text)
        self.expert_field.set_error(err)
        if err:
            return
        Op(self, lambda ws: ws.set_setting("expert_name", text)).changes(Change.SETTINGS).failure(lambda e: show_error(self, e)).run()

    def _lang(self, _i: int) -> None:
        lang = self.lang.currentData()
        if lang != language():
            self.language_changed.emit(lang)

    def _choose_folder(self) -> None:
        dlg = QFileDialog(self, tr("Choisir le dossier de l'espace de travail"), self.folder.text())
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        def chosen(p: str) -> None:
            if p and Path(p) != Path(self.folder.text()):
                self.folder_changed.emit(p)

        dlg.fileSelected.connect(chosen)
        dlg.open()
