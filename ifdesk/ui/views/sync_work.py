"""Worker-side functions of the identity, trust and synchronisation views (plain functions of a Workspace).

They run on the TaskManager's worker thread (the one that opened the Workspace) and return plain
data for the GUI thread; nothing here touches a widget. The cryptography and the rules are those of
`ifdesk.bundle`: the window only asks, shows and hands over.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ...bundle import (conflicts, create_identity, describe, export_diagnostics, exportable_ids, has_identity,
                       import_paths, journal, read_card_file, resolve_conflict, revision_variants, trust_add,
                       trust_list, trust_revoke, write_card)
from ...bundle.container import AGE_MAGIC, is_regular_file
from ...bundle.importer import bundle_files
from ...store.imports import state as import_state
from ...store.keys import KeyStore
from ...office.benchmark import cells as benchmark_cells
from ...i18n import language
from .sync_child import make_age_keys, open_age_identity, open_signing_key

JOURNAL_ROWS = 200


# ---- identity and trust ------------------------------------------------------------------------------

def identity_state(ws) -> dict:
    ident = describe(ws) if has_identity(ws) else None
    return {"identity": ident, "trusted": trust_list(ws), "expert_name": ws.setting("expert_name") or ""}


def make_identity(ws, name: str, org: str, role: str, passphrase: str) -> dict:
    """An office's decryption key is made in a child process (scrypt would freeze the window ~2 s)."""
    from ...bundle.identity import check_fields

    check_fields(name, org, role, passphrase)  # refusals first, before a child is started
    age_keys = make_age_keys(passphrase) if role in ("office", "national") else None
    return create_identity(ws, name, org, role, passphrase, age_keys=age_keys)


def export_card(ws, path: str) -> str:
    return str(write_card(ws, path))


def backup_identity(ws, path: str, passphrase: str) -> str:
    from ...bundle.keyfile import backup_identity as backup

    backup(ws, path, passphrase)
    return path


def restore_identity(ws, path: str, passphrase: str, force: bool) -> dict:
    from ...bundle.keyfile import restore_identity as restore

    return restore(ws, path, passphrase, force=force)


def export_age_identity(ws, path: str, passphrase: str) -> str:
    from ...bundle.keyfile import export_age_identity as export

    export(ws, path, passphrase)
    return path


def read_card(_ws, path: str) -> dict:
    """The card's public fields and its raw JSON (read and checked on the worker: it is a file)."""
    card, data = read_card_file(path)
    return {"name": card.name, "org": card.org, "role": card.role, "key_id": card.key_id,
            "fingerprint": card.fingerprint, "rotation": card.rotation is not None, "data": data, "path": path}


def rotate(ws, passphrase: str) -> dict:
    """A new key whose card is countersigned by the current one (the CLI's `identity rotate`)."""
    from ...bundle import rotate_identity

    return rotate_identity(ws, passphrase)


def enrol(ws, data: dict) -> dict:
    """Called once the user confirmed, in the window, that the fingerprint is the one read by phone."""
    return trust_add(ws, data, confirmed=True)


def revoke(ws, key_id: str) -> dict:
    return trust_revoke(ws, key_id)


# ---- synchronisation page ----------------------------------------------------------------------------

def sync_state(ws) -> dict:
    """Everything the page shows: who we are, what can leave, what needs a decision, what came in."""
    ident = describe(ws) if has_identity(ws) else None
    ids = set(exportable_ids(ws)) if ident else set()
    rows = [r for r in ws.diagnostics.list() if r["id"] in ids]
    offices = KeyStore(ws.db).office_recipients()
    experts = [t for t in trust_list(ws) if t["role"] == "expert" and t["status"] == "active"]
    return {"identity": ident, "exportable": rows, "offices": offices, "experts": experts,
            "conflicts": conflicts(ws), "journal": journal(ws, JOURNAL_ROWS),
            "distribution": distribution_available()}


def distribution_available() -> bool:
    try:
        return importlib.util.find_spec("ifdesk.bundle.distribution") is not None
    except (ImportError, ValueError):
        return False


def kept_revisions(ws, diag_id: str) -> list[dict]:
    """The completed or exported revisions of a diagnostic, for « Une révision conservée… »."""
    from ...core import formats

    return [{"revision": r["revision"], "status": r["status"], "completed": formats.day(r["completed_at"])}
            for r in ws.diagnostics.revisions(diag_id) if r["status"] in ("completed", "exported")]


def export(ws, ids: list[str], out: str, passphrase: str, encrypt: bool, per_diagnostic: bool, progress,
           revisions: dict[str, int] | None = None) -> list[dict]:
    """Export with progress; Cancel stops between two files (each file written is whole: write then rename)."""
    def step(done: int, total: int, name: str) -> None:
        progress.update(done, total, name)
        progress.check()

    progress.update(0, len(ids) if per_diagnostic else 1, "")
    key = open_signing_key(ws, passphrase)  # scrypt in a child: the window keeps its GIL
    files = export_diagnostics(ws, ids, Path(out), key, encrypt=encrypt, progress=step,
                               per_diagnostic=per_diagnostic, revisions=revisions)
    return [f.as_dict() for f in files]


def scan(_ws, paths: list[str]) -> dict:
    """The bundle files behind `paths` and how many are encrypted (so that the passphrase is asked only then)."""
    files = bundle_files(paths)
    encrypted = 0
    for f in files:
        if not is_regular_file(f):
            continue  # a FIFO would block the open: the import refuses it, unread
        try:
            with open(f, "rb") as fh:
                encrypted += fh.read(len(AGE_MAGIC)) == AGE_MAGIC
        except OSError:
            pass  # the import says why this file is refused
    return {"files": [str(f) for f in files], "encrypted": encrypted}


def run_import(ws, paths: list[str], passphrase: str | None, progress) -> list[dict]:
    """Import with progress and cancel; a wrong passphrase is refused before any file is touched
    (BadPassphrase: the window asks again, nothing is journaled for a typo). The office's key is
    opened in a child process: scrypt would hold the window's GIL for most of a second."""
    key = open_age_identity(ws, passphrase) if passphrase else passphrase
    results = import_paths(ws, paths, passphrase=key,
                           progress=lambda d, t, f: progress.update(d, t, Path(f).name),
                           cancel=lambda: progress.cancelled)
    return describe_results(ws, [r.as_dict() for r in results])


def describe_results(ws, results: list[dict]) -> list[dict]:
    """Add the company and the signer's name to each result (one query each, not one per file)."""
    names = {t["key_id"]: t["name"] for t in trust_list(ws)}
    companies = ws.diagnostics.company_names([d["id"] for r in results for d in r["diagnostics"]])
    for r in results:
        r["companies"] = ", ".join(dict.fromkeys(
            companies.get(d["id"]) or (d["id"] if d["revision"] is None else d["id"][:8]) for d in r["diagnostics"]))
        r["revisions"] = ", ".join(str(d["revision"]) for d in r["diagnostics"] if d["revision"] is not None)
        r["signer_name"] = names.get(r["signer"] or "", "")
    return results


def conflict_detail(ws, diag_id: str, variants: list[int]) -> dict:
    """The revisions to compare side by side: every version of the disputed revisions, and the current one."""
    rows = revision_variants(ws, diag_id)
    shown = [r for r in rows if r["current"] or r["revision"] in variants]
    if len(shown) < 2:  # only revisions missing in the main line: compare the last ones stored
        shown = rows[-3:]
    shown.sort(key=lambda r: (not r["current"], r["revision"], r["content_hash"]))
    sha = shown[0]["summary"]["referentiel"]["sha256"]
    ref = ws.referentiels.get(sha).localized(language())
    st = import_state(ws.db, diag_id)
    completed = ({(n, h): c for n, (h, c) in st.main.items()} | st.held) if st else {}
    for r in shown:
        r["completed_at"] = completed.get((r["revision"], r["content_hash"]))
    return {"id": diag_id, "variants": shown,
            "themes": [(t.id, t.title) for t in ref.themes],
            "criteria": {cid: c.title for cid, c in ref.criteria_by_id.items()}}


def resolve(ws, diag_id: str, revision: int, content_hash: str) -> dict:
    return resolve_conflict(ws, diag_id, revision, content_hash)


# ---- distribution (office → experts) -----------------------------------------------------------------

def distribution_data(ws) -> dict:
    experts = [t for t in trust_list(ws) if t["role"] == "expert" and t["status"] == "active"]
    companies = ws.companies.assignments()
    return {"experts": experts, "companies": companies}


def distribute(ws, out: str, passphrase: str, referentiel_files: list[str], assignments: dict[str, str],
               benchmark: bool = False) -> dict:
    from ...bundle.distribution import make_distribution  # lazily: the module may be absent from a build

    key = open_signing_key(ws, passphrase)  # scrypt in a child: the window keeps its GIL
    return make_distribution(ws, out, key, referentiel_files=referentiel_files, assignments=assignments,
                             benchmark=benchmark_cells(ws) if benchmark else None).as_dict()
