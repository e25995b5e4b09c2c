"""The trust store: enrolment after fingerprint confirmation, rotation, revocation.

`TrustSnapshot` is read once per import batch so that checking a signer costs a dict lookup.
"""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..core.errors import IfdeskError, NotFoundError
from ..i18n import _
from ..store.db import utcnow
from ..store.keys import KeyStore
from .identity import (Card, check_card, differing_groups, normalize_fingerprint, spoken_fingerprint,
                       unb64)

if TYPE_CHECKING:
    from ..store.workspace import Workspace


class TrustError(IfdeskError):
    pass


def _row_public(r: dict[str, Any]) -> dict[str, Any]:
    return {"key_id": r["key_id"], "fingerprint": r["fingerprint"], "name": r["name"], "org": r["org"],
            "role": r["role"], "status": r["status"], "age_recipient": r["age_recipient"],
            "replaces": r["replaces"], "replaced_by": r["replaced_by"], "added_at": r["added_at"],
            "revoked_at": r["revoked_at"], "held_reason": r.get("held_reason"), "revoked_with": r.get("revoked_with"),
            "region": r.get("region")}


def trust_list(ws: Workspace) -> list[dict[str, Any]]:
    """Every enrolled key: `key_id`, `fingerprint`, `name`, `org`, `role`, `status` (active|revoked|rotated)…"""
    return [_row_public(r) for r in KeyStore(ws.db).trusted_all()]


def _fingerprint_ok(card: Card, fingerprint: str | None, confirmed: bool) -> bool:
    if fingerprint is not None:
        if normalize_fingerprint(fingerprint) != normalize_fingerprint(card.fingerprint):
            groups = ", ".join(str(g) for g in differing_groups(fingerprint, card.fingerprint))
            raise TrustError(_("Empreinte différente de celle de la carte (groupe(s) {g}) : carte refusée. Ne recopiez pas "
                               "l'empreinte de la carte : rappelez son titulaire et comparez groupe par groupe.", g=groups))
        return True
    return confirmed


def trust_add(ws: Workspace, card_data: dict[str, Any], fingerprint: str | None = None, confirmed: bool = False) -> dict[str, Any]:
    """Enrol a card. Returns `{"key_id", "fingerprint", "name", "org", "role", "result"}` where result is
    `added`, `rotated` (a countersigned card replaced a trusted key), `held` (a rotation that changes the
    name or organisation waits for the fingerprint, `reason` says so) or `already`.

    A new key needs `fingerprint` (compared with the card's, spaces and case ignored) or `confirmed=True`
    (the caller showed the fingerprint and the user confirmed it). So does a rotation that changes the
    name or the organisation, or one countersigned by a revoked key (the real owner rotating after a
    theft): bundle.md, Authority.
    """
    card: Card = check_card(card_data)
    keys = KeyStore(ws.db)
    own = keys.identity_row()
    if own is not None and own["key_id"] == card.key_id:
        raise TrustError(_("Cette carte est celle de l'identité de cet espace de travail."))
    info = {"key_id": card.key_id, "fingerprint": card.fingerprint, "name": card.name, "org": card.org, "role": card.role}
    existing = keys.trusted(card.key_id)
    if existing is not None and existing["status"] != "held":
        if existing["status"] == "revoked":
            raise TrustError(_("La clé {k} a été révoquée : elle ne peut pas être enrôlée de nouveau.", k=card.key_id))
        return info | {"result": "already", "status": existing["status"]}
    row = {"key_id": card.key_id, "public_key": card.public_key, "fingerprint": card.fingerprint, "name": card.name,
           "org": card.org, "role": card.role, "age_recipient": card.age_recipient,
           "card": json.dumps(card_data, ensure_ascii=False), "status": "active", "added_at": utcnow()}
    checked = _fingerprint_ok(card, fingerprint, confirmed)
    if card.rotation is not None:
        prev = keys.trusted(card.rotation.previous_key_id)
        if prev is not None:
            if prev["public_key"] != card.rotation.previous_public_key:
                raise TrustError(_("La contre-signature ne vient pas de la clé enrôlée {k}.", k=prev["key_id"]))
            if prev["role"] != card.role:
                raise TrustError(_("Une rotation ne peut pas changer le rôle ({a} → {b}).", a=prev["role"], b=card.role))
            if prev["status"] == "revoked":
                if not checked:
                    raise TrustError(_("La carte est contre-signée par la clé {k}, qui est révoquée : confirmez l'empreinte "
                                       "{f} avec son titulaire pour accepter ce successeur.", k=prev["key_id"],
                                       f=card.fingerprint))
                keys.confirm_successor(prev["key_id"], row, existing is not None)
                return info | {"result": "rotated", "replaces": prev["key_id"], "status": "active"}
            if prev["status"] == "rotated":
                raise TrustError(_("La clé {k} a déjà été remplacée : rotation refusée.", k=prev["key_id"]))
            if (prev["name"], prev["org"]) != (card.name, card.org) and not checked:
                reason = _("la rotation change le nom ou l'organisation ({a} → {b}) : confirmez l'empreinte {f} "
                           "avec son titulaire, comme pour un premier enrôlement",
                           a=f"{prev['name']}, {prev['org']}", b=f"{card.name}, {card.org}", f=card.fingerprint)
                if existing is None:
                    keys.add_trusted(row | {"status": "held", "held_reason": reason, "replaces": prev["key_id"]})
                return info | {"result": "held", "status": "held", "reason": reason, "replaces": prev["key_id"]}
            keys.rotate_trusted(prev["key_id"], row, existing is not None)
            return info | {"result": "rotated", "replaces": prev["key_id"], "status": "active"}
    if not checked:
        raise TrustError(_("Comparez l'empreinte de la carte avec son titulaire, de vive voix, avant de l'enrôler : {f}",
                           f=spoken_fingerprint(card.fingerprint)))
    if existing is not None:  # a held card whose predecessor is gone: enrolled as a new key
        keys.drop_held(card.key_id)
    keys.add_trusted(row)
    return info | {"result": "added", "status": "active"}


def trust_revoke(ws: Workspace, key_id: str) -> dict[str, Any]:
    """Revoke a key and every key rotated from it (a stolen key's successors are the thief's too), until the
    office confirms a successor by fingerprint. Revisions already received from them are kept and marked."""
    keys = KeyStore(ws.db)
    key_id = key_id.strip().lower()
    row = keys.trusted(key_id)
    if row is None:
        raise NotFoundError(_("Clé inconnue du magasin de confiance : {k}.", k=key_id))
    if row["status"] == "revoked":
        return {"key_id": key_id, "status": "revoked", "marked_revisions": 0, "revoked": []}
    chain = keys.successors(key_id)
    n = keys.revoke(key_id, chain)
    return {"key_id": key_id, "status": "revoked", "marked_revisions": n, "revoked": [key_id, *chain]}


@dataclass(frozen=True)
class TrustedSigner:
    key_id: str
    name: str
    org: str
    role: str
    status: str
    public_key: Ed25519PublicKey
    public_key_b64: str
    allowed_expert_keys: frozenset[str]  # this key and the keys it replaced by rotation
    until: str | None = None  # a de-referenced expert (register): bundles from this date on are refused
    source: str = "trust"  # "trust" (enrolled here) or "register" (referenced by the national identity)


class TrustSnapshot:
    """The trust store read once (a batch import checks thousands of signatures against it)."""

    def __init__(self, ws: Workspace):
        rows = {r["key_id"]: r for r in KeyStore(ws.db).trusted_all()}
        self._signers: dict[str, TrustedSigner] = {}
        self._rows = rows
        for kid, r in rows.items():
            chain: set[str] = {kid}
            cur: dict[str, Any] | None = r
            seen: set[str] = set()
            while cur and cur["replaces"] and cur["replaces"] not in seen:
                seen.add(cur["replaces"])
                chain.add(cur["replaces"])
                cur = rows.get(cur["replaces"])
            try:
                pub = Ed25519PublicKey.from_public_bytes(unb64(r["public_key"], 32))
            except ValueError:
                continue
            self._signers[kid] = TrustedSigner(kid, r["name"], r["org"], r["role"], r["status"], pub, r["public_key"],
                                               frozenset(chain))
        # the register of referenced experts, beside the trust store (national.md): the office's own
        # enrolments and revocations come first
        for r in ws.db.query("SELECT key_id, name, org, public_key, until FROM register_entries"):
            if r["key_id"] in self._signers:
                continue
            try:
                pub = Ed25519PublicKey.from_public_bytes(unb64(r["public_key"], 32))
            except ValueError:
                continue
            self._signers[r["key_id"]] = TrustedSigner(r["key_id"], r["name"], r["org"], "expert", "active", pub,
                                                       r["public_key"], frozenset({r["key_id"]}), r["until"], "register")

    def signer(self, key_id: str) -> TrustedSigner:
        """The active signer with this key id, or a TrustError saying why not."""
        s = self._signers.get(key_id)
        if s is None:
            raise TrustError(_("signataire inconnu (clé {k}) : enrôlez d'abord sa carte d'identité", k=key_id))
        if s.status == "held":
            raise TrustError(_("clé {k} ({n}) en attente : sa rotation change le nom ou l'organisation, l'empreinte "
                               "n'a pas encore été confirmée", k=key_id, n=s.name))
        if s.status == "revoked":
            raise TrustError(_("signataire révoqué (clé {k}, {n})", k=key_id, n=s.name))
        if s.status == "rotated":
            raise TrustError(_("clé {k} remplacée par la clé {r} : réexportez le paquet avec la nouvelle clé",
                               k=key_id, r=self._rows[key_id]["replaced_by"]))
        return s

