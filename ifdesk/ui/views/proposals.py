"""Company changes proposed by experts (bundle.md, Authority): a simple list, « Accepter » / « Ignorer ».

An expert's bundle may change only a company assigned to them or created by them; any other difference
is kept as a proposal here, never applied silently. Every text from a bundle is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...core.identifiers import format_siret
from ...store import proposals as store
from ..i18n import local_time, tr
from ..models import Column, RowsModel
from ..ops import Op, show_error
from .common import button, row
from .companies import make_table, selected_row

FIELD_LABELS = {"name": QT_TR_NOOP("Raison sociale"), "region": QT_TR_NOOP("Région"), "naf": QT_TR_NOOP("NAF"),
                "headcount": QT_TR_NOOP("Effectif"), "turnover_eur": QT_TR_NOOP("Chiffre d'affaires"),
                "balance_sheet_eur": QT_TR_NOOP("Total du bilan"), "city": QT_TR_NOOP("Ville")}


def _changes(r: dict) -> str:
    return " · ".join(f"{tr(FIELD_LABELS.get(f, f))} : {r['current'].get(f) if r['current'].get(f) is not None else '—'}"
                      f" → {r['record'].get(f) if r['record'].get(f) is not None else '—'}" for f in r["changes"])


def _when(stamp: str | None) -> str:
    local = local_time(stamp) if stamp else None
    return local.strftime("%d/%m/%Y %H:%M") if local else (stamp or "")


class ProposalTableModel(RowsModel):
    def make_columns(self) -> list[Column]:
        return [
            Column("company", tr("Entreprise"), lambda r: r["company"] or ""),
            Column("siret", tr("SIRET"), lambda r: format_siret(r["siret"])),
            Column("expert", tr("Proposé par"), lambda r: r["expert_name"] or r["key_id"]),
            Column("changes", tr("Changements"), _changes),
            Column("received_at", tr("Reçue"), lambda r: _when(r["received_at"]), sort=lambda r: r["received_at"] or ""),
        ]


class ProposalsPanel(QWidget):
    """`changed(count)` after a load (the page shows the count in its tab)."""

    changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ProposalTableModel(self)
        self.table, _p = make_table(self.model, self, sortable=False)
        self.table.setAccessibleName(tr("Propositions de changement d'entreprises"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(tr("Un expert ne modifie que les entreprises qui lui sont attribuées ou qu'il a créées ; "
                              "ses autres changements attendent ici votre décision."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.accept_btn = button(tr("&Accepter"), primary=True)
        self.ignore_btn = button(tr("I&gnorer"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addLayout(row(None, self.ignore_btn, self.accept_btn))
        self.accept_btn.clicked.connect(lambda: self._decide(store.accept_proposal))
        self.ignore_btn.clicked.connect(lambda: self._decide(store.ignore_proposal))
        self._update()

    def refresh(self) -> None:
        Op(self, store.company_proposals).success(self._loaded).run()

    def _loaded(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.table.model().index(0, 0))
        self._update()
        self.changed.emit(len(rows))

    def _update(self) -> None:
        has = self.model.rowCount() > 0
        self.accept_btn.setEnabled(has)
        self.ignore_btn.setEnabled(has)

    def _decide(self, fn) -> None:
        r = selected_row(self.table)
        if not r:
            return
        pid = r["id"]
        Op(self, lambda ws: fn(ws, pid)).success(lambda _r: self.refresh()).failure(lambda e: show_error(self, e)).run()
