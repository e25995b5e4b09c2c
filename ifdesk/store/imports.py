"""SQL of imports: revisions received from bundles, held variants, conflicts, the import journal.

Every function here runs inside the caller's transaction (the importer applies one bundle per
SAVEPOINT); nothing commits on its own. Times written come from the payload, never from the clock,
so that importing the same bundles in any order gives the same rows (only `received_at` and the
journal carry local times).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from ..core import scoring
from ..core.diagnostic import Diagnostic
from ..core.referentiel import Referentiel


@dataclass
class DiagState:
    current: int
    main: dict[int, tuple[str | None, str | None]]          # revision → (content_hash, completed_at)
    held: dict[tuple[int, str], str | None] = field(default_factory=dict)  # (revision, hash) → completed_at
    resolution: dict | None = None

    def has(self, revision: int, content_hash: str) -> bool:
        return (self.main.get(revision, (None,))[0] == content_hash) or (revision, content_hash) in self.held

    def variant_count(self) -> int:
        return len(self.main) + len(self.held)


def state(db: sqlite_utils.Database, diag_id: str) -> DiagState | None:
    row = db.execute("SELECT current_revision FROM diagnostics WHERE id = ?", (diag_id,)).fetchone()
    if row is None:
        return None
    main = {r: (h, c) for r, h, c in db.execute(
        "SELECT revision, content_hash, completed_at FROM revisions WHERE diag_id = ?", (diag_id,))}
    held = {(r, h): c for r, h, c in db.execute(
        "SELECT revision, content_hash, completed_at FROM held_revisions WHERE diag_id = ?", (diag_id,))}
    res = db.execute("SELECT revision, content_hash, max_revision, variants FROM conflict_resolutions WHERE diag_id = ?",
                     (diag_id,)).fetchone()
    resolution = dict(zip(("revision", "content_hash", "max_revision", "variants"), res)) if res else None
    return DiagState(row[0], main, held, resolution)


def _ts(text: str | None) -> float:
    if not text:
        return 0.0
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def rank(content_hash: str | None, completed_at: str | None) -> tuple:
    """Provisional winner among variants of one revision: the latest completed, then the greatest hash."""
    return (_ts(completed_at), content_hash or "")


def _iso(v) -> str | None:
    if v is None:
        return None
    return v.isoformat().replace("+00:00", "Z") if hasattr(v, "isoformat") else str(v)


def upsert_diagnostic_row(db, diag: Diagnostic, created_at: str) -> None:
    # plain INSERT / UPDATE, not an UPSERT: SQLite lets an UPSERT's conflict policy override the
    # `INSERT OR IGNORE` of triggers on this table
    if db.execute("SELECT 1 FROM diagnostics WHERE id = ?", (diag.id,)).fetchone():
        db.execute("UPDATE diagnostics SET created_at = ? WHERE id = ? AND created_at > ?", (created_at, diag.id, created_at))
        return
    insert_diagnostic_row(db, diag, created_at)


def insert_diagnostic_row(db, diag: Diagnostic, created_at: str) -> None:
    """A diagnostic first received, current at this revision (updated_at = the revision's, like set_current)."""
    db.execute(
        "INSERT INTO diagnostics (id, siret, current_revision, expert_key_id, expert_name, created_at, updated_at, "
        "previous_id) VALUES (?,?,?,?,?,?,?,?)",
        (diag.id, diag.siret, diag.revision, diag.expert_key_id, diag.expert_name, created_at, _iso(diag.updated_at) or "",
         diag.previous_id))


def insert_revision(db, diag: Diagnostic, ref: Referentiel, content_hash: str) -> None:
    """One received revision into the main line (revisions, answers, actions, theme scores)."""
    upd = _iso(diag.updated_at) or ""
    s = scoring.compute(ref, diag.answers)
    db.execute(
        "INSERT INTO revisions (diag_id, revision, base_revision, status, referentiel_sha256, visit_date, strengths, "
        "weaknesses, content_hash, overall_score, scored_at, last_criterion, origin, created_at, updated_at, "
        "completed_at, exported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (diag.id, diag.revision, diag.base_revision, "exported", ref.sha256,
         diag.visit_date.isoformat() if diag.visit_date else None, diag.strengths, diag.weaknesses, content_hash,
         s.overall, upd, diag.last_criterion, "import", _iso(diag.created_at) or upd, upd, _iso(diag.completed_at),
         _iso(diag.completed_at)))
    db.conn.executemany(
        "INSERT INTO answers (diag_id, revision, criterion, level, target, note, na, na_reason, important, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(diag.id, diag.revision, a.criterion, a.level, a.target, a.note, int(a.na), a.na_reason, int(a.important), upd)
         for a in diag.answers.values()])
    db.conn.executemany(
        "INSERT INTO actions (diag_id, revision, position, title, criteria, priority, horizon, owner, cost_eur, due, "
        "description, action_id, status, status_date, status_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(diag.id, diag.revision, i, a.title, json.dumps(a.criteria), a.priority, a.horizon.value, a.owner, a.cost_eur,
          a.due.isoformat() if a.due else None, a.description, a.id, a.status.value,
          a.status_date.isoformat() if a.status_date else None, a.status_reason) for i, a in enumerate(diag.actions)])
    if diag.previous_id is not None:  # a follow-up (issue 14); a later revision cannot unset it
        db.execute("UPDATE diagnostics SET previous_id = COALESCE(previous_id, ?) WHERE id = ?", (diag.previous_id, diag.id))
    db.conn.executemany("INSERT INTO theme_scores (diag_id, revision, theme, score, target) VALUES (?,?,?,?,?)",
                        [(diag.id, diag.revision, t, s.theme_scores[t], s.theme_targets[t]) for t in s.theme_scores])


def remove_revision(db, diag_id: str, revision: int) -> None:
    for table in ("answers", "actions", "theme_scores", "revisions"):
        db.execute(f"DELETE FROM {table} WHERE diag_id = ? AND revision = ?", (diag_id, revision))


def hold(db, diag_id: str, revision: int, content_hash: str, base_revision: int | None, completed_at: str | None,
         payload: bytes) -> None:
    """Keep a concurrent variant of a revision (`payload`: the revision's canonical JSON)."""
    db.execute("INSERT OR IGNORE INTO held_revisions (diag_id, revision, content_hash, base_revision, completed_at, payload) "
               "VALUES (?,?,?,?,?,?)", (diag_id, revision, content_hash, base_revision, completed_at, payload.decode("utf-8")))


def held_payload(db, diag_id: str, revision: int, content_hash: str) -> bytes | None:
    row = db.execute("SELECT payload FROM held_revisions WHERE diag_id=? AND revision=? AND content_hash=?",
                     (diag_id, revision, content_hash)).fetchone()
    return row[0].encode("utf-8") if row else None


def unhold(db, diag_id: str, revision: int, content_hash: str) -> None:
    db.execute("DELETE FROM held_revisions WHERE diag_id=? AND revision=? AND content_hash=?", (diag_id, revision, content_hash))


def set_current(db, diag_id: str, revision: int) -> None:
    row = db.execute("SELECT updated_at FROM revisions WHERE diag_id = ? AND revision = ?", (diag_id, revision)).fetchone()
    db.execute("UPDATE diagnostics SET current_revision = ?, updated_at = ? WHERE id = ?",
               (revision, row[0] if row else "", diag_id))


def set_conflict(db, diag_id: str, reason: str | None) -> None:
    if reason:
        db.execute("INSERT INTO diag_conflicts (diag_id, reason) VALUES (?, ?) "
                   "ON CONFLICT(diag_id) DO UPDATE SET reason = excluded.reason", (diag_id, reason))
    else:
        db.execute("DELETE FROM diag_conflicts WHERE diag_id = ?", (diag_id,))


def record_resolution(db, diag_id: str, revision: int, content_hash: str, max_revision: int, variants: int, at: str) -> None:
    db.execute("INSERT INTO conflict_resolutions (diag_id, revision, content_hash, max_revision, variants, resolved_at) "
               "VALUES (?,?,?,?,?,?) ON CONFLICT(diag_id) DO UPDATE SET revision=excluded.revision, "
               "content_hash=excluded.content_hash, max_revision=excluded.max_revision, variants=excluded.variants, "
               "resolved_at=excluded.resolved_at", (diag_id, revision, content_hash, max_revision, variants, at))


def record_received(db, diag_id: str, revision: int, content_hash: str, signer: str, bundle_sha256: str, at: str) -> None:
    db.execute("INSERT OR IGNORE INTO received_revisions (diag_id, revision, content_hash, signer_key_id, bundle_sha256, received_at) "
               "VALUES (?,?,?,?,?,?)", (diag_id, revision, content_hash, signer, bundle_sha256, at))


def journal(db, at: str, file: str, bundle_sha256: str | None, bundle_id: str | None, signer_key_id: str | None,
            signer_name: str | None, outcome: str, reason: str, diagnostics: list[dict]) -> None:
    db.execute("INSERT INTO import_journal (at, file, bundle_sha256, bundle_id, signer_key_id, signer_name, outcome, reason, "
               "diagnostics) VALUES (?,?,?,?,?,?,?,?,?)",
               (at, file, bundle_sha256, bundle_id, signer_key_id, signer_name, outcome, reason,
                json.dumps(diagnostics, ensure_ascii=False)))


def journal_rows(db, limit: int = 1000) -> list[dict]:
    rows = list(db.query("SELECT * FROM import_journal ORDER BY id DESC LIMIT ?", [limit]))
    for r in rows:
        r["diagnostics"] = json.loads(r["diagnostics"] or "[]")
    return rows


def author_of(db, diag_id: str) -> str | None:
    """The key that signed the first received revision of a diagnostic (bundle.md, Authority), or None."""
    row = db.execute("SELECT author_key_id FROM diag_authors WHERE diag_id = ?", (diag_id,)).fetchone()
    return row[0] if row else None


def record_author(db, diag_id: str, key_id: str, at: str) -> None:
    db.execute("INSERT OR IGNORE INTO diag_authors (diag_id, author_key_id, first_received_at) VALUES (?,?,?)",
               (diag_id, key_id, at))


def set_expert_name(db, diag_id: str, name: str) -> None:
    """The author's name as the trust store knows it (never the payload's claim)."""
    db.execute("UPDATE diagnostics SET expert_name = ? WHERE id = ? AND expert_name != ?", (name, diag_id, name))
