"""Conflicts: the diagnostics awaiting a decision and their revisions side by side, « Garder cette révision »."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core import formats
from ..changes import Change
from ..i18n import fmt_number, tr
from ..ops import Op
from . import sync_dialogs as dialogs
from . import sync_work as work
from .companies import make_table, selected_row
from .sync_models import ConflictTableModel
from ..plain import Label
from ..plain import tip

DIFF_BG = QColor("#fff1d6")
SECTION_BG = QColor("#eef1f5")


def _when(stamp: str | None) -> str:
    return formats.moment(stamp)


def answer_text(a: dict | None) -> str:
    if a is None:
        return "—"
    if a.get("na"):
        return tr("n.a.")
    text = str(a["level"]) if a.get("level") is not None else "—"
    if a.get("target") is not None:
        text += "  " + tr("(cible {t})").replace("{t}", str(a["target"]))
    return text


class ConflictsPanel(QWidget):
    """Left: the diagnostics flagged for review. Right: the chosen one's revisions in columns."""

    resolved = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ConflictTableModel(self)
        self.list, _m = make_table(self.model, self, sortable=False)
        self.list.setAccessibleName(tr("Diagnostics en conflit"))
        hh = self.list.horizontalHeader()
        hh.setResizeContentsPrecision(40)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setMinimumWidth(320)
        self.list.setMaximumWidth(380)
        self.compare = QTableWidget()
        self.compare.setObjectName("conflictCompare")
        self.compare.setAccessibleName(tr("Révisions côte à côte"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare.setTabKeyNavigation(False)  # Tab reaches the « Garder cette révision » buttons
        self.compare.verticalHeader().setDefaultSectionSize(26)
        self.compare.verticalHeader().setStyleSheet("QHeaderView::section { padding: 1px 8px; }")
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.compare.setWordWrap(False)
        self.empty = Label(tr("Aucun diagnostic n'attend de décision."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = Label(tr("Les cellules surlignées diffèrent de la révision courante (première colonne). "
                              "Choisissez la version à garder : l'autre reste conservée dans l'historique, "
                              "et la décision est inscrite au journal."))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.hint)
        right.addWidget(self.compare, 1)
        right.addWidget(self.empty, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.list)
        lay.addLayout(right, 1)
        self.detail: dict | None = None
        self.buttons: list[QPushButton] = []
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())
        self._show_empty(True)

    def _show_empty(self, on: bool) -> None:
        self.empty.setVisible(on)
        self.compare.setVisible(not on)
        self.hint.setVisible(not on)

    def set_conflicts(self, rows: list[dict]) -> None:
        current = (selected_row(self.list) or {}).get("id")
        self.model.set_rows(rows)
        if not rows:
            self.detail = None
            self._show_empty(True)
            return
        ids = [r["id"] for r in self.model.rows()]
        self.list.selectRow(ids.index(current) if current in ids else 0)
        self._load_selected()

    def _load_selected(self) -> None:
        r = selected_row(self.list)
        if r is None:
            return
        Op(self, lambda ws: work.conflict_detail(ws, r["id"], r["variants"])).success(self.show_detail).run()

    # ---- side by side --------------------------------------------------------------------------------
    def show_detail(self, detail: dict) -> None:
        self.detail = detail
        vs = detail["variants"]
        answers = [{a["criterion"]: a for a in v["summary"]["answers"]} for v in vs]
        rows: list[tuple[str, list[str], str]] = []   # (label, texts, kind)
        rows.append(("", [""] * len(vs), "buttons"))  # first, so that the choice never needs a scroll
        rows.append((tr("Révision"), [f"{v['revision']}  " + (tr("(courante)") if v["current"] else tr("(en attente)"))
                                     for v in vs], "head"))
        rows.append((tr("Expert"), [v["summary"]["expert_name"] or "—" for v in vs], "field"))
        rows.append((tr("Terminé le"), [_when(v.get("completed_at")) for v in vs], "field"))
        rows.append((tr("Empreinte du contenu"), [v["content_hash"][:12] + "…" for v in vs], "field"))
        rows.append((tr("Indice global"), [f"{fmt_number(v['summary']['overall_score'], 2)}  {v['summary']['maturity_label'] or ''}"
                                           for v in vs], "field"))
        for tid, title in detail["themes"]:
            rows.append((title, [fmt_number(v["summary"]["theme_scores"].get(tid), 2) for v in vs], "field"))
        differing = []
        for cid, title in detail["criteria"].items():
            keys = {tuple(sorted((a.get(cid) or {}).items())) for a in answers}
            if len(keys) > 1:
                texts = [answer_text(a.get(cid)) for a in answers]
                notes = {(a.get(cid) or {}).get("note") for a in answers}
                if len(set(texts)) == 1 and len(notes) > 1:
                    texts = [t + "  · " + tr("note différente") for t in texts]
                differing.append((title, texts, "field"))
        rows.append((tr("Réponses qui diffèrent : {n}").replace("{n}", str(len(differing))), [""] * len(vs), "section"))
        rows.extend(differing)
        if any(v["summary"]["strengths"] for v in vs):
            rows.append((tr("Points forts"), [v["summary"]["strengths"][:80] for v in vs], "field"))
        rows.append((tr("Actions du plan"), [str(len(v["summary"]["actions"])) for v in vs], "field"))

        t = self.compare
        t.clear()
        t.setColumnCount(len(vs))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels([tr("Révision {r} · {h}").replace("{r}", str(v["revision"])).replace("{h}", v["content_hash"][:8])
                                     for v in vs])
        t.setVerticalHeaderLabels([label for label, _t, _k in rows])
        bold = QFont(t.font())
        bold.setBold(True)
        self.buttons = []
        for i, (_label, texts, kind) in enumerate(rows):
            if kind == "buttons":
                for c, v in enumerate(vs):
                    b = QPushButton(tr("Garder cette révision"))
                    b.setObjectName("primary" if not v["current"] else "")
                    b.setToolTip(tr("Faire de cette version la révision courante (décision inscrite au journal)"))
                    b.clicked.connect(lambda _=False, v=v: self.keep(v))
                    t.setCellWidget(i, c, b)
                    self.buttons.append(b)
                t.setRowHeight(i, 36)
                continue
            for c, text in enumerate(texts):
                it = QTableWidgetItem(text)
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                it.setToolTip(tip(text))
                if kind in ("head", "section"):
                    it.setFont(bold)
                if kind == "section":
                    it.setBackground(QBrush(SECTION_BG))
                elif kind == "field" and c > 0 and text != texts[0]:
                    it.setBackground(QBrush(DIFF_BG))
                    it.setFont(bold)
                t.setItem(i, c, it)
        t.verticalHeader().setMinimumWidth(220)
        self._show_empty(False)

    def highlighted_rows(self) -> list[str]:
        """The row labels where a cell differs from the current revision (tests, accessibility)."""
        t = self.compare
        out = []
        for i in range(t.rowCount()):
            if any((it := t.item(i, c)) is not None and it.background().color() == DIFF_BG for c in range(t.columnCount())):
                out.append(t.verticalHeaderItem(i).text())
        return out

    def keep(self, v: dict) -> bool:
        if self.detail is None:
            return False
        r = selected_row(self.list) or {}
        ok = dialogs.confirm(
            self, tr("Résoudre le conflit"),
            tr("Garder la révision {r} (empreinte {h}…) de « {c} » comme révision courante ?")
            .replace("{r}", str(v["revision"])).replace("{h}", v["content_hash"][:12]).replace("{c}", r.get("company") or r.get("siret", "")),
            tr("Garder cette révision"),
            tr("Les autres versions restent conservées dans l'historique. La décision est inscrite au journal des imports."))
        if not ok:
            return False
        diag_id = self.detail["id"]
        Op(self, lambda ws: work.resolve(ws, diag_id, v["revision"], v["content_hash"])).changes(
            Change.DIAGNOSTICS | Change.IMPORTS).success(
            lambda _res: self.resolved.emit(diag_id)).run()
        return True
