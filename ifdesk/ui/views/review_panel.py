"""The office's review of a received diagnostic (bundle.md, « Authority »), on the Synthesis page.

At the office, on a diagnostic received from an expert: its state, the comment, the history, and
« Approuver », « Demander des modifications… », « Rejeter… » (a comment dialog). At an expert: the
office's decision as received in a distribution, read-only, so the expert can answer with a new revision.
Every text from data is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout)

from ..i18n import local_time, tr
from ..models import Column, RowsModel, review_flag, review_label
from .common import button


__all__ = ["ReviewPanel", "ReviewDialog", "AnswerTableModel", "answer_rows", "review_filter_items", "review_flag",
           "review_label"]


REVIEW_FILTERS = (("", QT_TR_NOOP("Toutes les revues")), ("to_review", QT_TR_NOOP("À examiner")),
                  ("approved", QT_TR_NOOP("Approuvés")), ("changes_requested", QT_TR_NOOP("Modifications demandées")),
                  ("rejected", QT_TR_NOOP("Rejetés")))


def review_filter_items() -> list[tuple[str, str]]:
    return [(value, tr(label)) for value, label in REVIEW_FILTERS]


def _when(stamp: str | None) -> str:
    local = local_time(stamp) if stamp else None
    return local.strftime("%d/%m/%Y %H:%M") if local else (stamp or "")


class ReviewDialog(QDialog):
    """A comment (required) for « Demander des modifications » or « Rejeter »."""

    confirmed = Signal(str, str)  # state, comment

    def __init__(self, state: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Demander des modifications") if state == "changes_requested" else tr("Rejeter le diagnostic"))
        self.resize(520, 300)
        intro = QLabel(tr("Ce que l'expert doit reprendre (il le verra sur son diagnostic) :")
                       if state == "changes_requested" else
                       tr("La raison du rejet (l'expert la verra ; un diagnostic rejeté ne compte pas dans les objectifs) :"))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Commentaire"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Envoyer la demande") if state == "changes_requested" else tr("Rejeter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        comment = self.text.toPlainText().strip()
        if not comment:
            self.error.setText(tr("Un commentaire est nécessaire."))
            return
        self.confirmed.emit(self.state, comment)
        super().accept()


class ReviewPanel(QFrame):
    """`decided(state, comment)` when the office decides (the page saves it and reloads)."""

    decided = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(tr("Revue du bureau"))
        self.title.setObjectName("cardTitle")
        self.state = QLabel()
        self.state.setObjectName("reviewState")
        self.state.setStyleSheet("QLabel { font-weight: 600; padding: 2px 8px; border-radius: 8px; background: #e8eef6; }")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.comment = QLabel()
        self.comment.setTextFormat(Qt.TextFormat.PlainText)
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.approve_btn = button(tr("&Approuver"), primary=True)
        self.changes_btn = button(tr("&Demander des modifications…"))
        self.reject_btn = button(tr("Re&jeter…"))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        for b in (self.approve_btn, self.changes_btn, self.reject_btn):
            head.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.comment)
        lay.addWidget(self.meta)
        self.approve_btn.clicked.connect(lambda: self.decided.emit("approved", ""))
        self.changes_btn.clicked.connect(lambda: self._ask("changes_requested"))
        self.reject_btn.clicked.connect(lambda: self._ask("rejected"))
        self.hide()

    def _ask(self, state: str) -> None:
        dlg = ReviewDialog(state, self)
        dlg.confirmed.connect(self.decided.emit)
        dlg.open()

    def set_context(self, ctx: dict | None) -> None:
        """`ctx` from `store.reviews.context`; hidden when there is nothing to show."""
        review = (ctx or {}).get("review")
        office_mode = bool(ctx and ctx["office"] and ctx["received"])
        if not ctx or (review is None and not office_mode):
            self.hide()
            return
        state = review["state"] if review else "to_review"
        self.state.setText(review_label(state))
        self.state.setProperty("state", state)
        self.comment.setText(review["comment"] if review and review["comment"] else "")
        self.comment.setVisible(bool(review and review["comment"]))
        if review and review.get("decided_at"):
            who = review.get("decided_by_name") or ""
            meta = tr("Décision du {d}").replace("{d}", _when(review["decided_at"])) + (f" — {who}" if who else "")
            if office_mode:
                meta += " · " + (tr("envoyée à l'expert") if review.get("sent_at")
                                 else tr("partira avec la prochaine distribution"))
            else:
                meta += " · " + tr("révision") + f" {review['revision']}"
                if state == "changes_requested":
                    meta += " · " + tr("Rouvrez le diagnostic pour répondre par une nouvelle révision.")
            self.meta.setText(meta)
        else:
            self.meta.setText(tr("Diagnostic reçu, en attente de revue : lisez les réponses, la synthèse et le plan "
                                 "d'actions, puis décidez.") if office_mode else "")
        for b in (self.approve_btn, self.changes_btn, self.reject_btn):
            b.setVisible(office_mode)
        self.show()


class AnswerTableModel(RowsModel):
    """Rows {theme, title, level, target, note} of a diagnostic's answers, read-only (the office's review)."""

    def make_columns(self) -> list[Column]:
        return [
            Column("theme", tr("Thème"), lambda r: r["theme"]),
            Column("title", tr("Critère"), lambda r: r["title"]),
            Column("level", tr("Niveau"), lambda r: r["level"], Qt.AlignmentFlag.AlignCenter),
            Column("target", tr("Cible"), lambda r: r["target"], Qt.AlignmentFlag.AlignCenter),
            Column("note", tr("Constat"), lambda r: r["note"]),
        ]


def answer_rows(ref, diag) -> list[dict]:
    out = []
    for cid, crit in ref.criteria_by_id.items():
        a = diag.answers.get(cid)
        level = "" if a is None else (tr("n.a.") if a.na else ("" if a.level is None else str(a.level)))
        out.append({"theme": ref.theme_of[cid].title, "title": crit.title, "level": level,
                    "target": "" if a is None or a.target is None else str(a.target),
                    "note": "" if a is None else (a.na_reason if a.na else a.note).replace("\n", " ")})
    return out
