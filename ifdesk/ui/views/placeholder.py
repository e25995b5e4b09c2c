"""A calm page for a view that a later version brings (sync: bundles; dashboard: the regional office).

It says what will come, what to do meanwhile, and shows the workspace's own figures so that the
page is useful today rather than empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import fmt_number, tr
from ..ops import Op
from .common import card, page_header
from ..plain import Label


def workspace_figures(ws) -> dict:
    by_status = dict(ws.db.execute(
        "SELECT r.status, count(*) FROM diagnostics d JOIN revisions r ON r.diag_id = d.id "
        "AND r.revision = d.current_revision GROUP BY r.status").fetchall())
    mean = ws.db.execute(
        "SELECT avg(r.overall_score) FROM diagnostics d JOIN revisions r ON r.diag_id = d.id "
        "AND r.revision = d.current_revision WHERE r.status != 'draft'").fetchone()[0]
    return {"companies": ws.db.execute("SELECT count(*) FROM companies").fetchone()[0],
            "draft": by_status.get("draft", 0), "completed": by_status.get("completed", 0),
            "exported": by_status.get("exported", 0), "mean": mean}


def theme_means(ws) -> list[dict]:
    """Mean current and target level per theme over the finished diagnostics (current revisions)."""
    ref = ws.referentiels.current()
    rows = {r[0]: r for r in ws.db.execute(
        "SELECT t.theme, avg(t.score), avg(t.target), count(t.score) FROM diagnostics d "
        "JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
        "JOIN theme_scores t ON t.diag_id = r.diag_id AND t.revision = r.revision "
        "WHERE r.status != 'draft' AND r.referentiel_sha256 = ? GROUP BY t.theme", (ref.sha256,)).fetchall()}
    return [{"theme": t.id, "title": t.title, "score": rows.get(t.id, (0, None))[1], "target": rows.get(t.id, (0, None, None))[2],
             "answered": rows.get(t.id, (0, 0, 0, 0))[3], "total": ""} for t in ref.themes]


def ready_to_export(ws) -> list[dict]:
    return ws.diagnostics.list(status="completed")


class PlaceholderPage(QWidget):
    def __init__(self, title: str, subtitle: str, what: str, meanwhile: str, table: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        head, _t, _s = page_header(title, subtitle)
        box, bl = card()
        t = Label(what)
        t.setObjectName("placeholderTitle")
        t.setWordWrap(True)
        m = Label(meanwhile)
        m.setWordWrap(True)
        m.setTextFormat(Qt.TextFormat.RichText)
        m.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(t)
        bl.addWidget(m)
        bl.addStretch(1)

        figs, fl = card(tr("Dans cet espace de travail"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        for i, (key, label) in enumerate((("companies", tr("entreprises")), ("draft", tr("diagnostics en brouillon")),
                                          ("completed", tr("terminés, prêts à exporter")), ("exported", tr("exportés")),
                                          ("mean", tr("indice global moyen des diagnostics terminés")))):
            v = Label("—")
            v.setObjectName("bigScore")
            v.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            lab = Label(label)
            lab.setWordWrap(True)
            grid.addWidget(v, i, 0)
            grid.addWidget(lab, i, 1)
            self.values[key] = v
        grid.setColumnStretch(1, 1)
        fl.addLayout(grid)
        box.setMinimumWidth(420)
        figs.setMinimumWidth(380)

        cols = QHBoxLayout()
        cols.setSpacing(14)
        cols.addWidget(box, 3)
        cols.addWidget(figs, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(12)
        lay.addWidget(head)
        lay.addLayout(cols)
        self.table_kind = table
        self.model = None
        if table:
            from ..models import DiagnosticTableModel, ThemeScoreTableModel
            from .companies import make_table

            if table == "export":
                tcard, tl = card(tr("Terminés, prêts à exporter"))
                self.model = DiagnosticTableModel(self)
            else:
                tcard, tl = card(tr("Maturité moyenne par thème (diagnostics terminés)"))
                self.model = ThemeScoreTableModel(self)
                self.model.columns[-1] = type(self.model.columns[-1])(
                    "answered", tr("Diagnostics"), lambda r: str(r["answered"]), self.model.columns[-1].align)
            view, _m = make_table(self.model, self, sortable=table == "export")
            from PySide6.QtWidgets import QHeaderView

            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            if table == "export":
                view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            tl.addWidget(view, 1)
            lay.addWidget(tcard, 1)
        else:
            lay.addStretch(1)

    def showEvent(self, e) -> None:
        super().showEvent(e)
        Op(self, workspace_figures).success(self._show).run()
        if self.model is not None:
            fetch = ready_to_export if self.table_kind == "export" else theme_means
            Op(self, fetch).success(self.model.set_rows).run()

    def _show(self, f: dict) -> None:
        for key in ("companies", "draft", "completed", "exported"):
            self.values[key].setText(fmt_number(f[key], 0))
        self.values["mean"].setText(fmt_number(f["mean"], 2) if f["mean"] is not None else "—")
