"""SQL of the national level (issue 13): the register of referenced experts, the bundles an office keeps
for forwarding, and what the national workspace receives from the offices (programmes, review states,
costs), synchronised into the same tables an office's aggregates read.

Functions that write run inside the caller's transaction unless they say otherwise.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

import sqlite_utils

from ..core.canonical import canonical_json
from .db import transaction, utcnow

REGISTER_COLS = ("key_id", "public_key", "fingerprint", "name", "org", "card", "regions", "since", "until", "reason")


# ---- the register ------------------------------------------------------------------------------------

def register_rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return [dict(r, regions=json.loads(r["regions"] or "[]"), card=json.loads(r["card"]))
            for r in db.query("SELECT * FROM register_entries ORDER BY name, key_id")]


def register_entry(db: sqlite_utils.Database, key_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM register_entries WHERE key_id = ?", [key_id]))
    return rows[0] if rows else None


def register_put(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    """Insert or replace one entry (`regions` and `card` as Python objects)."""
    vals = {k: row.get(k) for k in REGISTER_COLS}
    vals["regions"] = json.dumps(sorted(vals["regions"] or []))
    vals["card"] = canonical_json(vals["card"]).decode("utf-8")
    vals["reason"] = vals["reason"] or ""
    db.execute(f"INSERT OR REPLACE INTO register_entries ({', '.join(REGISTER_COLS)}) "
               f"VALUES ({', '.join('?' * len(REGISTER_COLS))})", tuple(vals.values()))


def register_dereference(db: sqlite_utils.Database, key_id: str, until: str, reason: str) -> None:
    with transaction(db):
        db.execute("UPDATE register_entries SET until = ?, reason = ? WHERE key_id = ?", (until, reason, key_id))


def register_state(db: sqlite_utils.Database) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM register_state WHERE id = 1"))
    return rows[0] if rows else None


def set_register_state(db: sqlite_utils.Database, sequence: int, national_key_id: str | None, bundle_id: str | None,
                       published_at: str | None, received_at: str | None) -> None:
    db.execute("INSERT OR REPLACE INTO register_state (id, sequence, national_key_id, bundle_id, published_at, received_at) "
               "VALUES (1, ?, ?, ?, ?, ?)", (sequence, national_key_id, bundle_id, published_at, received_at))


def replace_register(db: sqlite_utils.Database, entries: list[dict[str, Any]]) -> None:
    """The newest register received replaces the copy held (inside the importer's SAVEPOINT)."""
    db.execute("DELETE FROM register_entries")
    for e in entries:
        register_put(db, e)


def mark_dereferenced(db: sqlite_utils.Database) -> int:
    """Revisions received from a de-referenced expert that this workspace does not trust itself: marked."""
    return db.execute(
        "UPDATE received_revisions SET signer_revoked = 1 WHERE signer_revoked = 0 AND signer_key_id IN "
        "(SELECT key_id FROM register_entries WHERE until IS NOT NULL) "
        "AND signer_key_id NOT IN (SELECT key_id FROM trusted_keys)").rowcount


# ---- an office: the signed bundles kept for forwarding -----------------------------------------------

def keep_bundle(db: sqlite_utils.Database, sha256: str, data: bytes, now: str) -> None:
    db.execute("INSERT OR IGNORE INTO forward_bundles (sha256, data, received_at) VALUES (?, ?, ?)", (sha256, data, now))


def bundles_to_forward(db: sqlite_utils.Database, everything: bool = False) -> Iterator[tuple[str, bytes]]:
    """(sha256, data) of the bundles kept, those not yet forwarded unless `everything`; a generator."""
    where = "" if everything else " WHERE forwarded_at IS NULL"
    yield from db.execute(f"SELECT sha256, data FROM forward_bundles{where} ORDER BY received_at, sha256")


def mark_forwarded(db: sqlite_utils.Database, shas: list[str], when: str) -> None:
    with transaction(db):
        db.conn.executemany("UPDATE forward_bundles SET forwarded_at = ? WHERE sha256 = ?", [(when, s) for s in shas])


def forward_counts(db: sqlite_utils.Database) -> dict[str, int]:
    total, pending = db.execute("SELECT count(*), count(*) - count(forwarded_at) FROM forward_bundles").fetchone()
    return {"kept": total, "pending": pending}


# ---- the national workspace: what offices sent -------------------------------------------------------

def office_region(db: sqlite_utils.Database, key_id: str) -> str | None:
    """The region set when the office's card was enrolled (a rotated key inherits its predecessor's)."""
    seen: set[str] = set()
    while key_id and key_id not in seen:
        seen.add(key_id)
        r = db.execute("SELECT region, replaces FROM trusted_keys WHERE key_id = ?", (key_id,)).fetchone()
        if r is None:
            return None
        if r[0]:
            return r[0]
        key_id = r[1]
    return None


def set_office_region(db: sqlite_utils.Database, key_id: str, region: str) -> None:
    with transaction(db):
        db.execute("UPDATE trusted_keys SET region = ? WHERE key_id = ?", (region, key_id))


def programmes_received(db: sqlite_utils.Database, office_key_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM national_programmes_received WHERE office_key_id = ?", [office_key_id]))
    return rows[0] if rows else None


def replace_office_programmes(db: sqlite_utils.Database, office_key_id: str, region: str, bundle_id: str,
                              created_at: str, sha256: str, now: str, programmes: list[dict[str, Any]], reviews: list[dict[str, Any]],
                              costs: list[dict[str, Any]]) -> None:
    """An office's newest programmes bundle replaces what it sent before (programmes, milestones, review
    states, costs); the review states and costs then flow into the tables the aggregates read."""
    old = [r[0] for r in db.execute("SELECT id FROM programmes WHERE office_key_id = ?", (office_key_id,))]
    if old:
        marks = ",".join("?" * len(old))
        db.execute(f"DELETE FROM programme_milestones WHERE programme_id IN ({marks})", old)
        db.execute(f"DELETE FROM programmes WHERE id IN ({marks})", old)
    for p in programmes:
        cur = db.execute('INSERT INTO programmes (region, name, budget_eur, objective_companies, start, "end", office_key_id) '
                         "VALUES (?,?,?,?,?,?,?)", (p["region"], p["name"], p["budget_eur"], p["objective_companies"],
                                                    p["start"], p["end"], office_key_id))
        db.conn.executemany("INSERT INTO programme_milestones (programme_id, date, objective) VALUES (?,?,?)",
                            [(cur.lastrowid, m["date"], m["objective"]) for m in p["milestones"]])
    touched = {r[0] for r in db.execute("SELECT diag_id FROM national_reviews WHERE office_key_id = ? UNION "
                                        "SELECT diag_id FROM national_costs WHERE office_key_id = ?",
                                        (office_key_id, office_key_id))}
    db.execute("DELETE FROM national_reviews WHERE office_key_id = ?", (office_key_id,))
    db.execute("DELETE FROM national_costs WHERE office_key_id = ?", (office_key_id,))
    db.conn.executemany("INSERT INTO national_reviews (office_key_id, diag_id, revision, state, comment, decided_at) "
                        "VALUES (?,?,?,?,?,?)", [(office_key_id, r["id"], r["revision"], r["state"], r["comment"],
                                                  r["decided_at"]) for r in reviews])
    db.conn.executemany("INSERT INTO national_costs (office_key_id, diag_id, days, day_rate_eur, share_pct) VALUES (?,?,?,?,?)",
                        [(office_key_id, c["id"], c["days"], c["day_rate_eur"], c["share_pct"]) for c in costs])
    db.execute("INSERT OR REPLACE INTO national_programmes_received (office_key_id, region, bundle_id, created_at, "
               "bundle_sha256, received_at) VALUES (?,?,?,?,?,?)", (office_key_id, region, bundle_id, created_at, sha256, now))
    sync_from_offices(db, touched | {r["id"] for r in reviews} | {c["id"] for c in costs})


def sync_from_offices(db: sqlite_utils.Database, diag_ids: Iterable[str]) -> None:
    """The review state and cost of each diagnostic, from the office of its company's region (an office speaks
    for its own region only: a diagnostic another office also forwarded keeps its own region's figures).
    A diagnostic not received yet, or not reported by its region's office, is `to_review` without a cost."""
    ids = list(diag_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        present = {r[0]: r[1] for r in db.execute(
            f"SELECT d.id, c.region FROM diagnostics d JOIN companies c ON c.siret = d.siret WHERE d.id IN ({marks})", chunk)}
        if not present:
            continue
        offices = {k: r for k, r in db.execute("SELECT office_key_id, region FROM national_programmes_received")}
        for diag_id, region in present.items():
            own = [k for k, r in offices.items() if same_region(r, region)]
            rv = db.execute(f"SELECT revision, state, comment, decided_at, office_key_id FROM national_reviews "
                            f"WHERE diag_id = ? AND office_key_id IN ({','.join('?' * len(own))}) "
                            "ORDER BY office_key_id LIMIT 1", [diag_id, *own]).fetchone() if own else None
            if rv is None:
                db.execute("INSERT INTO reviews (diag_id, revision, state, source) SELECT id, current_revision, 'to_review', "
                           "'national' FROM diagnostics WHERE id = ? ON CONFLICT (diag_id) DO UPDATE SET "
                           "state = 'to_review', revision = excluded.revision, comment = '', decided_at = NULL, "
                           "decided_by_key_id = NULL, decided_by_name = NULL", (diag_id,))
            else:
                db.execute("INSERT INTO reviews (diag_id, revision, state, comment, decided_at, decided_by_key_id, source) "
                           "VALUES (?,?,?,?,?,?,'office') ON CONFLICT (diag_id) DO UPDATE SET revision = excluded.revision, "
                           "state = excluded.state, comment = excluded.comment, decided_at = excluded.decided_at, "
                           "decided_by_key_id = excluded.decided_by_key_id, source = 'office'",
                           (diag_id, rv[0], rv[1], rv[2], rv[3], rv[4]))
            cost = db.execute(f"SELECT days, day_rate_eur, share_pct FROM national_costs WHERE diag_id = ? "
                              f"AND office_key_id IN ({','.join('?' * len(own))}) ORDER BY office_key_id LIMIT 1",
                              [diag_id, *own]).fetchone() if own else None
            if cost is None:
                db.execute("DELETE FROM diagnostic_costs WHERE diag_id = ?", (diag_id,))
            else:
                db.execute("INSERT INTO diagnostic_costs (diag_id, days, day_rate_eur, share_pct, recorded_at) "
                           "VALUES (?,?,?,?,'') ON CONFLICT (diag_id) DO UPDATE SET days = excluded.days, "
                           "day_rate_eur = excluded.day_rate_eur, share_pct = excluded.share_pct", (diag_id, *cost))


_GROUPS: dict[str, set[str]] = {}


def same_region(office_region: str, company_region: str) -> bool:
    """The company's region is the office's, or a pre-2016 region the office's region succeeded."""
    if office_region == company_region:
        return True
    if not _GROUPS:
        from ..core.reference_data import all_regions

        for code, r in all_regions().items():
            succ = (r.get("successor") or code) if not r["current"] else code
            _GROUPS.setdefault(succ, {succ}).add(code)
    return company_region in _GROUPS.get(office_region, ())


def offices_received(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT n.*, t.name, t.org FROM national_programmes_received n "
                         "LEFT JOIN trusted_keys t ON t.key_id = n.office_key_id ORDER BY n.region"))


# ---- national objectives -----------------------------------------------------------------------------

def objectives(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return [{"date": d, "objective": n} for d, n in db.execute("SELECT date, objective FROM national_objectives ORDER BY date")]


def set_objective(db: sqlite_utils.Database, day: str, objective: int) -> None:
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO national_objectives (date, objective) VALUES (?, ?)", (day, objective))


def remove_objective(db: sqlite_utils.Database, day: str) -> int:
    with transaction(db):
        return db.execute("DELETE FROM national_objectives WHERE date = ?", (day,)).rowcount


def now() -> str:
    return utcnow()


# ---- an office: what its programmes bundle reports --------------------------------------------------

def office_report(db: sqlite_utils.Database) -> dict[str, Any]:
    """The office's programmes (with milestones), the review state of each received diagnostic, the costs."""
    progs = []
    for r in db.query('SELECT id, region, name, budget_eur, objective_companies, start, "end" FROM programmes ORDER BY id'):
        ms = [{"date": d, "objective": n} for d, n in db.execute(
            "SELECT date, objective FROM programme_milestones WHERE programme_id = ? ORDER BY date", (r["id"],))]
        progs.append({k: r[k] for k in ("region", "name", "budget_eur", "objective_companies", "start", "end")}
                     | {"milestones": ms})
    reviews = [{"id": r["diag_id"], "revision": r["revision"], "state": r["state"], "comment": r["comment"] or "",
                "decided_at": r["decided_at"]}
               for r in db.query("SELECT diag_id, revision, state, comment, decided_at FROM reviews ORDER BY diag_id")]
    costs = [{"id": r["diag_id"], "days": r["days"], "day_rate_eur": r["day_rate_eur"], "share_pct": r["share_pct"]}
             for r in db.query("SELECT diag_id, days, day_rate_eur, share_pct FROM diagnostic_costs ORDER BY diag_id")]
    return {"programmes": progs, "reviews": reviews, "costs": costs}


def programme_regions(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT region FROM programmes ORDER BY region")]


def national_recipients(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT key_id, name, org, age_recipient FROM trusted_keys WHERE status = 'active' "
                         "AND role = 'national' AND age_recipient IS NOT NULL ORDER BY key_id"))
