"""Table models fed by `set_rows()` between reset calls (after vorta's archive table model).

Each model names its columns and roles as constants and is tested without a window.
`ROW_ROLE` returns the row's dict, `SORT_ROLE` a sortable raw value.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core.identifiers import format_siret
from ..core.reference_data import region_name
from .i18n import fmt_date, fmt_money, fmt_number, fmt_when, tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[dict], str]
    align: Qt.AlignmentFlag = LEFT
    sort: Callable[[dict], Any] | None = None


class RowsModel(QAbstractTableModel):
    """Read-only rows of dicts shown through named columns."""

    COLUMNS: list[Column] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.columns = self.make_columns()

    def make_columns(self) -> list[Column]:
        return list(self.COLUMNS)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting in Python over the rows (one key per row), not through a proxy calling data()."""
        if not 0 <= column < len(self.columns):
            self._sort = None
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        key = col.sort or col.text

        def k(r: dict):
            v = key(r)
            return (0, _fold(v)) if isinstance(v, str) else (1 if v is None else 0, v if v is not None else 0)

        self._rows.sort(key=k, reverse=order == Qt.SortOrder.DescendingOrder)

    def rows(self) -> list[dict]:
        return list(self._rows)

    def row(self, i: int) -> dict:
        return self._rows[i]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = col.sort(row) if col.sort else col.text(row)
            return value if value is not None else ""
        return None


def _fold(text: str) -> str:
    """Sort key for French text: « Équipements » sorts with the E, not after the Z."""
    if text.isascii():  # most names: no accent to take off (5× faster on a 2,000-row first page)
        return text.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _str(key: str) -> Callable[[dict], str]:
    return lambda r: "" if r.get(key) is None else str(r[key])


class CompanyTableModel(RowsModel):
    """Rows of `CompanyRepo.list()`."""

    def make_columns(self) -> list[Column]:
        return [
            Column("name", tr("Raison sociale"), _str("name")),
            Column("siret", tr("SIRET"), lambda r: format_siret(r["siret"])),
            Column("city", tr("Ville"), _str("city")),
            Column("region", tr("Région"), lambda r: region_name(r["region"]) or r["region"]),
            Column("naf", tr("NAF"), _str("naf")),
            Column("headcount", tr("Effectif"), lambda r: fmt_number(r.get("headcount"), 0), RIGHT,
                   sort=lambda r: r.get("headcount") or -1),
            Column("size_class", tr("Taille"), _str("size_class"), CENTER),
            Column("diagnostics", tr("Diagnostics"), lambda r: str(r.get("diagnostics") or 0), RIGHT,
                   sort=lambda r: r.get("diagnostics") or 0),
        ]


def status_label(status: str) -> str:
    return {"draft": tr("Brouillon"), "completed": tr("Terminé"), "exported": tr("Exporté")}.get(status, status)


class DiagnosticTableModel(RowsModel):
    """Rows of `DiagnosticRepo.list()`."""

    def make_columns(self) -> list[Column]:
        return [
            Column("company", tr("Entreprise"), lambda r: r.get("company") or format_siret(r["siret"])),
            Column("status", tr("Statut"), lambda r: status_label(r["status"])),
            Column("revision", tr("Révision"), lambda r: str(r["revision"]), CENTER, sort=lambda r: r["revision"]),
            Column("visit_date", tr("Visite"), lambda r: fmt_date(r.get("visit_date")), sort=lambda r: r.get("visit_date") or ""),
            Column("updated_at", tr("Modifié"), lambda r: fmt_when(r.get("updated_at")), sort=lambda r: r.get("updated_at") or ""),
            Column("overall_score", tr("Indice global"), lambda r: fmt_number(r.get("overall_score"), 2), RIGHT,
                   sort=lambda r: r.get("overall_score") if r.get("overall_score") is not None else -1),
            Column("referentiel", tr("Référentiel"), lambda r: f"{r.get('referentiel_id', '')} {r.get('referentiel_version', '')}".strip()),
            Column("expert_name", tr("Expert"), _str("expert_name")),
            Column("review", tr("Revue du bureau"), lambda r: review_flag(r.get("review_state")),
                   sort=lambda r: r.get("review_state") or ""),
        ]


def review_label(state: str | None) -> str:
    return {"to_review": tr("À examiner"), "approved": tr("Approuvé"),
            "changes_requested": tr("Modifications demandées"), "rejected": tr("Rejeté")}.get(state or "", "")


def review_flag(state: str | None) -> str:
    """The diagnostics list's column: a mark that draws the eye to what needs attention (bundle.md, Authority)."""
    if not state:
        return ""
    mark = {"changes_requested": "⚠ ", "rejected": "✗ ", "approved": "✓ ", "to_review": "• "}.get(state, "")
    return mark + review_label(state)


class ThemeScoreTableModel(RowsModel):
    """Rows {theme, title, score, target, answered, total}."""

    def make_columns(self) -> list[Column]:
        return [
            Column("title", tr("Thème"), _str("title")),
            Column("score", tr("Niveau actuel"), lambda r: fmt_number(r.get("score"), 2), RIGHT),
            Column("target", tr("Cible"), lambda r: fmt_number(r.get("target"), 2), RIGHT),
            Column("progress", tr("Réponses"), lambda r: f"{r['answered']} / {r['total']}", CENTER),
        ]


class PriorityTableModel(RowsModel):
    """Rows of `Scores.priorities` as dicts (see `scoring.Priority.as_dict`)."""

    def make_columns(self) -> list[Column]:
        return [
            Column("rank", tr("Rang"), lambda r: str(r["rank"]), CENTER, sort=lambda r: r["rank"]),
            Column("title", tr("Critère"), lambda r: r["title"] + ("  ★" if r.get("important") else "")),
            Column("current", tr("Actuel"), lambda r: str(r["current"]), CENTER),
            Column("target", tr("Cible"), lambda r: str(r["target"]), CENTER),
            Column("gap", tr("Écart"), lambda r: str(r["gap"]), CENTER),
            Column("score", tr("Priorité"), lambda r: fmt_number(r["score"], 1), RIGHT, sort=lambda r: r["score"]),
        ]


def priority_label(p: int) -> str:
    return {1: tr("Haute"), 2: tr("Moyenne"), 3: tr("Basse")}.get(p, str(p))


def horizon_label(h: str) -> str:
    return {"court": tr("Court terme (< 6 mois)"), "moyen": tr("Moyen terme (6–18 mois)"),
            "long": tr("Long terme (> 18 mois)")}.get(h, h)


def action_status_label(s: str) -> str:
    return {"planned": tr("Prévue"), "in_progress": tr("En cours"), "done": tr("Réalisée"),
            "abandoned": tr("Abandonnée")}.get(s, s)


def _action_status_cell(r: dict) -> str:
    text = action_status_label(r.get("status") or "planned")
    if r.get("status_date"):
        text += " · " + fmt_date(r["status_date"])
    return text


class ActionTableModel(RowsModel):
    """Rows of `ActionItem.model_dump(mode='json')`."""

    def make_columns(self) -> list[Column]:
        return [
            Column("title", tr("Action"), _str("title")),
            Column("status", tr("Statut"), _action_status_cell, sort=lambda r: r.get("status") or ""),
            Column("priority", tr("Priorité"), lambda r: priority_label(r["priority"]), sort=lambda r: r["priority"]),
            Column("horizon", tr("Horizon"), lambda r: horizon_label(r["horizon"])),
            Column("owner", tr("Responsable"), _str("owner")),
            Column("cost_eur", tr("Coût estimé"), lambda r: fmt_money(r.get("cost_eur")) if r.get("cost_eur") is not None else "—", RIGHT),
            Column("due", tr("Échéance"), lambda r: fmt_date(r.get("due"))),
        ]


class ReferentielTableModel(RowsModel):
    """Rows of `ReferentielRepo.list()` plus counts."""

    def make_columns(self) -> list[Column]:
        return [
            Column("id", tr("Identifiant"), _str("id")),
            Column("version", tr("Version"), _str("version")),
            Column("title", tr("Titre"), _str("title")),
            Column("criteria", tr("Critères"), lambda r: str(r.get("criteria", "")), RIGHT),
            Column("sha256", tr("SHA-256"), _str("sha256")),
        ]
