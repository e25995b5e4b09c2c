"""Company records received with diagnostics, under the authority rules (bundle.md, « Authority »).

An expert may create a company the office does not know, and update one assigned to them or created by
them (their key or a key their key replaced by rotation). Any other difference is kept as a proposal
that the office accepts or ignores; nothing is applied silently. Among the records an expert may apply,
the newest by its date wins (a real date, checked at verification: never later than import + 1 day),
then the content, so that importing in any order gives the same company.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from ..core.errors import NotFoundError, ValidationError
from ..i18n import _
from .db import transaction, utcnow

if TYPE_CHECKING:
    import sqlite_utils

    from .workspace import Workspace

FIELDS = ("name", "region", "naf", "headcount", "turnover_eur", "balance_sheet_eur", "city", "size_class", "siren")
COMPARED = FIELDS[:7]


def _ts(text: str | None) -> float:
    if not text:
        return 0.0
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()


def _content(values: Iterable[Any]) -> str:
    return json.dumps(list(values), default=str, ensure_ascii=False)


def apply_record(db: sqlite_utils.Database, c: dict[str, Any], signer_key_id: str, chain: frozenset[str] | set[str], bundle_sha256: str | None,
                 now: str) -> str:
    """Apply (or keep as a proposal) a company record received from `signer_key_id` (whose rotation chain is
    `chain`). Returns 'created', 'updated', 'unchanged' or 'proposal'. Runs inside the import's transaction."""
    row = db.execute("SELECT updated_at, assigned_to, created_by_key_id, " + ", ".join(COMPARED) +
                     " FROM companies WHERE siret = ?", (c["siret"],)).fetchone()
    if row is None:
        db.execute(f"INSERT INTO companies (siret, {', '.join(FIELDS)}, created_at, updated_at, created_by_key_id) "
                   f"VALUES (?, {', '.join('?' * len(FIELDS))}, ?, ?, ?)",
                   (c["siret"], *[c[f] for f in FIELDS], c["updated_at"], c["updated_at"], signer_key_id))
        return "created"
    stored = tuple(row[3:])
    theirs = tuple(c[f] for f in COMPARED)
    if _content(stored) == _content(theirs):
        return "unchanged"
    if row[1] in chain or row[2] in chain:
        if (_ts(c["updated_at"]), _content(theirs)) > (_ts(row[0]), _content(stored)):
            db.execute(f"UPDATE companies SET {', '.join(f'{f}=?' for f in FIELDS)}, updated_at=? WHERE siret=?",
                       (*[c[f] for f in FIELDS], c["updated_at"], c["siret"]))
            return "updated"
        return "unchanged"
    record = {f: c[f] for f in COMPARED}
    digest = hashlib.sha256(_content(theirs).encode("utf-8")).hexdigest()
    db.execute("INSERT OR IGNORE INTO company_proposals (siret, key_id, record, record_sha256, claimed_updated_at, "
               "bundle_sha256, received_at) VALUES (?,?,?,?,?,?,?)",
               (c["siret"], signer_key_id, json.dumps(record, ensure_ascii=False, default=str), digest, c["updated_at"],
                bundle_sha256, now))
    return "proposal"


def company_proposals(ws: Workspace, include_closed: bool = False) -> list[dict[str, Any]]:
    """Open proposals (all with `include_closed`): `id`, `siret`, `company` (its current name), `key_id`,
    `expert_name` (from the trust store), `record` (the proposed fields), `current` (the stored fields),
    `changes` (the fields that differ), `received_at`, `state`."""
    sql = ("SELECT p.id, p.siret, p.key_id, p.record, p.received_at, p.state, p.decided_at, t.name AS expert_name, "
           + ", ".join(f"c.{f} AS c_{f}" for f in COMPARED) +
           " FROM company_proposals p LEFT JOIN companies c ON c.siret = p.siret "
           "LEFT JOIN trusted_keys t ON t.key_id = p.key_id")
    if not include_closed:
        sql += " WHERE p.state = 'open'"
    out = []
    for r in ws.db.query(sql + " ORDER BY p.id"):
        record = json.loads(r["record"])
        current = {f: r[f"c_{f}"] for f in COMPARED}
        out.append({"id": r["id"], "siret": r["siret"], "company": current["name"], "key_id": r["key_id"],
                    "expert_name": r["expert_name"] or "", "record": record, "current": current,
                    "changes": [f for f in COMPARED if record.get(f) != current.get(f)],
                    "received_at": r["received_at"], "state": r["state"], "decided_at": r["decided_at"]})
    return out


def _open(db: sqlite_utils.Database, proposal_id: int) -> dict[str, Any]:
    row = db.execute("SELECT siret, record, state FROM company_proposals WHERE id = ?", (proposal_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("Proposition inconnue : {id}.", id=proposal_id))
    if row[2] != "open":
        raise ValidationError(_("La proposition {id} est déjà traitée ({s}).", id=proposal_id, s=row[2]), "proposal")
    return {"siret": row[0], "record": json.loads(row[1])}


def accept_proposal(ws: Workspace, proposal_id: int) -> dict[str, Any]:
    """Apply a proposal to the company (validated like any company record) and close it."""
    from ..core.company import new_company

    db = ws.db
    with transaction(db):
        p = _open(db, proposal_id)
        rec = p["record"]
        c = new_company(siret=p["siret"], name=rec["name"], region=rec["region"], naf=rec.get("naf"),
                        headcount=rec.get("headcount"), turnover_eur=rec.get("turnover_eur"),
                        balance_sheet_eur=rec.get("balance_sheet_eur"), city=rec.get("city"))
        size = c.size
        now = utcnow()
        db.execute("UPDATE companies SET name=?, region=?, naf=?, headcount=?, turnover_eur=?, balance_sheet_eur=?, "
                   "city=?, size_class=?, updated_at=? WHERE siret=?",
                   (c.name, c.region, c.naf, c.headcount, c.turnover_eur, c.balance_sheet_eur, c.city,
                    size.value if size else None, now, c.siret))
        db.execute("UPDATE company_proposals SET state='accepted', decided_at=? WHERE id=?", (now, proposal_id))
    return {"id": proposal_id, "siret": p["siret"], "state": "accepted"}


def ignore_proposal(ws: Workspace, proposal_id: int) -> dict[str, Any]:
    db = ws.db
    with transaction(db):
        p = _open(db, proposal_id)
        db.execute("UPDATE company_proposals SET state='ignored', decided_at=? WHERE id=?", (utcnow(), proposal_id))
    return {"id": proposal_id, "siret": p["siret"], "state": "ignored"}
