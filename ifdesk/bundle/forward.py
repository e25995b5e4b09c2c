"""Forwarding to the national level (national.md, Steering).

At an office, the importer keeps the signed inner ZIP of every diagnostics bundle it applied
(`forward_bundles`, byte for byte, never the age-encrypted outer file). `office_forward` writes those not
yet forwarded (all with `everything=True`), each encrypted to the enrolled national identity for the
journey, plus a signed `programmes` bundle: the office's region, programmes with milestones and budget,
the review state of each diagnostic received and the recorded costs. Nothing is re-signed in an expert's name.

At the national workspace, the forwarded expert bundles are imported as they are (verified back to the
expert, referenced in the register or enrolled); a `programmes` bundle is accepted only from an enrolled
office key, for the region set at its enrolment (`trust add --region`), and the newest one per office wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal

import pyrage
from pydantic import Field

from ..core.errors import IfdeskError
from ..core.reference_data import normalize_region
from ..i18n import _
from ..store import national as store
from ..store.db import utcnow
from . import format as fmt
from .container import BundleRejected, atomic_write
from .identity import describe, signing_key
from .register import DATE_RE, build_signed, read_payload
from .trust import TrustedSigner
from .verify import KINDS, RefCache, Verified

if TYPE_CHECKING:
    from ..store.workspace import Workspace
    from .identity import Card

PAYLOAD = "programmes.json"
PAYLOAD_FORMAT = "ifdesk-programmes"
MAX_ROWS = 200_000
STATES = ("to_review", "approved", "changes_requested", "rejected")


class ForwardError(IfdeskError):
    pass


class MilestoneRow(fmt.Strict):
    date: str = Field(pattern=DATE_RE)
    objective: int = Field(ge=0, le=10**7)


class ProgrammeRow(fmt.Strict):
    region: str = Field(max_length=3)
    name: str = Field(min_length=1, max_length=200)
    budget_eur: float = Field(ge=0, le=1e12)
    objective_companies: int = Field(ge=0, le=10**7)
    start: str = Field(pattern=DATE_RE)
    end: str = Field(pattern=DATE_RE)
    milestones: list[MilestoneRow] = Field(default_factory=list, max_length=100)


class ReviewRow(fmt.Strict):
    id: str = Field(pattern=fmt.UUID_RE)
    revision: int = Field(ge=1, le=999_999)
    state: Literal["to_review", "approved", "changes_requested", "rejected"]
    comment: str = Field(default="", max_length=2000)
    decided_at: str | None = Field(default=None, max_length=40)


class CostRow(fmt.Strict):
    id: str = Field(pattern=fmt.UUID_RE)
    days: float = Field(ge=0, le=1000)
    day_rate_eur: float = Field(ge=0, le=100_000)
    share_pct: float = Field(ge=0, le=100)


class ProgrammesPayload(fmt.Strict):
    format: Literal["ifdesk-programmes"]
    format_version: Literal[1]
    region: str = Field(max_length=3)
    programmes: list[ProgrammeRow] = Field(max_length=1000)
    reviews: list[ReviewRow] = Field(max_length=MAX_ROWS)
    costs: list[CostRow] = Field(max_length=MAX_ROWS)


# ---- the office ----------------------------------------------------------------------------------------

@dataclass
class Forwarded:
    folder: str
    bundles: int
    programmes: str
    region: str
    national_key_ids: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"folder": self.folder, "bundles": self.bundles, "programmes": self.programmes, "region": self.region,
                "national_key_ids": self.national_key_ids}


def office_region(ws: Workspace, region: str | None = None) -> str:
    """The region an office reports for: given, or that of all its programmes (pre-2016 codes in their successor)."""
    from ..core.reference_data import all_regions

    if region:
        return normalize_region(region)
    codes = set()
    for c in store.programme_regions(ws.db):
        r = all_regions().get(c)
        codes.add((r.get("successor") or c) if r and not r["current"] else c)
    if len(codes) != 1:
        raise ForwardError(_("Région du bureau indéterminée ({n} région(s) dans ses programmes) : précisez --region.",
                             n=len(codes)))
    return codes.pop()


def _write(path: Path, data: bytes) -> None:
    """Temporary name then rename (never a partial file under the final name); the folder is made durable
    once, at the end of the batch."""
    atomic_write(path, data, durable=False)


def office_forward(ws: Workspace, out_dir: str | Path, passphrase: str | Callable[[], str], everything: bool = False,
                   region: str | None = None, progress: Callable[[int, int, str], None] | None = None) -> Forwarded:
    """Write the experts' original bundles not yet forwarded (all with `everything`) and a signed `programmes`
    bundle into `out_dir`, each encrypted to the enrolled national identity. Checked before writing."""
    me = describe(ws)
    if me["role"] != "office":
        raise ForwardError(_("Seul un bureau régional transmet au national (l'identité de cet espace de travail est « {r} »).",
                             r=me["role"]))
    nationals = store.national_recipients(ws.db)
    if not nationals:
        raise ForwardError(_("Aucune identité nationale enrôlée : enrôlez d'abord la carte nationale (trust add)."))
    recipients = [pyrage.x25519.Recipient.from_str(r["age_recipient"]) for r in nationals]
    code = office_region(ws, region)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ForwardError(_("Impossible de créer le dossier {p} : {e}", p=out, e=exc.strerror or exc)) from None
    key = signing_key(ws, passphrase() if callable(passphrase) else passphrase)
    report = store.office_report(ws.db)
    payload = {"format": PAYLOAD_FORMAT, "format_version": 1, "region": code, **report}
    ProgrammesPayload.model_validate(payload)  # what the national level will check, checked before signing
    data, _bundle_id, created = build_signed("programmes", me, key, [(PAYLOAD, fmt.dumps(payload))])
    pending = list(store.bundles_to_forward(ws.db, everything))
    done: list[str] = []
    try:
        for i, (sha, blob) in enumerate(pending):
            _write(out / f"diag-{sha[:24]}.ifbundle", pyrage.encrypt(bytes(blob), recipients))
            done.append(sha)
            if progress:
                progress(i + 1, len(pending) + 1, sha[:12])
        prog_path = out / f"programmes-{code}-{created[:19].replace(':', '').replace('-', '')}.ifbundle"
        atomic_write(prog_path, pyrage.encrypt(data, recipients))
    except OSError as exc:
        raise ForwardError(_("Écriture impossible dans {p} : {e}", p=out, e=exc.strerror or exc)) from None
    finally:
        if done:
            store.mark_forwarded(ws.db, done, utcnow())
    if progress:
        progress(len(pending) + 1, len(pending) + 1, prog_path.name)
    return Forwarded(str(out), len(done), str(prog_path), code, [r["key_id"] for r in nationals])


# ---- the national workspace: an office's region, set at enrolment -----------------------------------------

def check_office_region(ws: Workspace, card: Card, region: str) -> str:
    """The region code for an office card enrolled at the national workspace (checked before enrolling)."""
    me = describe(ws)
    if me["role"] != "national":
        raise ForwardError(_("--region ne sert qu'à l'identité nationale (la région d'un bureau enrôlé)."))
    if card.role != "office":
        raise ForwardError(_("--region ne s'applique qu'à la carte d'un bureau régional (cette carte : « {r} »).",
                             r=card.role))
    return normalize_region(region)


def set_office_region(ws: Workspace, key_id: str, region: str) -> None:
    store.set_office_region(ws.db, key_id, region)


# ---- the national workspace: step 5 and apply ------------------------------------------------------------

def verify_programmes(manifest: fmt.Manifest, contents: dict[str, bytes], signer: TrustedSigner, refs: RefCache) -> Verified:
    if refs.role != "national":
        raise BundleRejected(_("un paquet de programmes s'adresse à l'identité nationale"))
    if signer.role != "office" or signer.source != "trust":
        raise BundleRejected(_("paquet de programmes signé par {n} (clé {k}, rôle {r}) : seul un bureau régional "
                               "enrôlé en envoie", n=signer.name, k=signer.key_id, r=signer.role))
    if manifest.diagnostics or manifest.referentiels:
        raise BundleRejected(_("un paquet de programmes ne contient ni diagnostic ni référentiel"))
    p: ProgrammesPayload = read_payload(contents, PAYLOAD, ProgrammesPayload)
    enrolled = store.office_region(refs.ws.db, signer.key_id)
    if not enrolled:
        raise BundleRejected(_("bureau {n} (clé {k}) enrôlé sans région : « trust add CARTE --region CODE » la fixe",
                               n=signer.name, k=signer.key_id))
    if p.region != enrolled:
        raise BundleRejected(_("programmes de la région {r} envoyés par {n}, enrôlé pour la région {e} : refusé",
                               r=p.region[:3], n=signer.name, e=enrolled))
    for prog in p.programmes:
        if not store.same_region(enrolled, prog.region):
            raise BundleRejected(_("programme « {p} » de la région {r} envoyé par {n}, enrôlé pour la région {e} : refusé",
                                   p=prog.name[:80], r=prog.region, n=signer.name, e=enrolled))
        try:
            start, end = date.fromisoformat(prog.start), date.fromisoformat(prog.end)
            days = [date.fromisoformat(m.date) for m in prog.milestones]
        except ValueError:
            raise BundleRejected(_("programme « {p} » : date invalide", p=prog.name[:80])) from None
        if end < start or any(d < start or d > end for d in days) or len(set(days)) != len(days):
            raise BundleRejected(_("programme « {p} » : période ou jalons incohérents", p=prog.name[:80]))
    for rows, what in ((p.reviews, "reviews"), (p.costs, "costs")):
        if len({r.id for r in rows}) != len(rows):
            raise BundleRejected(_("{p} : diagnostic présent deux fois dans « {w} »", p=PAYLOAD, w=what))
    plan = _ProgrammesPlan(manifest.bundle_id, manifest.created_at, signer, p)
    return Verified(manifest, signer, [], [], apply=plan.apply)


@dataclass
class _ProgrammesPlan:
    bundle_id: str
    created_at: str
    signer: TrustedSigner
    payload: ProgrammesPayload

    def apply(self, ws: Workspace, bundle_sha256: str, now: str) -> list[dict[str, Any]]:
        db = ws.db
        label = f"programmes:{self.payload.region}"
        held = store.programmes_received(db, self.signer.key_id)
        if held is not None and (held["created_at"], held["bundle_id"]) >= (self.created_at, self.bundle_id):
            status = "unchanged" if held["bundle_id"] == self.bundle_id else "stale"
            reason = "" if status == "unchanged" else _("programmes plus anciens que ceux déjà reçus de ce bureau ({d}) : "
                                                        "rien n'est changé", d=held["created_at"])
            return [{"id": label, "revision": None, "status": status, "reason": reason}]
        p = self.payload
        store.replace_office_programmes(
            db, self.signer.key_id, p.region, self.bundle_id, self.created_at, bundle_sha256, now,
            [x.model_dump() | {"milestones": [m.model_dump() for m in x.milestones]} for x in p.programmes],
            [r.model_dump() for r in p.reviews], [c.model_dump() for c in p.costs])
        return [{"id": label, "revision": None, "status": "imported",
                 "reason": _("région {r} : {p} programme(s), {n} état(s) de revue, {c} coût(s)", r=p.region,
                             p=len(p.programmes), n=len(p.reviews), c=len(p.costs))}]


KINDS["programmes"] = verify_programmes
