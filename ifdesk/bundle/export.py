"""Export completed diagnostics as signed (and, once an office is enrolled, encrypted) bundles."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TYPE_CHECKING

import pyrage

from .. import APP_NAME, __version__
from ..core.diagnostic import Diagnostic, Status
from ..core.errors import IfdeskError, LifecycleError
from ..i18n import _
from ..store.db import utcnow
from ..store.keys import KeyStore
from . import format as fmt
from ..core.atomic import atomic_write
from .container import build_zip
from .identity import describe, own_key_ids, signing_key

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from ..store.workspace import Workspace

Progress = Callable[[int, int, str], None]


@dataclass
class ExportedFile:
    path: str
    diagnostics: list[dict[str, Any]]
    encrypted: bool
    recipients: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "diagnostics": self.diagnostics, "encrypted": self.encrypted,
                "recipients": self.recipients}


def exportable_ids(ws: Workspace) -> list[str]:
    """Diagnostics whose current revision is completed or exported and belongs to this identity."""
    mine = own_key_ids(ws)
    return [r["id"] for r in ws.diagnostics.list() if r["status"] in ("completed", "exported")
            and r["expert_key_id"] in mine]


def _load(ws: Workspace, diag_id: str, mine: set[str], revision: int | None = None) -> Diagnostic:
    if revision is not None and revision not in {r["revision"] for r in ws.diagnostics.revisions(diag_id)}:
        raise IfdeskError(_("Le diagnostic {id} n'a pas de révision {r} dans cet espace de travail.", id=diag_id, r=revision))
    diag = ws.diagnostics.get(diag_id, revision)
    if diag.status == Status.DRAFT:
        raise LifecycleError(_("Le diagnostic {id} est en brouillon (révision {r}) : terminez-le avant de l'exporter.",
                               id=diag_id, r=diag.revision))
    if diag.expert_key_id not in mine:
        raise IfdeskError(_("Le diagnostic {id} appartient à une autre identité (clé {k}) : seul son expert peut l'exporter.",
                            id=diag_id, k=diag.expert_key_id or "—"))
    return diag


def build_bundle(ws: Workspace, diags: list[Diagnostic], key: Ed25519PrivateKey, signer: dict[str, Any]) -> bytes:
    """The signed ZIP bytes of one bundle carrying `diags` (and the canonical JSON of their référentiels)."""
    members: list[tuple[str, bytes]] = []
    entries, refs = [], {}
    created = {r[0]: r[1] for r in ws.db.execute(
        f"SELECT id, created_at FROM diagnostics WHERE id IN ({','.join('?' * len(diags))})", [d.id for d in diags])}
    for d in diags:
        sha = d.referentiel.sha256
        if sha not in refs:
            ref = ws.referentiels.get(sha)
            refs[sha] = (ref, ref.canonical_json())
        company = next(iter(ws.db.query("SELECT * FROM companies WHERE siret = ?", [d.siret])))
        payload = fmt.dumps(fmt.diagnostic_payload(d, company, created[d.id]))
        name = fmt.diag_member(d.id, d.revision)
        members.append((name, payload))
        entries.append({"id": d.id, "revision": d.revision, "base_revision": d.base_revision,
                        "content_hash": d.content_hash(), "siret": d.siret, "expert_key_id": d.expert_key_id,
                        "path": name})
    ref_entries = []
    for sha, (ref, blob) in refs.items():
        name = fmt.referentiel_member(sha)
        members.append((name, blob))
        ref_entries.append({"id": ref.id, "version": ref.version, "sha256": sha, "path": name})
    manifest = {
        "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION, "bundle_id": str(uuid.uuid4()),
        "kind": "diagnostics", "created_at": utcnow(), "producer": {"name": APP_NAME, "version": __version__},
        "signer": {k: signer[k] for k in ("key_id", "name", "org", "role", "public_key")},
        "referentiels": ref_entries, "diagnostics": entries,
        "files": [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members],
    }
    mbytes = fmt.dumps(manifest)
    sig = base64.b64encode(key.sign(mbytes)) + b"\n"
    return build_zip([("manifest.json", mbytes), ("manifest.sig", sig)] + members)


def _slug(text: str) -> str:
    """ASCII file-name part: « Machines spéciales » → Machines-speciales."""
    import unicodedata

    text = text.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")
    return s[:40] or "diagnostic"


def export_diagnostics(ws: Workspace, ids: list[str], out: str | Path, passphrase: str, encrypt: bool = True,
                       progress: Progress | None = None, per_diagnostic: bool | None = None,
                       revisions: dict[str, int] | None = None, offices: list[str] | None = None) -> list[ExportedFile]:
    """Sign (and encrypt to every enrolled office unless `encrypt=False`) the current revisions of `ids`.

    `revisions` picks another kept revision for some ids ({id: revision}; completed or exported ones only);
    `offices` encrypts for these enrolled offices only (key ids), e.g. an office enrolled after the first
    export. A re-export is a new bundle (new bundle_id, created_at, signature by the current key) carrying
    the same revision, whose content hash is unchanged (docs/decisions-outsider.md).

    `out` is a folder (one bundle per diagnostic) or a file (one bundle with all of them);
    `per_diagnostic` forces the choice, else an existing folder or a path ending with a separator
    means a folder. Every file is written under a temporary name and renamed, so an interruption never
    leaves a partial bundle under its final name. Exported revisions are then marked `exported`.
    Call it from the thread that opened `ws`; `progress(done, total, name)` is called per file.
    Raises IfdeskError (bad passphrase, draft diagnostic, another expert's diagnostic…) before writing.
    """
    if not ids:
        raise IfdeskError(_("Aucun diagnostic à exporter."))
    signer = describe(ws)
    key = signing_key(ws, passphrase)
    mine = own_key_ids(ws)
    ids = list(dict.fromkeys(ids))
    diags = [_load(ws, i, mine, (revisions or {}).get(i)) for i in ids]
    recipients = KeyStore(ws.db).office_recipients() if encrypt else []
    if offices:
        if not encrypt:
            raise IfdeskError(_("Choisir un bureau destinataire n'a de sens qu'avec le chiffrement."))
        wanted = {k.strip().lower() for k in offices}
        unknown = wanted - {r["key_id"] for r in recipients}
        if unknown:
            raise IfdeskError(_("Bureau inconnu ou non actif dans le magasin de confiance : {k} (voir « ifdesk trust list »).",
                                k=", ".join(sorted(unknown))))
        recipients = [r for r in recipients if r["key_id"] in wanted]
    age_recipients = [pyrage.x25519.Recipient.from_str(r["age_recipient"]) for r in recipients]
    out = Path(out)
    if per_diagnostic is None:
        per_diagnostic = out.is_dir() or str(out).endswith(("/", "\\"))
    if per_diagnostic:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IfdeskError(_("Impossible de créer le dossier {p} : {e}", p=out, e=exc.strerror or exc)) from None
        groups = [(out / f"{d.siret}_{_slug(d.company_name)}_{d.id[:8]}_r{d.revision}.ifbundle", [d]) for d in diags]
    else:
        if out.is_dir():
            raise IfdeskError(_("{p} est un dossier.", p=out))
        if not out.parent.is_dir():
            raise IfdeskError(_("Le dossier {p} n'existe pas.", p=out.parent))
        if len(diags) > fmt.MAX_DIAGS:
            raise IfdeskError(_("Au plus {n} diagnostics par paquet : exportez vers un dossier (un paquet par diagnostic).",
                                n=fmt.MAX_DIAGS))
        groups = [(out, diags)]
    results: list[ExportedFile] = []
    for i, (path, group) in enumerate(groups):
        data = build_bundle(ws, group, key, signer)
        if age_recipients:
            data = pyrage.encrypt(data, age_recipients)
        try:
            atomic_write(path, data)
        except OSError as exc:
            raise IfdeskError(_("Écriture impossible de {p} : {e}", p=path, e=exc.strerror or exc)) from None
        for d in group:
            ws.diagnostics.mark_exported(d.id, d.revision)
        results.append(ExportedFile(str(path), [{"id": d.id, "revision": d.revision, "siret": d.siret} for d in group],
                                    bool(age_recipients), [r["key_id"] for r in recipients]))
        if progress:
            progress(i + 1, len(groups), path.name)
    return results
