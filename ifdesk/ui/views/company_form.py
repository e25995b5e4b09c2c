"""Add or edit a company, each field checked as you type by the core's own rules."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QLineEdit, QMessageBox, QScrollArea,
                               QVBoxLayout, QWidget)

from typing import TYPE_CHECKING

from ...core import naf as naf_rules
from ...core.company_rules import MAX_NAME, programme_size_warning, size_label
from ...core.errors import ValidationError
from ...core.identifiers import format_siret, normalize_siret
from ...core.parsing import parse_amount, parse_integer
from ...core.reference_data import current_regions, normalize_region
from ..changes import Change
from ..i18n import fmt_number, tr
from ..ops import Op, wait_warm
from .common import Field, button, card, row
from ..plain import Label

if TYPE_CHECKING:
    from ...core.company import Company

FIELDS = ("name", "siret", "naf", "region", "city", "headcount", "turnover_eur", "balance_sheet_eur")


def _new_company(**fields) -> Company:
    """`core.company.new_company` (pydantic), imported on first use: the form is on the first page,
    shown before the warm-up has imported pydantic (see ops.TaskManager.warm_up)."""
    wait_warm()
    from ...core.company import new_company

    return new_company(**fields)


class CompanyForm(QWidget):
    """Emits `saved(siret)` once the company is in the workspace."""

    saved = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editing: str | None = None
        self.editing_naf: str | None = None
        # the scroll area and its frame are placed first, then filled: with the application's style
        # sheet, placing an already filled tree of widgets restyles each of them again (start-up time)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Fiche de l'entreprise"))  # never clipped: when the reasons take more room than there is, it scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        frame, lay = card()
        scroll.setWidget(frame)
        self.title = Label(tr("Nouvelle entreprise"))
        self.title.setObjectName("cardTitle")
        lay.addWidget(self.title)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.line_edits: dict[str, QLineEdit] = {}  # the same inputs but the region's list, typed as such
        self.fields: dict[str, Field] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)

        def add(key: str, label: str, widget: QLineEdit | QComboBox, r: int, c: int, span: int = 1, hint: str = "") -> None:
            self.inputs[key] = widget
            if isinstance(widget, QLineEdit):
                self.line_edits[key] = widget
            f = Field(label, widget, hint)
            self.fields[key] = f
            grid.addWidget(f, r, c, 1, span)

        # one field a line (errors get the full width to say why), figures two by two
        name = QLineEdit()
        name.setMaxLength(MAX_NAME + 50)  # longer input is refused with a reason, not cut silently
        add("name", tr("&Raison sociale"), name, 0, 0, 2)
        siret = QLineEdit()
        siret.setPlaceholderText("732 829 320 00074")
        add("siret", tr("&SIRET (14 chiffres, espaces permis)"), siret, 1, 0, 2)
        naf = QLineEdit()
        naf.setPlaceholderText("25.62B")
        add("naf", tr("Code &NAF (facultatif)"), naf, 2, 0, 2)
        region = QComboBox()
        region.addItem(tr("— choisir une région —"), "")
        for r in current_regions():
            region.addItem(f"{r['name']} ({r['code']})", r["code"])
        add("region", tr("Ré&gion"), region, 3, 0, 2)
        self.region_box = region
        city = QLineEdit()
        add("city", tr("&Ville"), city, 4, 0, 2)
        headcount = QLineEdit()
        headcount.setPlaceholderText("48")
        add("headcount", tr("&Effectif"), headcount, 5, 0)
        turnover = QLineEdit()
        turnover.setPlaceholderText(tr("facultatif"))
        add("turnover_eur", tr("Chiffre d'&affaires (€)"), turnover, 5, 1)
        balance = QLineEdit()
        balance.setPlaceholderText(tr("facultatif"))
        add("balance_sheet_eur", tr("Total du &bilan (€)"), balance, 6, 0)
        self.size_label = Label()
        self.size_label.setObjectName("muted")
        self.size_label.setWordWrap(True)
        grid.addWidget(self.size_label, 6, 1, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.save_btn = button(tr("Enregistrer l'entreprise"), primary=True)
        self.new_btn = button(tr("Vider"), tip=tr("Vider le formulaire"))
        self.status = Label()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        lay.addLayout(row(None, self.new_btn, self.save_btn))
        lay.addWidget(self.status)
        lay.addSpacing(12)
        lay.addStretch(1)
        for key, w in self.inputs.items():
            if isinstance(w, QLineEdit):
                w.textEdited.connect(lambda _t, k=key: self.check_field(k))
                w.returnPressed.connect(self.save)
            else:
                w.currentIndexChanged.connect(lambda _i, k=key: self.check_field(k))
        self.save_btn.clicked.connect(self.save)
        self.new_btn.clicked.connect(self.clear)
        self.update_size()

    # ---- values --------------------------------------------------------------------------------
    def raw(self, key: str) -> str:
        w = self.inputs[key]
        return w.currentData() if isinstance(w, QComboBox) else w.text()

    def values(self) -> dict:
        """The fields as the core expects them; a number that does not parse raises ValidationError."""
        out: dict = {}
        for key in FIELDS:
            text = (self.raw(key) or "").strip()
            if key in ("headcount", "turnover_eur", "balance_sheet_eur"):
                out[key] = self._number(key, text)
            elif key in ("naf", "city"):
                out[key] = text or None
            else:
                out[key] = text
        return out

    def _number(self, key: str, text: str):
        if key == "headcount":
            return parse_integer(text, key)
        return parse_amount(text, key)

    # ---- live checks ---------------------------------------------------------------------------
    def check_field(self, key: str) -> str | None:
        """Check one field with the core rule that owns it; show and return the reason, if any."""
        msg = None
        text = (self.raw(key) or "").strip()
        try:
            if key == "siret":
                normalize_siret(text)
            elif key == "naf" and text:
                self.fields["naf"].hint.setText(self.naf_hint(naf_rules.normalize(text)))
                self.fields["naf"].hint.setVisible(True)
            elif key == "region":
                normalize_region(text)
            elif key in ("headcount", "turnover_eur", "balance_sheet_eur", "name", "city"):
                value = self._number(key, text) if key not in ("name", "city") else (text if key == "name" else text or None)
                probe = {"siret": "73282932000074", "name": "x", "region": "84", key: value}
                _new_company(**probe)
        except ValidationError as exc:
            msg = str(exc)
        if key == "naf" and (msg or not text):
            self.fields["naf"].hint.setText("")
            self.fields["naf"].hint.setVisible(False)
        self.fields[key].set_error(msg)
        if key in ("headcount", "turnover_eur", "balance_sheet_eur"):
            self.update_size()
        return msg

    @staticmethod
    def naf_hint(code: str) -> str:
        """The sub-class's INSEE label, and a visible warning outside manufacturing (section C)."""
        e = naf_rules.lookup(code)
        if e is None:
            return ""
        text = f"{e.code} — {e.label}" + (f" ({e.class_label})" if e.class_label != e.label else "")
        if not e.manufacturing:
            text += "\n⚠ " + tr("Hors industrie manufacturière (section {s}) : à confirmer à l'enregistrement.").format(s=e.section)
        return text

    def update_size(self) -> None:
        try:
            v = {k: self._number(k, self.raw(k)) for k in ("headcount", "turnover_eur", "balance_sheet_eur")}
        except ValidationError:
            v = {"headcount": None}
        figures = (v.get("headcount"), v.get("turnover_eur"), v.get("balance_sheet_eur"))
        given = any(x is not None for x in figures)
        text = tr("Catégorie (décret 2008-1354) : ") + (size_label(*figures) if given else "—")
        warning = programme_size_warning(*figures)
        if warning:
            text += "\n⚠ " + warning
        self.size_label.setText(text)

    # ---- actions -------------------------------------------------------------------------------
    def clear(self) -> None:
        self.editing = None
        self.title.setText(tr("Nouvelle entreprise"))
        for key, w in self.inputs.items():
            if isinstance(w, QComboBox):
                w.setCurrentIndex(0)
            else:
                w.clear()
            self.fields[key].set_error(None)
        self.line_edits["siret"].setReadOnly(False)
        self.status.clear()
        self.update_size()

    def edit(self, c: Company) -> None:
        self.clear()
        self.editing = c.siret
        self.editing_naf = c.naf
        self.title.setText(tr("Modifier l'entreprise"))
        self.line_edits["name"].setText(c.name)
        self.line_edits["siret"].setText(format_siret(c.siret))
        self.line_edits["siret"].setReadOnly(True)
        self.line_edits["naf"].setText(c.naf or "")
        reg = self.region_box
        i = reg.findData(c.region)
        if i < 0:  # a pre-2016 code from old data: show it, the check will ask for the current one
            reg.addItem(c.region, c.region)
            i = reg.count() - 1
        reg.setCurrentIndex(i)
        self.line_edits["city"].setText(c.city or "")
        self.line_edits["headcount"].setText(fmt_number(c.headcount, 0) if c.headcount is not None else "")
        self.line_edits["turnover_eur"].setText(fmt_number(c.turnover_eur, 0) if c.turnover_eur is not None else "")
        self.line_edits["balance_sheet_eur"].setText(fmt_number(c.balance_sheet_eur, 0) if c.balance_sheet_eur is not None else "")
        self.update_size()

    def save(self) -> None:
        """Validate everything (the same `new_company` as the CLI), then write in one transaction."""
        for f in self.fields.values():
            f.set_error(None)
        try:
            company = _new_company(**self.values())
        except ValidationError as exc:
            self._refuse(exc)
            return
        if not self.confirm_outside_manufacturing(company):
            self.status.setText(tr("Rien n'a été enregistré."))
            return
        editing = self.editing

        def write(ws):
            if editing:
                ws.companies.update(company)
            else:
                ws.companies.add(company)
            return company.siret

        self.save_btn.setEnabled(False)
        self.status.setText(tr("Enregistrement…"))
        Op(self, write).changes(Change.COMPANIES).success(self._saved).failure(self._refuse).run()

    def confirm_outside_manufacturing(self, company: Company) -> bool:
        """A code outside section C is accepted only once the expert confirms it (the CLI's
        `--allow-non-manufacturing`)."""
        warning = naf_rules.outside_manufacturing(company.naf, company.naf_nomenclature)
        if warning is None or (self.editing and company.naf == self.editing_naf):
            return True  # confirmed when the code was first given
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Entreprise hors industrie"),
                          warning + "\n\n" + tr("Enregistrer quand même ?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Enregistrer quand même"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Annuler"))
        self.outside_box = box  # tests answer it
        return box.exec() == QMessageBox.StandardButton.Yes

    def _refuse(self, exc: BaseException) -> None:
        self.save_btn.setEnabled(True)
        self.status.setText(tr("Rien n'a été enregistré."))
        field = getattr(exc, "field", None)
        if field in self.fields:
            self.fields[field].set_error(str(exc))
            self.inputs[field].setFocus()
        else:
            from ..ops import show_error

            show_error(self, exc)

    def _saved(self, siret: str) -> None:
        self.save_btn.setEnabled(True)
        name = self.line_edits["name"].text().strip()
        self.clear()
        self.status.setText(tr("Entreprise enregistrée : ") + name)
        self.saved.emit(siret)
