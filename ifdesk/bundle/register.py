"""The register of referenced experts (national.md): kept by the national identity, published as a signed
bundle of kind `register`, imported by offices and experts that enrolled the national card.

- `register_add / register_remove / register_list / register_publish` run in the national workspace.
- `verify_register` is step 5 of the import for `kind: "register"` (registered in `verify.KINDS`); its
  `apply` replaces the copy held when the register's sequence number is newer (else `stale`).
- From then on `TrustSnapshot` finds a referenced expert's key beside the trust store (trust.py), and a
  de-referenced one is refused from its date (`verify.check_referenced`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, TypeVar

from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticError

from .. import APP_NAME, __version__
from ..core.errors import IfdeskError, NotFoundError, ValidationError
from ..core.reference_data import normalize_region
from ..i18n import _
from ..store import national as store
from ..store.db import transaction, utcnow
from . import format as fmt
from .container import BundleRejected, atomic_write, build_zip
from .identity import (CardInvalid, check_card, describe, differing_groups, normalize_fingerprint, signing_key,
                       spoken_fingerprint)
from .trust import TrustedSigner
from .verify import KINDS, RefCache, Verified, schema_error

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ..store.workspace import Workspace

PAYLOAD = "register.json"
PAYLOAD_FORMAT = "ifdesk-register"
MAX_ENTRIES = 20_000
MAX_REASON = 500
DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
M = TypeVar("M", bound=BaseModel)


class RegisterError(IfdeskError):
    pass


class RegisterEntry(fmt.Strict):
    card: dict[str, Any]
    regions: list[str] = Field(default_factory=list, max_length=30)
    since: str = Field(pattern=DATE_RE)
    until: str | None = Field(default=None, pattern=DATE_RE)
    reason: str = Field(default="", max_length=MAX_REASON)


class RegisterPayload(fmt.Strict):
    format: Literal["ifdesk-register"]
    format_version: Literal[1]
    sequence: int = Field(ge=1, le=10**9)
    entries: list[RegisterEntry] = Field(max_length=MAX_ENTRIES)


# ---- signing any bundle of the national level ------------------------------------------------------------

def build_signed(kind: str, signer: dict[str, Any], key: Ed25519PrivateKey, members: list[tuple[str, bytes]]) -> tuple[bytes, str, str]:
    """The signed ZIP of a bundle without diagnostics nor référentiels: (bytes, bundle_id, created_at)."""
    bundle_id, created = str(uuid.uuid4()), utcnow()
    manifest = {
        "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION, "bundle_id": bundle_id, "kind": kind,
        "created_at": created, "producer": {"name": APP_NAME, "version": __version__},
        "signer": {k: signer[k] for k in ("key_id", "name", "org", "role", "public_key")},
        "referentiels": [], "diagnostics": [],
        "files": [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members],
    }
    mbytes = fmt.dumps(manifest)
    sig = base64.b64encode(key.sign(mbytes)) + b"\n"
    return build_zip([("manifest.json", mbytes), ("manifest.sig", sig)] + members), bundle_id, created


# ---- the national workspace ----------------------------------------------------------------------------

def _national(ws: Workspace) -> dict[str, Any]:
    me = describe(ws)
    if me["role"] != "national":
        raise RegisterError(_("Seule l'identité nationale tient le registre des experts référencés "
                              "(l'identité de cet espace de travail est « {r} »).", r=me["role"]))
    return me


def _day(value: str | date | None, what: str) -> str:
    if value is None:
        return date.today().isoformat()
    try:
        return (value if isinstance(value, date) else date.fromisoformat(str(value).strip())).isoformat()
    except ValueError:
        raise ValidationError(_("{w} : « {v} » n'est pas une date (AAAA-MM-JJ).", w=what, v=str(value)[:40]), what) from None


def parse_regions(text: str | list[str] | None) -> list[str]:
    if text is None:
        return []
    items = text if isinstance(text, list) else [t for t in str(text).replace(";", ",").split(",")]
    return sorted({normalize_region(t) for t in items if str(t).strip()})


def register_add(ws: Workspace, card_data: dict[str, Any], fingerprint: str, regions: str | list[str] | None = None,
                 since: str | date | None = None) -> dict[str, Any]:
    """Reference an expert's card after the fingerprint check (as `trust add`); a de-referenced expert can be
    referenced again. Returns the entry as `register_list` shows it, with `result` added|already|re-referenced."""
    me = _national(ws)
    card = check_card(card_data)
    if card.role != "expert":
        raise RegisterError(_("Le registre ne référence que des experts : cette carte a le rôle « {r} ».", r=card.role))
    if card.key_id == me["key_id"]:
        raise RegisterError(_("Cette carte est celle de l'identité de cet espace de travail."))
    if not fingerprint or normalize_fingerprint(fingerprint) != normalize_fingerprint(card.fingerprint):
        if not fingerprint:
            raise RegisterError(_("Comparez l'empreinte de la carte avec son titulaire, de vive voix, avant de l'enrôler : {f}",
                                  f=spoken_fingerprint(card.fingerprint)))
        groups = ", ".join(str(g) for g in differing_groups(fingerprint, card.fingerprint))
        raise RegisterError(_("Empreinte différente de celle de la carte (groupe(s) {g}) : carte refusée. Ne recopiez pas "
                              "l'empreinte de la carte : rappelez son titulaire et comparez groupe par groupe.", g=groups))
    codes = parse_regions(regions)
    day = _day(since, "--date")
    old = store.register_entry(ws.db, card.key_id)
    if old is not None and old["until"] is None:
        return _public(old) | {"result": "already"}
    with transaction(ws.db):
        store.register_put(ws.db, {"key_id": card.key_id, "public_key": card.public_key, "fingerprint": card.fingerprint,
                                   "name": card.name, "org": card.org, "card": card_data, "regions": codes,
                                   "since": day, "until": None, "reason": ""})
    row = store.register_entry(ws.db, card.key_id)
    assert row is not None  # register_put just wrote it
    return _public(row) | {"result": "re-referenced" if old is not None else "added"}


def register_remove(ws: Workspace, key_id: str, reason: str, when: str | date | None = None) -> dict[str, Any]:
    """De-reference an expert from `when` (today by default) with a reason; their later bundles are refused
    once offices import the next register."""
    _national(ws)
    key_id = (key_id or "").strip().lower()
    row = store.register_entry(ws.db, key_id)
    if row is None:
        raise NotFoundError(_("Clé inconnue du registre : {k}.", k=key_id or "—"))
    reason = " ".join((reason or "").split())
    if not reason or len(reason) > MAX_REASON:
        raise ValidationError(_("Une raison est obligatoire ({n} caractères au plus).", n=MAX_REASON), "reason")
    day = _day(when, "--date")
    if day < row["since"]:
        raise ValidationError(_("La date de dé-référencement ({d}) précède le référencement ({s}).", d=day, s=row["since"]),
                              "date")
    store.register_dereference(ws.db, key_id, day, reason)
    row = store.register_entry(ws.db, key_id)
    assert row is not None  # found above, only its date and reason changed
    return _public(row)


def _public(r: dict[str, Any]) -> dict[str, Any]:
    regions = r["regions"] if isinstance(r["regions"], list) else json.loads(r["regions"] or "[]")
    return {"key_id": r["key_id"], "name": r["name"], "org": r["org"],
            "status": "dereferenced" if r["until"] else "referenced", "since": r["since"], "until": r["until"],
            "reason": r["reason"] or "", "regions": regions, "fingerprint": r["fingerprint"]}


def register_list(ws: Workspace) -> list[dict[str, Any]]:
    """The register (the national one, or the copy an office or expert holds): cli.md's shape."""
    return [_public(r) for r in store.register_rows(ws.db)]


def register_info(ws: Workspace) -> dict[str, Any]:
    st = store.register_state(ws.db)
    return {"sequence": st["sequence"] if st else 0, "national_key_id": st["national_key_id"] if st else None,
            "published_at": st["published_at"] if st else None, "received_at": st["received_at"] if st else None}


def register_publish(ws: Workspace, out_path: str | Path, passphrase: str | Callable[[], str]) -> dict[str, Any]:
    """Write the whole register as a signed `register` bundle with the next sequence number."""
    me = _national(ws)
    out = Path(out_path)
    if out.is_dir():
        raise RegisterError(_("{p} est un dossier.", p=out))
    if not out.parent.is_dir():
        raise RegisterError(_("Le dossier {p} n'existe pas.", p=out.parent))
    key = signing_key(ws, passphrase() if callable(passphrase) else passphrase)
    rows = store.register_rows(ws.db)
    seq = register_info(ws)["sequence"] + 1
    payload = {"format": PAYLOAD_FORMAT, "format_version": 1, "sequence": seq,
               "entries": [{"card": r["card"], "regions": r["regions"], "since": r["since"], "until": r["until"],
                            "reason": r["reason"] or ""} for r in rows]}
    data, bundle_id, created = build_signed("register", me, key, [(PAYLOAD, fmt.dumps(payload))])
    with transaction(ws.db):
        store.set_register_state(ws.db, seq, me["key_id"], bundle_id, created, None)
        try:
            atomic_write(out, data)
        except OSError as exc:
            raise RegisterError(_("Écriture impossible de {p} : {e}", p=out, e=exc.strerror or exc)) from None
    return {"sequence": seq, "path": str(out), "bundle_id": bundle_id, "entries": len(rows),
            "referenced": sum(1 for r in rows if not r["until"])}


# ---- import (step 5 and apply) --------------------------------------------------------------------------

def read_payload(contents: dict[str, bytes], name: str, model: type[M]) -> M:
    if set(contents) != {name}:
        extra = sorted(set(contents) - {name})
        raise BundleRejected(_("membre {m} sans rôle dans le manifeste", m=extra[0][:80]) if extra
                             else _("membre {m} manquant", m=name))
    try:
        raw = fmt.loads(contents[name])
    except fmt.DuplicateKey as exc:
        raise BundleRejected(_("{p} : clé « {k} » en double", p=name, k=str(exc)[:60])) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(_("{p} illisible (JSON invalide)", p=name)) from None
    try:
        return model.model_validate(raw)
    except PydanticError as exc:
        raise schema_error(name, exc) from None
    except IfdeskError as exc:
        raise BundleRejected(_("{p} : {e}", p=name, e=str(exc)[:200])) from None


def verify_register(manifest: fmt.Manifest, contents: dict[str, bytes], signer: TrustedSigner, refs: RefCache) -> Verified:
    """Only the enrolled national identity signs a register; every card in it must verify (else refused whole)."""
    if signer.role != "national" or signer.source != "trust":
        raise BundleRejected(_("registre signé par {n} (clé {k}, rôle {r}) : seule l'identité nationale enrôlée "
                               "publie le registre", n=signer.name, k=signer.key_id, r=signer.role))
    if refs.role == "national":
        raise BundleRejected(_("l'identité nationale tient son propre registre : elle n'en importe pas"))
    if manifest.diagnostics or manifest.referentiels:
        raise BundleRejected(_("un registre ne contient ni diagnostic ni référentiel"))
    p = read_payload(contents, PAYLOAD, RegisterPayload)
    entries, seen = [], set()
    for i, e in enumerate(p.entries, 1):
        try:
            card = check_card(e.card)
        except CardInvalid as exc:
            who = str(e.card.get("name", "?"))[:80] if isinstance(e.card, dict) else "?"
            raise BundleRejected(_("registre refusé en entier : carte n° {i} ({n}) : {e}", i=i, n=who, e=str(exc)[:200])) from None
        if card.role != "expert":
            raise BundleRejected(_("registre refusé en entier : carte n° {i} ({n}) de rôle « {r} » (experts seulement)",
                                   i=i, n=card.name, r=card.role))
        if card.key_id in seen:
            raise BundleRejected(_("registre refusé en entier : clé {k} présente deux fois", k=card.key_id))
        seen.add(card.key_id)
        for d in (e.since, e.until):
            if d is not None:
                _bundle_day(d)
        if e.until is not None and e.until < e.since:
            raise BundleRejected(_("registre refusé en entier : {n} dé-référencé avant d'être référencé", n=card.name))
        try:
            regions = parse_regions(e.regions)
        except IfdeskError as exc:
            raise BundleRejected(_("registre refusé en entier : {n} : {e}", n=card.name, e=str(exc)[:200])) from None
        entries.append({"key_id": card.key_id, "public_key": card.public_key, "fingerprint": card.fingerprint,
                        "name": card.name, "org": card.org, "card": e.card, "regions": regions, "since": e.since,
                        "until": e.until, "reason": " ".join(e.reason.split())})
    plan = _RegisterPlan(manifest.bundle_id, manifest.created_at, signer, p.sequence, entries)
    return Verified(manifest, signer, [], [], apply=plan.apply)


def _bundle_day(text: str) -> None:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise BundleRejected(_("registre refusé en entier : « {d} » n'est pas une date réelle", d=text[:20])) from None


@dataclass
class _RegisterPlan:
    bundle_id: str
    created_at: str
    signer: TrustedSigner
    sequence: int
    entries: list[dict[str, Any]]

    def apply(self, ws: Workspace, bundle_sha256: str, now: str) -> list[dict[str, Any]]:
        db = ws.db
        held = store.register_state(db)
        label = f"register:{self.sequence}"
        if held is not None and held["sequence"] >= self.sequence:
            if held["bundle_id"] == self.bundle_id:
                return [{"id": label, "revision": self.sequence, "status": "unchanged", "reason": ""}]
            return [{"id": label, "revision": self.sequence, "status": "stale",
                     "reason": _("registre n° {s} pas plus récent que le registre n° {h} déjà reçu : rien n'est changé",
                                 s=self.sequence, h=held["sequence"])}]
        store.replace_register(db, self.entries)
        store.set_register_state(db, self.sequence, self.signer.key_id, self.bundle_id, self.created_at, now)
        store.mark_dereferenced(db)
        out = sum(1 for e in self.entries if e["until"])
        return [{"id": label, "revision": self.sequence, "status": "imported",
                 "reason": _("registre n° {s} : {n} expert(s) référencé(s), {m} dé-référencé(s)",
                             s=self.sequence, n=len(self.entries) - out, m=out)}]


KINDS["register"] = verify_register
