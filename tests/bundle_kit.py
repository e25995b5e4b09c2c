"""Shared helpers for the bundle tests (no tests here): workspaces with identities, genuine bundles,
hostile-bundle builders and a dump of the office database."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

from ifdesk.bundle import create_identity, export_diagnostics, trust_add
from ifdesk.bundle.identity import card
from ifdesk.core.company import new_company
from ifdesk.core.diagnostic import ActionItem, Answer
from ifdesk.store import Workspace

PASS = "correct horse battery staple"
SIRETS = ["73282932000074", "35600000049837", "55208131766522", "44306184100047"]
_CACHE: dict[str, Path] = {}


def _cached(kind: str, base: Path, build) -> Path:
    """Identity creation is slow for an office (scrypt): build each kind once, copy it after."""
    if kind not in _CACHE:
        src = base.parent / f"_cache_{kind}"
        if src.exists():
            shutil.rmtree(src)
        ws = Workspace(src)
        build(ws)
        ws.close()
        _CACHE[kind] = src
    dest = base
    shutil.copytree(_CACHE[kind], dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
    return dest


def new_pair(tmp: Path, offices: int = 1):
    """(expert, office) workspaces that enrolled each other's card. The expert has 4 companies."""
    tmp.mkdir(parents=True, exist_ok=True)

    def build_office(ws):
        create_identity(ws, "Bureau régional AURA", "Région Auvergne-Rhône-Alpes", "office", PASS)

    def build_expert(ws):
        create_identity(ws, "Claire Martin", "Cabinet Martin Conseil", "expert", PASS)
        for i, s in enumerate(SIRETS):
            ws.companies.add(new_company(siret=s, name=f"Entreprise {i} Mécanique", region="84", naf="25.62B",
                                         headcount=20 + i, city="Lyon"))

    office = Workspace(_cached("office", tmp / "office", build_office))
    expert = Workspace(_cached("expert", tmp / "expert", build_expert))
    trust_add(office, card(expert), confirmed=True)
    trust_add(expert, card(office), confirmed=True)
    return expert, office


def another_office(folder: Path) -> Workspace:
    """A second office (its own keys, trusting nobody), built once per session and copied."""
    return lone_identity(folder, "Faux bureau", "Ailleurs", role="office")


def lone_identity(folder: Path, name: str, org: str, role: str = "expert") -> Workspace:
    """A workspace holding only an identity (trusting nobody), built once per session per name and copied: tests
    that need a stranger use the same names (« Marc Collègue », « Faux bureau ») so the scrypt is paid once."""
    def build(ws):
        create_identity(ws, name, org, role, PASS)

    folder.parent.mkdir(parents=True, exist_ok=True)
    return Workspace(_cached(f"lone-{role}-{name}", folder, build))


def completed_diag(ws, siret: str = SIRETS[0], seed: int = 1) -> str:
    ref = ws.referentiels.current()
    ident = ws.identity()
    diag_id = ws.diagnostics.create(siret, ref, ident["key_id"] if ident else None, ident["name"] if ident else "")
    fill(ws, diag_id, seed)
    ws.diagnostics.complete(diag_id)
    return diag_id


def fill(ws, diag_id: str, seed: int) -> None:
    rnd = random.Random(seed)
    ref = ws.referentiels.get(ws.diagnostics.get(diag_id).referentiel.sha256)
    for i, cid in enumerate(ref.criteria_by_id):
        if i == 3:
            ws.diagnostics.save_answer(diag_id, Answer(criterion=cid, na=True, na_reason="Pas de ligne de peinture"))
            continue
        lvl = rnd.randint(ref.min_level, ref.max_level)
        ws.diagnostics.save_answer(diag_id, Answer(criterion=cid, level=lvl, target=min(lvl + 1, ref.max_level),
                                                   note=f"Constat {seed}-{i} : atelier d'usinage, pièces à façon"))
    ws.diagnostics.set_synthesis(diag_id, strengths=f"Équipe motivée ({seed})", weaknesses="Peu de données")
    first = next(iter(ref.criteria_by_id))
    ws.diagnostics.set_actions(diag_id, [ActionItem(title="Former les régleurs", criteria=[first], priority=1)])


def ready_to_complete(ws, diag_id: str) -> None:
    """What completion needs besides the answers (issue 15): strengths, weaknesses, and an action or
    « aucune action » with its reason — left as they are when the test wrote them."""
    d = ws.diagnostics.get(diag_id)
    ws.diagnostics.set_synthesis(diag_id, strengths=d.strengths or "Équipe motivée", weaknesses=d.weaknesses or "Peu de données",
                                 no_action_reason=None if d.actions or d.no_action_reason else "Plan à établir au suivi")


def export_one(ws, diag_id: str, out: Path, encrypt: bool = False) -> Path:
    """Export one diagnostic, signed with the key opened once per identity (these tests are not about unlocking:
    the passphrase path has its own tests)."""
    from ifdesk.bundle.identity import signing_key

    res = export_diagnostics(ws, [diag_id], out, opened_key(ws, signing_key), encrypt=encrypt, per_diagnostic=False)
    return Path(res[0].path)


def reopen_complete(ws, diag_id: str, seed: int) -> None:
    ws.diagnostics.reopen(diag_id)
    fill(ws, diag_id, seed)
    ws.diagnostics.complete(diag_id)


# ---- database dump ------------------------------------------------------------------------------------

VOLATILE = {"received_revisions": {"received_at", "bundle_sha256", "signer_key_id"},
            "referentiels": {"added_at"}, "trusted_keys": {"added_at"}, "diag_authors": {"first_received_at"},
            "forward_bundles": {"received_at"}}  # the first arrival of the same signed bytes (issue 13)


def dump(ws, skip=("import_journal",), volatile: dict | None = None) -> dict:
    """Every table's rows (sorted), except `skip` tables and `volatile` columns."""
    volatile = VOLATILE if volatile is None else volatile
    out = {}
    for (t,) in ws.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall():
        if t in skip:
            continue
        cur = ws.db.execute(f"SELECT * FROM [{t}]")
        cols = [c[0] for c in cur.description]
        keep = [i for i, c in enumerate(cols) if c not in volatile.get(t, ())]
        out[t] = sorted(json.dumps([r[i] for i in keep], default=str) for r in cur.fetchall())
    return out


def journal_count(ws) -> int:
    return ws.db.execute("SELECT count(*) FROM import_journal").fetchone()[0]


# ---- hostile bundle construction ---------------------------------------------------------------------

def members_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def zip_raw(members: list[tuple[str, bytes]], attrs: dict | None = None) -> bytes:
    """A ZIP of exactly these members (names and bytes as given); `attrs[name]` sets ZipInfo fields."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            for k, v in (attrs or {}).get(name, {}).items():
                setattr(info, k, v)
            zf.writestr(info, blob)
    return buf.getvalue()


_KEYS: dict = {}


def opened_key(ws, signing_key=None):
    """The signer's key, unwrapped once per identity for the whole session (age's scrypt costs a second or so
    each time; the cached workspaces are copies of one identity). Keyed by the stored public key and envelope,
    so a rotated or re-created identity is unwrapped again."""
    if signing_key is None:
        from ifdesk.bundle.identity import signing_key
    row = ws.db.execute("SELECT public_key, private_key_pem FROM identity").fetchone()
    k = (row[0], row[1]) if row else (str(ws.folder), None)
    if k not in _KEYS:
        _KEYS[k] = signing_key(ws, PASS)
    return _KEYS[k]


def opened_age(ws):
    """The office's age identity, decrypted once per identity for the session (scrypt), as `opened_key`."""
    from ifdesk.bundle.identity import age_identity

    row = ws.db.execute("SELECT age_identity_enc FROM identity").fetchone()
    k = ("age", row[0] if row else str(ws.folder))
    if k not in _KEYS:
        _KEYS[k] = age_identity(ws, PASS)
    return _KEYS[k]


def resign(members: list[tuple[str, bytes]], ws, fix_files: bool = True) -> list[tuple[str, bytes]]:
    """Recompute the manifest's file list (optional) and sign it again with `ws`'s key (a genuine signer)."""
    from ifdesk.bundle.identity import signing_key

    d = dict(members)
    manifest = json.loads(d["manifest.json"])
    if fix_files:
        manifest["files"] = [{"path": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                             for n, b in members if n not in ("manifest.json", "manifest.sig")]
    mb = json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    sig = base64.b64encode(opened_key(ws, signing_key).sign(mb)) + b"\n"
    out = []
    for n, b in members:
        out.append((n, mb if n == "manifest.json" else sig if n == "manifest.sig" else b))
    return out
