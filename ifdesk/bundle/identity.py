"""Ed25519 identities, identity cards, rotation.

- The private key is stored only under age's passphrase envelope (scrypt, memory-hard) through
  pyrage: `age-scrypt:` + base64 of the age file holding its PKCS#8 PEM. 0.1 stored encrypted
  PKCS#8 (`BestAvailableEncryption`: PBKDF2, 2,048 rounds); such a key is re-wrapped at its next
  successful unlock. An office's age identity (for encrypted bundles) is stored the same way.
  Nothing here is home-made cryptography. A new or changed passphrase must pass
  `core.passphrase.passphrase_problem` (docs/decisions-safety.md).
- key_id = hex of the first 8 bytes of SHA-256(raw 32-byte public key).
- Fingerprint: the first 16 bytes of that SHA-256 in 8 groups of 4 hex digits, to read aloud by phone.
- An identity card is a JSON object signed by its own key (`signature` over the canonical JSON of
  the card without `signature`). A rotated card also carries `rotation.countersignature`, made by
  the previous key over the card without `signature` and without `rotation.countersignature`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any, Literal, TYPE_CHECKING

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError

from ..core.canonical import canonical_json
from ..core.errors import IfdeskError, ValidationError
from ..core.passphrase import passphrase_problem
from ..core.validation import pydantic_message
from ..i18n import _
from ..store.db import utcnow
from ..store.keys import KeyStore, loads_list

if TYPE_CHECKING:
    from ..store.workspace import Workspace

CARD_TYPE = "ifdesk-identity-card"
ROLES = ("expert", "office", "national")
DECRYPTING_ROLES = ("office", "national")  # they receive encrypted bundles: an age identity
KEY_ID_RE = r"^[0-9a-f]{16}$"
log = logging.getLogger(__name__)
MAX_CARD_BYTES = 64 * 1024


class BadPassphrase(IfdeskError):
    pass


class CardInvalid(IfdeskError):
    pass


class NoIdentity(IfdeskError):
    pass


# ---- primitives ----------------------------------------------------------------------------------

canonical = canonical_json  # the one canonical form (ifdesk.core.canonical)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError, AttributeError):
        raise ValueError("base64") from None
    if length is not None and len(raw) != length:
        raise ValueError("length")
    return raw


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(raw_pub: bytes) -> str:
    return hashlib.sha256(raw_pub).digest()[:8].hex()


def fingerprint_of(raw_pub: bytes) -> str:
    h = hashlib.sha256(raw_pub).hexdigest()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


def normalize_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def spoken_fingerprint(fp: str) -> str:
    """The fingerprint to read aloud, each group numbered: « 1 EEDE · 2 3FB1 · … » (not a value to paste)."""
    return " · ".join(f"{i} {g}" for i, g in enumerate(fp.split(), 1))


def differing_groups(typed: str, fp: str) -> list[int]:
    """Which of the 8 groups differ between what was typed and the card's fingerprint (1-based)."""
    a, b = normalize_fingerprint(typed), normalize_fingerprint(fp)
    return [i // 4 + 1 for i in range(0, len(b), 4) if a[i:i + 4] != b[i:i + 4]]


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(unb64(text, 32))


def verify(pub: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        pub.verify(signature, data)
        return True
    except InvalidSignature:
        return False


# ---- identity cards ------------------------------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rotation(_Strict):
    previous_key_id: str = Field(pattern=KEY_ID_RE)
    previous_public_key: str = Field(max_length=64)
    countersignature: str = Field(max_length=128)


class Card(_Strict):
    type: Literal["ifdesk-identity-card"]
    version: Literal[1]
    key_id: str = Field(pattern=KEY_ID_RE)
    public_key: str = Field(max_length=64)
    name: str = Field(min_length=1, max_length=200)
    org: str = Field(min_length=1, max_length=200)
    role: Literal["expert", "office", "national"]
    age_recipient: str | None = Field(default=None, pattern=r"^age1[02-9ac-hj-np-z]{58}$")
    created_at: str = Field(max_length=40)
    rotation: Rotation | None = None
    signature: str = Field(max_length=128)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(unb64(self.public_key, 32))


def _countersigned_body(card: dict[str, Any]) -> bytes:
    body = {k: v for k, v in card.items() if k != "signature"}
    if body.get("rotation"):
        body["rotation"] = {k: v for k, v in body["rotation"].items() if k != "countersignature"}
    return canonical(body)


def make_card(priv: Ed25519PrivateKey, name: str, org: str, role: str, age_recipient: str | None,
              created_at: str, previous: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    raw = raw_public(priv.public_key())
    card: dict[str, Any] = {"type": CARD_TYPE, "version": 1, "key_id": key_id_of(raw), "public_key": b64(raw), "name": name,
                  "org": org, "role": role, "age_recipient": age_recipient, "created_at": created_at, "rotation": None}
    if previous is not None:
        praw = raw_public(previous.public_key())
        card["rotation"] = {"previous_key_id": key_id_of(praw), "previous_public_key": b64(praw), "countersignature": ""}
        card["rotation"]["countersignature"] = b64(previous.sign(_countersigned_body(card)))
    card["signature"] = b64(priv.sign(canonical({k: v for k, v in card.items() if k != "signature"})))
    return card


def check_card(data: object) -> Card:
    """A well-formed card whose key id matches its key and whose self-signature verifies."""
    if not isinstance(data, dict):
        raise CardInvalid(_("Carte d'identité invalide : un objet JSON est attendu."))
    try:
        card = Card.model_validate(data)
    except PydanticError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err.get("loc", ())) or _("(racine)")
        raise CardInvalid(_("Carte d'identité invalide : {loc} : {msg}", loc=loc, msg=pydantic_message(err))) from None
    try:
        raw = unb64(card.public_key, 32)
        sig = unb64(card.signature, 64)
    except ValueError:
        raise CardInvalid(_("Carte d'identité invalide : clé publique ou signature mal encodée.")) from None
    if key_id_of(raw) != card.key_id:
        raise CardInvalid(_("Carte d'identité invalide : l'identifiant de clé ne correspond pas à la clé publique."))
    if card.role == "office" and not card.age_recipient:
        raise CardInvalid(_("Carte d'identité invalide : la carte d'un bureau doit porter son destinataire de chiffrement."))
    if card.age_recipient:
        try:
            pyrage.x25519.Recipient.from_str(card.age_recipient)
        except Exception:  # pyrage.RecipientError: a bad bech32 checksum
            raise CardInvalid(_("Carte d'identité invalide : destinataire de chiffrement illisible.")) from None
    body = canonical({k: v for k, v in data.items() if k != "signature"})
    if not verify(Ed25519PublicKey.from_public_bytes(raw), sig, body):
        raise CardInvalid(_("Carte d'identité invalide : l'auto-signature ne vérifie pas (carte modifiée ?)."))
    if card.rotation is not None:
        try:
            praw = unb64(card.rotation.previous_public_key, 32)
            csig = unb64(card.rotation.countersignature, 64)
        except ValueError:
            raise CardInvalid(_("Carte d'identité invalide : contre-signature mal encodée.")) from None
        if key_id_of(praw) != card.rotation.previous_key_id or not verify(
                Ed25519PublicKey.from_public_bytes(praw), csig, _countersigned_body(data)):
            raise CardInvalid(_("Carte d'identité invalide : la contre-signature de l'ancienne clé ne vérifie pas."))
    return card


class DuplicateCardKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _v in pairs:
            if k in seen:
                raise DuplicateCardKey(k)
            seen.add(k)
    return out


def read_card_file(path: str | Path) -> tuple[Card, dict[str, Any]]:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_CARD_BYTES:
            raise CardInvalid(_("{p} : fichier trop volumineux pour une carte d'identité.", p=p))
        data = json.loads(p.read_bytes().decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except DuplicateCardKey as exc:
        raise CardInvalid(_("Carte d'identité invalide : clé « {k} » en double (un lecteur verrait une autre valeur).",
                            k=str(exc)[:60])) from None
    except OSError as exc:
        raise CardInvalid(_("Carte illisible : {p} ({e})", p=p, e=exc.strerror or exc)) from None
    except (UnicodeDecodeError, ValueError):
        raise CardInvalid(_("{p} n'est pas une carte d'identité ifdesk (JSON illisible).", p=p)) from None
    return check_card(data), data


# ---- the workspace identity ------------------------------------------------------------------------

def check_fields(name: str, org: str, role: str, passphrase: str) -> tuple[str, str]:
    name, org = (name or "").strip(), (org or "").strip()
    if not name or len(name) > 200:
        raise ValidationError(_("Le nom est obligatoire (200 caractères au plus)."), "name")
    if not org or len(org) > 200:
        raise ValidationError(_("L'organisation est obligatoire (200 caractères au plus)."), "org")
    if role not in ROLES:
        raise ValidationError(_("Rôle inconnu : « {r} » (expert, office ou national).", r=role), "role")
    problem = passphrase_problem(passphrase)
    if problem:
        raise ValidationError(_("Phrase secrète trop faible : {why}.", why=problem), "passphrase")
    return name, org


ENVELOPE = "age-scrypt:"


def _encrypt_private(priv: Ed25519PrivateKey, passphrase: str) -> str:
    """The private key as stored: its PKCS#8 PEM inside age's scrypt passphrase envelope (pyrage)."""
    pem = priv.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    return ENVELOPE + b64(pyrage.passphrase.encrypt(pem, passphrase))


def unwrap_private(stored: str, passphrase: str) -> Ed25519PrivateKey:
    """The private key as stored (the age scrypt envelope, or 0.1's encrypted PKCS#8), opened by `passphrase`;
    BadPassphrase when it does not open."""
    bad = BadPassphrase(_("Phrase secrète incorrecte : la clé privée de l'identité n'a pas pu être déchiffrée."))
    if stored.startswith(ENVELOPE):
        try:
            pem = pyrage.passphrase.decrypt(unb64(stored[len(ENVELOPE):]), passphrase or "")
        except Exception:  # pyrage's DecryptError: a wrong passphrase
            raise bad from None
        return key_from_pem(pem)
    try:
        key = serialization.load_pem_private_key(stored.encode("ascii"), (passphrase or "").encode("utf-8"))
    except (ValueError, TypeError):
        raise bad from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BadPassphrase(_("La clé enregistrée n'est pas une clé Ed25519."))
    return key


def key_from_pem(pem: bytes) -> Ed25519PrivateKey:
    """The key of an unwrapped envelope (the window unwraps it in a child process: sync_child)."""
    key = serialization.load_pem_private_key(pem, None)
    if not isinstance(key, Ed25519PrivateKey):
        raise BadPassphrase(_("La clé enregistrée n'est pas une clé Ed25519."))
    return key


def create_identity(ws: Workspace, name: str, org: str, role: str, passphrase: str,
                    age_keys: tuple[str, str] | None = None) -> dict[str, Any]:
    """Create the workspace identity (refused when one exists) and adopt the diagnostics made before it.

    Returns the public description (`describe`). Slow for an office (age's scrypt, ~2 s): a window passes
    `age_keys` = (age recipient, base64 of the age identity encrypted under `passphrase` by
    `pyrage.passphrase.encrypt`), made in a child process, since pyrage holds the GIL while it runs.
    """
    keys = KeyStore(ws.db)
    existing = keys.identity_row()
    if existing is not None:
        raise IfdeskError(_("Cet espace de travail a déjà une identité ({k}) ; utilisez « identity rotate » pour changer de clé.",
                            k=existing["key_id"]))
    name, org = check_fields(name, org, role, passphrase)
    priv = Ed25519PrivateKey.generate()
    age_recipient = age_enc = None
    if role in DECRYPTING_ROLES and age_keys is not None:
        age_recipient, age_enc = age_keys
    elif role in DECRYPTING_ROLES:
        ident = pyrage.x25519.Identity.generate()
        age_recipient = str(ident.to_public())
        age_enc = b64(pyrage.passphrase.encrypt(str(ident).encode("ascii"), passphrase))
    now = utcnow()
    card = make_card(priv, name, org, role, age_recipient, now)
    keys.insert_identity({"key_id": card["key_id"], "name": name, "org": org, "role": role,
                          "public_key": card["public_key"], "private_key_pem": _encrypt_private(priv, passphrase),
                          "created_at": now, "age_recipient": age_recipient, "age_identity_enc": age_enc,
                          "card": json.dumps(card, ensure_ascii=False), "previous_key_ids": "[]"})
    adopted = keys.adopt_orphan_diagnostics(card["key_id"], name)
    _rehash(ws, adopted)
    return describe(ws) | {"adopted": len(adopted)}


def _rehash(ws: Workspace, diag_ids: list[str]) -> None:
    """The content hash covers expert_key_id: refresh it for the adopted completed revisions."""
    from ..store.db import transaction

    for diag_id in diag_ids:
        for r in ws.diagnostics.revisions(diag_id):
            if r["content_hash"] is None:
                continue
            h = ws.diagnostics.get(diag_id, r["revision"]).content_hash()
            with transaction(ws.db):
                ws.db.execute("UPDATE revisions SET content_hash = ? WHERE diag_id = ? AND revision = ?",
                              (h, diag_id, r["revision"]))


def _identity_row(ws: Workspace) -> dict[str, Any]:
    """The workspace's identity row; NoIdentity when there is none yet."""
    row = KeyStore(ws.db).identity_row()
    if row is None:
        raise NoIdentity(_("Cet espace de travail n'a pas encore d'identité : lancez « ifdesk identity init »."))
    return row


def describe(ws: Workspace) -> dict[str, Any]:
    row = _identity_row(ws)
    raw = unb64(row["public_key"], 32)
    return {"key_id": row["key_id"], "fingerprint": fingerprint_of(raw), "name": row["name"], "org": row["org"],
            "role": row["role"], "public_key": row["public_key"], "age_recipient": row["age_recipient"],
            "created_at": row["created_at"], "previous_key_ids": loads_list(row["previous_key_ids"])}


def has_identity(ws: Workspace) -> bool:
    return KeyStore(ws.db).identity_row() is not None


def own_key_ids(ws: Workspace) -> set[str]:
    """The current key and the keys it replaced (diagnostics signed under them stay exportable)."""
    row = KeyStore(ws.db).identity_row()
    if row is None:
        return set()
    return {row["key_id"], *loads_list(row["previous_key_ids"])}


def card(ws: Workspace) -> dict[str, Any]:
    row = _identity_row(ws)
    return json.loads(row["card"])


def write_card(ws: Workspace, path: str | Path) -> Path:
    p = Path(path)
    data = json.dumps(card(ws), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    from ..core.atomic import atomic_write

    atomic_write(p, data)
    return p


def signing_key(ws: Workspace, passphrase: str | Ed25519PrivateKey) -> Ed25519PrivateKey:
    """The workspace's private key, unwrapped with `passphrase` (age's scrypt: about a second, GIL held;
    a window unwraps it in a child process and passes the opened key, returned as is).

    A key still stored the 0.1 way (PKCS#8, PBKDF2) is re-wrapped under the envelope once the
    passphrase has opened it (nothing is written when the passphrase is wrong or the workspace read-only).
    """
    if isinstance(passphrase, Ed25519PrivateKey):
        return passphrase
    row = _identity_row(ws)
    stored = row["private_key_pem"]
    key = unwrap_private(stored, passphrase)
    if stored.startswith(ENVELOPE):
        return key
    try:
        KeyStore(ws.db).replace_identity({"private_key_pem": _encrypt_private(key, passphrase)})
    except sqlite3.Error as exc:  # read-only: migrated at a later unlock
        log.info("identity key not re-wrapped yet: %s", exc)
    return key


def age_identity(ws: Workspace, passphrase: str) -> pyrage.x25519.Identity:
    """The office's age identity (decrypting it costs about a second: scrypt)."""
    row = KeyStore(ws.db).identity_row()
    if row is None or not row["age_identity_enc"]:
        raise IfdeskError(_("Cet espace de travail n'a pas de clé de déchiffrement (seul un bureau en a une)."))
    try:
        secret = pyrage.passphrase.decrypt(unb64(row["age_identity_enc"]), passphrase or "")
    except Exception:  # pyrage raises DecryptError; anything else here also means a bad passphrase
        raise BadPassphrase(_("Phrase secrète incorrecte : la clé de déchiffrement du bureau n'a pas pu être ouverte.")) from None
    return pyrage.x25519.Identity.from_str(secret.decode("ascii"))


def rotate_identity(ws: Workspace, passphrase: str, new_passphrase: str | None = None) -> dict[str, Any]:
    """A new key whose card is countersigned by the old one; the office replaces the old key on `trust add`."""
    keys = KeyStore(ws.db)
    row = _identity_row(ws)
    old = signing_key(ws, passphrase)
    new_pass = new_passphrase or passphrase
    check_fields(row["name"], row["org"], row["role"], new_pass)
    priv = Ed25519PrivateKey.generate()
    age_recipient, age_enc = row["age_recipient"], row["age_identity_enc"]
    if row["role"] in DECRYPTING_ROLES and new_pass != passphrase:
        ident = age_identity(ws, passphrase)
        age_enc = b64(pyrage.passphrase.encrypt(str(ident).encode("ascii"), new_pass))
    now = utcnow()
    new_card = make_card(priv, row["name"], row["org"], row["role"], age_recipient, now, previous=old)
    previous = loads_list(row["previous_key_ids"]) + [row["key_id"]]
    keys.replace_identity({"key_id": new_card["key_id"], "public_key": new_card["public_key"],
                           "private_key_pem": _encrypt_private(priv, new_pass), "created_at": now,
                           "age_identity_enc": age_enc, "card": json.dumps(new_card, ensure_ascii=False),
                           "previous_key_ids": json.dumps(previous)})
    return describe(ws) | {"replaces": row["key_id"]}


# ---- backup and restore (ifdesk.bundle.keyfile writes and reads the files) --------------------------

IDENTITY_FIELDS = ("key_id", "name", "org", "role", "public_key", "private_key_pem", "created_at", "age_recipient",
                   "age_identity_enc", "card", "previous_key_ids")


def identity_record(ws: Workspace) -> dict[str, Any]:
    """The whole identity row (private key still encrypted under the passphrase), for a backup."""
    row = _identity_row(ws)
    return {k: row[k] for k in IDENTITY_FIELDS}


def install_identity(ws: Workspace, record: dict[str, Any], passphrase: str, force: bool = False) -> dict[str, Any]:
    """Put a backed-up identity into this workspace, after checking it: the passphrase opens its private
    key, which is the card's key, and the card is valid. Refused over an existing identity unless `force`."""
    keys = KeyStore(ws.db)
    existing = keys.identity_row()
    if existing is not None and not force:
        raise IfdeskError(_("Cet espace de travail a déjà une identité ({k}) : ajoutez --force pour la remplacer "
                            "par la sauvegarde (l'identité actuelle sera perdue).", k=existing["key_id"]))
    try:
        record = {k: record[k] for k in IDENTITY_FIELDS}
        card_data = json.loads(record["card"])
        loads_list(record["previous_key_ids"])
    except (KeyError, TypeError, ValueError):
        raise CardInvalid(_("Sauvegarde d'identité incomplète ou illisible.")) from None
    c = check_card(card_data)
    key = unwrap_private(str(record["private_key_pem"]), passphrase)
    if (b64(raw_public(key.public_key())) != c.public_key
            or record["public_key"] != c.public_key or record["key_id"] != c.key_id):
        raise CardInvalid(_("Sauvegarde d'identité incohérente : la clé privée ne correspond pas à la carte."))
    if (record["name"], record["org"], record["role"], record["age_recipient"]) != (c.name, c.org, c.role, c.age_recipient):
        raise CardInvalid(_("Sauvegarde d'identité incohérente : la clé privée ne correspond pas à la carte."))
    if c.role == "office":  # the office's age identity must open too, and be the card's recipient
        try:
            secret = pyrage.passphrase.decrypt(unb64(str(record["age_identity_enc"])), passphrase or "")
            ident = pyrage.x25519.Identity.from_str(secret.decode("ascii"))
        except Exception:
            raise BadPassphrase(_("Phrase secrète incorrecte : la clé de déchiffrement du bureau n'a pas pu être ouverte.")) from None
        if str(ident.to_public()) != c.age_recipient:
            raise CardInvalid(_("Sauvegarde d'identité incohérente : la clé privée ne correspond pas à la carte."))
    if existing is None:
        keys.insert_identity(record)
    else:
        keys.replace_identity(record)
    adopted = keys.adopt_orphan_diagnostics(record["key_id"], record["name"])
    _rehash(ws, adopted)
    return describe(ws) | {"adopted": len(adopted), "replaced": existing["key_id"] if existing else None}
