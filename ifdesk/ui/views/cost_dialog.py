"""The office records a diagnostic's cost: expert days × day rate, and the programme's share (issue 14).

The same rules as `ifdesk office cost` (`core.programme.check_cost`); a refusal shows its reason at the
field and writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

from ...core.errors import ValidationError
from ...core.programme import check_cost
from ...office import money
from ..i18n import fmt_money, fmt_number, parse_number, tr
from ..ops import Op
from .common import Field


class CostDialog(QDialog):
    saved = Signal(dict)

    def __init__(self, diag_id: str, company: str, parent=None):
        super().__init__(parent)
        self.diag_id = diag_id
        self.setWindowTitle(tr("Coût du diagnostic"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.days, self.rate, self.share = QLineEdit(), QLineEdit(), QLineEdit()
        self.days.setPlaceholderText("2,5")
        self.rate.setPlaceholderText("1 100")
        self.share.setText("100")
        self.fields = {"days": Field(tr("&Jours d'expert"), self.days),
                       "day_rate_eur": Field(tr("&Tarif journalier (€)"), self.rate),
                       "share_pct": Field(tr("&Part du programme (%)"), self.share)}
        self.total = QLabel()
        self.total.setObjectName("muted")
        grid = QGridLayout()
        grid.addWidget(self.fields["days"], 0, 0)
        grid.addWidget(self.fields["day_rate_eur"], 0, 1)
        grid.addWidget(self.fields["share_pct"], 1, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("« {c} » : engagé dès que le diagnostic est démarré, dépensé quand il est approuvé.")
                       .replace("{c}", company))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(grid)
        lay.addWidget(self.total)
        lay.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (self.days, self.rate, self.share):
            w.textEdited.connect(lambda _t: self.check())
        Op(self, lambda ws: money.get_cost(ws, diag_id)).success(self._loaded).run()

    def _loaded(self, c: dict | None) -> None:
        if c:
            self.days.setText(fmt_number(c["days"], 1))
            self.rate.setText(fmt_number(c["day_rate_eur"], 0))
            self.share.setText(fmt_number(c["share_pct"], 0))
        self.check()

    def values(self) -> tuple[float, float, float]:
        out = []
        for key, w in (("days", self.days), ("day_rate_eur", self.rate), ("share_pct", self.share)):
            try:
                v = parse_number(w.text())
            except ValueError:
                v = None
            if v is None:
                raise ValidationError(tr("Un nombre est attendu."), key)
            out.append(v)
        return out[0], out[1], out[2]

    def check(self):
        for f in self.fields.values():
            f.set_error(None)
        try:
            c = check_cost(*self.values())
        except ValidationError as exc:
            self.fields.get(exc.field, self.fields["days"]).set_error(str(exc))
            self.total.setText("")
            return None
        self.total.setText(tr("Coût {t} · part du programme {p}").replace("{t}", fmt_money(c.total_eur))
                           .replace("{p}", fmt_money(c.programme_eur)))
        return c

    def accept(self) -> None:
        c = self.check()
        if c is None:
            return
        diag_id = self.diag_id

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.fields.get(exc.field, self.fields["days"]).set_error(str(exc))
            else:
                from ..ops import show_error

                show_error(self, exc)

        def done(row: dict) -> None:
            self.saved.emit(row)
            QDialog.accept(self)

        Op(self, lambda ws: money.record_cost(ws, diag_id, c.days, c.day_rate_eur, c.share_pct)).success(done).failure(
            failed).run()
