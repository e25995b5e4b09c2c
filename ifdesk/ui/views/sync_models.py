"""Table models of the identity, trust and sync views (RowsModel style: named columns, set_rows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...core.identifiers import format_siret
from ...core.outcomes import outcome_label as core_outcome_label
from ..i18n import fmt_date, fmt_number, fmt_when, tr
from ..models import CENTER, RIGHT, Column, RowsModel, status_label

OUTCOME_COLORS = {"imported": "#2e7d32", "superseded": "#1f4e8c", "unchanged": "#5b6878", "stale": "#8a6d00",
                  "conflict": "#b35c00", "rejected": "#b3261e", "resolved": "#2e7d32"}


def outcome_label(status: str) -> str:
    return core_outcome_label(status)  # one name per outcome, as in the CLI and the spreadsheets


def role_label(role: str) -> str:
    return {"expert": tr("expert"), "office": tr("bureau régional"), "national": tr("national")}.get(role, role)


def trust_status_label(status: str) -> str:
    return {"active": tr("active"), "revoked": tr("révoquée"), "rotated": tr("remplacée"),
            "held": tr("en attente")}.get(status, status)


class _Colored(RowsModel):
    """Rows whose `color_key` column is shown in the colour of its outcome or status."""

    color_key = "status"
    colors: dict[str, str] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.columns[index.column()].key == self.color_key:
            value = self.row(index.row()).get(self.color_key)
            c = self.colors.get(value) if isinstance(value, str) else None
            return QColor(c) if c else None
        return super().data(index, role)


class TrustTableModel(_Colored):
    """Rows of `trust_list()`."""

    colors = {"active": "#2e7d32", "revoked": "#b3261e", "rotated": "#5b6878", "held": "#a15c00"}

    def make_columns(self) -> list[Column]:
        return [
            Column("name", tr("Nom"), lambda r: r["name"]),
            Column("org", tr("Organisation"), lambda r: r["org"]),
            Column("role", tr("Rôle"), lambda r: role_label(r["role"])),
            Column("key_id", tr("Clé"), lambda r: r["key_id"]),
            Column("fingerprint", tr("Empreinte"), lambda r: r["fingerprint"]),
            Column("status", tr("Statut"), lambda r: trust_status_label(r["status"])),
        ]


class ExportTableModel(RowsModel):
    """Exportable diagnostics with a check box in the first column (checked: completed, not yet exported)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checked: set[str] = set()

    def make_columns(self) -> list[Column]:
        return [
            Column("company", tr("Entreprise"), lambda r: r.get("company") or format_siret(r["siret"])),
            Column("status", tr("Statut"), lambda r: status_label(r["status"])),
            Column("revision", tr("Révision"), lambda r: str(r["revision"]), CENTER, sort=lambda r: r["revision"]),
            Column("completed_at", tr("Terminé le"), lambda r: fmt_date(r.get("completed_at")),
                   sort=lambda r: r.get("completed_at") or ""),
            Column("overall_score", tr("Indice global"), lambda r: fmt_number(r.get("overall_score"), 2), RIGHT,
                   sort=lambda r: r.get("overall_score") if r.get("overall_score") is not None else -1),
        ]

    def set_rows(self, rows: list[dict]) -> None:
        known = {r["id"] for r in self._rows}
        ids = {r["id"] for r in rows}
        # keep the user's choice for rows still there; new rows are checked when not yet exported
        self.checked = {i for i in self.checked if i in ids} | {r["id"] for r in rows
                                                               if r["id"] not in known and r["status"] == "completed"}
        super().set_rows(rows)

    def flags(self, index):
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            return Qt.CheckState.Checked if self.row(index.row())["id"] in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        rid = self.row(index.row())["id"]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self.checked.add if on else self.checked.discard)(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, on: bool) -> None:
        self.checked = {r["id"] for r in self._rows} if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> list[str]:
        return [r["id"] for r in self._rows if r["id"] in self.checked]


class ResultTableModel(_Colored):
    """One row per imported file (`describe_results`)."""

    colors = OUTCOME_COLORS

    def make_columns(self) -> list[Column]:
        return [
            Column("file", tr("Fichier"), lambda r: Path(r["file"]).name if r["file"] else "—"),
            Column("status", tr("Résultat"), lambda r: outcome_label(r["status"])),
            Column("companies", tr("Entreprise"), lambda r: r.get("companies") or "—"),
            Column("revisions", tr("Rév."), lambda r: r.get("revisions") or "", CENTER),
            Column("signer_name", tr("Signataire"), lambda r: r.get("signer_name") or r.get("signer") or "—"),
            Column("reason", tr("Raison"), lambda r: r.get("reason") or ""),
        ]


class JournalTableModel(_Colored):
    """Rows of `ifdesk.bundle.journal()`, newest first."""

    color_key = "outcome"
    colors = OUTCOME_COLORS

    def make_columns(self) -> list[Column]:
        return [
            Column("at", tr("Quand"), lambda r: fmt_when(r["at"]), sort=lambda r: r["at"]),
            Column("file", tr("Fichier"), lambda r: Path(r["file"]).name if r["file"] else "—"),
            Column("outcome", tr("Résultat"), lambda r: outcome_label(r["outcome"])),
            Column("signer_name", tr("Signataire"), lambda r: r.get("signer_name") or "—"),
            Column("reason", tr("Raison"), lambda r: r.get("reason") or ""),
        ]


class ConflictTableModel(RowsModel):
    """Rows of `ifdesk.bundle.conflicts()`."""

    def make_columns(self) -> list[Column]:
        def what(r: dict) -> str:
            parts = [tr("rév. {r} en double").replace("{r}", str(n)) for n in r["variants"]]
            parts += [tr("rév. {r} manquante").replace("{r}", str(n)) for n in r["missing"]]
            return ", ".join(parts)

        return [
            Column("company", tr("Entreprise"), lambda r: r.get("company") or format_siret(r["siret"])),
            Column("what", tr("À examiner"), what),
        ]
