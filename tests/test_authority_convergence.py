"""Hypothesis: random sequences of revisions from two experts (A genuine, B genuine on its own diagnostic
and forging revisions of A's) and the office's imports converge to the same state in any order and with
any repetition, and no revision signed by B ever lands on A's diagnostic.

The sequences start with A's first bundle: a diagnostic belongs to the key that signed its first revision
received by the office (bundle.md), so B can only learn A's UUID (from the company's report) after A made
it; a B who raced A's very first bundle to the office would own the UUID there and A's bundle would be
rejected, loudly (docs/decisions-authority.md).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifdesk.bundle import create_identity, import_paths, trust_add
from ifdesk.bundle.identity import card
from ifdesk.store import Workspace
from tests.bundle_kit import (PASS, SIRETS, VOLATILE, completed_diag, dump, export_one, members_of, new_pair,
                              reopen_complete)
from tests.test_authority import _bump, forge

DUMP_VOLATILE = VOLATILE | {"company_proposals": {"id", "received_at", "bundle_sha256"}}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("authconv")
    expert, office = new_pair(tmp)
    out = tmp / "bundles"
    out.mkdir()
    b_ws = Workspace(tmp / "b")
    create_identity(b_ws, "Marc Collègue", "Cabinet B", "expert", PASS)
    trust_add(office, card(b_ws), confirmed=True)
    b_ws.companies.add(expert.companies.get(SIRETS[1]))
    files: dict[str, Path] = {}
    a = completed_diag(expert, SIRETS[0], seed=1)
    files["a1"] = export_one(expert, a, out / "a1.ifbundle")
    reopen_complete(expert, a, seed=2)
    files["a2"] = export_one(expert, a, out / "a2.ifbundle")
    reopen_complete(expert, a, seed=3)
    files["a3"] = export_one(expert, a, out / "a3.ifbundle")
    b = completed_diag(b_ws, SIRETS[1], seed=4)
    files["b1"] = export_one(b_ws, b, out / "b1.ifbundle")
    reopen_complete(b_ws, b, seed=5)
    files["b2"] = export_one(b_ws, b, out / "b2.ifbundle")
    # B's forgeries of A's diagnostic: a variant of r2, a successor r3 and r4, a huge revision
    a2 = members_of(files["a2"].read_bytes())
    a3 = members_of(files["a3"].read_bytes())
    for name, members, edit in (("x2", a2, _bump(2, 1, strengths="Variante de B")),
                                ("x3", a2, _bump(3, 2, strengths="Suite de B")),
                                ("x4", a3, _bump(4, 3, strengths="Encore B")),
                                ("x9", a3, _bump(999_999, 999_998))):
        p = out / f"{name}.ifbundle"
        p.write_bytes(forge(members, b_ws, edit))
        files[name] = p
    b_key = card(b_ws)["key_id"]
    a_key = card(expert)["key_id"]
    for ws in (expert, office, b_ws):
        ws.close()
    pristine = tmp / "office"
    names = list(files)
    ref_dir = tmp / "reference"
    shutil.copytree(pristine, ref_dir)
    ws = Workspace(ref_dir)
    statuses = {n: r.status for n, r in zip(names, import_paths(ws, [files[n] for n in names]))}
    reference = dump(ws, volatile=DUMP_VOLATILE)
    ws.close()
    return {"files": files, "names": names, "pristine": pristine, "reference": reference, "statuses": statuses,
            "a": a, "b": b, "a_key": a_key, "b_key": b_key}


def test_reference_outcomes(corpus):
    s = corpus["statuses"]
    assert [s[k] for k in ("a1", "a2", "a3", "b1", "b2")] == ["imported", "superseded", "superseded", "imported",
                                                               "superseded"]
    assert all(s[k] == "rejected" for k in ("x2", "x3", "x4", "x9"))


def _run(corpus, order: list[str]) -> tuple[dict, list]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "office"
        shutil.copytree(corpus["pristine"], folder)
        ws = Workspace(folder)
        try:
            for i in range(0, len(order), 3):
                import_paths(ws, [corpus["files"][k] for k in order[i:i + 3]])
            signers = ws.db.execute("SELECT DISTINCT signer_key_id FROM received_revisions WHERE diag_id = ?",
                                    (corpus["a"],)).fetchall()
            return dump(ws, volatile=DUMP_VOLATILE), [s[0] for s in signers]
        finally:
            ws.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_converges_and_b_never_lands_on_a(corpus, data):
    rest = [n for n in corpus["names"] if n != "a1"]
    order = ["a1", *data.draw(st.permutations(rest))]
    extra = data.draw(st.lists(st.sampled_from(corpus["names"]), max_size=4))
    for k in extra:
        order.insert(data.draw(st.integers(1, len(order))), k)
    state, signers = _run(corpus, order)
    assert signers == [corpus["a_key"]]
    assert state == corpus["reference"]
