"""The office's review of received diagnostics (bundle.md, Authority), and, at an expert, the office's
decisions as received in a distribution bundle.

States: `to_review` (set on import of every new received revision), `approved`, `changes_requested`
(with a comment), `rejected` (with a reason; not counted toward objectives). Every change is journaled
(`review_journal`: who, when, state, comment); a return to `to_review` on import is recorded by the
import journal. Functions taking `db` run inside the caller's
transaction when there is one, else in their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..core.errors import NotFoundError, ValidationError
from ..i18n import _
from .db import transaction, utcnow

if TYPE_CHECKING:
    import sqlite_utils

    from .workspace import Workspace

STATES = ("to_review", "approved", "changes_requested", "rejected")
DECISIONS = ("approved", "changes_requested", "rejected")
MAX_COMMENT = 4000


def state_label(state: str) -> str:
    return {"to_review": _("à examiner"), "approved": _("approuvé"),
            "changes_requested": _("modifications demandées"), "rejected": _("rejeté")}.get(state, state)


def _row(r: Sequence[Any] | None) -> dict[str, Any] | None:
    if r is None:
        return None
    keys = ("diag_id", "revision", "state", "comment", "decided_at", "decided_by_key_id", "decided_by_name", "sent_at",
            "source", "bundle_id")
    return dict(zip(keys, r))


def get_review(db: sqlite_utils.Database, diag_id: str) -> dict[str, Any] | None:
    """The review of a diagnostic: `diag_id`, `revision`, `state`, `comment`, `decided_at`, `decided_by_key_id`,
    `decided_by_name`, `sent_at`, `source` ('local' at the office, 'office' at an expert), or None."""
    return _row(db.execute("SELECT diag_id, revision, state, comment, decided_at, decided_by_key_id, decided_by_name, "
                           "sent_at, source, bundle_id FROM reviews WHERE diag_id = ?", (diag_id,)).fetchone())


def review_json(review: dict[str, Any] | None) -> dict[str, Any] | None:
    """The `review` key of `diag list/show --json`: {"state", "comment", "at"} or null."""
    if review is None:
        return None
    return {"state": review["state"], "comment": review["comment"], "at": review["decided_at"]}


def all_reviews(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    return {r["diag_id"]: r for r in map(_row, db.execute(
        "SELECT diag_id, revision, state, comment, decided_at, decided_by_key_id, decided_by_name, sent_at, source, "
        "bundle_id FROM reviews")) if r is not None}


def check_decision(state: str, comment: str) -> str:
    if state not in DECISIONS:
        raise ValidationError(_("État de revue inconnu : {s} (approved, changes_requested ou rejected).", s=state), "state")
    comment = (comment or "").strip()
    if state in ("changes_requested", "rejected") and not comment:
        raise ValidationError(_("Un commentaire est nécessaire pour demander des modifications ou rejeter."), "comment")
    if len(comment) > MAX_COMMENT:
        raise ValidationError(_("Commentaire trop long ({n} caractères, {m} au plus).", n=len(comment), m=MAX_COMMENT),
                              "comment")
    return comment


def set_review(db: sqlite_utils.Database, diag_id: str, state: str, comment: str, by_key_id: str | None, by_name: str | None) -> None:
    """The office's decision on a received diagnostic's current revision (journaled; sent with the next
    distribution). Refused for a diagnostic that was not received (the office reviews what experts send)."""
    comment = check_decision(state, comment)
    with transaction(db):
        row = db.execute("SELECT d.current_revision, a.diag_id FROM diagnostics d LEFT JOIN diag_authors a "
                         "ON a.diag_id = d.id WHERE d.id = ?", (diag_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
        if row[1] is None:
            raise ValidationError(_("Seul un diagnostic reçu d'un expert se passe en revue."), "diag")
        now = utcnow()
        db.execute("INSERT INTO reviews (diag_id, revision, state, comment, decided_at, decided_by_key_id, decided_by_name, "
                   "sent_at, source) VALUES (?,?,?,?,?,?,?,NULL,'local') ON CONFLICT(diag_id) DO UPDATE SET "
                   "revision=excluded.revision, state=excluded.state, comment=excluded.comment, "
                   "decided_at=excluded.decided_at, decided_by_key_id=excluded.decided_by_key_id, "
                   "decided_by_name=excluded.decided_by_name, sent_at=NULL, source='local'",
                   (diag_id, row[0], state, comment, now, by_key_id, by_name))
        journal(db, diag_id, row[0], state, comment, now, by_key_id, by_name, "local")
        _dirty(db, diag_id)


def mark_to_review(db: sqlite_utils.Database, diag_id: str, revision: int, at: str) -> None:
    """A new revision was received: its review starts over (`to_review`). Inside the import's transaction."""
    cur = get_review(db, diag_id)
    if cur is not None and cur["state"] == "to_review" and cur["revision"] == revision:
        return
    db.execute("INSERT INTO reviews (diag_id, revision, state, comment, source) VALUES (?,?,'to_review','','local') "
               "ON CONFLICT(diag_id) DO UPDATE SET revision=excluded.revision, state='to_review', comment='', "
               "decided_at=NULL, decided_by_key_id=NULL, decided_by_name=NULL, sent_at=NULL, source='local'",
               (diag_id, revision))
    _dirty(db, diag_id)
    # not journaled here: the import journal already records the arrival, in arrival order (the review
    # journal holds decisions only, so that imports in any order leave the same rows)


def _dirty(db: sqlite_utils.Database, diag_id: str) -> None:
    """The office's fact tables count reviews (a rejected diagnostic is not counted): mark it for refresh."""
    db.execute("INSERT INTO office_dirty (diag_id) SELECT ? WHERE NOT EXISTS "
               "(SELECT 1 FROM office_dirty WHERE diag_id = ?)", (diag_id, diag_id))


def unsent(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Decisions not yet sent to their expert, with the diagnostic's author key (`author_key_id`)."""
    rows = db.execute("SELECT r.diag_id, r.revision, r.state, r.comment, r.decided_at, r.decided_by_key_id, "
                      "r.decided_by_name, a.author_key_id FROM reviews r JOIN diag_authors a ON a.diag_id = r.diag_id "
                      "WHERE r.source = 'local' AND r.state != 'to_review' AND r.sent_at IS NULL ORDER BY r.diag_id")
    keys = ("diag_id", "revision", "state", "comment", "decided_at", "decided_by_key_id", "decided_by_name", "author_key_id")
    return [dict(zip(keys, r)) for r in rows]


def mark_sent(db: sqlite_utils.Database, diag_ids: list[str], at: str) -> None:
    db.conn.executemany("UPDATE reviews SET sent_at = ? WHERE diag_id = ? AND sent_at IS NULL",
                        [(at, d) for d in diag_ids])


def record_received_decision(db: sqlite_utils.Database, diag_id: str, revision: int, state: str, comment: str, decided_at: str,
                             office_key_id: str, office_name: str, bundle_id: str) -> bool:
    """At an expert: store the office's decision on one of their diagnostics. An older decision (by its
    revision, then its time) never replaces a newer one. Returns True when stored."""
    cur = get_review(db, diag_id)
    if cur is not None and (cur["revision"], cur["decided_at"] or "") >= (revision, decided_at):
        return False
    db.execute("INSERT INTO reviews (diag_id, revision, state, comment, decided_at, decided_by_key_id, decided_by_name, "
               "source, bundle_id) VALUES (?,?,?,?,?,?,?,'office',?) ON CONFLICT(diag_id) DO UPDATE SET "
               "revision=excluded.revision, state=excluded.state, comment=excluded.comment, decided_at=excluded.decided_at, "
               "decided_by_key_id=excluded.decided_by_key_id, decided_by_name=excluded.decided_by_name, source='office', "
               "bundle_id=excluded.bundle_id",
               (diag_id, revision, state, comment, decided_at, office_key_id, office_name, bundle_id))
    journal(db, diag_id, revision, state, comment, decided_at, office_key_id, office_name, "office")
    return True


def journal(db: sqlite_utils.Database, diag_id: str, revision: int, state: str, comment: str, at: str, by_key_id: str | None,
            by_name: str | None, source: str) -> None:
    db.execute("INSERT INTO review_journal (diag_id, revision, state, comment, at, by_key_id, by_name, source) "
               "VALUES (?,?,?,?,?,?,?,?)", (diag_id, revision, state, comment, at, by_key_id, by_name, source))


def history(db: sqlite_utils.Database, diag_id: str) -> list[dict[str, Any]]:
    keys = ("revision", "state", "comment", "at", "by_key_id", "by_name", "source")
    return [dict(zip(keys, r)) for r in db.execute(
        "SELECT revision, state, comment, at, by_key_id, by_name, source FROM review_journal WHERE diag_id = ? ORDER BY id",
        (diag_id,))]


def counts_by_state(db: sqlite_utils.Database) -> dict[str, int]:
    return {s: n for s, n in db.execute("SELECT state, count(*) FROM reviews WHERE source = 'local' GROUP BY state")}


def is_received(db: sqlite_utils.Database, diag_id: str) -> bool:
    """True for a diagnostic received from an expert (this workspace is not its author)."""
    return db.execute("SELECT 1 FROM diag_authors WHERE diag_id = ?", (diag_id,)).fetchone() is not None


def decide(ws: Workspace, diag_id: str, state: str, comment: str) -> dict[str, Any]:
    """The office's decision, signed off with this workspace's identity (the CLI and the window share it)."""
    ident = ws.identity()
    set_review(ws.db, diag_id, state, comment, ident["key_id"] if ident else None, ident["name"] if ident else None)
    review = get_review(ws.db, diag_id)
    assert review is not None  # set_review just wrote it
    return review


def context(ws: Workspace, diag_id: str) -> dict[str, Any]:
    """What a window shows about a diagnostic's review: `review` (or None), `received` (the office got it from an
    expert), `office` (this workspace is an office), `history` (the decisions, oldest first)."""
    ident = ws.identity()
    return {"review": get_review(ws.db, diag_id), "received": is_received(ws.db, diag_id),
            "office": bool(ident and ident["role"] == "office"), "history": history(ws.db, diag_id)}
