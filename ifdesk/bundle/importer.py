"""Import bundle files: verify each in memory, apply it all or nothing, journal every outcome.

Per diagnostic revision (bundle.md): unknown UUID → `imported`; already stored → `unchanged`
(or `stale` when older than the current revision); newer with base = current → `superseded`;
newer with another base, or the same revision with another content → `conflict` (both kept, the
diagnostic flagged for review); older and never seen → `stale` (kept in the history, never made
current). Which variant of a revision sits in the main line is decided by a rule that does not
depend on arrival order (latest completion, then content hash), so that importing the same bundles
in any order and any number of times converges to the same state (docs/decisions-bundles.md).
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeAlias

import pyrage

from ..core.errors import IfdeskError, NotFoundError
from ..i18n import _
from ..store import imports as store
from ..store import national
from ..store import proposals as companies
from ..store import reviews
from ..store.db import utcnow
from . import format as fmt
from .container import AGE_MAGIC, BundleRejected, check_age_header, read_bundle_file
from .identity import BadPassphrase, age_identity
from .trust import TrustSnapshot
from .verify import Item, RefCache, Verified, verify_bundle

if TYPE_CHECKING:
    from ..core.diagnostic import Diagnostic
    import sqlite_utils
    from ..store.workspace import Workspace

log = logging.getLogger(__name__)
# what opens the office's age identity: the phrase, a function asking it, or the identity already opened
Passphrase: TypeAlias = "str | Callable[[], str | pyrage.x25519.Identity | None] | pyrage.x25519.Identity | None"
SEVERITY = ("unchanged", "imported", "superseded", "stale", "conflict", "rejected")
COMMIT_EVERY_FILES = 200
COMMIT_EVERY_S = 0.25  # short write-lock windows: other writers (the window) wait at most this long
Progress = Callable[[int, int, str], None]


@dataclass
class FileResult:
    """The outcome of one file; `as_dict()` is the shape of `ifdesk import --json`."""

    file: str
    status: str
    reason: str = ""
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    sha256: str | None = None
    signer: str | None = None
    bundle_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "reason": self.reason, "diagnostics": self.diagnostics,
                "sha256": self.sha256, "signer": self.signer, "bundle_id": self.bundle_id}


class AuthorityError(IfdeskError):
    """A signer writing what is not theirs (bundle.md, Authority)."""


def worst(statuses: list[str]) -> str:
    return max(statuses, key=SEVERITY.index) if statuses else "unchanged"


def bundle_files(paths: Sequence[str | Path]) -> list[Path]:
    """The files to import: given files as they are, folders' `*.ifbundle` files (not recursive), sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            # every `*.ifbundle` but sub-folders: a FIFO or a device among them is listed, then refused unread
            out += sorted(f for f in p.iterdir() if f.suffix.lower() == ".ifbundle" and not f.is_dir()
                          and not f.name.startswith("."))
        else:
            out.append(p)
    return out


class _Session:
    def __init__(self, ws: Workspace, passphrase: Passphrase):
        self.ws = ws
        self.db = ws.db
        self.trust = TrustSnapshot(ws)
        self.refs = RefCache(ws)
        self._passphrase = passphrase
        self._age = None
        self._age_error: str | None = None
        self.inner = b""

    # ---- decryption ------------------------------------------------------------------------------
    def _identity(self) -> pyrage.x25519.Identity | None:
        if self._age is None and self._age_error is None:
            pp = self._passphrase() if callable(self._passphrase) else self._passphrase
            if isinstance(pp, pyrage.x25519.Identity):  # already opened by the caller (the window, off its GIL)
                self._age = pp
            elif pp is None:
                self._age_error = _("paquet chiffré : la phrase secrète du bureau est nécessaire pour le déchiffrer")
            else:
                try:
                    self._age = age_identity(self.ws, pp)
                except BadPassphrase:
                    raise  # the operator's typo, not the bundle's fault: nothing journaled, the import stops
                except IfdeskError as exc:
                    self._age_error = str(exc)
        if self._age is None:
            raise BundleRejected(self._age_error)
        return self._age

    def _decrypt(self, data: bytes) -> bytes:
        ident = self._identity()
        try:
            return pyrage.decrypt(data, [ident])
        except Exception:
            raise BundleRejected(_("paquet chiffré pour un autre destinataire, ou altéré (déchiffrement age impossible)")) from None

    # ---- one file --------------------------------------------------------------------------------
    def verify(self, data: bytes) -> Verified:
        if data.startswith(AGE_MAGIC):
            check_age_header(data)  # bounded before the key's scrypt and any X25519
            data = self._decrypt(data)
        self.inner = data  # the signed ZIP: an office keeps it to forward it byte for byte (forward.py)
        return verify_bundle(data, self.trust, self.refs)

    def import_file(self, path: Path) -> FileResult:
        name = str(path)
        now = utcnow()
        try:
            data = read_bundle_file(path)  # a regular file only: a FIFO is refused before any open
        except FileNotFoundError:
            return self._reject(name, None, None, _("fichier introuvable"), now)
        except BundleRejected as exc:
            return self._reject(name, None, None, str(exc), now)
        except OSError as exc:
            return self._reject(name, None, None, _("fichier illisible ({e})", e=exc.strerror or exc), now)
        sha = hashlib.sha256(data).hexdigest()
        try:
            v = self.verify(data)
        except BundleRejected as exc:
            return self._reject(name, sha, None, str(exc), now)
        except BadPassphrase:
            raise
        except Exception as exc:  # hostile data reached a corner no check names: still one clear line
            log.warning("bundle %s: unexpected %r", name, exc, exc_info=True)
            return self._reject(name, sha, None, _("paquet illisible ({e})", e=exc.__class__.__name__), now)
        del data
        conn = self.db.conn
        conn.execute("SAVEPOINT bundle")
        try:
            diags = v.apply(self.ws, sha, now) if v.apply else self._apply(v, sha, now)
            if v.apply is None and self.refs.role == "office":
                national.keep_bundle(self.db, hashlib.sha256(self.inner).hexdigest(), self.inner, now)
            elif v.apply is None and self.refs.role == "national":
                national.sync_from_offices(self.db, [d["id"] for d in diags])
            status = worst([d["status"] for d in diags])
            reason = "; ".join(d["reason"] for d in diags if d.get("reason"))
            store.journal(self.db, now, name, sha, v.manifest.bundle_id, v.signer.key_id, v.signer.name, status, reason,
                          [{"id": d["id"], "revision": d["revision"], "status": d["status"]} for d in diags])
            conn.execute("RELEASE bundle")
        except Exception as exc:
            conn.execute("ROLLBACK TO bundle")
            conn.execute("RELEASE bundle")
            log.error("bundle %s: apply failed", name, exc_info=True)
            msg = str(exc) if isinstance(exc, IfdeskError) else _("échec de l'écriture ({e})", e=exc)
            return self._reject(name, sha, v, msg, now)
        finally:
            self.inner = b""
        for r in v.new_refs:
            self.refs.known[r.sha256] = (r.id, r.version)
        return FileResult(name, status, reason, diags, sha, v.signer.key_id, v.manifest.bundle_id)

    def _reject(self, name: str, sha: str | None, v: Verified | None, reason: str, now: str) -> FileResult:
        reason = " ".join(reason.split())[:500]
        signer = v.signer.key_id if v else None
        store.journal(self.db, now, name, sha, v.manifest.bundle_id if v else None, signer,
                      v.signer.name if v else None, "rejected", reason, [])
        return FileResult(name, "rejected", reason, [], sha, signer, v.manifest.bundle_id if v else None)

    # ---- applying (inside the SAVEPOINT) ---------------------------------------------------------
    def _apply(self, v: Verified, sha: str, now: str) -> list[dict[str, Any]]:
        # authority first (bundle.md): a diagnostic belongs to the key chain that signed its first received
        # revision, whatever the payload claims; one foreign diagnostic rejects the whole bundle
        for it in v.items:
            author = store.author_of(self.db, it.diag.id)
            if author is not None and author not in v.signer.allowed_expert_keys:
                raise AuthorityError(_("le signataire {k} n'est pas l'auteur du diagnostic {id} (il appartient à la clé {a})",
                                       k=v.signer.key_id, id=it.diag.id, a=author))
            prev = it.diag.previous_id  # a follow-up's claim, checked against what this workspace knows (issue 14)
            if prev is not None:
                row = self.db.execute("SELECT siret FROM diagnostics WHERE id = ?", (prev,)).fetchone()
                if prev == it.diag.id or (row is not None and row[0] != it.diag.siret):
                    raise BundleRejected(_("le diagnostic {id} se dit le suivi du diagnostic {p}, qui concerne une autre "
                                           "entreprise", id=it.diag.id, p=prev))
        for ref in v.new_refs:
            self.ws.referentiels.add(ref, "bundle")
        out = []
        for it in v.items:
            # names come from the trust store, never from the payload
            it.diag = it.diag.model_copy(update={"expert_name": v.signer.name})
            companies.apply_record(self.db, it.company, v.signer.key_id, v.signer.allowed_expert_keys, sha, now)
            status, reason = apply_item(self.ws, it)
            store.set_expert_name(self.db, it.diag.id, v.signer.name)
            store.record_author(self.db, it.diag.id, v.signer.key_id, now)
            store.record_received(self.db, it.diag.id, it.diag.revision, it.content_hash, v.signer.key_id, sha, now)
            if status in ("imported", "superseded", "conflict"):
                reviews.mark_to_review(self.db, it.diag.id, _known_state(self.db, it.diag.id).current, now)
            out.append({"id": it.diag.id, "revision": it.diag.revision, "status": status, "reason": reason})
        return out


def apply_item(ws: Workspace, it: Item) -> tuple[str, str]:
    """Apply one verified revision; returns (outcome, reason). Runs inside the caller's transaction."""
    db = ws.db
    d, h, n = it.diag, it.content_hash, it.diag.revision
    st = store.state(db, d.id)
    if st is None:  # the new row already points at this revision
        store.insert_diagnostic_row(db, d, it.created_at)
        store.insert_revision(db, d, it.ref, h)
        return "imported", ""
    if st.has(n, h):
        if n < st.current:
            return "stale", _("révision {r} plus ancienne que la révision courante {c} : déjà connue, rien n'est changé",
                              r=n, c=st.current)
        return "unchanged", ""
    store.upsert_diagnostic_row(db, d, it.created_at)
    if n in st.main:
        old_hash, old_completed = st.main[n]
        pinned = st.resolution and st.resolution["revision"] == n and st.resolution["content_hash"] == old_hash
        if not pinned and store.rank(h, _iso(d.completed_at)) > store.rank(old_hash, old_completed):
            _demote(ws, d.id, n)
            store.insert_revision(db, d, it.ref, h)
            if n == st.current:
                store.set_current(db, d.id, n)
        else:
            store.hold(db, d.id, n, h, d.base_revision, _iso(d.completed_at), held_blob(d))
        _reflag(db, d.id)
        return "conflict", _("révision {r} reçue avec un autre contenu : les deux versions sont conservées, à examiner", r=n)
    store.insert_revision(db, d, it.ref, h)
    if n > st.current:
        store.set_current(db, d.id, n)
        _reflag(db, d.id)
        if d.base_revision == st.current:
            return "superseded", ""
        return "conflict", _("révision {r} dérivée de la révision {b}, or la révision courante est {c} : à examiner",
                             r=n, b=d.base_revision, c=st.current)
    _reflag(db, d.id)
    return "stale", _("révision {r} plus ancienne que la révision courante {c} : conservée dans l'historique, non appliquée",
                      r=n, c=st.current)


def _known_state(db: sqlite_utils.Database, diag_id: str) -> store.DiagState:
    """The state of a diagnostic this transaction has just stored or checked (NotFoundError otherwise)."""
    st = store.state(db, diag_id)
    if st is None:
        raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
    return st


def _iso(v: object) -> str | None:
    return store.iso_text(v)


def held_blob(diag: Diagnostic) -> bytes:
    """A held variant as canonical JSON of the revision, the same whichever way it arrived in the held set."""
    from ..core.diagnostic import Status

    return fmt.dumps(diag.model_copy(update={"status": Status.EXPORTED, "company_name": ""}).model_dump(mode="json"))


def _held(db: sqlite_utils.Database, diag_id: str, revision: int, content_hash: str) -> fmt.DiagnosticRecord | None:
    blob = store.held_payload(db, diag_id, revision, content_hash)
    return None if blob is None else fmt.DiagnosticRecord.model_validate(fmt.loads(blob))


def _demote(ws: Workspace, diag_id: str, revision: int) -> None:
    """Move the main-line revision into the held variants."""
    db = ws.db
    diag = ws.diagnostics.get(diag_id, revision)
    h = db.execute("SELECT content_hash FROM revisions WHERE diag_id=? AND revision=?", (diag_id, revision)).fetchone()[0]
    if h is None:  # a local draft (a 0.1 office could reopen what it received): kept as a variant, never lost
        h = diag.content_hash()
    store.hold(db, diag_id, revision, h, diag.base_revision, _iso(diag.completed_at), held_blob(diag))
    store.remove_revision(db, diag_id, revision)


def _reflag(db: sqlite_utils.Database, diag_id: str) -> None:
    """The conflict flag as a function of what is stored (so it does not depend on arrival order)."""
    import json

    st = _known_state(db, diag_id)
    variants = sorted({r for (r, _h) in st.held})
    revs = sorted(st.main)
    missing = [k for k in range(revs[0], revs[-1]) if k not in st.main] if revs else []
    issue = {"variants": variants, "missing": missing} if (variants or missing) else None
    if issue and st.resolution and st.resolution["variants"] == st.variant_count() and st.resolution["max_revision"] == max(revs):
        issue = None
    store.set_conflict(db, diag_id, json.dumps(issue) if issue else None)


def import_paths(ws: Workspace, paths: Sequence[str | Path], passphrase: str | Callable[[], str | None] | None = None,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> list[FileResult]:
    """Import bundle files and folders (their `*.ifbundle` files) into `ws`; one FileResult per file.

    Every file is verified in memory before anything is written, then applied all or nothing (one
    SAVEPOINT per bundle; commits are grouped every 200 files or 0.25 s for speed, so a crash loses at most
    the last group, never half a bundle). Every outcome, rejections included, goes to the import journal.
    `passphrase` (or a callable returning it, asked only when an encrypted bundle shows up) opens the
    office's age identity (an already opened `pyrage.x25519.Identity` is also accepted); a callable runs in the calling (worker) thread, so a window should ask first
    or hand over a value. Call it from the thread that opened `ws`; `progress(done, total, file)` is
    called after each file and `cancel()` before each one. Must not be called inside a transaction.
    """
    conn = ws.db.conn
    if conn.in_transaction:
        raise RuntimeError("import_paths() manages its own transactions: do not call it inside one")
    files = bundle_files(paths)
    session = _Session(ws, passphrase)
    results: list[FileResult] = []
    started = time.monotonic()
    pending = 0
    try:
        for i, f in enumerate(files):
            if cancel and cancel():
                break
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                started, pending = time.monotonic(), 0
            results.append(session.import_file(f))
            pending += 1
            if pending >= COMMIT_EVERY_FILES or time.monotonic() - started > COMMIT_EVERY_S:
                conn.execute("COMMIT")
            if progress:
                progress(i + 1, len(files), str(f))
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    return results


def import_bytes(ws: Workspace, data: bytes, name: str | None = None, passphrase: Passphrase = None) -> FileResult:
    """Import one bundle held in memory (tests, drag and drop of a received attachment); `name` is
    what the results (and the journal, when it is a valid file name on every system) show."""
    import tempfile

    base = Path(name).name if name else ""
    if not base or any(c in base for c in '<>:"/\\|?*'):
        base = "paquet.ifbundle"
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / base
        p.write_bytes(data)
        r = import_paths(ws, [p], passphrase)[0]
    r.file = name or _("(en mémoire)")
    return r


# ---- conflicts ---------------------------------------------------------------------------------------

def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """Diagnostics flagged for review: `id`, `siret`, `company`, `current_revision`, `variants`, `missing`."""
    import json

    out = []
    for r in ws.db.query("SELECT c.diag_id, c.reason, d.siret, d.current_revision, co.name AS company FROM diag_conflicts c "
                         "JOIN diagnostics d ON d.id = c.diag_id LEFT JOIN companies co ON co.siret = d.siret ORDER BY c.diag_id"):
        issue = json.loads(r["reason"])
        out.append({"id": r["diag_id"], "siret": r["siret"], "company": r["company"], "current_revision": r["current_revision"],
                    "variants": issue.get("variants", []), "missing": issue.get("missing", [])})
    return out


def revision_variants(ws: Workspace, diag_id: str) -> list[dict[str, Any]]:
    """Every stored revision of a diagnostic, main line and held variants, with its summary (side by side).

    Each: `revision`, `content_hash`, `current` (bool), `held` (bool), `signer_revoked` (bool), `summary`
    (the `diag show --json` shape). Pass `revision` and `content_hash` to `resolve_conflict`.
    """
    from ..core.summary import summarize

    st = store.state(ws.db, diag_id)
    if st is None:
        raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
    revoked = {(r, h) for r, h in ws.db.execute(
        "SELECT revision, content_hash FROM received_revisions WHERE diag_id = ? AND signer_revoked = 1", (diag_id,))}
    out = []
    for n, (h, _c) in sorted(st.main.items()):
        d = ws.diagnostics.get(diag_id, n)
        out.append({"revision": n, "content_hash": h, "current": n == st.current, "held": False,
                    "signer_revoked": (n, h) in revoked, "summary": summarize(ws.referentiels.get(d.referentiel.sha256), d)})
    for (n, h) in sorted(st.held):
        variant = _held(ws.db, diag_id, n, h)
        if variant is None:  # listed in st.held, so its payload is stored
            raise NotFoundError(_("Version {h}… de la révision {r} inconnue.", h=h[:12], r=n))
        out.append({"revision": n, "content_hash": h, "current": False, "held": True, "signer_revoked": (n, h) in revoked,
                    "summary": summarize(ws.referentiels.get(variant.referentiel.sha256), variant)})
    return out


def resolve_conflict(ws: Workspace, diag_id: str, revision: int, content_hash: str | None = None) -> dict[str, Any]:
    """Make the chosen stored revision the current one (a held variant moves into the main line), clear
    the conflict flag and journal the decision. Returns `{"id", "revision", "content_hash"}`.
    """
    from ..store.db import transaction

    db = ws.db
    with transaction(db):
        st = store.state(db, diag_id)
        if st is None:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
        main_hash = st.main.get(revision, (None,))[0]
        if content_hash is None or content_hash == main_hash:
            if revision not in st.main:
                raise NotFoundError(_("Révision {r} inconnue pour le diagnostic {id}.", r=revision, id=diag_id))
            if main_hash is None:  # a local draft (a 0.1 office could reopen what it received): no content to pin
                raise IfdeskError(_("La révision {r} du diagnostic {id} est un brouillon local, sans empreinte : "
                                    "elle ne peut pas être choisie.", r=revision, id=diag_id))
            content_hash = main_hash
        else:
            chosen = _held(db, diag_id, revision, content_hash)
            if chosen is None:
                raise NotFoundError(_("Version {h}… de la révision {r} inconnue.", h=content_hash[:12], r=revision))
            if revision in st.main:
                _demote(ws, diag_id, revision)
            store.unhold(db, diag_id, revision, content_hash)
            store.insert_revision(db, chosen, ws.referentiels.get(chosen.referentiel.sha256), content_hash)
        store.set_current(db, diag_id, revision)
        st = _known_state(db, diag_id)
        store.record_resolution(db, diag_id, revision, content_hash, max(st.main), st.variant_count(), utcnow())
        _reflag(db, diag_id)
        store.journal(db, utcnow(), "", None, None, None, None, "resolved",
                      _("conflit résolu : révision {r} ({h}…) choisie comme courante", r=revision, h=content_hash[:12]),
                      [{"id": diag_id, "revision": revision, "status": "resolved"}])
    return {"id": diag_id, "revision": revision, "content_hash": content_hash}
