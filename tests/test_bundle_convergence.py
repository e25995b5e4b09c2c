"""Importing any repetition and permutation of a set of genuine bundles (revisions, reopenings, a
conflict, a gap) ends in the same office database."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifdesk.bundle import conflicts, export_diagnostics, import_paths, resolve_conflict, revision_variants
from ifdesk.store import Workspace
from tests.bundle_kit import PASS, SIRETS, completed_diag, dump, export_one, new_pair, reopen_complete


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("conv")
    expert, office = new_pair(tmp)
    out = tmp / "bundles"
    out.mkdir()
    files: list[Path] = []

    def ex(diag_id, label):
        files.append(export_one(expert, diag_id, out / f"{label}.ifbundle"))

    a = completed_diag(expert, SIRETS[0], seed=1)
    ex(a, "a1")
    reopen_complete(expert, a, seed=2)
    ex(a, "a2")
    reopen_complete(expert, a, seed=3)
    ex(a, "a3")
    b = completed_diag(expert, SIRETS[1], seed=4)
    ex(b, "b1")
    c = completed_diag(expert, SIRETS[2], seed=5)
    ex(c, "c1")
    reopen_complete(expert, c, seed=6)          # c2 is never exported: a gap at the office
    reopen_complete(expert, c, seed=7)
    ex(c, "c3")
    # one bundle carrying several diagnostics (a at r3, c at r3) under another file name
    files.append(Path(export_diagnostics(expert, [a, c], out / "multi.ifbundle", PASS, encrypt=False,
                                         per_diagnostic=False)[0].path))
    # the conflict: the expert's laptop restored from a backup reopens b differently
    expert.close()
    twin_dir = tmp / "twin"
    shutil.copytree(tmp / "expert", twin_dir, ignore=shutil.ignore_patterns("ifdesk.lock"))
    expert = Workspace(tmp / "expert")
    twin = Workspace(twin_dir)
    reopen_complete(expert, b, seed=8)
    ex(b, "b2")
    reopen_complete(twin, b, seed=9)
    files.append(export_one(twin, b, out / "b2-twin.ifbundle"))
    twin.close()
    expert.close()
    office.close()
    pristine = tmp / "office"
    # the reference state: everything imported once, in file order
    ref_dir = tmp / "reference"
    shutil.copytree(pristine, ref_dir)
    ws = Workspace(ref_dir)
    statuses = {f.name: r.status for f, r in zip(files, import_paths(ws, files))}
    reference = dump(ws)
    ws.close()
    return {"files": files, "pristine": pristine, "reference": reference, "statuses": statuses,
            "ids": {"a": a, "b": b, "c": c}}


def _import_sequence(corpus, order: list[int]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "office"
        shutil.copytree(corpus["pristine"], folder)
        ws = Workspace(folder)
        try:
            # one file at a time and also in batches, as a scheduled import would
            for i in range(0, len(order), 3):
                import_paths(ws, [corpus["files"][k] for k in order[i:i + 3]])
            return dump(ws)
        finally:
            ws.close()


def test_reference_outcomes(corpus):
    s = corpus["statuses"]
    assert s["a1.ifbundle"] == "imported" and s["a2.ifbundle"] == "superseded" and s["a3.ifbundle"] == "superseded"
    assert s["c3.ifbundle"] == "conflict"          # base 2 never received
    assert s["multi.ifbundle"] == "unchanged"
    assert s["b2.ifbundle"] == "superseded" and s["b2-twin.ifbundle"] == "conflict"
    ref = corpus["reference"]
    assert len(ref["revisions"]) == 7 and len(ref["held_revisions"]) == 1 and len(ref["diag_conflicts"]) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_any_repetition_converges(corpus, data):
    n = len(corpus["files"])
    order = data.draw(st.permutations(range(n)))
    extra = data.draw(st.lists(st.integers(0, n - 1), max_size=6))
    for k in extra:
        order.insert(data.draw(st.integers(0, len(order))), k)
    assert _import_sequence(corpus, order) == corpus["reference"]


def test_conflict_is_flagged_both_kept_and_resolution_is_journaled(corpus, tmp_path):
    folder = tmp_path / "office"
    shutil.copytree(corpus["pristine"], folder)
    ws = Workspace(folder)
    try:
        import_paths(ws, corpus["files"])
        b = corpus["ids"]["b"]
        flagged = {c["id"]: c for c in conflicts(ws)}
        assert flagged[b]["variants"] == [2] and flagged[corpus["ids"]["c"]]["missing"] == [2]
        variants = [v for v in revision_variants(ws, b) if v["revision"] == 2]
        assert len(variants) == 2 and {v["held"] for v in variants} == {True, False}
        assert variants[0]["summary"]["answers"] != variants[1]["summary"]["answers"]
        held = next(v for v in variants if v["held"])
        resolve_conflict(ws, b, 2, held["content_hash"])
        assert ws.diagnostics.get(b).content_hash() == held["content_hash"]
        assert b not in {c["id"] for c in conflicts(ws)}
        assert {v["content_hash"] for v in revision_variants(ws, b) if v["revision"] == 2} == {v["content_hash"] for v in variants}
        last = ws.db.execute("SELECT outcome, diagnostics FROM import_journal ORDER BY id DESC LIMIT 1").fetchone()
        assert last[0] == "resolved" and b in last[1]
        # re-importing everything changes nothing: the resolution stands
        before = dump(ws)
        assert {r.status for r in import_paths(ws, corpus["files"])} <= {"unchanged", "stale"}
        assert dump(ws) == before
        assert ws.check() == []
    finally:
        ws.close()


def test_choosing_a_local_draft_revision_is_refused_and_changes_nothing(corpus, tmp_path):
    """A 0.1 office could reopen what it received: a main-line revision without a content hash has
    nothing to pin, so choosing it is a clear error (it was an IntegrityError) and nothing is written."""
    from ifdesk.core.errors import IfdeskError

    folder = tmp_path / "office"
    shutil.copytree(corpus["pristine"], folder)
    ws = Workspace(folder)
    try:
        import_paths(ws, corpus["files"])
        b = corpus["ids"]["b"]
        ws.db.execute("UPDATE revisions SET content_hash = NULL WHERE diag_id = ? AND revision = 2", (b,))
        ws.db.conn.commit()
        before = dump(ws)
        with pytest.raises(IfdeskError, match="brouillon local"):
            resolve_conflict(ws, b, 2)
        assert dump(ws) == before
    finally:
        ws.close()
