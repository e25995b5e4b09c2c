"""Settings › « Identité et confiance »: create the signing identity, show its fingerprint, export the card;
the trust store beside it (views/trust.py).

Creation checks the fields with the very function the CLI uses (`ifdesk.bundle.identity.check_fields`),
then runs on the worker: an office's key takes about 2 s (age's scrypt), shown by a busy bar.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QVBoxLayout, QWidget)

from ...bundle.identity import check_fields
from ...core.errors import ValidationError
from ..i18n import fmt_date, tr
from ..changes import Change, StaleOnChange
from ..ops import Op, show_error
from . import sync_dialogs as dialogs
from . import sync_work as work
from .common import Field, button, card, row
from .sync_models import role_label
from ..plain import Label
from ..plain import esc


def fingerprint_groups(fingerprint: str) -> list[str]:
    return fingerprint.split()


class BackupActions(QWidget):
    """« Sauvegarder l'identité… », « Restaurer… », « Exporter l'identité age… » (the CLI's identity backup,
    restore and age-identity): a file, the passphrase, then the worker. The card below builds `card_state`
    and keeps `ident` (the identity shown, or None) with `show_state`."""

    identity_changed = Signal()
    ident: dict | None
    card_state: Label

    def show_state(self, state: dict) -> None:
        raise NotImplementedError

    def _documents(self, name: str) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(docs) / name)

    def choose_backup_file(self) -> None:
        i = self.ident or {}
        path = dialogs.pick_save_file(self, tr("Sauvegarder l'identité"),
                                      self._documents(f"identite-{i.get('key_id', '')}.ifidentity"),
                                      tr("Sauvegardes d'identité ifdesk (*.ifidentity)"))
        if not path:
            return
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète de votre identité (elle chiffre aussi la sauvegarde) :"))
        if pp is not None:
            self.backup(path, pp)

    def backup(self, path: str, passphrase: str) -> Op:
        if not path.lower().endswith(".ifidentity"):
            path += ".ifidentity"

        def done(p: str) -> None:
            self.card_state.setText(tr("Identité sauvegardée dans {p}, chiffrée par votre phrase secrète. Gardez ce "
                                       "fichier hors de l'ordinateur (clé USB rangée, coffre).").replace("{p}", p))

        return Op(self, lambda ws: work.backup_identity(ws, path, passphrase)).success(done).run()

    def choose_restore_file(self) -> None:
        path = dialogs.pick_open_file(self, tr("Restaurer une identité"), tr("Sauvegardes d'identité ifdesk (*.ifidentity)"),
                                      self._documents(""))
        if not path:
            return
        force = self.ident is not None
        if self.ident is not None and not dialogs.confirm(
                self, tr("Restaurer une identité"),
                tr("Remplacer l'identité {k} par celle de la sauvegarde ?").replace("{k}", self.ident["key_id"]),
                tr("Remplacer"), warning=True,
                informative=tr("L'identité actuelle sera perdue si vous ne l'avez pas sauvegardée.")):
            return
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète de l'identité sauvegardée :"))
        if pp is not None:
            self.restore(path, pp, force)

    def restore(self, path: str, passphrase: str, force: bool = False) -> Op:
        def done(info: dict) -> None:
            self.show_state({"identity": info})
            self.card_state.setText(tr("Identité {k} restaurée depuis {p}.").replace("{k}", info["key_id"]).replace("{p}", path))
            self.identity_changed.emit()

        return Op(self, lambda ws: work.restore_identity(ws, path, passphrase, force)).success(done).run()

    def choose_age_file(self) -> None:
        path = dialogs.pick_save_file(self, tr("Exporter l'identité age"), self._documents("bureau.agekey"),
                                      tr("Identités age (*.agekey *.txt)"))
        if not path:
            return
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète du bureau :"))
        if pp is not None:
            self.export_age(path, pp)

    def export_age(self, path: str, passphrase: str) -> Op:
        def done(p: str) -> None:
            self.card_state.setText(tr("Identité age écrite dans {p} (lisible par vous seul) : « age -d -i {p} "
                                       "paquet.ifbundle.age » déchiffre un paquet sans ifdesk. Ce fichier ouvre tous "
                                       "les paquets du bureau : ne le copiez nulle part.").replace("{p}", p))

        return Op(self, lambda ws: work.export_age_identity(ws, path, passphrase)).success(done).run()


class IdentityCard(BackupActions):
    """The creation form until an identity exists, then the identity with its fingerprint."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ident: dict | None = None
        self.frame, fl = card(tr("Votre identité de signature"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.pages: list[QWidget] = []  # the form, then the identity: one shown at a time

        # ---- creation form
        form = QWidget()
        g = QGridLayout(form)
        g.setContentsMargins(0, 0, 0, 0)
        g.setHorizontalSpacing(14)
        intro = Label(tr("Une identité signe les paquets que vous exportez : le destinataire sait qu'ils viennent de vous "
                          "et qu'ils n'ont pas été modifiés. Sa clé privée reste dans cet espace de travail, chiffrée par "
                          "votre phrase secrète ; elle vous sera demandée à chaque export."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Prénom Nom, ou nom du bureau"))
        self.org = QLineEdit()
        self.org.setPlaceholderText(tr("Cabinet, CCI, Région…"))
        self.role = QComboBox()
        self.role.addItem(tr("Expert (diagnostics sur site)"), "expert")
        self.role.addItem(tr("Bureau régional (reçoit et déchiffre les paquets)"), "office")
        self.role.addItem(tr("National (référencement des experts, pilotage national)"), "national")
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.f_name = Field(tr("No&m"), self.name)
        self.f_org = Field(tr("&Organisation"), self.org)
        self.f_role = Field(tr("&Rôle"), self.role)
        self.f_pass1 = Field(tr("&Phrase secrète (12 caractères au moins)"), self.pass1)
        self.pass1.setPlaceholderText(tr("pas une suite ni un mot courant : une phrase de plusieurs mots"))
        self.f_pass2 = Field(tr("Phrase secrète, une seconde &fois"), self.pass2)
        self.create_btn = button(tr("&Créer l'identité"), primary=True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = Label()
        self.busy_label.setObjectName("muted")
        g.addWidget(intro, 0, 0, 1, 3)
        g.addWidget(self.f_name, 1, 0)
        g.addWidget(self.f_org, 1, 1)
        g.addWidget(self.f_role, 1, 2)
        g.addWidget(self.f_pass1, 2, 0)
        g.addWidget(self.f_pass2, 2, 1)
        self.restore_new_btn = button(tr("Restaurer une identité &sauvegardée…"),
                                      tip=tr("Reprendre l'identité d'un autre ordinateur depuis sa sauvegarde (.ifidentity)"))
        g.addLayout(row(self.create_btn, self.restore_new_btn, self.busy, self.busy_label, None), 3, 0, 1, 3)
        for c in range(3):
            g.setColumnStretch(c, 1)
        fl.addWidget(form)
        self.pages.append(form)

        # ---- the identity
        shown = QWidget()
        sl = QVBoxLayout(shown)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(6)
        self.who = Label()
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.who.setWordWrap(True)
        self.key = Label()
        self.key.setObjectName("muted")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fp_title = Label(tr("Empreinte, à lire par téléphone à vos correspondants (8 groupes de 4 caractères) :"))
        fp_title.setWordWrap(True)
        fp_row = QHBoxLayout()
        fp_row.setSpacing(6)
        self.groups: list[QLabel] = []
        for i in range(8):
            box = QVBoxLayout()
            box.setSpacing(0)
            n = Label(str(i + 1))
            n.setObjectName("muted")
            n.setAlignment(Qt.AlignmentFlag.AlignCenter)
            g_lab = Label("····")
            g_lab.setObjectName("fingerprintGroup")
            g_lab.setStyleSheet("QLabel#fingerprintGroup { font-family: 'DejaVu Sans Mono', 'Consolas', monospace;"
                                " font-size: 16pt; font-weight: 600; color: #16345f; background: #eef3fa;"
                                " border: 1px solid #c9d6e8; border-radius: 4px; padding: 3px 8px; }")
            g_lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(n)
            box.addWidget(g_lab)
            fp_row.addLayout(box)
            self.groups.append(g_lab)
        fp_row.addStretch(1)
        self.card_btn = button(tr("E&xporter ma carte d'identité…"), primary=True)
        self.rotate_btn = button(tr("C&hanger de clé…"),
                                 tip=tr("Une nouvelle clé, contre-signée par l'actuelle (nouvel ordinateur, clé à renouveler)"))
        hint = Label(tr("Envoyez la carte (fichier .json, par courriel ou clé USB) à vos correspondants, "
                         "puis lisez-leur l'empreinte par téléphone : ils l'enrôlent après l'avoir comparée."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.card_state = Label()
        self.card_state.setObjectName("muted")
        self.card_state.setWordWrap(True)
        sl.addWidget(self.who)
        sl.addWidget(self.key)
        sl.addWidget(fp_title)
        sl.addLayout(fp_row)
        self.backup_btn = button(tr("&Sauvegarder l'identité…"),
                                 tip=tr("Un fichier chiffré par votre phrase secrète, à garder hors de l'ordinateur"))
        self.restore_btn = button(tr("Rest&aurer…"), tip=tr("Remplacer cette identité par une sauvegarde"))
        self.age_btn = button(tr("Exporter l'i&dentité age…"),
                              tip=tr("Bureau : la clé de déchiffrement au format de l'outil age standard (age -d -i)"))
        sl.addLayout(row(self.card_btn, self.rotate_btn, self.backup_btn, self.restore_btn, self.age_btn, None))
        sl.addWidget(hint)
        sl.addWidget(self.card_state)
        fl.addWidget(shown)
        self.pages.append(shown)
        shown.hide()

        self.create_btn.clicked.connect(self.create_identity)
        self.pass2.returnPressed.connect(self.create_identity)
        self.card_btn.clicked.connect(self.choose_card_file)
        self.rotate_btn.clicked.connect(self.rotate)
        self.backup_btn.clicked.connect(self.choose_backup_file)
        self.restore_btn.clicked.connect(self.choose_restore_file)
        self.restore_new_btn.clicked.connect(self.choose_restore_file)
        self.age_btn.clicked.connect(self.choose_age_file)

    # ---- showing -----------------------------------------------------------------------------------
    def show_state(self, state: dict) -> None:
        self.ident = state["identity"]
        if self.ident is None:
            self._page(0)
            if not self.name.text() and state.get("expert_name"):
                self.name.setText(state["expert_name"])
            return
        i = self.ident
        self._page(1)
        self.who.setText(f"<b>{_esc(i['name'])}</b> — {_esc(i['org'])} · {_esc(role_label(i['role']))}")
        self.key.setText(tr("Clé {k} · créée le {d}").replace("{k}", i["key_id"]).replace("{d}", fmt_date(i["created_at"])))
        for lab, grp in zip(self.groups, fingerprint_groups(i["fingerprint"])):
            lab.setText(grp)
        self.frame.setAccessibleDescription(tr("Empreinte : ") + i["fingerprint"])
        self.age_btn.setVisible(i["role"] == "office")

    def _page(self, i: int) -> None:
        self.pages[1 - i].hide()
        self.pages[i].show()

    def showing_form(self) -> bool:
        return not self.pages[0].isHidden()

    def fingerprint_text(self) -> str:
        return " ".join(g.text() for g in self.groups)

    # ---- creating ----------------------------------------------------------------------------------
    def check(self) -> bool:
        """The CLI's checks, each reason under its field; the cursor goes to the first field to fix."""
        fields = {"name": self.f_name, "org": self.f_org, "role": self.f_role, "passphrase": self.f_pass1}
        for f in (*fields.values(), self.f_pass2):
            f.set_error(None)
        try:
            check_fields(self.name.text(), self.org.text(), self.role.currentData(), self.pass1.text())
        except ValidationError as exc:
            f = fields.get(exc.field or "", self.f_name)
            f.set_error(str(exc))
            f.editor.setFocus()
            return False
        if self.pass1.text() != self.pass2.text():
            self.f_pass2.set_error(tr("Les deux saisies de la phrase secrète diffèrent."))
            self.pass2.setFocus()
            return False
        return True

    def create_identity(self) -> Op | None:
        if not self.check():
            return None
        name, org, role, pp = self.name.text(), self.org.text(), self.role.currentData(), self.pass1.text()
        self._set_busy(True, tr("Création de la clé… (quelques secondes pour un bureau)"))

        def done(info: dict) -> None:
            self._set_busy(False)
            self.pass1.clear()
            self.pass2.clear()
            self.show_state({"identity": info})
            self.identity_changed.emit()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, ValidationError) and exc.field == "passphrase":
                self.f_pass1.set_error(str(exc))
            else:
                show_error(self, exc)

        return Op(self, lambda ws: work.make_identity(ws, name, org, role, pp)).changes(Change.IDENTITY).success(done).failure(failed).run()

    def _set_busy(self, on: bool, text: str = "") -> None:
        self.busy.setVisible(on)
        self.busy_label.setText(text)
        self.create_btn.setEnabled(not on)
        for e in (self.name, self.org, self.role, self.pass1, self.pass2):
            e.setEnabled(not on)

    # ---- a new key --------------------------------------------------------------------------------
    def rotate(self) -> Op | None:
        """The CLI's `identity rotate`: asked for, then the passphrase; the old key countersigns the new one."""
        if not self.ident:
            return None
        old = self.ident["key_id"]
        if not dialogs.confirm(self, tr("Changer de clé"),
                               tr("Remplacer la clé {k} par une nouvelle clé ?").replace("{k}", old),
                               tr("Changer de clé"),
                               informative=tr("La nouvelle carte est contre-signée par l'ancienne clé : vos correspondants "
                                              "l'enrôlent sans relire d'empreinte et elle remplace l'ancienne. Envoyez-la "
                                              "avant votre prochain export : les paquets signés par l'ancienne clé seront "
                                              "ensuite refusés.")):
            return None
        pp = dialogs.ask_passphrase(self, tr("Phrase secrète de votre identité, pour contre-signer la nouvelle clé :"))
        if pp is None:
            return None
        self.rotate_btn.setEnabled(False)

        def done(info: dict) -> None:
            self.rotate_btn.setEnabled(True)
            self.show_state({"identity": info})
            self.card_state.setText(tr("Nouvelle clé {k}, qui remplace {o}. Exportez la nouvelle carte et envoyez-la "
                                       "à vos correspondants.").replace("{k}", info["key_id"]).replace("{o}", old))
            self.identity_changed.emit()

        def failed(exc: BaseException) -> None:
            self.rotate_btn.setEnabled(True)
            show_error(self, exc)

        return Op(self, lambda ws: work.rotate(ws, pp)).changes(Change.IDENTITY).success(done).failure(failed).run()

    # ---- the card ----------------------------------------------------------------------------------
    def default_card_path(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = re.sub(r"[^\w-]+", "-", (self.ident or {}).get("name", "")).strip("-")[:40] or "ifdesk"
        return Path(docs) / f"carte-{name}-{(self.ident or {}).get('key_id', '')}.json"

    def choose_card_file(self) -> None:
        path = dialogs.pick_save_file(self, tr("Exporter la carte d'identité"), str(self.default_card_path()),
                                      tr("Cartes d'identité ifdesk (*.json)"))
        if path:
            self.export_card(path)

    def export_card(self, path: str) -> Op:
        if not path.lower().endswith(".json"):
            path += ".json"

        def done(p: str) -> None:
            self.card_state.setText(tr("Carte écrite dans {p}").replace("{p}", p))

        return Op(self, lambda ws: work.export_card(ws, path)).success(done).run()


_esc = esc  # one escaping function for the window (plain.esc)


class IdentityTrustPanel(StaleOnChange, QWidget):
    """The « Identité et confiance » tab of the settings: the identity above, the trust store below."""
    CONCERNS = Change.IDENTITY | Change.TRUST  # reloaded on show only after such a change (changes.py)

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        from .trust import TrustCard

        self.identity = IdentityCard()
        self.trust = TrustCard()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.identity)
        lay.addWidget(self.trust, 1)
        self.identity.identity_changed.connect(self.refresh)
        self.identity.identity_changed.connect(self.changed)
        self.trust.changed.connect(self.refresh)
        self.trust.changed.connect(self.changed)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.refresh_if_stale()

    def refresh(self) -> None:
        Op(self, work.identity_state).success(self._loaded).run()

    def _loaded(self, state: dict) -> None:
        self.identity.show_state(state)
        self.trust.show_rows(state["trusted"], state["identity"])
