"""« Référencement » (role national): the register of referenced experts — reference a card after the
fingerprint check, de-reference with a date and a reason, publish — and the regional offices enrolled
with their region (a programmes bundle is accepted only for it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QInputDialog, QLineEdit, QVBoxLayout, QWidget)

from ..i18n import fmt_date, fmt_when, tr
from ..models import Column, RowsModel
from ..ops import Op
from . import national_work as work
from . import sync_dialogs as dialogs
from . import sync_work
from .common import button, card, page_header, row
from .companies import make_table, selected_row
from ..plain import Label


class RegisterModel(RowsModel):
    COLORS = {"referenced": "#2e7d32", "dereferenced": "#b3261e"}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.columns[index.column()].key == "status":
            return QColor(self.COLORS.get(self.row(index.row())["status"], "#1d2733"))
        return super().data(index, role)

    def make_columns(self) -> list[Column]:
        return [
            Column("name", tr("Expert"), lambda r: r["name"]),
            Column("org", tr("Organisation"), lambda r: r["org"]),
            Column("regions", tr("Régions"), lambda r: ", ".join(r["regions"]) or "—"),
            Column("status", tr("Statut"), lambda r: tr("référencé") if r["status"] == "referenced" else tr("dé-référencé")),
            Column("since", tr("Depuis"), lambda r: fmt_date(r["since"]), sort=lambda r: r["since"]),
            Column("until", tr("Jusqu'au"), lambda r: fmt_date(r["until"]) if r["until"] else "", sort=lambda r: r["until"] or ""),
            Column("reason", tr("Raison"), lambda r: r["reason"]),
            Column("key_id", tr("Clé"), lambda r: r["key_id"]),
        ]


class OfficesModel(RowsModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("name", tr("Bureau régional"), lambda r: r["name"]),
            Column("region", tr("Région"), lambda r: f"{r['region']} {r['region_name']}" if r.get("region") else tr("à fixer")),
            Column("programmes_at", tr("Programmes reçus le"), lambda r: fmt_when(r["programmes_at"]) if r["programmes_at"] else "—"),
            Column("key_id", tr("Clé"), lambda r: r["key_id"]),
        ]


class DereferenceDialog(QDialog):
    def __init__(self, who: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Dé-référencer un expert"))
        lay = QVBoxLayout(self)
        intro = Label(tr("À partir de cette date, les paquets signés par {n} seront refusés par les bureaux qui auront "
                          "importé le registre publié ensuite. Ses diagnostics déjà reçus restent, marqués.").replace("{n}", who))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy")
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr("par ex. fin de la convention de référencement"))
        form.addRow(tr("&Date :"), self.when)
        form.addRow(tr("&Raison :"), self.reason)
        box = QDialogButtonBox()
        box.addButton(tr("Dé-référencer"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(box)
        self.resize(480, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        return self.when.date().toString("yyyy-MM-dd"), self.reason.text()


class RegisterPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        head, _t, self.subtitle = page_header(tr("Référencement"), tr("Le registre national des experts référencés"))
        reg_card, rl = card(tr("Registre des experts référencés"))
        intro = Label(tr("Les bureaux et les experts qui ont enrôlé la carte nationale importent le registre publié : "
                          "un paquet signé par un expert référencé y est alors accepté sans enrôler cet expert."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.model = RegisterModel(self)
        self.table, _m = make_table(self.model, self)
        self.table.setAccessibleName(tr("Registre des experts référencés"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.add_btn = button(tr("&Référencer une carte…"), primary=True)
        self.remove_btn = button(tr("&Dé-référencer…"))
        self.publish_btn = button(tr("&Publier le registre…"))
        self.state = Label()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        rl.addWidget(intro)
        rl.addWidget(self.table, 1)
        rl.addLayout(row(self.add_btn, self.remove_btn, self.publish_btn, self.state, None))

        off_card, ol = card(tr("Bureaux régionaux enrôlés"))
        note = Label(tr("Un paquet de programmes n'est accepté que d'un bureau enrôlé, pour la région fixée ici."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.offices = OfficesModel(self)
        self.offices_table, _m2 = make_table(self.offices, self)
        self.offices_table.setAccessibleName(tr("Bureaux régionaux enrôlés"))
        oh = self.offices_table.horizontalHeader()
        oh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        oh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.offices_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.region_btn = button(tr("Fixer la ré&gion…"))
        ol.addWidget(note)
        ol.addWidget(self.offices_table, 1)
        ol.addLayout(row(self.region_btn, None))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 12)
        lay.setSpacing(10)
        lay.addWidget(head)
        lay.addWidget(reg_card, 3)
        lay.addWidget(off_card, 2)
        self.add_btn.clicked.connect(self.choose_card)
        self.remove_btn.clicked.connect(self.dereference_selected)
        self.publish_btn.clicked.connect(self.choose_publish)
        self.region_btn.clicked.connect(self.set_region_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh()

    def refresh(self) -> Op:
        return Op(self, work.load_register).success(self._loaded).run()

    def _loaded(self, data: dict) -> None:
        self.model.set_rows(data["register"])
        self.offices.set_rows(data["offices"])
        info = data["info"]
        n = sum(r["status"] == "referenced" for r in data["register"])
        text = tr("{n} expert(s) référencé(s)").replace("{n}", str(n))
        if info["sequence"]:
            text += " · " + tr("dernière publication : registre n° {s}, {d}").replace("{s}", str(info["sequence"])).replace(
                "{d}", fmt_when(info["published_at"]))
        else:
            text += " · " + tr("registre jamais publié")
        self.subtitle.setText(text)

    def _update_buttons(self) -> None:
        r = selected_row(self.table)
        self.remove_btn.setEnabled(bool(r and r["status"] == "referenced"))

    # ---- referencing ------------------------------------------------------------------------------
    def choose_card(self) -> None:
        path = dialogs.pick_open_file(self, tr("Carte d'identité de l'expert à référencer"),
                                      tr("Cartes d'identité ifdesk (*.json);;Tous les fichiers (*)"))
        if path:
            self.read_card(path)

    def read_card(self, path: str) -> Op:
        def confirm(info: dict) -> None:
            self.confirm_and_add(info)

        return Op(self, lambda ws: sync_work.read_card(ws, path)).success(confirm).run()

    def confirm_and_add(self, info: dict, fingerprint: str | None = None, regions: str | None = None) -> Op | None:
        """Ask for the fingerprint read by phone (compared with the card's) and the expert's regions."""
        if fingerprint is None:
            fingerprint, ok = QInputDialog.getText(
                self, tr("Référencer un expert"),
                tr("{n} — {o}\nClé {k}\n\nSaisissez l'empreinte que l'expert vous lit par téléphone :")
                .replace("{n}", info["name"]).replace("{o}", info["org"]).replace("{k}", info["key_id"]))
            if not ok:
                self.state.setText(tr("Référencement annulé : rien n'a été enregistré."))
                return None
        if regions is None:
            regions, ok = QInputDialog.getText(self, tr("Référencer un expert"),
                                               tr("Régions où l'expert intervient (codes INSEE séparés par des virgules, "
                                                  "facultatif) :"))
            if not ok:
                regions = ""

        def done(res: dict) -> None:
            self.state.setText((tr("{n} était déjà référencé(e).") if res["result"] == "already" else
                                tr("{n} référencé(e). Publiez le registre pour que les bureaux le sachent."))
                               .replace("{n}", res["name"]))
            self.refresh()

        return Op(self, lambda ws: work.add(ws, info["data"], fingerprint, regions)).success(done).run()

    def dereference_selected(self, when: str | None = None, reason: str | None = None) -> Op | None:
        r = selected_row(self.table)
        if not r or r["status"] != "referenced":
            return None
        if when is None or reason is None:
            dlg = DereferenceDialog(r["name"], self)
            if not dlg.exec():
                return None
            when, reason = dlg.values()

        def done(res: dict) -> None:
            self.state.setText(tr("{n} dé-référencé(e) à partir du {d}. Publiez le registre.")
                               .replace("{n}", res["name"]).replace("{d}", fmt_date(res["until"])))
            self.refresh()

        return Op(self, lambda ws: work.remove(ws, r["key_id"], reason, when)).success(done).run()

    def choose_publish(self) -> None:
        path = dialogs.pick_save_file(self, tr("Publier le registre"), f"registre-{date.today().isoformat()}.ifbundle",
                                      tr("Paquets ifdesk (*.ifbundle)"))
        if not path:
            return
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète de l'identité nationale, pour signer le registre :"))
        if pp is not None:
            self.publish_to(path, pp)

    def publish_to(self, path: str, passphrase: str) -> Op:
        def done(res: dict) -> None:
            self.state.setText(tr("Registre n° {s} publié dans {p} : envoyez-le aux bureaux régionaux et aux experts.")
                               .replace("{s}", str(res["sequence"])).replace("{p}", res["path"]))
            self.refresh()

        return Op(self, lambda ws: work.publish(ws, path, passphrase)).success(done).run()

    # ---- offices ------------------------------------------------------------------------------------
    def set_region_selected(self, code: str | None = None) -> Op | None:
        r = selected_row(self.offices_table)
        if not r:
            self.state.setText(tr("Choisissez d'abord un bureau dans la liste."))
            return None
        if code is None:
            code, ok = QInputDialog.getText(self, tr("Région du bureau"),
                                            tr("Code INSEE de la région de {n} (par ex. 84) :").replace("{n}", r["name"]),
                                            text=r.get("region") or "")
            if not ok:
                return None
        def done(_c: object) -> None:
            self.refresh()

        return Op(self, lambda ws: work.office_region(ws, r["key_id"], code)).success(done).run()
