"""Distribution bundles (office → experts): référentiel versions and company assignments.

The office makes one with `make_distribution` (signed like every bundle, `kind: "distribution"`, never
encrypted: experts have no decryption key). An expert imports it with `import_paths`: steps 1–4 are the
common ones (verify.py); step 5 and the application are here, registered in `verify.KINDS`.

Rules (docs/decisions-distribution.md): only an enrolled, active key whose role is `office` may sign a
distribution; carried référentiels are registered; the distribution's default référentiel becomes the
one for NEW diagnostics only when the distribution is the newest received that sets a default (existing diagnostics keep their pinned référentiel); per SIRET the newest company record received
wins (whoever it assigns the company to), the company is held when the expert had it or when any
distribution assigned it to them, the office's identity fields (name, region, NAF) win and the expert's own
edits of headcount, turnover, balance sheet and city are kept. The result depends on the set of
distributions received, not on their order.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Mapping, TYPE_CHECKING

from pydantic import Field
from pydantic import ValidationError as PydanticError

from .. import APP_NAME, __version__
from ..core import referentiel as refmod
from ..core.errors import IfdeskError
from ..core.identifiers import format_siret, normalize_siret
from ..core.referentiel import Referentiel
from ..i18n import _
from ..store.companies import to_company
from ..store.db import transaction, utcnow
from ..store.keys import KeyStore
from ..store.referentiels import version_key
from . import format as fmt
from ..core.atomic import atomic_write
from . import review_travel
from .container import BundleRejected, build_zip
from .identity import describe, own_key_ids, signing_key
from .review_travel import ReviewDecision
from .trust import TrustedSigner
from .verify import KINDS, RefCache, Verified, ref_from, schema_error

if TYPE_CHECKING:
    import sqlite_utils
    from ..store.workspace import Workspace

PAYLOAD = "distribution.json"
PAYLOAD_FORMAT = "ifdesk-distribution"
MAX_ASSIGNMENTS = 20_000  # ~300 bytes each: 6 MB of JSON, well under the 16 MiB member cap
IDENTITY_FIELDS = ("name", "region", "naf")  # the office's register wins
DESCRIPTIVE_FIELDS = ("headcount", "turnover_eur", "balance_sheet_eur", "city")  # the expert's own edits win
COMPANY_FIELDS = ("siret", "name", "region", "naf", "headcount", "turnover_eur", "balance_sheet_eur", "city",
                  "assigned_to", "updated_at")


class DistributionError(IfdeskError):
    pass


# ---- payload schema ----------------------------------------------------------------------------------

class AssignedCompany(fmt.CompanyRecord):
    """A company record as the office distributes it: `assigned_to` is the expert's key id."""

    assigned_to: str = Field(pattern=fmt.KEY_ID_RE)


class Quartiles(fmt.Strict):
    q1: float = Field(ge=-100, le=100)
    median: float = Field(ge=-100, le=100)
    q3: float = Field(ge=-100, le=100)


class BenchmarkCell(fmt.Strict):
    """Anonymous peer figures of one NAF division × size class (office/benchmark.py): at least 5 companies."""

    referentiel: str = Field(max_length=64)
    naf_div: str = Field(pattern=r"^[0-9]{2}$")
    size_class: Literal["PME", "ETI", "GE"]
    n: int = Field(ge=5, le=10_000_000)  # k-anonymity: a cell under 5 companies is refused, never stored
    overall: Quartiles
    themes: dict[str, Quartiles] = Field(max_length=100)


class DistributionPayload(fmt.Strict):
    format: Literal["ifdesk-distribution"]
    format_version: Literal[1]
    default_referentiel: str | None = Field(default=None, pattern=fmt.SHA_RE)
    assignments: list[AssignedCompany] = Field(default_factory=list, max_length=MAX_ASSIGNMENTS)
    reviews: list[ReviewDecision] = Field(default_factory=list, max_length=MAX_ASSIGNMENTS)  # review_travel.py
    benchmark: list[BenchmarkCell] | None = Field(default=None, max_length=10_000)  # --benchmark (issue 14)


# ---- office side: making a distribution --------------------------------------------------------------

@dataclass
class Distribution:
    """What `make_distribution` wrote; `as_dict()` is the shape of `ifdesk distribute --json`."""

    path: str
    bundle_id: str
    created_at: str
    referentiels: list[dict[str, Any]]
    default_referentiel: str | None
    assignments: list[dict[str, Any]]

    reviews: list[dict[str, Any]] = field(default_factory=list)  # the review decisions carried (review_travel.py)
    benchmark: list[dict[str, Any]] | None = None  # the peer cells carried (--benchmark): referentiel, naf_div, size_class, n

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "bundle_id": self.bundle_id, "created_at": self.created_at,
                "referentiels": self.referentiels, "default_referentiel": self.default_referentiel,
                "assignments": self.assignments, "reviews": self.reviews, "benchmark": self.benchmark}


def newest(refs: Iterable[Referentiel]) -> Referentiel | None:
    """The référentiel that becomes the default: the highest version (then id) among those given."""
    refs = list(refs)
    return max(refs, key=lambda r: (version_key(r.version), r.id)) if refs else None


def _load_referentiels(ws: Workspace, files: Iterable[str | Path]) -> list[Referentiel]:
    out: dict[str, Referentiel] = {}
    for f in files:
        ref = refmod.load_file(f)  # ReferentielInvalid lists every located problem
        # a version that only came with a received bundle never blocks the official one (bundle.md, Authority)
        clash = ws.db.execute("SELECT sha256 FROM referentiels WHERE id = ? AND version = ? AND sha256 != ? "
                              "AND source != 'bundle'", (ref.id, ref.version, ref.sha256)).fetchone()
        if clash:
            raise DistributionError(_("{f} : le référentiel {id} {v} est déjà connu avec un autre contenu (SHA-256 {h}…) : "
                                      "une nouvelle version doit porter un nouveau numéro.",
                                      f=f, id=ref.id, v=ref.version, h=clash[0][:12]))
        for other in out.values():
            if (other.id, other.version) == (ref.id, ref.version) and other.sha256 != ref.sha256:
                raise DistributionError(_("Deux fichiers portent le référentiel {id} {v} avec des contenus différents.",
                                          id=ref.id, v=ref.version))
        out[ref.sha256] = ref
    return list(out.values())


def _assignment_records(ws: Workspace, assignments: Mapping[str, str]) -> list[dict[str, Any]]:
    keys = KeyStore(ws.db)
    problems: list[str] = []
    chosen: dict[str, str] = {}
    for raw_siret, raw_key in assignments.items():
        try:
            siret = normalize_siret(str(raw_siret))
        except IfdeskError as exc:
            problems.append(_("--assign {s} : {e}", s=raw_siret, e=exc))
            continue
        key_id = str(raw_key).strip().lower()
        if siret in chosen and chosen[siret] != key_id:
            problems.append(_("SIRET {s} attribué à deux experts ({a} et {b}).", s=format_siret(siret), a=chosen[siret], b=key_id))
            continue
        if not ws.companies.exists(siret):
            problems.append(_("Entreprise inconnue de l'espace du bureau : SIRET {s}.", s=format_siret(siret)))
            continue
        row = keys.trusted(key_id) if key_id else None
        if row is None:
            problems.append(_("Clé {k} inconnue du magasin de confiance : enrôlez d'abord la carte de l'expert.", k=key_id or "—"))
            continue
        if row["role"] != "expert" or row["status"] != "active":
            problems.append(_("La clé {k} ({n}) n'est pas celle d'un expert actif (rôle {r}, statut {st}).",
                              k=key_id, n=row["name"], r=row["role"], st=row["status"]))
            continue
        chosen[siret] = key_id
    if problems:
        raise DistributionError("\n".join(problems))
    out = []
    for siret in sorted(chosen):
        row = next(iter(ws.db.query("SELECT * FROM companies WHERE siret = ?", [siret])))
        company = to_company(row)
        rec = {k: getattr(company, k) for k in COMPANY_FIELDS if k not in ("assigned_to", "updated_at")}
        rec |= {"assigned_to": chosen[siret], "updated_at": row["updated_at"]}
        AssignedCompany.model_validate(rec)  # what an expert will check, checked before signing
        out.append(rec)
    return out


def make_distribution(ws: Workspace, out_path: str | Path, passphrase: str | Callable[[], str],
                      referentiel_files: Iterable[str | Path] = (),
                      assignments: Mapping[str, str] | None = None,
                      benchmark: list[dict[str, Any]] | None = None) -> Distribution:
    """Write a signed distribution bundle to `out_path`; only an office workspace may do it.

    `referentiel_files`: référentiel YAML files (validated; the newest version becomes the experts' default
    for new diagnostics). `assignments`: {SIRET: expert key id}; each SIRET must be a company of this
    workspace and each key an active expert of its trust store. Everything is checked before the
    passphrase is used (`passphrase` may be a callable, then asked only once the inputs are sound) and
    before anything is written; raises IfdeskError (French, one line per problem)
    otherwise. On success the référentiels are registered in the office's workspace, the companies'
    `assigned_to` is set, and the file is written atomically (all in one transaction). Call it from the
    thread that opened `ws` (a window calls it from its worker).
    """
    signer = describe(ws)
    if signer["role"] == "national" and (assignments or review_travel.outgoing(ws)):
        raise DistributionError(_("L'identité nationale distribue des référentiels seulement (pas d'entreprises)."))
    if signer["role"] not in ("office", "national"):
        raise DistributionError(_("Seul un bureau régional peut distribuer des référentiels et des entreprises "
                                  "(l'identité de cet espace de travail est « {r} »).", r=signer["role"]))
    refs = _load_referentiels(ws, referentiel_files)
    records = _assignment_records(ws, dict(assignments or {}))
    decisions = review_travel.outgoing(ws)
    # the anonymous quartiles the caller computed (office/benchmark.py `cells`: only cells of at least 5 companies);
    # the payload model refuses a cell under 5 companies all the same
    peers = list(benchmark) if benchmark is not None else None
    if not refs and not records and not decisions and peers is None:
        raise DistributionError(_("Rien à distribuer : donnez au moins un référentiel (--referentiel) "
                                  "ou une attribution (--assign SIRET=CLÉ)."))
    out = Path(out_path)
    if out.is_dir():
        raise DistributionError(_("{p} est un dossier.", p=out))
    if not out.parent.is_dir():
        raise DistributionError(_("Le dossier {p} n'existe pas.", p=out.parent))
    key = signing_key(ws, passphrase() if callable(passphrase) else passphrase)
    default = newest(refs)
    payload = {"format": PAYLOAD_FORMAT, "format_version": 1,
               "default_referentiel": default.sha256 if default else None, "assignments": records}
    if decisions:  # only when there are some: an expert's older ifdesk still reads the other distributions
        payload["reviews"] = decisions
    if peers is not None:
        payload["benchmark"] = peers
    members = [(fmt.referentiel_member(r.sha256), r.canonical_json()) for r in refs]
    members.append((PAYLOAD, fmt.dumps(payload)))
    bundle_id, created = str(uuid.uuid4()), utcnow()
    manifest = {
        "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION, "bundle_id": bundle_id, "kind": "distribution",
        "created_at": created, "producer": {"name": APP_NAME, "version": __version__},
        "signer": {k: signer[k] for k in ("key_id", "name", "org", "role", "public_key")},
        "referentiels": [{"id": r.id, "version": r.version, "sha256": r.sha256, "path": fmt.referentiel_member(r.sha256)}
                         for r in refs],
        "diagnostics": [],
        "files": [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members],
    }
    mbytes = fmt.dumps(manifest)
    data = build_zip([("manifest.json", mbytes), ("manifest.sig", base64.b64encode(key.sign(mbytes)) + b"\n")] + members)
    with transaction(ws.db):
        for r in refs:
            ws.referentiels.add(r, "file")
        ws.db.conn.executemany("UPDATE companies SET assigned_to = ? WHERE siret = ?",
                               [(r["assigned_to"], r["siret"]) for r in records])
        review_travel.mark_sent(ws, decisions, created)
        try:
            atomic_write(out, data)
        except OSError as exc:
            raise DistributionError(_("Écriture impossible de {p} : {e}", p=out, e=exc.strerror or exc)) from None
    dist = Distribution(str(out), bundle_id, created,
                        [{"id": r.id, "version": r.version, "sha256": r.sha256} for r in refs],
                        default.sha256 if default else None,
                        [{"siret": r["siret"], "name": r["name"], "assigned_to": r["assigned_to"]} for r in records])
    dist.reviews = [{"id": d["diag_id"], "state": d["state"], "author_key_id": d["author_key_id"]} for d in decisions]
    if peers is not None:
        dist.benchmark = [{k: c[k] for k in ("referentiel", "naf_div", "size_class", "n")} for c in peers]
    return dist


# ---- expert side: verification (step 5) --------------------------------------------------------------

def _stamp(created_at: str) -> str:
    """The manifest's creation time as a sortable UTC string (ordering of distributions from one office)."""
    try:
        t = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        raise BundleRejected(_("manifeste : date de création illisible ({d})", d=created_at[:40])) from None
    if t.tzinfo is None:
        raise BundleRejected(_("manifeste : date de création sans fuseau horaire ({d})", d=created_at[:40]))
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def verify_distribution(manifest: fmt.Manifest, contents: dict[str, bytes], signer: TrustedSigner,
                        refs: RefCache) -> Verified:
    """Step 5 for `kind: "distribution"`: signer role, members, référentiels, assignments. Nothing written."""
    if signer.role not in ("office", "national") or signer.source != "trust":
        raise BundleRejected(_("distribution signée par {n} (clé {k}, rôle {r}) : seul un bureau régional enrôlé "
                               "peut distribuer", n=signer.name, k=signer.key_id, r=signer.role))
    own = refs.ws.identity()
    if own is not None and own["role"] == "national":
        raise BundleRejected(_("l'identité nationale ne reçoit pas de distribution"))
    if own is not None and own["role"] == "office" and signer.role == "office":
        raise BundleRejected(_("un paquet de distribution s'adresse aux experts, pas à un bureau régional"))
    if signer.role == "national":  # national.md: the national identity signs référentiel versions, nothing else
        try:
            raw = fmt.loads(contents.get(PAYLOAD, b"{}"))
            national_only = not raw.get("assignments") and not raw.get("reviews")
        except (ValueError, AttributeError):
            national_only = False
        if not national_only:
            raise BundleRejected(_("une distribution de l'identité nationale ne porte que des référentiels"))
    if manifest.diagnostics:
        raise BundleRejected(_("un paquet de distribution ne contient pas de diagnostic"))
    created = _stamp(manifest.created_at)
    file_sha = {f.path: f.sha256 for f in manifest.files}
    used: set[str] = set()
    carried: dict[str, Referentiel] = {}
    new_refs: list[Referentiel] = []
    for e in manifest.referentiels:
        if e.sha256 in carried:
            raise BundleRejected(_("manifeste : référentiel {h}… listé deux fois", h=e.sha256[:12]))
        if e.path is None or e.path != fmt.referentiel_member(e.sha256) or e.path not in contents:
            raise BundleRejected(_("manifeste : une distribution porte le contenu de ses référentiels ({id} {v})",
                                   id=e.id, v=e.version))
        used.add(e.path)
        if file_sha[e.path] != e.sha256:
            raise BundleRejected(_("référentiel {p} : contenu différent de son identité déclarée", p=e.path))
        if e.sha256 in refs.known:
            ref = refs.get(e.sha256)
            if (ref.id, ref.version) != (e.id, e.version):
                raise BundleRejected(_("référentiel {p} : contenu différent de son identité déclarée", p=e.path))
        else:
            ref = ref_from(e, contents[e.path], refs)
            new_refs.append(ref)
        if any((r.id, r.version) == (ref.id, ref.version) for r in carried.values()):
            raise BundleRejected(_("le référentiel {id} {v} est porté deux fois avec des contenus différents",
                                   id=ref.id, v=ref.version))
        carried[e.sha256] = ref
    if PAYLOAD not in contents:
        raise BundleRejected(_("membre {m} manquant", m=PAYLOAD))
    used.add(PAYLOAD)
    for p in sorted(set(contents) - used):
        raise BundleRejected(_("membre {m} sans rôle dans le manifeste", m=p[:80]))
    try:
        raw = fmt.loads(contents.pop(PAYLOAD))
    except fmt.DuplicateKey as exc:
        raise BundleRejected(_("{p} : clé « {k} » en double", p=PAYLOAD, k=str(exc)[:60])) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(_("{p} illisible (JSON invalide)", p=PAYLOAD)) from None
    try:
        payload = fmt.validate(DistributionPayload, raw)
    except PydanticError as exc:
        raise schema_error(PAYLOAD, exc) from None
    except IfdeskError as exc:
        raise BundleRejected(_("{p} : {e}", p=PAYLOAD, e=str(exc)[:200])) from None
    if payload.default_referentiel is not None and payload.default_referentiel not in carried:
        raise BundleRejected(_("{p} : le référentiel par défaut n'est pas porté par le paquet", p=PAYLOAD))
    seen: set[str] = set()
    for a in payload.assignments:
        if a.siret in seen:
            raise BundleRejected(_("{p} : SIRET {s} attribué deux fois", p=PAYLOAD, s=a.siret))
        seen.add(a.siret)
    review_travel.check(payload.reviews, PAYLOAD)
    if payload.benchmark is not None:
        seen_cells = set()
        for c in payload.benchmark:
            key = (c.referentiel, c.naf_div, c.size_class)
            if key in seen_cells:
                raise BundleRejected(_("{p} : cellule de comparaison {d} {s} en double", p=PAYLOAD, d=c.naf_div,
                                       s=c.size_class))
            seen_cells.add(key)
    if not carried and not payload.assignments and not payload.reviews and payload.benchmark is None:
        raise BundleRejected(_("distribution vide (ni référentiel ni entreprise)"))
    plan = _Plan(manifest.bundle_id, created, signer, list(carried.values()), new_refs, payload)
    return Verified(manifest, signer, [], new_refs, apply=plan.apply)


# ---- expert side: applying (inside the importer's SAVEPOINT) -----------------------------------------

@dataclass
class _Plan:
    bundle_id: str
    created: str
    signer: TrustedSigner
    refs: list[Referentiel]
    new_refs: list[Referentiel]
    payload: DistributionPayload

    def apply(self, ws: Workspace, bundle_sha256: str, now: str) -> list[dict[str, Any]]:
        db = ws.db
        me = own_key_ids(ws)
        mine = (self.created, self.bundle_id)
        # the default is ordered among the distributions that set one (a companies-only one does not), whatever
        # office sent them: an expert normally has one office, and with several the order must not matter
        last = db.execute("SELECT created_at, bundle_id FROM distributions_received WHERE default_referentiel IS NOT NULL "
                          "ORDER BY created_at DESC, bundle_id DESC LIMIT 1").fetchone()
        newest_default = last is None or tuple(last) <= mine
        out: list[dict[str, Any]] = []
        for ref in sorted(self.refs, key=lambda r: (r.id, version_key(r.version))):
            new = ws.referentiels.add(ref, "distribution")
            out.append(_item(f"referentiel:{ref.id}@{ref.version}", "imported" if new else "unchanged"))
        default = self.payload.default_referentiel
        if default is not None:
            ref = next(r for r in self.refs if r.sha256 == default)
            label = f"default-referentiel:{ref.id}@{ref.version}"
            if not newest_default:
                out.append(_item(label, "stale", _("distribution plus ancienne que la dernière reçue ({d}) : "
                                                    "le référentiel des nouveaux diagnostics n'est pas changé",
                                                    d=last[0])))
            elif ws.setting("current_referentiel") == default or tuple(last or ()) == mine:
                out.append(_item(label, "unchanged"))
            else:
                ws.referentiels.set_current(default)
                out.append(_item(label, "imported", _("référentiel des nouveaux diagnostics : {id} {v}",
                                                      id=ref.id, v=ref.version)))
        for a in self.payload.assignments:
            item = self._company(db, a, me)
            if item:
                out.append(item)
        out += review_travel.apply(ws, self.payload.reviews, self.signer.key_id, self.signer.name, self.bundle_id, me)
        if self.payload.benchmark is not None:
            from ..store.benchmark import replace_cells

            n = replace_cells(db, [c.model_dump() for c in self.payload.benchmark], self.signer.key_id,
                              self.bundle_id, now)
            out.append(_item("benchmark", "imported", _("{n} cellule(s) de comparaison anonymes", n=n)))
        written = [o for o in out if o["status"] == "imported" and o["id"].startswith("company:") and not o["reason"]]
        if written:
            written[0]["reason"] = _("{n} entreprise(s) attribuée(s) ajoutée(s) ou mise(s) à jour", n=len(written))
        stale = [o for o in out if o["status"] == "stale" and o["id"].startswith("company:")]
        if stale:  # one reason for all of them (the journal keeps the list)
            stale[0]["reason"] = _("{n} entreprise(s) déjà écrite(s) par une distribution plus récente : non modifiée(s)",
                                   n=len(stale))
        db.execute("INSERT OR IGNORE INTO distributions_received (bundle_id, office_key_id, created_at, default_referentiel, "
                   "bundle_sha256, received_at) VALUES (?,?,?,?,?,?)",
                   (self.bundle_id, self.signer.key_id, self.created, default, bundle_sha256, now))
        return out

    def _company(self, db: sqlite_utils.Database, a: AssignedCompany, me: set[str]) -> dict[str, Any] | None:
        """Per SIRET the newest record received wins (whoever it assigns the company to); the company is in
        this workspace when the expert had it or when any distribution assigned it to them. A function of
        the set of distributions received, not of their order (the newest record is kept for that)."""
        label = f"company:{a.siret}"
        stamp = _row(db, "SELECT * FROM distribution_companies WHERE siret = ?", a.siret)
        key = (self.created, self.bundle_id)
        theirs = (stamp["created_at"], stamp["bundle_id"]) if stamp else None
        to_me = a.assigned_to in me
        was_mine = bool(stamp and stamp["mine"])
        if theirs is not None and theirs >= key:  # the same or a newer record is already the reference
            if not to_me or was_mine:
                return None if not to_me and not _row(db, "SELECT 1 FROM companies WHERE siret = ?", a.siret) \
                    else _item(label, "unchanged" if theirs == key else "stale")
            # an older distribution assigned it to us: the company comes in, with the newest record
            assert stamp is not None  # `theirs` comes from it
            db.execute("UPDATE distribution_companies SET mine = 1 WHERE siret = ?", (a.siret,))
            newest = AssignedCompany.model_validate_json(stamp["record"])
            status = self._write(db, newest, stamp["written_updated_at"])
            return _item(label, "stale" if status == "unchanged" else status)
        local = _row(db, "SELECT * FROM companies WHERE siret = ?", a.siret)
        db.execute("INSERT INTO distribution_companies (siret, office_key_id, bundle_id, created_at, assigned_to, mine, "
                   "record, written_updated_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(siret) DO UPDATE SET "
                   "office_key_id = excluded.office_key_id, bundle_id = excluded.bundle_id, created_at = excluded.created_at, "
                   "assigned_to = excluded.assigned_to, mine = excluded.mine, record = excluded.record",
                   (a.siret, self.signer.key_id, self.bundle_id, self.created, a.assigned_to, int(to_me or was_mine),
                    a.model_dump_json(), stamp["written_updated_at"] if stamp else ""))
        if local is None and not (to_me or was_mine):
            return None  # another expert's company: not ours to hold
        status = self._write(db, a, stamp["written_updated_at"] if stamp else "")
        if local is not None and local["assigned_to"] in me and not to_me and status == "imported":
            return _item(label, status, _("entreprise {s} réattribuée à l'expert {k}", s=a.siret, k=a.assigned_to))
        return _item(label, status)

    def _write(self, db: sqlite_utils.Database, a: AssignedCompany, written: str) -> str:
        """Write the office record `a` into `companies` (merge rule of the module docstring); `imported` or
        `unchanged`. `written` is the `updated_at` a distribution last wrote there ('' if none)."""
        local = _row(db, "SELECT * FROM companies WHERE siret = ?", a.siret)
        size = a.size
        if local is None:
            db.execute("INSERT INTO companies (siret, siren, name, region, naf, headcount, turnover_eur, balance_sheet_eur, "
                       "city, size_class, assigned_to, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (a.siret, a.siren, a.name, a.region, a.naf, a.headcount, a.turnover_eur, a.balance_sheet_eur, a.city,
                        size.value if size else None, a.assigned_to, a.updated_at, a.updated_at))
            self._written(db, a.siret, a.updated_at)
            return "imported"
        # the expert created the row, or edited it since a distribution last wrote it: their descriptive values stay
        edited = local["updated_at"] != written
        rec = a.model_dump(mode="json")
        merged = dict(local)
        for f in IDENTITY_FIELDS:  # the office's register (a NAF it leaves empty is empty)
            merged[f] = rec[f]
        for f in DESCRIPTIVE_FIELDS:  # the office's copy, unless the expert set the value
            if not edited or local[f] is None:
                merged[f] = rec[f]
        merged["assigned_to"] = a.assigned_to
        fields = IDENTITY_FIELDS + DESCRIPTIVE_FIELDS + ("assigned_to",)
        if all(merged[f] == local[f] for f in fields):
            return "unchanged"
        from ..core.company import size_class

        sc = size_class(merged["headcount"], merged["turnover_eur"], merged["balance_sheet_eur"])
        updated = utcnow() if edited else a.updated_at
        db.execute(f"UPDATE companies SET {', '.join(f'{f} = ?' for f in fields)}, size_class = ?, updated_at = ? "
                   "WHERE siret = ?", (*[merged[f] for f in fields], sc.value if sc else None, updated, a.siret))
        if not edited:
            self._written(db, a.siret, updated)
        return "imported"

    @staticmethod
    def _written(db: sqlite_utils.Database, siret: str, updated_at: str) -> None:
        db.execute("UPDATE distribution_companies SET written_updated_at = ? WHERE siret = ?", (updated_at, siret))


def _row(db: sqlite_utils.Database, sql: str, *params: Any) -> dict[str, Any] | None:
    cur = db.execute(sql, params)
    r = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], r)) if r else None


def _item(ident: str, status: str, reason: str = "") -> dict[str, Any]:
    return {"id": ident, "revision": None, "status": status, "reason": reason}


KINDS["distribution"] = verify_distribution
