"""Rows of the workspace identity and of the trust store (no cryptography here: see ifdesk.bundle)."""

from __future__ import annotations

from typing import Any

import json

import sqlite_utils

from .db import transaction, utcnow

_TRUST_COLS = ("key_id", "public_key", "fingerprint", "name", "org", "role", "age_recipient", "card", "status",
               "replaces", "replaced_by", "added_at", "revoked_at", "held_reason", "revoked_with")


class KeyStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # ---- own identity --------------------------------------------------------------------------
    def identity_row(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM identity WHERE id = 1"))
        return rows[0] if rows else None

    def insert_identity(self, row: dict[str, Any]) -> None:
        with transaction(self.db):
            self.db.execute(f"INSERT INTO identity (id, {', '.join(row)}) VALUES (1, {', '.join('?' * len(row))})",
                            tuple(row.values()))

    def replace_identity(self, row: dict[str, Any]) -> None:
        with transaction(self.db):
            self.db.execute(f"UPDATE identity SET {', '.join(f'{k}=?' for k in row)} WHERE id = 1", tuple(row.values()))

    def adopt_orphan_diagnostics(self, key_id: str, name: str) -> list[str]:
        """Diagnostics made before the identity existed (expert_key_id NULL) become this identity's."""
        with transaction(self.db):
            ids = [r[0] for r in self.db.execute("SELECT id FROM diagnostics WHERE expert_key_id IS NULL").fetchall()]
            self.db.execute("UPDATE diagnostics SET expert_key_id = ?, expert_name = ? WHERE expert_key_id IS NULL",
                            (key_id, name))
        return ids

    # ---- trust store ---------------------------------------------------------------------------
    def trusted(self, key_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM trusted_keys WHERE key_id = ?", [key_id]))
        return rows[0] if rows else None

    def trusted_all(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM trusted_keys ORDER BY added_at, key_id"))

    def add_trusted(self, row: dict[str, Any]) -> None:
        row = {k: row.get(k) for k in _TRUST_COLS if k in row}
        with transaction(self.db):
            self.db.execute(f"INSERT INTO trusted_keys ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                            tuple(row.values()))

    def rotate_trusted(self, old_key_id: str, new_row: dict[str, Any], replace_held: bool = False) -> None:
        """The new key replaces the old one in one transaction (old kept, marked `rotated`)."""
        with transaction(self.db):
            if replace_held:
                self.drop_held(new_row["key_id"])
            self.add_trusted(new_row | {"replaces": old_key_id})
            self.db.execute("UPDATE trusted_keys SET status = 'rotated', replaced_by = ? WHERE key_id = ?",
                            (new_row["key_id"], old_key_id))

    def confirm_successor(self, revoked_key_id: str, new_row: dict[str, Any], replace_held: bool = False) -> None:
        """A successor of a revoked key, confirmed by fingerprint: it carries the chain on (its diagnostics)
        while the revoked key, and whatever a thief rotated it to, stay revoked."""
        with transaction(self.db):
            if replace_held:
                self.drop_held(new_row["key_id"])
            self.add_trusted(new_row | {"replaces": revoked_key_id})

    def drop_held(self, key_id: str) -> None:
        self.db.execute("DELETE FROM trusted_keys WHERE key_id = ? AND status = 'held'", (key_id,))

    def successors(self, key_id: str) -> list[str]:
        """Every key rotated from this one, directly or not (held ones included)."""
        out, todo = [], [key_id]
        while todo:
            cur = todo.pop()
            for (k,) in self.db.execute("SELECT key_id FROM trusted_keys WHERE replaces = ? AND key_id != ?", (cur, key_id)):
                if k not in out:
                    out.append(k)
                    todo.append(k)
        return out

    def revoke(self, key_id: str, chain: list[str] | None = None) -> int:
        """Mark the key (and `chain`, its successors) revoked and the data received from them; returns how many
        revisions were marked."""
        with transaction(self.db):
            now, n = utcnow(), 0
            for k in [key_id, *(chain or [])]:
                self.db.execute("UPDATE trusted_keys SET status = 'revoked', revoked_at = ?, revoked_with = ? "
                                "WHERE key_id = ? AND status != 'revoked'", (now, key_id if k != key_id else None, k))
                n += self.db.execute("UPDATE received_revisions SET signer_revoked = 1 WHERE signer_key_id = ?",
                                     (k,)).rowcount
            return n

    def office_recipients(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT key_id, name, org, age_recipient FROM trusted_keys "
                                  "WHERE status = 'active' AND role = 'office' AND age_recipient IS NOT NULL "
                                  "ORDER BY key_id"))


def loads_list(text: str | None) -> list[Any]:
    try:
        v = json.loads(text or "[]")
    except ValueError:
        return []
    return v if isinstance(v, list) else []
