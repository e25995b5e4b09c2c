"""The diagnostic in progress: themes with progress, the criterion card, the live radar, autosave.

Every change goes through `ws.diagnostics.save_answer` on the worker thread; the label says
« Enregistrement… » while saves are queued and « Enregistré » once the last one has returned
(committed). The card reopens at `last_criterion`, where the expert left off.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QProgressBar, QSplitter, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...core import scoring
from ...core.diagnostic import Answer, Diagnostic, Status, check_answer
from ...core.errors import ValidationError
from ...core.scoring import Scores
from ...core.validation import validated
from ..changes import Change
from ..elide import ElidedLabel
from ..i18n import fmt_date, fmt_number, tr
from ..log import logger
from ..ops import Op
from ..radar import RadarChart
from ..work import editor_data, list_attachments
from .common import button, card, set_bar, set_busy_text
from .criterion_card import CriterionCard
from ..plain import Label, esc, rich, tip

if TYPE_CHECKING:
    from ...core.referentiel import Referentiel

CRIT_ROLE = Qt.ItemDataRole.UserRole
RESCORE_PAUSE_MS = 1500


class EditorPage(QWidget):
    """`synthesis_requested(diag_id)` when the expert goes on to the synthesis."""

    synthesis_requested = Signal(str)
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.diag: Diagnostic | None = None
        self.ref: Referentiel | None = None
        self.answers: dict[str, Answer] = {}
        self.attachments: list[dict] = []
        self.current: str | None = None
        self.saving = 0
        self.last_error: str | None = None
        self.folder: Path | None = None

        self.title = ElidedLabel(tr("Aucun diagnostic ouvert"))
        self.title.setObjectName("pageTitle")
        self.subtitle = ElidedLabel(tr("Ouvrez un diagnostic depuis la liste, ou démarrez-en un depuis une entreprise."))
        self.subtitle.setObjectName("pageSubtitle")
        self.save_state = Label("")
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(tr("État de l'enregistrement"))
        self.synth_btn = button(tr("&Synthèse →"), tip=tr("Scores, priorités, plan d'actions"))
        self.banner = Label()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.synth_btn, 0, Qt.AlignmentFlag.AlignVCenter)

        # the three columns are placed first, then filled (see `common.card`)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        card_frame, cl = card()
        radar_frame, rl = card(tr("Niveaux par thème"))
        for w in (left, card_frame, radar_frame):
            split.addWidget(w)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setAccessibleName(tr("Thèmes et critères"))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(12)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.total = QProgressBar()
        self.total.setFormat(tr("%v / %m critères"))
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(6)
        ll.addWidget(self.total)
        ll.addWidget(self.tree, 1)

        self.card = CriterionCard(card_frame)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.card)

        self.radar = RadarChart(numbered=True)
        self.overall = Label("—")
        self.overall.setObjectName("bigScore")
        self.overall_label = Label()
        rich(self.overall_label)  # markup of its own, the maturity label escaped
        self.overall_label.setObjectName("muted")
        self.overall_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.overall)
        top.addWidget(self.overall_label, 1)
        rl.addWidget(Label(tr("Indice global actuel")))
        rl.addLayout(top)
        rl.addWidget(self.radar, 3)
        self.legend = Label()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        rl.addWidget(self.legend, 2)

        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([265, 495, 330])
        split.setChildrenCollapsible(False)
        left.setMinimumWidth(220)
        radar_frame.setMinimumWidth(300)
        self.split = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(8)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)

        self.tree.currentItemChanged.connect(self._tree_moved)
        self.card.edited.connect(self.save)
        self.card.moved.connect(self.move_by)
        self.card.attachments.changed.connect(self._reload_attachments)
        self.synth_btn.clicked.connect(lambda: self.diag and self.synthesis_requested.emit(self.diag.id))
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq, step in (("PgDown", 1), ("PgUp", -1), ("Alt+Right", 1), ("Alt+Left", -1)):
            QShortcut(QKeySequence(seq), self, lambda s=step: self.move_by(s), context=ctx)
        for n in range(0, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda n=n: self.card.set_target(n), context=ctx)
        self.synth_btn.setEnabled(False)
        # stored scores (lists, office) are refreshed after a pause in the typing, not on every save
        self._rescore = QTimer(self)
        self._rescore.setSingleShot(True)
        self._rescore.setInterval(RESCORE_PAUSE_MS)
        self._rescore.timeout.connect(self._do_rescore)

    # ---- loading -------------------------------------------------------------------------------
    def load(self, diag_id: str, criterion: str | None = None) -> None:
        self.card.flush()
        self.rescore_now()
        Op(self, lambda ws: editor_data(ws, diag_id) | {"folder": ws.attachments_dir}).success(
            lambda d: self._loaded(d, criterion)).run()

    def _loaded(self, d: dict, criterion: str | None) -> None:
        diag: Diagnostic = d["diag"]
        ref: Referentiel = d["ref"]
        self.diag, self.ref = diag, ref
        self.previous = d.get("previous")  # follow-up: criterion → PreviousLevel
        self.answers = dict(diag.answers)
        self.attachments = d["attachments"]
        self.folder = d["folder"]
        self.title.setText(diag.company_name or diag.siret)
        self.subtitle.setText(tr("Révision") + f" {diag.revision} · " + tr("visite du") + f" {fmt_date(diag.visit_date)} · "
                              + f"{ref.title} {ref.version}")
        editable = diag.status == Status.DRAFT
        self.banner.setVisible(not editable)
        if not editable:
            self.banner.setText(tr("Ce diagnostic est terminé : les réponses sont figées. Rouvrez-le depuis la synthèse "
                                   "pour en faire une nouvelle révision."))
        self.synth_btn.setEnabled(True)
        self._build_tree()
        self._show_scores(d["scores"])
        set_busy_text(self.save_state, tr("Enregistré") if editable else tr("Lecture seule"), "saved")
        start = criterion or diag.last_criterion or self._first_unanswered()
        self.select(start)
        self.card.picker.setFocus()

    def _shown(self) -> tuple[Diagnostic, Referentiel, Path]:
        """The diagnostic on screen, its référentiel and the attachments' folder (set together by `_loaded`;
        what calls this runs only once a diagnostic is loaded)."""
        if self.diag is None or self.ref is None or self.folder is None:
            raise RuntimeError("no diagnostic in the questionnaire")
        return self.diag, self.ref, self.folder

    def _first_unanswered(self) -> str:
        ref = self._shown()[1]
        for cid in ref.criteria_by_id:
            a = self.answers.get(cid)
            if a is None or not a.answered:
                return cid
        return next(iter(ref.criteria_by_id))

    def _build_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items: dict[str, QTreeWidgetItem] = {}
        self.theme_items: dict[str, QTreeWidgetItem] = {}
        self._marks: dict[str, str] = {}  # the text beside each criterion, as shown
        for theme in self._shown()[1].themes:
            ti = QTreeWidgetItem([theme.title, ""])
            ti.setFlags(ti.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            f = ti.font(0)
            f.setBold(True)
            ti.setFont(0, f)
            ti.setToolTip(0, tip(theme.title))
            self.tree.addTopLevelItem(ti)
            self.theme_items[theme.id] = ti
            for crit in theme.criteria:
                ci = QTreeWidgetItem([crit.title, ""])
                ci.setData(0, CRIT_ROLE, crit.id)
                ci.setToolTip(0, tip(crit.title))
                ti.addChild(ci)
                self.items[crit.id] = ci
            ti.setExpanded(True)
        self.tree.setColumnWidth(0, 180)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.blockSignals(False)
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        """The level beside each criterion, the count beside each theme, the progress bar. Only what
        changed is set again (after each answer, one criterion): each change redraws its row."""
        done_total = 0
        answered, muted = QBrush(QColor("#2e7d32")), QBrush(QColor("#5b6878"))
        ref = self._shown()[1]
        for theme in ref.themes:
            done = 0
            for crit in theme.criteria:
                a = self.answers.get(crit.id)
                if a is not None and a.answered:
                    done += 1
                    mark = (tr("n.a.") if a.na else str(a.level), muted if a.na else answered)
                else:
                    mark = ("·", muted)
                if self._marks.get(crit.id) != mark[0]:
                    self._marks[crit.id] = mark[0]
                    it = self.items[crit.id]
                    it.setText(1, mark[0])
                    it.setForeground(1, mark[1])
            count = f"{done}/{len(theme.criteria)}"
            if self.theme_items[theme.id].text(1) != count:
                self.theme_items[theme.id].setText(1, count)
            done_total += done
        set_bar(self.total, done_total, ref.criteria_count())

    def _show_scores(self, s: Scores) -> None:
        ref = self._shown()[1]
        self.radar.set_data([(t.title, s.theme_scores.get(t.id), s.theme_targets.get(t.id)) for t in ref.themes],
                            ref.min_level, ref.max_level)
        self.overall.setText(fmt_number(s.overall, 2) if s.overall is not None else "—")
        self.overall_label.setText(
            (tr("« {l} »").replace("{l}", _esc(ref.maturity_label(s.overall))) + "<br>" if s.overall is not None else "")
            + tr("cible") + f" {fmt_number(s.overall_target, 2)}")
        rows = "".join(
            f"<tr><td style='color:#5b6878;padding-right:4px'>{i + 1}</td><td>{_esc(_short(t.title, 30))}</td>"
            f"<td align='right' style='color:#1f4e8c;padding-left:6px'><b>{fmt_number(s.theme_scores.get(t.id), 1)}</b></td>"
            f"<td align='right' style='color:#a85a12;padding-left:6px'>{fmt_number(s.theme_targets.get(t.id), 1)}</td></tr>"
            for i, t in enumerate(ref.themes))
        self.legend.setText(f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>")
        self.legend.setToolTip(tip("\n".join(f"{i + 1}  {t.title}" for i, t in enumerate(ref.themes))))

    # ---- moving --------------------------------------------------------------------------------
    def select(self, criterion: str) -> None:
        it = self.items.get(criterion) if self.ref else None
        if it is not None:
            self.tree.setCurrentItem(it)
            self.tree.scrollToItem(it)

    def _tree_moved(self, cur: QTreeWidgetItem | None, _prev) -> None:
        if cur is None:
            return
        cid = cur.data(0, CRIT_ROLE)
        if cid is None:  # a theme row: go to its first criterion
            if (first := cur.child(0)) is not None:
                self.tree.setCurrentItem(first)
            return
        self.card.flush()
        self.current = cid
        diag, ref, folder = self._shown()
        self.card.show_criterion(ref, ref.criteria_by_id[cid], self.answers.get(cid), diag.status == Status.DRAFT)
        self.card.set_previous(self.previous.get(cid) if self.previous else None)
        self.card.attachments.set_items(diag.id, cid, folder, self.attachments, diag.status == Status.DRAFT)

    def move_by(self, step: int) -> None:
        if not self.ref or self.current is None:
            return
        ids = list(self.ref.criteria_by_id)
        i = ids.index(self.current) + step
        if 0 <= i < len(ids):
            self.select(ids[i])
            self.card.picker.setFocus()  # a new criterion starts with its level
        elif i >= len(ids) and self.diag:
            self.synthesis_requested.emit(self.diag.id)

    def keyPressEvent(self, e) -> None:
        """Digits not taken by a text field pick the level of the criterion on screen."""
        text = e.text()
        if text.isdigit() and e.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and self.ref and self.current:
            self.card.picker.pick(int(text))
            return
        super().keyPressEvent(e)

    # ---- saving --------------------------------------------------------------------------------
    def save(self, fields: dict) -> None:
        """Check with the core rules, show the reason at the field, else save through the durable path."""
        if not self.diag or self.diag.status != Status.DRAFT:
            return
        ref = self._shown()[1]
        try:
            answer = validated(Answer, fields)
            check_answer(ref, answer)
        except ValidationError as exc:
            self.card.show_error(exc.field, str(exc))
            set_busy_text(self.save_state, tr("Non enregistré : à corriger"), "error")
            return
        self.card.clear_errors()
        self.answers[answer.criterion] = answer
        self._refresh_marks()
        self.saving += 1
        set_busy_text(self.save_state, tr("Enregistrement…"), "saving")
        diag_id = self.diag.id
        Op(self, lambda ws: ws.diagnostics.save_answer(diag_id, answer)).changes(Change.DIAGNOSTICS).success(self._saved).failure(self._save_failed).run()
        self._show_scores(scoring.compute(ref, self.answers))  # the radar follows at once

    def _saved(self, _r=None) -> None:
        self.saving -= 1
        if self.saving == 0:
            set_busy_text(self.save_state, tr("Enregistré"), "saved")
            self._rescore.start()
        self.changed.emit()

    def rescore_now(self) -> None:
        """Store the scores of the answers saved so far (list and office views read them)."""
        if self._rescore.isActive():
            self._rescore.stop()
            self._do_rescore()

    def _do_rescore(self) -> None:
        if self.diag is None:
            return
        diag_id = self.diag.id
        Op(self, lambda ws: ws.diagnostics.rescore(diag_id)).changes(Change.DIAGNOSTICS).run()

    def _save_failed(self, exc: BaseException) -> None:
        self.saving -= 1
        logger.warning("réponse non enregistrée : %s", exc)
        self.last_error = str(exc)
        set_busy_text(self.save_state, tr("Non enregistré"), "error")
        self.save_state.setToolTip(tip(exc))
        from ..ops import show_error

        show_error(self, exc)
        if self.diag is not None and self.saving == 0:
            self.load(self.diag.id, self.current)  # show what the workspace really holds

    def _reload_attachments(self) -> None:
        if not self.diag:
            return
        diag_id = self.diag.id
        Op(self, lambda ws: list_attachments(ws, diag_id)).success(self._attachments_loaded).run()

    def _attachments_loaded(self, rows: list[dict]) -> None:
        self.attachments = rows
        if self.current:
            diag, _ref, folder = self._shown()
            self.card.attachments.set_items(diag.id, self.current, folder, rows, diag.status == Status.DRAFT)


_esc = esc  # one escaping function for the window (plain.esc)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
