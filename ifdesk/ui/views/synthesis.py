"""Synthesis (the `report` view): overall index, radar, theme scores, priorities, strengths and
weaknesses, the action plan, « Terminer », « Rouvrir », « Générer le rapport »."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core import scoring
from ...core.diagnostic import MAX_NOTE, ActionItem, Diagnostic, Status
from ...store import reviews
from ..changes import Change
from ..elide import ElidedLabel
from ..i18n import fmt_date, fmt_number, language, tr
from ..models import ActionTableModel, PriorityTableModel, ThemeScoreTableModel, status_label
from ..ops import Op, show_error
from ..radar import RadarChart
from .action_dialog import ActionDialog
from .common import button, card, plain_text, row, set_busy_text
from .next_steps import NextStepsTab
from .companies import make_table
from .report_button import ReportButton
from .review_panel import AnswerTableModel, ReviewPanel, answer_rows
from ..plain import Label

if TYPE_CHECKING:
    from ...core.referentiel import Referentiel

TYPING_PAUSE_MS = 600


class SynthesisPage(QWidget):
    """`criterion_requested(diag_id, criterion)` opens the editor on a missing criterion."""

    criterion_requested = Signal(str, str)
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.diag: Diagnostic | None = None
        self.ref: Referentiel | None = None
        self.action_items: list[ActionItem] = []
        self.title = ElidedLabel(tr("Synthèse"))
        self.title.setObjectName("pageTitle")
        self.subtitle = ElidedLabel(tr("Ouvrez un diagnostic pour voir sa synthèse."))
        self.subtitle.setObjectName("pageSubtitle")
        self.save_state = Label()
        self.save_state.setObjectName("saveState")
        self.finish_btn = button(tr("&Terminer le diagnostic"), primary=True)
        self.reopen_btn = button(tr("R&ouvrir (nouvelle révision)"))
        self.report_btn = ReportButton(self)
        self.back_btn = button(tr("← &Questionnaire"))
        head = QHBoxLayout()
        tl = QVBoxLayout()
        tl.setSpacing(2)
        tl.addWidget(self.title)
        tl.addWidget(self.subtitle)
        head.addLayout(tl, 1)
        head.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignVCenter)
        # the buttons on a line of their own, with the report's progress: the title and its subtitle keep
        # the page's width (a long company name is not cut at 1366 px)
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.report_btn.strip)
        strip_row.addStretch(1)
        for w in (self.back_btn, self.report_btn, self.reopen_btn, self.finish_btn):
            strip_row.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

        # missing criteria, shown when « Terminer » finds gaps
        self.missing_box, ml = card(tr("Il manque des réponses"))
        self.missing_text = Label()
        self.missing_text.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setMaximumHeight(120)
        self.missing.setAccessibleName(tr("Critères sans réponse"))
        ml.addWidget(self.missing_text)
        ml.addWidget(self.missing)
        self.missing_box.hide()

        # the tabs are placed first, then filled: with the application's style sheet, placing an already
        # filled tree of widgets restyles each of them again (see `common.card`)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Synthèse"))
        scores, sw, plan = QWidget(), QWidget(), QWidget()
        self.tabs.addTab(scores, tr("&Scores et priorités"))
        self.tabs.addTab(sw, tr("Points forts et faibl&es"))
        self.tabs.addTab(plan, tr("&Plan d'actions"))

        # tab 1: scores
        self.overall = Label("—")
        self.overall.setObjectName("bigScore")
        self.overall_label = Label()
        self.overall_label.setWordWrap(True)
        self.radar = RadarChart()
        self.themes = ThemeScoreTableModel(self)
        self.theme_table, _p = make_table(self.themes, scores, sortable=False, name=tr("Scores par thème"))
        self.theme_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.prios = PriorityTableModel(self)
        self.prio_table, _p2 = make_table(self.prios, scores, sortable=False, name=tr("Priorités"))
        ph = self.prio_table.horizontalHeader()
        ph.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 46), (2, 64), (3, 60), (4, 48), (5, 72)):
            self.prio_table.setColumnWidth(column, width)
        sl = QHBoxLayout(scores)
        sl.setContentsMargins(10, 10, 10, 10)
        sl.setSpacing(12)
        lcol = QVBoxLayout()
        lcol.addWidget(Label(tr("Indice global")))
        top = QHBoxLayout()
        top.addWidget(self.overall)
        top.addWidget(self.overall_label, 1)
        lcol.addLayout(top)
        self.peers = Label()  # issue 14: against the previous visit and against comparable companies
        self.peers.setObjectName("muted")
        self.peers.setWordWrap(True)
        self.peers.hide()
        lcol.addWidget(self.peers)
        lcol.addWidget(self.radar, 1)
        sl.addLayout(lcol, 1)
        rcol = QVBoxLayout()
        rcol.addWidget(Label(tr("Scores par thème")))
        rcol.addWidget(self.theme_table, 0)
        rcol.addWidget(Label(tr("Priorités (écart × poids, × 1,5 si jugé important)")))
        rcol.addWidget(self.prio_table, 5)
        sl.addLayout(rcol, 1)

        # tab 2: strengths and weaknesses
        self.strengths = plain_text(tr("Ce que l'entreprise fait bien, sur quoi s'appuyer"))
        self.weaknesses = plain_text(tr("Ce qui freine, les risques observés"))
        swl = QHBoxLayout(sw)
        swl.setContentsMargins(10, 10, 10, 10)
        for label, edit in ((tr("Points &forts"), self.strengths), (tr("Points fai&bles"), self.weaknesses)):
            col = QVBoxLayout()
            lab = Label(label)
            lab.setBuddy(edit)
            col.addWidget(lab)
            col.addWidget(edit, 1)
            swl.addLayout(col)
        self.sw_error = Label()
        self.sw_error.setObjectName("fieldError")

        # tab 3: action plan
        self.action_model = ActionTableModel(self)
        self.action_table, _p3 = make_table(self.action_model, plan, sortable=False, name=tr("Plan d'actions"))
        ah = self.action_table.horizontalHeader()
        ah.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 195), (2, 80), (3, 170), (4, 120), (5, 100), (6, 90)):
            self.action_table.setColumnWidth(column, width)
        self.add_btn = button(tr("&Ajouter une action…"))
        self.edit_btn = button(tr("&Modifier…"))
        self.del_btn = button(tr("Suppr&imer"))
        self.up_btn = button(tr("Monter"))
        self.down_btn = button(tr("Descendre"))
        self.suggest_btn = button(tr("Suggérer depuis les écarts"), shortcut="Ctrl+G", tip=tr("Ajoute une action pour chacune des premières priorités"))
        pl = QVBoxLayout(plan)
        pl.setContentsMargins(10, 10, 10, 10)
        pl.addLayout(row(self.add_btn, self.edit_btn, self.del_btn, self.up_btn, self.down_btn, None, self.suggest_btn))
        pl.addWidget(self.action_table, 1)

        # tab 4 (a diagnostic received at the office): the answers, read-only, for the review
        self.answer_model = AnswerTableModel(self)
        self.answer_table, _p4 = make_table(self.answer_model, self, sortable=False)
        self.answer_table.setAccessibleName(tr("Réponses du diagnostic"))
        anh = self.answer_table.horizontalHeader()
        anh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 260), (2, 60), (3, 60)):
            self.answer_table.setColumnWidth(column, width)
        self.review_panel = ReviewPanel(self)
        self.review_ctx: dict | None = None

        self.next_steps = NextStepsTab(self)  # restitution, follow-up, « aucune action », expert's contact
        self.tabs.addTab(self.next_steps, tr("Prochaines étapes et contact"))
        self.next_steps.save_requested.connect(self.save_next_steps)
        self.answers_tab = self.tabs.addTab(self.answer_table, tr("Ré&ponses"))
        self.tabs.setTabVisible(self.answers_tab, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(8)
        self.banner = Label()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        lay.addLayout(head)
        lay.addLayout(strip_row)
        lay.addWidget(self.report_btn.notice)
        lay.addWidget(self.banner)
        lay.addWidget(self.missing_box)
        lay.addWidget(self.review_panel)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.sw_error)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.save_synthesis)
        self.strengths.textChanged.connect(self._text_changed)
        self.weaknesses.textChanged.connect(self._text_changed)
        for e in (self.strengths, self.weaknesses):
            e.installEventFilter(self)
        self.finish_btn.clicked.connect(self.finish)
        self.reopen_btn.clicked.connect(self.reopen)
        self.review_panel.decided.connect(self.decide)
        self.back_btn.clicked.connect(lambda: self.diag and self.criterion_requested.emit(self.diag.id, ""))
        self.missing.itemActivated.connect(self._missing_activated)
        self.add_btn.clicked.connect(lambda: self.edit_action(None))
        self.edit_btn.clicked.connect(lambda: self.edit_action(self.action_table.currentIndex().row()))
        self.action_table.activated.connect(lambda i: self.edit_action(i.row()))
        self.del_btn.clicked.connect(self.delete_action)
        self.up_btn.clicked.connect(lambda: self.move_action(-1))
        self.down_btn.clicked.connect(lambda: self.move_action(1))
        self.suggest_btn.clicked.connect(self.suggest)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.action_table, self.delete_action,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._loading = False
        self._set_enabled(False)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.FocusOut and self._typing.isActive():
            self.save_synthesis()
        return False

    # ---- loading -------------------------------------------------------------------------------
    def load(self, diag_id: str) -> None:
        if self._typing.isActive():
            self.save_synthesis()

        def fetch(ws):
            diag = ws.diagnostics.get(diag_id)
            ref = ws.referentiels.get(diag.referentiel.sha256).localized(language())  # the window's language
            return diag, ref, scoring.compute(ref, diag.answers), reviews.context(ws, diag_id)

        Op(self, fetch).success(self._loaded).run()

    def _loaded(self, data) -> None:
        self.diag, self.ref, s, self.review_ctx = data
        received = bool(self.review_ctx and self.review_ctx["received"])
        self.review_panel.set_context(self.review_ctx)
        self.tabs.setTabVisible(self.answers_tab, received)
        self.answer_model.set_rows(answer_rows(self.ref, self.diag) if received else [])
        self.scores = s
        d = self.diag
        self.title.setText(tr("Synthèse — ") + (d.company_name or d.siret))
        self.subtitle.setText(f"{status_label(d.status.value)} · " + tr("révision") + f" {d.revision} · "
                              + tr("visite du") + f" {fmt_date(d.visit_date)} · {s.answered}/{s.total} " + tr("critères renseignés"))
        self.overall.setText(fmt_number(s.overall, 2) if s.overall is not None else "—")
        self.overall_label.setText(
            (tr("« {l} »").replace("{l}", self.ref.maturity_label(s.overall)) if s.overall is not None else tr("Pas encore de score"))
            + "\n" + tr("Cible :") + f" {fmt_number(s.overall_target, 2)}")
        self.radar.set_data([(t.title, s.theme_scores.get(t.id), s.theme_targets.get(t.id)) for t in self.ref.themes],
                            self.ref.min_level, self.ref.max_level)
        self.themes.set_rows([{"theme": t.id, "title": t.title, "score": s.theme_scores.get(t.id),
                               "target": s.theme_targets.get(t.id), "answered": s.progress[t.id][0],
                               "total": s.progress[t.id][1]} for t in self.ref.themes])
        self.theme_table.setFixedHeight(self.theme_table.horizontalHeader().sizeHint().height() + 4
                                        + self.theme_table.verticalHeader().defaultSectionSize() * len(self.ref.themes))
        self.prios.set_rows([p.as_dict() | {"rank": i + 1} for i, p in enumerate(s.priorities)])
        self._loading = True
        self.strengths.setPlainText(d.strengths)
        self.weaknesses.setPlainText(d.weaknesses)
        self._loading = False
        self.next_steps.set_values(d, d.status == Status.DRAFT)
        self.action_items = list(d.actions)
        self.action_model.set_rows([a.model_dump(mode="json") for a in self.action_items])
        self.missing_box.hide()
        self._load_peers()
        self._set_enabled(True)
        set_busy_text(self.save_state, "", "saved")

    def _set_enabled(self, loaded: bool) -> None:
        draft = loaded and self.diag is not None and self.diag.status == Status.DRAFT
        for w in (self.finish_btn, self.add_btn, self.edit_btn, self.del_btn, self.up_btn, self.down_btn, self.suggest_btn):
            w.setEnabled(draft)
        self.strengths.setReadOnly(not draft)
        self.weaknesses.setReadOnly(not draft)
        received = bool(loaded and self.review_ctx and self.review_ctx["received"])
        self.reopen_btn.setEnabled(loaded and not draft and not received)
        self.reopen_btn.setToolTip(tr("Diagnostic reçu d'un expert : le bureau le passe en revue, seul son auteur peut "
                                      "en faire une nouvelle révision.") if received else "")
        frozen = loaded and self.diag is not None and not draft
        self.banner.setVisible(frozen)
        if frozen and received and self.diag is not None:
            self.banner.setText(tr("Diagnostic reçu de {n} : le bureau ne le modifie pas, il le passe en revue "
                                   "(approuver, demander des modifications, rejeter).").replace("{n}", self.diag.expert_name))
        elif frozen and self.diag is not None:
            self.banner.setText(tr("Ce diagnostic est {s} : il est figé. « Rouvrir » en fait une nouvelle révision, "
                                   "modifiable.").replace("{s}", status_label(self.diag.status.value).lower()))
        self.back_btn.setEnabled(loaded)
        self.report_btn.set_diagnostic(self.diag.id if loaded and self.diag else None)

    def _on_screen(self) -> Diagnostic:
        """The diagnostic shown: the controls that need it are enabled only once one is loaded."""
        if self.diag is None:
            raise RuntimeError("no diagnostic on the synthesis page")
        return self.diag

    def _on_screen_ref(self) -> Referentiel:
        if self.ref is None:
            raise RuntimeError("no référentiel on the synthesis page")
        return self.ref

    # ---- strengths / weaknesses ----------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading and self.diag is not None and self.diag.status == Status.DRAFT:
            self._typing.start()
            set_busy_text(self.save_state, tr("Modifié…"), "saving")

    def save_synthesis(self) -> None:
        self._typing.stop()
        s, w = self.strengths.toPlainText(), self.weaknesses.toPlainText()
        for text, label in ((s, tr("Points forts")), (w, tr("Points faibles"))):
            if len(text) > MAX_NOTE:
                self.sw_error.setText(label + tr(" : texte trop long, {n} caractères au plus. Rien n'a été enregistré.").replace("{n}", str(MAX_NOTE)))
                set_busy_text(self.save_state, tr("Non enregistré"), "error")
                return
        self.sw_error.clear()
        diag_id = self._on_screen().id
        set_busy_text(self.save_state, tr("Enregistrement…"), "saving")
        Op(self, lambda ws: ws.diagnostics.set_synthesis(diag_id, strengths=s, weaknesses=w)).changes(
            Change.DIAGNOSTICS).success(
            lambda _r: set_busy_text(self.save_state, tr("Enregistré"), "saved")).failure(self._failed).run()

    def save_next_steps(self, fields: dict) -> None:
        diag_id = self._on_screen().id
        set_busy_text(self.save_state, tr("Enregistrement…"), "saving")
        Op(self, lambda ws: ws.diagnostics.set_synthesis(diag_id, **fields)).changes(Change.DIAGNOSTICS).success(
            lambda _r: set_busy_text(self.save_state, tr("Enregistré"), "saved")).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        set_busy_text(self.save_state, tr("Non enregistré"), "error")
        show_error(self, exc)

    def _load_peers(self) -> None:
        from ...store.benchmark import programme_keys

        d, ref = self._on_screen(), self._on_screen_ref()
        Op(self, lambda ws: programme_keys(ws, d, ref)).success(self._show_peers).run()

    def _show_peers(self, k: dict) -> None:
        lines = []
        ev, bm = k.get("evolution"), k.get("benchmark")
        if ev:
            lines.append(tr("Diagnostic précédent du {d} : indice {a} → {b} ; {n} action(s) réalisée(s).")
                         .replace("{d}", fmt_date(ev["previous_date"])).replace("{a}", fmt_number(ev["overall_then"], 2))
                         .replace("{b}", fmt_number(ev["overall_now"], 2)).replace("{n}", str(len(ev["actions_done"]))))
        if bm:
            q = bm["overall"]
            lines.append(tr("Entreprises comparables ({n} entreprises, division {s}, {c}) : médiane {m}, moitié centrale "
                            "de {q1} à {q3}.").replace("{n}", str(bm["n"])).replace("{s}", bm["sector"])
                         .replace("{c}", bm["size_class"]).replace("{m}", fmt_number(q["median"], 2))
                         .replace("{q1}", fmt_number(q["q1"], 2)).replace("{q3}", fmt_number(q["q3"], 2)))
        self.peers.setText("\n".join(lines))
        self.peers.setVisible(bool(lines))

    # ---- action plan ---------------------------------------------------------------------------
    def edit_action(self, index: int | None) -> None:
        if self.diag is None or self.diag.status != Status.DRAFT:
            return
        current = self.action_items[index] if index is not None and 0 <= index < len(self.action_items) else None
        if index is not None and current is None:
            return
        dlg = ActionDialog(self._on_screen_ref(), current, self)
        dlg.confirmed.connect(lambda item: self._put_action(index if current else None, item))
        dlg.open()

    def _put_action(self, index: int | None, item: ActionItem) -> None:
        actions = list(self.action_items)
        if index is None:
            actions.append(item)
        else:
            actions[index] = item
        self.save_actions(actions, select=len(actions) - 1 if index is None else index)

    def delete_action(self) -> None:
        i = self.action_table.currentIndex().row()
        if 0 <= i < len(self.action_items):
            actions = list(self.action_items)
            del actions[i]
            self.save_actions(actions, select=min(i, len(actions) - 1))

    def move_action(self, step: int) -> None:
        i = self.action_table.currentIndex().row()
        j = i + step
        if 0 <= i < len(self.action_items) and 0 <= j < len(self.action_items):
            actions = list(self.action_items)
            actions[i], actions[j] = actions[j], actions[i]
            self.save_actions(actions, select=j)

    def suggest(self) -> None:
        have = {c for a in self.action_items for c in a.criteria}
        new = [ActionItem(**d) for d in scoring.suggested_actions(self._on_screen_ref(), self.scores) if not set(d["criteria"]) & have]
        if not new:
            self.sw_error.setText(tr("Aucune nouvelle suggestion : fixez des niveaux cibles au-dessus des niveaux actuels."))
            return
        self.sw_error.clear()
        self.save_actions(self.action_items + new, select=len(self.action_items))
        self.tabs.setCurrentIndex(2)

    def save_actions(self, actions: list[ActionItem], select: int = -1) -> None:
        diag_id = self._on_screen().id
        set_busy_text(self.save_state, tr("Enregistrement…"), "saving")

        def done(saved) -> None:
            self.action_items = saved  # as stored: new actions now carry their id
            self.action_model.set_rows([a.model_dump(mode="json") for a in saved])
            if 0 <= select < len(actions):
                self.action_table.setCurrentIndex(self.action_table.model().index(select, 0))
            set_busy_text(self.save_state, tr("Enregistré"), "saved")
            self.action_table.setFocus()
            self.changed.emit()

        Op(self, lambda ws: ws.diagnostics.set_actions(diag_id, actions)).changes(Change.DIAGNOSTICS).success(done).failure(self._failed).run()

    # ---- lifecycle -----------------------------------------------------------------------------
    def finish(self) -> None:
        if self._typing.isActive():
            self.save_synthesis()
        diag_id = self._on_screen().id
        Op(self, lambda ws: ws.diagnostics.complete(diag_id)).changes(Change.DIAGNOSTICS).success(lambda _d: self._after_lifecycle(diag_id)).failure(
            self._finish_refused).run()

    def _finish_refused(self, exc: BaseException) -> None:
        missing = getattr(exc, "missing", None)
        if not missing:
            show_error(self, exc)
            return
        self.missing_text.setText(str(exc) + " " + tr("Choisissez un critère (Entrée) pour y aller."))
        self.missing.clear()
        ref = self._on_screen_ref()
        for cid in missing:
            crit = ref.criteria_by_id.get(cid)
            if crit is None:  # the synthesis: strengths, weaknesses, an action or « aucune action »
                it = QListWidgetItem("• " + cid)
                it.setData(Qt.ItemDataRole.UserRole, "")
            else:
                it = QListWidgetItem(f"{ref.theme_of[cid].title} — {crit.title}")
                it.setData(Qt.ItemDataRole.UserRole, cid)
            self.missing.addItem(it)
        self.missing.setCurrentRow(0)
        self.missing_box.show()
        self.missing.setFocus()

    def _missing_activated(self, it: QListWidgetItem) -> None:
        cid = it.data(Qt.ItemDataRole.UserRole)
        if cid:
            self.criterion_requested.emit(self._on_screen().id, cid)
        else:  # a synthesis item: its tab
            from ...core.diagnostic import NO_ACTION_MISSING

            self.tabs.setCurrentIndex(2 if it.text() == "• " + NO_ACTION_MISSING() else 1)

    def reopen(self) -> None:
        diag_id = self._on_screen().id
        Op(self, lambda ws: ws.diagnostics.reopen(diag_id)).changes(Change.DIAGNOSTICS).success(lambda _d: self._after_lifecycle(diag_id)).run()

    def decide(self, state: str, comment: str) -> None:
        """The office's review decision (journaled; it travels with the next distribution)."""
        if self.diag is None:
            return
        diag_id = self._on_screen().id
        Op(self, lambda ws: reviews.decide(ws, diag_id, state, comment)).success(
            lambda _r: self._after_lifecycle(diag_id)).failure(lambda e: show_error(self, e)).run()

    def _after_lifecycle(self, diag_id: str) -> None:
        self.changed.emit()
        self.load(diag_id)
