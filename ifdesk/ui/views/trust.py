"""The trust store in the settings: the enrolled cards, « Enrôler une carte… » after an explicit fingerprint
confirmation, « Révoquer… »."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ..changes import Change
from ..i18n import tr
from ..ops import Op
from . import sync_dialogs as dialogs
from . import sync_work as work
from .common import button, card, row
from .companies import make_table, selected_row
from .sync_models import TrustTableModel, role_label
from ..plain import Label
from ..plain import esc


class TrustCard(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        frame, fl = card(tr("Correspondants enrôlés (magasin de confiance)"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(frame)
        intro = Label(tr("Les paquets ne sont acceptés que signés par une clé enrôlée ici. Enrôlez la carte d'un "
                          "correspondant après avoir comparé son empreinte avec lui, de vive voix."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.model = TrustTableModel(self)
        self.table, _m = make_table(self.model, self)
        hh = self.table.horizontalHeader()
        hh.setResizeContentsPrecision(40)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Clés enrôlées"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.enrol_btn = button(tr("&Enrôler une carte…"), primary=True)
        self.revoke_btn = button(tr("Ré&voquer…"))
        self.revoke_btn.setEnabled(False)
        self.state = Label()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        fl.addWidget(intro)
        fl.addWidget(self.table, 1)
        fl.addLayout(row(self.enrol_btn, self.revoke_btn, self.state, None))
        self.enrol_btn.clicked.connect(self.choose_card)
        self.revoke_btn.clicked.connect(self.revoke_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

    def show_rows(self, rows: list[dict], identity: dict | None) -> None:
        self.model.set_rows(rows)
        if not rows:
            self.state.setText(tr("Aucune carte enrôlée pour l'instant."))

    def _update_buttons(self) -> None:
        r = selected_row(self.table)
        self.revoke_btn.setEnabled(r is not None and r["status"] != "revoked")

    # ---- enrolment ---------------------------------------------------------------------------------
    def choose_card(self) -> None:
        path = dialogs.pick_open_file(self, tr("Carte d'identité à enrôler"),
                                      tr("Cartes d'identité ifdesk (*.json);;Tous les fichiers (*)"))
        if path:
            self.read_card(path)

    def read_card(self, path: str) -> Op:
        return Op(self, lambda ws: work.read_card(ws, path)).success(self.confirm_and_enrol).run()

    def confirm_and_enrol(self, info: dict) -> bool:
        """Show the card's fingerprint and enrol it only if the user says it is the one read by phone."""
        groups = info["fingerprint"].split()
        fp = ("&nbsp;&nbsp;".join(groups[:4]) + "<br>" + "&nbsp;&nbsp;".join(groups[4:]))
        text = (f"<b>{esc(info['name'])}</b> — {esc(info['org'])} · {esc(role_label(info['role']))}<br>"
                + tr("Clé {k}").replace("{k}", esc(info["key_id"])) + "<br><br>" + tr("Empreinte de la carte :")
                + f"<br><span style=\"font-family:'DejaVu Sans Mono',monospace; font-size:15pt; font-weight:600\">{fp}</span>")
        informative = (tr("Appelez {n} par téléphone et faites-vous lire son empreinte, groupe par groupe. N'enrôlez la carte que si "
                          "les 32 caractères sont identiques : cet espace de travail acceptera ensuite les paquets "
                          "signés par cette clé.").replace("{n}", info["name"]))
        if info.get("rotation"):
            informative += "\n\n" + tr("Cette carte remplace une clé : elle est contre-signée par l'ancienne clé.")
        ok = dialogs.confirm(self, tr("Enrôler une carte d'identité"), text,
                             tr("L'empreinte est identique : enrôler"), informative,
                             reject=tr("Annuler : elle diffère ou je n'ai pas pu vérifier"), rich_text=True)
        if not ok:
            self.state.setText(tr("Enrôlement annulé : rien n'a été enregistré."))
            return False
        Op(self, lambda ws: work.enrol(ws, info["data"])).changes(Change.TRUST).success(self._enrolled).run()
        return True

    def _enrolled(self, res: dict) -> None:
        if res["result"] == "already":
            text = tr("La clé {k} ({n}) était déjà enrôlée.")
        elif res["result"] == "held":  # a rotation changing the name or organisation, fingerprint not confirmed
            text = tr("Clé {k} ({n}) mise en attente : sa rotation change le nom ou l'organisation, confirmez son empreinte.")
        elif res["result"] == "rotated":
            text = tr("Clé {k} ({n}) enrôlée : elle remplace l'ancienne clé de ce correspondant.")
        else:
            text = tr("Clé {k} ({n}) enrôlée.")
        self.state.setText(text.replace("{k}", res["key_id"]).replace("{n}", res["name"]))
        self.changed.emit()

    # ---- revocation --------------------------------------------------------------------------------
    def revoke_selected(self) -> bool:
        r = selected_row(self.table)
        if not r or r["status"] == "revoked":
            return False
        ok = dialogs.confirm(
            self, tr("Révoquer une clé"),
            tr("Révoquer la clé {k} de {n} ({o}) ?").replace("{k}", r["key_id"]).replace("{n}", r["name"]).replace("{o}", r["org"]),
            tr("Révoquer la clé"),
            tr("Les paquets qu'elle signera seront refusés, comme ceux des clés issues de sa rotation. Les révisions "
               "déjà reçues sont conservées et marquées. La révocation est définitive : ce correspondant devra envoyer "
               "une nouvelle carte, dont vous confirmerez l'empreinte."), warning=True)
        if not ok:
            return False

        def done(res: dict) -> None:
            self.state.setText(tr("Clé {k} révoquée ; {n} révision(s) reçue(s) de cette clé sont marquées.")
                               .replace("{k}", res["key_id"]).replace("{n}", str(res["marked_revisions"])))
            self.changed.emit()

        Op(self, lambda ws: work.revoke(ws, r["key_id"])).changes(Change.TRUST | Change.DIAGNOSTICS).success(done).run()
        return True

