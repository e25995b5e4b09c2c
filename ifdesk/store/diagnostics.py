"""Diagnostics and their revisions. `save_answer` is the one durable path of every answer change."""

from __future__ import annotations

import json
import uuid
from datetime import date

import sqlite_utils

from ..core import scoring
from ..core.diagnostic import (ActionItem, Answer, Diagnostic, Status, check_answer, ensure_action_ids,
                               ensure_completable, ensure_editable, ensure_reopenable, set_action_status,
                               validate_actions)
from ..core.errors import NotFoundError, ValidationError
from ..core.referentiel import Referentiel
from ..i18n import _
from .db import transaction, utcnow
from .referentiels import ReferentielRepo

_ANSWER_UPSERT = (
    "INSERT INTO answers (diag_id, revision, criterion, level, target, note, na, na_reason, important, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(diag_id, revision, criterion) DO UPDATE SET "
    "level=excluded.level, target=excluded.target, note=excluded.note, na=excluded.na, "
    "na_reason=excluded.na_reason, important=excluded.important, updated_at=excluded.updated_at")
# the same upsert, done only while the revision is the diagnostic's current draft
_ANSWER_UPSERT_IF_DRAFT = _ANSWER_UPSERT.replace(
    "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "SELECT ?,?,?,?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM revisions r JOIN diagnostics d ON d.id = r.diag_id "
    "AND d.current_revision = r.revision WHERE r.diag_id = ? AND r.revision = ? AND r.status = 'draft')")


class DiagnosticRepo:
    def __init__(self, db: sqlite_utils.Database, referentiels: ReferentielRepo):
        self.db = db
        self.refs = referentiels
        self._drafts: dict[str, tuple[int, Referentiel]] = {}  # diag id → (current draft revision, référentiel)

    # ---- reading -------------------------------------------------------------------------------
    def _head(self, diag_id: str, revision: int | None = None) -> dict:
        rev_sql = "?" if revision is not None else "d.current_revision"
        params = [diag_id] + ([revision] if revision is not None else [])
        rows = list(self.db.query(
            "SELECT d.id, d.siret, d.expert_key_id, d.expert_name, d.current_revision, d.created_at AS d_created, "
            "d.previous_id, "
            "r.*, c.name AS company_name FROM diagnostics d "
            f"JOIN revisions r ON r.diag_id = d.id AND r.revision = {rev_sql} "
            "LEFT JOIN companies c ON c.siret = d.siret WHERE d.id = ?",
            params[1:] + params[:1] if revision is not None else params))
        if not rows:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
        return rows[0]

    def resolve_id(self, prefix: str) -> str:
        """A full UUID or a unique prefix of at least 6 characters."""
        p = prefix.strip().lower()
        if len(p) < 6:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=prefix))
        rows = self.db.execute("SELECT id FROM diagnostics WHERE id LIKE ? LIMIT 2", (p + "%",)).fetchall()
        if len(rows) != 1:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=prefix) if not rows
                                else _("Identifiant ambigu : {id} désigne plusieurs diagnostics.", id=prefix))
        return rows[0][0]

    def get(self, diag_id: str, revision: int | None = None) -> Diagnostic:
        h = self._head(diag_id, revision)
        ref = self.refs.get(h["referentiel_sha256"])
        answers = {r["criterion"]: _answer(r) for r in self.db.query(
            "SELECT * FROM answers WHERE diag_id = ? AND revision = ?", [diag_id, h["revision"]])}
        actions = [_action(r) for r in self.db.query(
            "SELECT * FROM actions WHERE diag_id = ? AND revision = ? ORDER BY position", [diag_id, h["revision"]])]
        return Diagnostic(
            id=h["id"], siret=h["siret"], company_name=h["company_name"] or "", expert_key_id=h["expert_key_id"],
            expert_name=h["expert_name"], referentiel=ref.ref, status=Status(h["status"]), revision=h["revision"],
            base_revision=h["base_revision"], previous_id=h["previous_id"], visit_date=h["visit_date"], created_at=h["created_at"],
            updated_at=h["updated_at"], completed_at=h["completed_at"], answers=answers,
            strengths=h["strengths"], weaknesses=h["weaknesses"], actions=actions, last_criterion=h["last_criterion"])

    def previous_of(self, diag: Diagnostic) -> tuple[Referentiel, Diagnostic] | None:
        """The diagnostic a follow-up follows, with its référentiel (None when not a follow-up or not here)."""
        if not diag.previous_id:
            return None
        try:
            prev = self.get(diag.previous_id)
        except NotFoundError:
            return None
        return self.refs.get(prev.referentiel.sha256), prev

    def revisions(self, diag_id: str) -> list[dict]:
        return list(self.db.query("SELECT revision, base_revision, status, content_hash, origin, created_at, completed_at, "
                                  "exported_at, overall_score FROM revisions WHERE diag_id = ? ORDER BY revision", [diag_id]))

    def list(self, status: str | None = None, siret: str | None = None, review: str | None = None) -> list[dict]:
        """Current revisions; each row also carries `review_state`, `review_comment` (the office's review, or
        at an expert the office's decision received; None when there is none). `review` filters on the state."""
        sql = ("SELECT d.id, d.siret, c.name AS company, r.status, r.revision, r.base_revision, d.previous_id, d.expert_key_id, "
               "d.expert_name, f.id AS referentiel_id, f.version AS referentiel_version, r.referentiel_sha256, "
               "r.overall_score, r.visit_date, r.updated_at, r.completed_at, r.scored_at IS NOT r.updated_at AS stale, "
               "rv.state AS review_state, rv.comment AS review_comment "
               "FROM diagnostics d JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
               "JOIN referentiels f ON f.sha256 = r.referentiel_sha256 LEFT JOIN companies c ON c.siret = d.siret "
               "LEFT JOIN reviews rv ON rv.diag_id = d.id")
        where, params = [], []
        if review:
            where.append("rv.state = ?")
            params.append(review)
        if status:
            where.append("r.status = ?")
            params.append(status)
        if siret:
            where.append("d.siret = ?")
            params.append(siret)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = list(self.db.query(sql + " ORDER BY r.updated_at DESC, d.id", params))
        for r in rows:
            if r.pop("stale"):  # answers saved since the last rescore (reading never writes)
                ref = self.refs.get(r["referentiel_sha256"])
                answers = [_answer(a) for a in self.db.query(
                    "SELECT * FROM answers WHERE diag_id = ? AND revision = ?", [r["id"], r["revision"]])]
                r["overall_score"] = scoring.compute(ref, answers).overall
        return rows

    # ---- writing -------------------------------------------------------------------------------
    def create(self, siret: str, ref: Referentiel, expert_key_id: str | None, expert_name: str,
               visit_date: date | None = None) -> str:
        if not self.db.execute("SELECT 1 FROM companies WHERE siret = ?", (siret,)).fetchone():
            raise NotFoundError(_("Entreprise inconnue : SIRET {s}. Enregistrez-la d'abord.", s=siret))
        with transaction(self.db):
            prev = self.latest_completed(siret)
            carried = []
            if prev is not None:  # a follow-up: the previous plan's open actions come along with their status
                carried = [a for a in self.get(prev).actions if a.status.open]
            diag = Diagnostic(id=str(uuid.uuid4()), siret=siret, referentiel=ref.ref, expert_key_id=expert_key_id,
                              expert_name=expert_name, visit_date=visit_date or date.today(), previous_id=prev,
                              actions=[a.model_copy(update={"criteria": [c for c in a.criteria if c in ref.criteria_by_id]})
                                       for a in carried])
            self.write_revision(diag, origin="local")
        return diag.id

    def latest_completed(self, siret: str, before: str | None = None) -> str | None:
        """The company's most recent diagnostic whose current revision is completed or exported (by visit date)."""
        row = self.db.execute(
            "SELECT d.id FROM diagnostics d JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
            "WHERE d.siret = ? AND r.status IN ('completed','exported') AND d.id IS NOT ? "
            "ORDER BY COALESCE(r.visit_date, r.completed_at) DESC, r.completed_at DESC LIMIT 1", (siret, before)).fetchone()
        return row[0] if row else None

    def set_action_status(self, diag_id: str, action_id: str, status: str, reason: str = "",
                          today: date | None = None) -> ActionItem:
        """One action's status on the current draft (refused on a completed revision or an unknown action)."""
        diag = self.get(diag_id)
        actions = set_action_status(diag, action_id, status, reason, today)
        with transaction(self.db):
            self._write_actions(diag_id, diag.revision, actions)
            self.db.execute("UPDATE revisions SET updated_at=? WHERE diag_id=? AND revision=?", (utcnow(), diag_id, diag.revision))
        return next(a for a in actions if a.id == action_id)

    def write_revision(self, diag: Diagnostic, origin: str) -> None:
        """Write one whole revision (new diagnostic, reopening, import) and make it current."""
        self._drafts.pop(diag.id, None)
        ref = self.refs.get(diag.referentiel.sha256)
        now = utcnow()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO diagnostics (id, siret, current_revision, expert_key_id, expert_name, created_at, updated_at, "
                "previous_id) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "current_revision=excluded.current_revision, updated_at=excluded.updated_at, "
                "previous_id=COALESCE(excluded.previous_id, diagnostics.previous_id)",
                (diag.id, diag.siret, diag.revision, diag.expert_key_id, diag.expert_name, now, now, diag.previous_id))
            self.db.execute(
                "INSERT INTO revisions (diag_id, revision, base_revision, status, referentiel_sha256, visit_date, strengths, "
                "weaknesses, content_hash, last_criterion, origin, created_at, updated_at, completed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (diag.id, diag.revision, diag.base_revision, diag.status.value, diag.referentiel.sha256,
                 diag.visit_date.isoformat() if diag.visit_date else None, diag.strengths, diag.weaknesses,
                 diag.content_hash() if diag.status != Status.DRAFT else None, diag.last_criterion, origin,
                 now, now, diag.completed_at.isoformat() if diag.completed_at else None))
            self.db.conn.executemany(_ANSWER_UPSERT, [_answer_params(diag.id, diag.revision, a, now)
                                                      for a in diag.answers.values()])
            actions = ensure_action_ids(diag.actions) if diag.status == Status.DRAFT else diag.actions
            self._write_actions(diag.id, diag.revision, actions)
            self._rescore(ref, diag.id, diag.revision)

    def save_answer(self, diag_id: str, answer: Answer) -> None:
        """Record one answer, committed durably before returning (the window's autosave path).

        Kept to one conditional upsert and one bookkeeping update so that a save costs about what a
        bare SQLite upsert + commit costs. Scores are not recomputed here: call `rescore` (the window
        does it after a pause, the CLI right away); `list` never shows a stale draft score.
        """
        for attempt in (0, 1):
            rev, ref = self._draft_context(diag_id, fresh=attempt == 1)
            check_answer(ref, answer)
            now = utcnow()
            conn = self.db.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                cur = conn.execute(_ANSWER_UPSERT_IF_DRAFT, (*_answer_params(diag_id, rev, answer, now), diag_id, rev))
                if cur.rowcount == 1:
                    conn.execute("UPDATE revisions SET updated_at = ?, last_criterion = ? WHERE diag_id = ? AND revision = ?",
                                 (now, answer.criterion, diag_id, rev))
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            if cur.rowcount == 1:
                conn.execute("COMMIT")
                return
            conn.execute("ROLLBACK")  # the cached revision is no longer the current draft: look again
        raise AssertionError("unreachable: _draft_context(fresh=True) raises when there is no draft")

    def _draft_context(self, diag_id: str, fresh: bool = False) -> tuple[int, Referentiel]:
        ctx = None if fresh else self._drafts.get(diag_id)
        if ctx is None:
            rev, status, sha = self._current(diag_id)
            ensure_editable_status(status, rev)
            ctx = (rev, self.refs.get(sha))
            self._drafts[diag_id] = ctx
        return ctx

    def rescore(self, diag_id: str, revision: int | None = None) -> scoring.Scores:
        """Recompute and store a revision's scores (the current one by default)."""
        with transaction(self.db):
            if revision is None:
                revision, _status, sha = self._current(diag_id)
            else:
                sha = self._head(diag_id, revision)["referentiel_sha256"]
            return self._rescore(self.refs.get(sha), diag_id, revision)

    def clear_answer(self, diag_id: str, criterion: str) -> None:
        with transaction(self.db):
            rev, status, sha = self._current(diag_id)
            ensure_editable_status(status, rev)
            self.db.execute("DELETE FROM answers WHERE diag_id = ? AND revision = ? AND criterion = ?", (diag_id, rev, criterion))
            self._rescore(self.refs.get(sha), diag_id, rev)

    def set_synthesis(self, diag_id: str, strengths: str | None = None, weaknesses: str | None = None,
                      visit_date: date | None = None) -> None:
        diag = self.get(diag_id)
        ensure_editable(diag)
        new = diag.model_copy(update={k: v for k, v in (("strengths", strengths), ("weaknesses", weaknesses),
                                                        ("visit_date", visit_date)) if v is not None})
        Diagnostic.model_validate(new.model_dump())  # lengths
        with transaction(self.db):
            self.db.execute("UPDATE revisions SET strengths=?, weaknesses=?, visit_date=?, updated_at=? WHERE diag_id=? AND revision=?",
                            (new.strengths, new.weaknesses, new.visit_date.isoformat() if new.visit_date else None,
                             utcnow(), diag_id, diag.revision))

    def set_actions(self, diag_id: str, actions: list[ActionItem]) -> list[ActionItem]:
        """Replace the draft's plan; returns it as stored (every action with its id)."""
        diag = self.get(diag_id)
        ensure_editable(diag)
        validate_actions(self.refs.get(diag.referentiel.sha256), actions)
        actions = ensure_action_ids(actions)
        with transaction(self.db):
            self._write_actions(diag_id, diag.revision, actions)
            self.db.execute("UPDATE revisions SET updated_at=? WHERE diag_id=? AND revision=?", (utcnow(), diag_id, diag.revision))
        return actions

    def complete(self, diag_id: str) -> Diagnostic:
        self._drafts.pop(diag_id, None)
        diag = self.get(diag_id)
        ref = self.refs.get(diag.referentiel.sha256)
        ensure_completable(ref, diag)
        now = utcnow()
        done = diag.model_copy(update={"status": Status.COMPLETED, "completed_at": now})
        with transaction(self.db):
            self.db.execute("UPDATE revisions SET status=?, completed_at=?, content_hash=?, updated_at=? WHERE diag_id=? AND revision=?",
                            (Status.COMPLETED.value, now, done.content_hash(), now, diag_id, diag.revision))
            self._rescore(ref, diag_id, diag.revision)
        return self.get(diag_id)

    def reopen(self, diag_id: str) -> Diagnostic:
        diag = self.get(diag_id)
        ensure_not_received(self.db, diag_id)
        ensure_reopenable(diag)
        nxt = diag.model_copy(update={"revision": diag.revision + 1, "base_revision": diag.revision,
                                      "status": Status.DRAFT, "completed_at": None})
        self.write_revision(nxt, origin="local")
        return self.get(diag_id)

    def mark_exported(self, diag_id: str, revision: int) -> None:
        with transaction(self.db):
            self.db.execute("UPDATE revisions SET status=?, exported_at=? WHERE diag_id=? AND revision=? AND status != 'draft'",
                            (Status.EXPORTED.value, utcnow(), diag_id, revision))

    # ---- internals -----------------------------------------------------------------------------
    def _current(self, diag_id: str) -> tuple[int, str, str]:
        row = self.db.execute("SELECT r.revision, r.status, r.referentiel_sha256 FROM diagnostics d JOIN revisions r "
                              "ON r.diag_id = d.id AND r.revision = d.current_revision WHERE d.id = ?", (diag_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
        return row

    def _write_actions(self, diag_id: str, revision: int, actions: list[ActionItem]) -> None:
        self.db.execute("DELETE FROM actions WHERE diag_id = ? AND revision = ?", (diag_id, revision))
        self.db.conn.executemany(
            "INSERT INTO actions (diag_id, revision, position, title, criteria, priority, horizon, owner, cost_eur, due, "
            "description, action_id, status, status_date, status_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(diag_id, revision, i, a.title, json.dumps(a.criteria), a.priority, a.horizon.value, a.owner, a.cost_eur,
              a.due.isoformat() if a.due else None, a.description, a.id, a.status.value,
              a.status_date.isoformat() if a.status_date else None, a.status_reason) for i, a in enumerate(actions)])

    def _rescore(self, ref: Referentiel, diag_id: str, revision: int) -> scoring.Scores:
        answers = [_answer(r) for r in self.db.query("SELECT * FROM answers WHERE diag_id = ? AND revision = ?", [diag_id, revision])]
        s = scoring.compute(ref, answers)
        self.db.conn.executemany(
            "INSERT INTO theme_scores (diag_id, revision, theme, score, target) VALUES (?,?,?,?,?) "
            "ON CONFLICT(diag_id, revision, theme) DO UPDATE SET score=excluded.score, target=excluded.target",
            [(diag_id, revision, t, s.theme_scores[t], s.theme_targets[t]) for t in s.theme_scores])
        self.db.execute("UPDATE revisions SET overall_score = ?, scored_at = updated_at WHERE diag_id = ? AND revision = ?",
                        (s.overall, diag_id, revision))
        return s


def ensure_not_received(db, diag_id: str) -> None:
    """The office reviews what it received, it does not edit it (bundle.md, Authority)."""
    from .reviews import is_received

    if is_received(db, diag_id):
        from ..core.errors import LifecycleError

        raise LifecycleError(_("Diagnostic reçu d'un expert : le bureau le passe en revue (ifdesk review), "
                               "seul son auteur peut en faire une nouvelle révision."))


def ensure_editable_status(status: str, revision: int) -> None:
    if status != Status.DRAFT.value:
        from ..core.errors import LifecycleError

        raise LifecycleError(_("Le diagnostic est {s} (révision {r}) : rouvrez-le pour le modifier.",
                               s=Status(status).label, r=revision))


def _answer_params(diag_id: str, revision: int, a: Answer, now: str) -> tuple:
    return (diag_id, revision, a.criterion, a.level, a.target, a.note, int(a.na), a.na_reason, int(a.important), now)


def _answer(r: dict) -> Answer:
    return Answer.model_construct(criterion=r["criterion"], level=r["level"], target=r["target"], note=r["note"],
                                  na=bool(r["na"]), na_reason=r["na_reason"], important=bool(r["important"]))


def _action(r: dict) -> ActionItem:
    return ActionItem(title=r["title"], criteria=json.loads(r["criteria"]), priority=r["priority"], horizon=r["horizon"],
                      owner=r["owner"], cost_eur=r["cost_eur"], due=r["due"], description=r["description"],
                      id=r["action_id"], status=r["status"], status_date=r["status_date"], status_reason=r["status_reason"])


__all__ = ["DiagnosticRepo", "ValidationError"]
