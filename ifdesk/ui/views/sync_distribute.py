"""« Distribuer aux experts… » (office): référentiel files and company assignments in one signed bundle,
made by `ifdesk.bundle.distribution.make_distribution` on the worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QListWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...core.identifiers import format_siret
from ..changes import Change
from ..i18n import tr
from ..ops import Op, show_error
from . import sync_dialogs as dialogs
from . import sync_work as work
from .common import button, row
from ..plain import Label


class DistributionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Distribuer aux experts"))
        self.resize(760, 560)
        self.ref_files: list[str] = []
        self.experts: list[dict] = []
        intro = Label(tr("Un paquet signé par le bureau : les référentiels à utiliser et les entreprises attribuées à "
                          "chaque expert enrôlé. Chaque expert l'importe dans sa page Synchronisation."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.refs = QListWidget()
        self.refs.setMaximumHeight(70)
        self.add_ref = button(tr("Ajouter un &référentiel…"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Entreprise"), tr("SIRET"), tr("Attribuée à")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.state = Label()
        self.state.setWordWrap(True)
        from PySide6.QtWidgets import QCheckBox

        self.benchmark = QCheckBox(tr("Joindre la &comparaison anonyme entre entreprises (quartiles par secteur et "
                                      "catégorie, diagnostics approuvés, au moins 5 entreprises par cellule)"))
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(tr("&Écrire le paquet…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("primary")
        buttons.addButton(tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(Label(tr("Référentiels distribués (le plus récent devient celui des nouveaux diagnostics) :")))
        lay.addLayout(row(self.refs, self.add_ref, stretch_first=True))
        lay.addWidget(Label(tr("Attributions :")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.benchmark)
        lay.addWidget(self.state)
        lay.addWidget(buttons)
        self.add_ref.clicked.connect(self.choose_referentiel)
        buttons.accepted.connect(self.choose_output)
        buttons.rejected.connect(self.reject)
        Op(self, work.distribution_data).success(self._loaded).run()

    def _loaded(self, d: dict) -> None:
        self.experts = d["experts"]
        self.table.setRowCount(len(d["companies"]))
        for i, c in enumerate(d["companies"]):
            self.table.setItem(i, 0, QTableWidgetItem(c["name"]))
            self.table.setItem(i, 1, QTableWidgetItem(format_siret(c["siret"])))
            combo = QComboBox()
            combo.addItem("—", None)
            for e in self.experts:
                combo.addItem(f"{e['name']} ({e['org']})", e["key_id"])
            idx = combo.findData(c.get("assigned_to"))
            combo.setCurrentIndex(max(idx, 0))
            combo.setProperty("siret", c["siret"])
            self.table.setCellWidget(i, 2, combo)
        if not self.experts:
            self.state.setText(tr("Aucun expert enrôlé : enrôlez d'abord leurs cartes (Paramètres › Identité et confiance)."))

    def add_referentiel(self, path: str) -> None:
        self.ref_files.append(path)
        self.refs.addItem(Path(path).name)

    def choose_referentiel(self) -> None:
        for p in dialogs.pick_open_files(self, tr("Référentiel à distribuer"), tr("Référentiels (*.yaml *.yml);;Tous les fichiers (*)")):
            self.add_referentiel(p)

    def assignments(self) -> dict[str, str]:
        out = {}
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[combo.property("siret")] = combo.currentData()
        return out

    def choose_output(self) -> None:
        start = str(Path.home() / f"distribution-{date.today().isoformat()}.ifbundle")
        path = dialogs.pick_save_file(self, tr("Paquet de distribution"), start, tr("Paquets ifdesk (*.ifbundle)"))
        if path:
            self.distribute(path if path.lower().endswith(".ifbundle") else path + ".ifbundle")

    def distribute(self, out: str) -> Op | None:
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète du bureau, pour signer la distribution :"))
        if pp is None:
            return None
        refs, assign = list(self.ref_files), self.assignments()
        bench = self.benchmark.isChecked()
        self.go.setEnabled(False)

        def done(d: dict) -> None:
            self.go.setEnabled(True)
            self.distributed = d
            self.state.setText(tr("{p} : distribution signée, {r} référentiel(s), {n} entreprise(s) attribuée(s).")
                               .replace("{p}", d["path"]).replace("{r}", str(len(d["referentiels"])))
                               .replace("{n}", str(len(d["assignments"]))))
            if d.get("benchmark") is not None:
                self.state.setText(self.state.text() + " " + tr("Comparaison anonyme : {n} cellule(s).")
                                   .replace("{n}", str(len(d["benchmark"]))))

        def failed(exc: BaseException) -> None:
            self.go.setEnabled(True)
            show_error(self, exc)

        return Op(self, lambda ws: work.distribute(ws, out, pp, refs, assign, bench)).changes(Change.COMPANIES).success(done).failure(failed).run()
