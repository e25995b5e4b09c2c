"""Fuzzing genuine bundles (bytes, members, names, sizes): nothing changed is accepted, no unhandled
exception, and a refused file leaves the office database as it was."""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifdesk.bundle import import_paths
from ifdesk.store import Workspace
from tests.bundle_kit import SIRETS, completed_diag, dump, export_one, members_of, new_pair, zip_raw


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    expert, office = new_pair(tmp)
    d = completed_diag(expert, SIRETS[0], seed=21)
    data = export_one(expert, d, tmp / "genuine.ifbundle").read_bytes()
    expert.close()
    office.close()
    pristine = tmp / "office"
    before = _dump_of(pristine, volatile={})
    accepted = _import(pristine, data)
    assert accepted[0] == "imported"
    return {"data": data, "pristine": pristine, "before": before, "after": accepted[2]}


def _dump_of(folder: Path, volatile=None) -> dict:
    ws = Workspace(folder)
    try:
        return dump(ws, volatile=volatile)
    finally:
        ws.close()


def _import(pristine: Path, data: bytes) -> tuple[str, str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "office"
        shutil.copytree(pristine, folder, ignore=shutil.ignore_patterns("ifdesk.lock"))
        f = Path(tmp) / "x.ifbundle"
        f.write_bytes(data)
        ws = Workspace(folder)
        try:
            [res] = import_paths(ws, [f])
            # accepted: the diagnostic as the office holds it must be identical; the transport bytes kept for
            # forwarding (forward_bundles, issue 13) are the file as received, which a mutation of unsigned ZIP
            # bytes changes without changing anything signed
            skip = ("import_journal",) if res.status == "rejected" else ("import_journal", "forward_bundles")
            return res.status, res.reason, dump(ws, skip=skip, volatile={} if res.status == "rejected" else None)
        finally:
            ws.close()


def _byte_mutation(data: bytes, draw) -> bytes:
    b = bytearray(data)
    for _i in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(b) - 1))
        b[pos] ^= draw(st.integers(1, 255))
    return bytes(b)


def _member_mutation(data: bytes, draw) -> bytes:
    members = members_of(data)
    kind = draw(st.sampled_from(["drop", "dup", "rename", "content", "grow", "shrink", "swap", "add"]))
    i = draw(st.integers(0, len(members) - 1))
    name, blob = members[i]
    if kind == "drop":
        del members[i]
    elif kind == "dup":
        members.append((name, blob))
    elif kind == "rename":
        members[i] = (draw(st.sampled_from([name.upper(), "../" + name, "/" + name, name + "x", "a\\" + name,
                                            name.replace("-", "_"), "manifest.json", "manifest.sig"])), blob)
    elif kind == "content":
        members[i] = (name, draw(st.binary(max_size=200)))
    elif kind == "grow":
        members[i] = (name, blob + draw(st.binary(min_size=1, max_size=20)))
    elif kind == "shrink":
        members[i] = (name, blob[: draw(st.integers(0, max(0, len(blob) - 1)))])
    elif kind == "swap":
        j = draw(st.integers(0, len(members) - 1))
        if j == i:
            members[i] = (name, blob[::-1])
        else:
            members[i], members[j] = (name, members[j][1]), (members[j][0], blob)
    else:
        members.append((draw(st.from_regex(r"[a-z0-9_-]{1,12}\.(json|sig)", fullmatch=True)), draw(st.binary(max_size=50))))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return zip_raw(members)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_bundles_are_refused_or_identical(genuine, data):
    how = data.draw(st.sampled_from(["bytes", "members", "truncate", "append"]))
    src = genuine["data"]
    if how == "bytes":
        mutated = _byte_mutation(src, data.draw)
    elif how == "members":
        mutated = _member_mutation(src, data.draw)
    elif how == "truncate":
        mutated = src[: data.draw(st.integers(0, len(src) - 1))]
    else:
        mutated = src + data.draw(st.binary(min_size=1, max_size=64))
    if mutated == src:
        return
    status, reason, after = _import(genuine["pristine"], mutated)
    if status == "rejected":
        assert reason and "\n" not in reason
        assert after == genuine["before"]
    else:
        # only bytes the signature does not cover changed (ZIP metadata): the content is exactly the genuine one
        assert status == "imported", (status, reason)
        assert after == genuine["after"]
