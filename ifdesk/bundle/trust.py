"""The trust store: enrolment after fingerprint confirmation, rotation, revocation.

`TrustSnapshot` is read once per import batch so that checking a signer costs a dict lookup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..core.errors import IfdeskError, NotFoundError
from ..i18n import _
from ..store.db import utcnow
from ..store.keys import KeyStore
from .identity import (Card, check_card, differing_groups, fingerprint_of, normalize_fingerprint, spoken_fingerprint,
                       unb64)


class TrustError(IfdeskError):
    pass


def _row_public(r: dict) -> dict:
    return {"key_id": r["key_id"], "fingerprint": r["fingerprint"], "name": r["name"], "org": r["org"],
            "role": r["role"], "status": r["status"], "age_recipient": r["age_recipient"],
            "replaces": r["replaces"], "replaced_by": r["replaced_by"], "added_at": r["added_at"],
            "revoked_at": r["revoked_at"]}


def trust_list(ws) -> list[dict]:
    """Every enrolled key: `key_id`, `fingerprint`, `name`, `org`, `role`, `status` (active|revoked|rotated)…"""
    return [_row_public(r) for r in KeyStore(ws.db).trusted_all()]


def trust_add(ws, card_data: dict, fingerprint: str | None = None, confirmed: bool = False) -> dict:
    """Enrol a card. Returns `{"key_id", "fingerprint", "name", "org", "role", "result"}` where result is
    `added`, `rotated` (a countersigned card replaced a trusted key: no confirmation needed) or `already`.

    A new key needs `fingerprint` (compared with the card's, spaces and case ignored) or `confirmed=True`
    (the caller showed the fingerprint and the user confirmed it).
    """
    card: Card = check_card(card_data)
    keys = KeyStore(ws.db)
    own = keys.identity_row()
    if own is not None and own["key_id"] == card.key_id:
        raise TrustError(_("Cette carte est celle de l'identité de cet espace de travail."))
    info = {"key_id": card.key_id, "fingerprint": card.fingerprint, "name": card.name, "org": card.org, "role": card.role}
    existing = keys.trusted(card.key_id)
    if existing is not None:
        if existing["status"] == "revoked":
            raise TrustError(_("La clé {k} a été révoquée : elle ne peut pas être enrôlée de nouveau.", k=card.key_id))
        return info | {"result": "already", "status": existing["status"]}
    row = {"key_id": card.key_id, "public_key": card.public_key, "fingerprint": card.fingerprint, "name": card.name,
           "org": card.org, "role": card.role, "age_recipient": card.age_recipient,
           "card": json.dumps(card_data, ensure_ascii=False), "status": "active", "added_at": utcnow()}
    if card.rotation is not None:
        prev = keys.trusted(card.rotation.previous_key_id)
        if prev is not None:
            if prev["status"] == "revoked":
                raise TrustError(_("La carte est contre-signée par la clé {k}, qui est révoquée : rotation refusée.",
                                   k=prev["key_id"]))
            if prev["status"] == "rotated":
                raise TrustError(_("La clé {k} a déjà été remplacée : rotation refusée.", k=prev["key_id"]))
            if prev["public_key"] != card.rotation.previous_public_key:
                raise TrustError(_("La contre-signature ne vient pas de la clé enrôlée {k}.", k=prev["key_id"]))
            if prev["role"] != card.role:
                raise TrustError(_("Une rotation ne peut pas changer le rôle ({a} → {b}).", a=prev["role"], b=card.role))
            keys.rotate_trusted(prev["key_id"], row)
            return info | {"result": "rotated", "replaces": prev["key_id"], "status": "active"}
    if fingerprint is not None:
        if normalize_fingerprint(fingerprint) != normalize_fingerprint(card.fingerprint):
            groups = ", ".join(str(g) for g in differing_groups(fingerprint, card.fingerprint))
            raise TrustError(_("Empreinte différente de celle de la carte (groupe(s) {g}) : carte refusée. Ne recopiez pas "
                               "l'empreinte de la carte : rappelez son titulaire et comparez groupe par groupe.", g=groups))
    elif not confirmed:
        raise TrustError(_("Comparez l'empreinte de la carte avec son titulaire, de vive voix, avant de l'enrôler : {f}",
                           f=spoken_fingerprint(card.fingerprint)))
    keys.add_trusted(row)
    return info | {"result": "added", "status": "active"}


def trust_revoke(ws, key_id: str) -> dict:
    """Revoke a key: its later bundles are rejected; revisions already received from it are kept and marked."""
    keys = KeyStore(ws.db)
    key_id = key_id.strip().lower()
    row = keys.trusted(key_id)
    if row is None:
        raise NotFoundError(_("Clé inconnue du magasin de confiance : {k}.", k=key_id))
    if row["status"] == "revoked":
        return {"key_id": key_id, "status": "revoked", "marked_revisions": 0}
    n = keys.revoke(key_id)
    return {"key_id": key_id, "status": "revoked", "marked_revisions": n}


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


class TrustSnapshot:
    """The trust store read once (a batch import checks thousands of signatures against it)."""

    def __init__(self, ws):
        rows = {r["key_id"]: r for r in KeyStore(ws.db).trusted_all()}
        self._signers: dict[str, TrustedSigner] = {}
        self._rows = rows
        for kid, r in rows.items():
            chain, cur, seen = {kid}, r, set()
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

    def signer(self, key_id: str) -> TrustedSigner:
        """The active signer with this key id, or a TrustError saying why not."""
        s = self._signers.get(key_id)
        if s is None:
            raise TrustError(_("signataire inconnu (clé {k}) : enrôlez d'abord sa carte d'identité", k=key_id))
        if s.status == "revoked":
            raise TrustError(_("signataire révoqué (clé {k}, {n})", k=key_id, n=s.name))
        if s.status == "rotated":
            raise TrustError(_("clé {k} remplacée par la clé {r} : réexportez le paquet avec la nouvelle clé",
                               k=key_id, r=self._rows[key_id]["replaced_by"]))
        return s


def fingerprint_of_b64(public_key_b64: str) -> str:
    return fingerprint_of(unb64(public_key_b64, 32))
