"""Verification of one bundle, in bundle.md's order, entirely in memory and before any write.

1–2 container limits and member names (container.py) · 3 manifest signature by a trusted, non-revoked
key · 4 member set = manifest `files`, sizes and SHA-256 · 5 payload schemas, référentiels, signer's
right to each diagnostic. Any failure raises BundleRejected with a one-line reason.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date, datetime, timedelta, timezone
from dataclasses import dataclass, field
from typing import Any, Callable, TYPE_CHECKING

from pydantic import ValidationError as PydanticError

from ..core import referentiel as refmod
from ..core.canonical import canonical_json
from ..core.diagnostic import NEXT_STEP_FIELDS, Status, check_answer, diagnostic_content, missing_answers, validate_actions
from ..core.errors import IfdeskError
from ..core.referentiel import Referentiel
from ..core.validation import pydantic_message
from ..i18n import _
from . import format as fmt
from .container import MAX_MANIFEST_BYTES, BundleRejected, open_container
from .identity import unb64, verify
from .trust import TrustedSigner, TrustError, TrustSnapshot

if TYPE_CHECKING:
    from ..core.diagnostic import Diagnostic
    from ..store.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class Item:
    """One verified diagnostic revision ready to apply."""

    diag: fmt.DiagnosticRecord
    content_hash: str
    company: dict[str, Any]
    created_at: str
    ref: Referentiel


@dataclass
class Verified:
    manifest: fmt.Manifest
    signer: TrustedSigner
    items: list[Item]
    new_refs: list[Referentiel] = field(default_factory=list)
    # set by handlers of other kinds: apply(ws, bundle_sha256, now) -> [{"id", "revision", "status", "reason"}]
    apply: Callable[[Any, str, str], list[dict[str, Any]]] | None = None


def schema_error(where: str, exc: PydanticError) -> BundleRejected:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err.get("loc", ()))[:120] or _("(racine)")
    return BundleRejected(_("{w} non conforme : {loc} : {msg}", w=where, loc=loc, msg=pydantic_message(err)[:200]))


def check_referenced(signer: TrustedSigner, created_at: str, own_role: str | None) -> None:
    """A de-referenced expert is treated as revoked from the register's date (national.md): a bundle signed
    on or after it is refused; so is, outside the national workspace, any bundle received on or after it.
    The national workspace receives what offices forwarded later: there the signed date decides."""
    until = signer.until or ""
    today = datetime.now(timezone.utc).date().isoformat()
    if created_at[:10] >= until or (own_role != "national" and today >= until):
        raise BundleRejected(_("expert {n} (clé {k}) dé-référencé depuis le {d} : paquet refusé",
                               n=signer.name, k=signer.key_id, d=until))


class RefCache:
    """Référentiels known to the workspace, by SHA-256, read once per import batch."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        ident = ws.identity()
        self.role = ident["role"] if ident else None
        self.known = {r[0]: (r[1], r[2]) for r in ws.db.execute("SELECT sha256, id, version FROM referentiels")}
        self.verified: dict[bytes, tuple[int, str]] = {}  # raw member key → (size, sha256) already checked

    def get(self, sha: str) -> Referentiel:
        return self.ws.referentiels.get(sha)


def verify_bundle(data: bytes, trust: TrustSnapshot, refs: RefCache) -> Verified:
    c = open_container(data)
    for name in ("manifest.json", "manifest.sig"):
        if name not in c.infos:
            raise BundleRejected(_("membre {m} manquant", m=name))
    mbytes = c.read("manifest.json", MAX_MANIFEST_BYTES)
    sig_text = c.read("manifest.sig", 512)
    try:
        raw = fmt.loads(mbytes)
    except fmt.DuplicateKey as exc:
        raise BundleRejected(_("manifest.json : clé « {k} » en double", k=str(exc)[:60])) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(_("manifest.json illisible (JSON invalide)")) from None
    if not isinstance(raw, dict) or raw.get("format") != fmt.FORMAT:
        raise BundleRejected(_("ce n'est pas un paquet ifdesk (format du manifeste inconnu)"))
    if raw.get("format_version") != fmt.FORMAT_VERSION:
        raise BundleRejected(_("version de format {v} inconnue (cette version d'ifdesk lit la version {k})",
                               v=str(raw.get("format_version"))[:20], k=fmt.FORMAT_VERSION))
    signer_raw = raw.get("signer")
    kid = signer_raw.get("key_id") if isinstance(signer_raw, dict) else None
    if not isinstance(kid, str) or len(kid) > 64:
        raise BundleRejected(_("manifeste sans signataire"))
    try:
        signer = trust.signer(kid)
    except TrustError as exc:
        raise BundleRejected(str(exc)) from None
    # step 3: one line of base64, 64 bytes
    try:
        text = sig_text.decode("ascii")
        if text.endswith("\n"):
            text = text[:-1]
        if "\n" in text or "\r" in text or " " in text:
            raise ValueError
        sig = unb64(text, 64)
    except (UnicodeDecodeError, ValueError):
        raise BundleRejected(_("manifest.sig mal formé (une ligne de base64 de 64 octets attendue)")) from None
    if not verify(signer.public_key, sig, mbytes):
        raise BundleRejected(_("signature invalide : manifest.json a été modifié ou n'est pas signé par la clé {k}", k=kid))
    try:
        manifest = fmt.validate(fmt.Manifest, raw)
    except PydanticError as exc:
        raise schema_error("manifest.json", exc) from None
    if manifest.signer.public_key != signer.public_key_b64 or manifest.signer.role != signer.role:
        raise BundleRejected(_("la clé publique du manifeste ne correspond pas à la clé enrôlée {k}", k=kid))
    if signer.until is not None:
        check_referenced(signer, manifest.created_at, refs.role)
    # step 4: exactly the listed members, each with its size and SHA-256
    listed: dict[str, fmt.FileEntry] = {}
    for f in manifest.files:
        if f.path in listed or f.path in ("manifest.json", "manifest.sig"):
            raise BundleRejected(_("manifeste : fichier « {p} » listé deux fois ou réservé", p=f.path[:80]))
        listed[f.path] = f
    present = set(c.infos) - {"manifest.json", "manifest.sig"}
    for p in sorted(set(listed) - present):
        raise BundleRejected(_("membre manquant : {m}", m=p[:80]))
    for p in sorted(present - set(listed)):
        raise BundleRejected(_("membre non listé dans le manifeste : {m}", m=p[:80]))
    contents: dict[str, bytes] = {}
    for f in manifest.files:
        if c.infos[f.path].file_size != f.size:
            raise BundleRejected(_("taille de {m} différente de celle du manifeste", m=f.path))
        key = None
        if f.path.startswith("referentiel-") and f.path[12:76] in refs.known:
            key = c.raw_key(f.path)
            if refs.verified.get(key) == (f.size, f.sha256):
                contents[f.path] = b""  # the same compressed bytes were verified earlier in this batch
                continue
        b = c.read(f.path)
        if len(b) != f.size:
            raise BundleRejected(_("taille de {m} différente de celle du manifeste", m=f.path))
        if hashlib.sha256(b).hexdigest() != f.sha256:
            raise BundleRejected(_("empreinte SHA-256 de {m} différente de celle du manifeste (contenu modifié)", m=f.path))
        if key is not None:
            refs.verified[key] = (f.size, f.sha256)
        contents[f.path] = b
    # step 5
    handler = KINDS.get(manifest.kind)
    if handler is None:
        raise BundleRejected(_("paquet de type « {k} » : cette version d'ifdesk ne sait pas l'importer", k=manifest.kind))
    return handler(manifest, contents, signer, refs)


def ref_from(entry: fmt.RefEntry, blob: bytes, refs: RefCache) -> Referentiel:
    try:
        ref = refmod.from_data(fmt.loads(blob), source=entry.path or "")
    except refmod.ReferentielInvalid as exc:
        raise BundleRejected(_("référentiel {p} invalide : {e}", p=entry.path, e=exc.problems[0][:200])) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(_("référentiel {p} illisible (JSON invalide)", p=entry.path)) from None
    if ref.sha256 != entry.sha256 or ref.canonical_json() != blob or (ref.id, ref.version) != (entry.id, entry.version):
        raise BundleRejected(_("référentiel {p} : contenu différent de son identité déclarée", p=entry.path))
    for sha, (rid, ver) in refs.known.items():
        if (rid, ver) == (ref.id, ref.version) and sha != ref.sha256:
            raise BundleRejected(_("le référentiel {id} {v} est déjà connu avec un autre contenu", id=ref.id, v=ref.version))
    return ref


MAX_AHEAD = timedelta(days=1)
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)


def check_when(value: str | date | None, what: str, now: datetime | None = None) -> datetime | None:
    """A date claimed by a bundle: a real ISO 8601 date (or datetime), no later than now plus one day
    (bundle.md, Authority). Returns it as an aware datetime (naive ones are UTC); None stays None."""
    if value is None:
        return None
    now = now or datetime.now(timezone.utc)
    when: date
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00")) if len(value) <= 40 else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise BundleRejected(_("{w} : « {v} » n'est pas une date réelle (ISO 8601)", w=what, v=value[:40]))
        when = parsed
    else:
        when = value
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day, tzinfo=timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if when > now + MAX_AHEAD or when < EARLIEST:
        raise BundleRejected(_("{w} : date {v} hors des bornes (avant 2000 ou plus d'un jour après l'import)",
                               w=what, v=when.isoformat()[:40]))
    return when


def _diagnostics(manifest: fmt.Manifest, contents: dict[str, bytes], signer: TrustedSigner, refs: RefCache) -> Verified:
    check_when(manifest.created_at, "manifest.json created_at")
    used: set[str] = set()
    file_sha = {f.path: f.sha256 for f in manifest.files}
    by_sha: dict[str, Referentiel] = {}
    new_refs: list[Referentiel] = []
    for e in manifest.referentiels:
        if e.sha256 in by_sha:
            raise BundleRejected(_("manifeste : référentiel {h}… listé deux fois", h=e.sha256[:12]))
        if e.path is not None:
            if e.path != fmt.referentiel_member(e.sha256) or e.path not in contents:
                raise BundleRejected(_("manifeste : membre de référentiel incohérent ({p})", p=e.path[:80]))
            used.add(e.path)
            if file_sha[e.path] != e.sha256:  # the canonical JSON's SHA-256 is the référentiel's identity
                raise BundleRejected(_("référentiel {p} : contenu différent de son identité déclarée", p=e.path))
        if e.sha256 in refs.known:
            by_sha[e.sha256] = refs.get(e.sha256)
        elif e.path is not None:
            ref = ref_from(e, contents[e.path], refs)
            by_sha[e.sha256] = ref
            new_refs.append(ref)
        else:
            raise BundleRejected(_("référentiel inconnu {id} {v} et absent du paquet", id=e.id, v=e.version))
    seen: set[str] = set()
    if not manifest.diagnostics:
        raise BundleRejected(_("le paquet ne contient aucun diagnostic"))
    for de in manifest.diagnostics:
        if de.id in seen:
            raise BundleRejected(_("diagnostic {id} présent deux fois dans le paquet", id=de.id))
        seen.add(de.id)
        if de.path != fmt.diag_member(de.id, de.revision) or de.path not in contents:
            raise BundleRejected(_("manifeste : membre incohérent pour le diagnostic {id}", id=de.id))
        used.add(de.path)
    for p in sorted(set(contents) - used):
        raise BundleRejected(_("membre {m} sans rôle dans le manifeste", m=p[:80]))
    # each member's bytes are dropped once parsed: memory holds the validated models, not both
    items = [_item(e, contents.pop(e.path), signer, by_sha) for e in manifest.diagnostics]
    # a référentiel no diagnostic of the bundle uses is never registered (bundle.md, Authority: squatting)
    in_use = {it.diag.referentiel.sha256 for it in items}
    for e in manifest.referentiels:
        if e.sha256 not in in_use:
            raise BundleRejected(_("référentiel {id} {v} joint au paquet sans qu'aucun de ses diagnostics l'utilise : refusé",
                                   id=e.id[:64], v=e.version[:32]))
    return Verified(manifest, signer, items, new_refs)


def content_hash(d: Diagnostic) -> str:
    """`Diagnostic.content_hash()` from one serialisation of the whole model (a fifth of the cost).

    tests/test_bundle_hostile.py checks it equals the model's own hash."""
    j = d.model_dump(mode="json", include={"id", "siret", "revision", "base_revision", "referentiel", "expert_key_id",
                                           "visit_date", "answers", "strengths", "weaknesses", "actions",
                                           "previous_id", *NEXT_STEP_FIELDS})
    j["answers"] = [j["answers"][k] for k in sorted(j["answers"])]
    for k in NEXT_STEP_FIELDS:  # counted only when set (Diagnostic.content)
        if j.get(k) in (None, ""):
            del j[k]
    j = diagnostic_content(j)
    return hashlib.sha256(canonical_json(j)).hexdigest()


def _item(e: fmt.DiagEntry, blob: bytes, signer: TrustedSigner, by_sha: dict[str, Referentiel]) -> Item:
    try:
        raw = fmt.loads(blob)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(_("{p} illisible (JSON invalide)", p=e.path)) from None
    try:
        p = fmt.validate(fmt.DiagnosticPayload, raw)
    except PydanticError as exc:
        raise schema_error(e.path, exc) from None
    except IfdeskError as exc:
        raise BundleRejected(_("{p} : {e}", p=e.path, e=str(exc)[:200])) from None
    d = p.diagnostic
    if (d.id, d.revision, d.base_revision, d.siret, d.expert_key_id) != (e.id, e.revision, e.base_revision, e.siret, e.expert_key_id):
        raise BundleRejected(_("{p} ne correspond pas à son entrée du manifeste", p=e.path))
    if d.expert_key_id not in signer.allowed_expert_keys:
        raise BundleRejected(_("le signataire {k} n'est pas l'expert du diagnostic {id} (clé {x}) : refusé",
                               k=signer.key_id, id=d.id, x=d.expert_key_id))
    if (d.revision == 1) != (d.base_revision is None) or (d.base_revision is not None and d.base_revision != d.revision - 1):
        raise BundleRejected(_("{p} : révision {r} dérivée de la révision {b} : chaîne de révisions invalide",
                               p=e.path, r=d.revision, b=d.base_revision))
    if d.status == Status.DRAFT:
        raise BundleRejected(_("{p} : un brouillon ne peut pas être importé", p=e.path))
    if p.company.siret != d.siret:
        raise BundleRejected(_("{p} : la fiche entreprise ne correspond pas au SIRET du diagnostic", p=e.path))
    ref = by_sha.get(d.referentiel.sha256)
    if ref is None or (ref.id, ref.version) != (d.referentiel.id, d.referentiel.version):
        raise BundleRejected(_("{p} : référentiel non déclaré dans le manifeste", p=e.path))
    try:
        for a in d.answers.values():
            check_answer(ref, a)
        validate_actions(ref, d.actions)
    except IfdeskError as exc:
        raise BundleRejected(_("{p} : {e}", p=e.path, e=str(exc)[:200])) from None
    missing = missing_answers(ref, d.answers)
    if missing:
        raise BundleRejected(_("{p} : diagnostic incomplet ({n} critère(s) sans réponse)", p=e.path, n=len(missing)))
    for what, value in (("diagnostic_created_at", p.diagnostic_created_at), ("created_at", d.created_at),
                        ("updated_at", d.updated_at), ("completed_at", d.completed_at), ("visit_date", d.visit_date),
                        ("company.updated_at", p.company.updated_at)):
        check_when(value, f"{e.path} {what}")
    h = content_hash(d)
    if h != p.content_hash or h != e.content_hash:
        raise BundleRejected(_("{p} : empreinte de contenu incohérente", p=e.path))
    company = p.company.model_dump(mode="json", exclude={"assigned_to"})
    company["siren"] = p.company.siren
    size = p.company.size
    company["size_class"] = size.value if size else None
    return Item(d, h, company, p.diagnostic_created_at, ref)


# Step 5 per bundle kind: (manifest, member contents, signer, référentiels) → Verified, or BundleRejected.
# A handler for "distribution" (office → experts) registers here; its Verified carries `apply`, run
# inside the bundle's SAVEPOINT after steps 1–4 passed (signer checks such as role == "office" are its own).
KINDS: dict[str, Callable[[fmt.Manifest, dict[str, bytes], TrustedSigner, RefCache], Verified]] = {
    "diagnostics": _diagnostics,
}
