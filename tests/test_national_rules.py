"""Issue 13, bad input at the national level and for the register, each through `ifdesk import`: one-line
reason, and the receiving database unchanged by a refusal."""

from __future__ import annotations

import json
import shutil

import pyrage
import pytest

from ifdesk.bundle.register import build_signed
from ifdesk.store import Workspace
from tests.bundle_kit import dump, members_of, opened_key, resign, zip_raw
from tests.conftest import run_cli
from tests.test_national_chain import ENV, _json, _out, expert_bundles, make_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rules")
    w = make_world(tmp)
    # a second office, for Île-de-France (11), enrolled at the national level for its region
    w["off2"] = tmp / "office2"
    w["o2"] = lambda *a, **k: run_cli(*a, data_dir=w["off2"], env=ENV, **k)
    w["o2_id"] = _json(w["o2"]("identity", "init", "--name", "Bureau IdF", "--org", "Région IdF", "--role", "office", "--json"))
    w["o2_card"] = tmp / "o2.card"
    w["o2"]("identity", "card", "-o", str(w["o2_card"]))
    _json(w["o2"]("trust", "add", str(w["n_card"]), "--fingerprint", w["n_id"]["fingerprint"], "--json"))
    for who, region in (("o", "84"), ("o2", "11")):
        _json(w["n"]("trust", "add", str(w[who + "_card"]), "--fingerprint", w[who + "_id"]["fingerprint"],
                     "--region", region, "--json"))
        _json(w[who]("import", str(w["reg1"]), "--json"))
    # the expert sent the same diagnostic to both offices (company in region 84)
    bundle = expert_bundles(w, 1, "both")[0]
    w["both"] = bundle
    assert w["e"]("trust", "add", str(w["o2_card"]), "--fingerprint", w["o2_id"]["fingerprint"]).returncode == 0
    # re-encrypt the same signed content for office 2 (the expert's signed ZIP is the same bytes)
    return w


def national_copy(w, tmp_path):
    dest = tmp_path / "nat"
    shutil.copytree(w["nat"], dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
    return dest, (lambda *a: run_cli(*a, data_dir=dest, env=ENV))


def snapshot(folder) -> dict:
    ws = Workspace(folder)
    try:
        return dump(ws)
    finally:
        ws.close()


def refused(proc, words: str):
    res = _out(proc)
    assert proc.returncode == 1 and res[0]["status"] == "rejected", res
    assert words in res[0]["reason"] and "\n" not in res[0]["reason"], res[0]["reason"]


def signed_by(folder, kind: str, member: str, payload: dict, encrypt_to: str | None = None) -> bytes:
    ws = Workspace(folder)
    try:
        me = ws.identity()
        me = {**me, "public_key": me["public_key"]}
        data, _b, _c = build_signed(kind, me, opened_key(ws), [(member, json.dumps(payload).encode())])
    finally:
        ws.close()
    if encrypt_to:
        data = pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(encrypt_to)])
    return data


def national_recipient(w) -> str:
    return json.loads(w["n_card"].read_text())["age_recipient"]


def office_copy(w, tmp_path):
    dest = tmp_path / "off"
    shutil.copytree(w["off"], dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
    return dest, (lambda *a: run_cli(*a, data_dir=dest, env=ENV))


# ---- the register -------------------------------------------------------------------------------------------

def test_a_register_signed_by_a_key_that_is_not_the_enrolled_national_identity(world, tmp_path):
    off, o = office_copy(world, tmp_path)
    before = snapshot(off)
    payload = {"format": "ifdesk-register", "format_version": 1, "sequence": 99, "entries": []}
    # signed by the office 2 key, unknown here, then by the expert (referenced, but an expert)
    forged = tmp_path / "forged.ifbundle"
    forged.write_bytes(signed_by(world["off2"], "register", "register.json", payload))
    refused(o("import", str(forged), "--json"), "signataire inconnu")
    forged.write_bytes(signed_by(world["exp"], "register", "register.json", payload))
    refused(o("import", str(forged), "--json"), "seule l'identité nationale enrôlée")
    assert snapshot(off) == before


def test_a_register_holding_a_card_whose_self_signature_fails_is_refused_whole(world, tmp_path):
    off, o = office_copy(world, tmp_path)
    n_dir, n = national_copy(world, tmp_path)
    before = snapshot(off)
    members = members_of(world["reg1"].read_bytes())
    d = dict(members)
    payload = json.loads(d["register.json"])
    payload["sequence"] = 5
    payload["entries"][0]["card"]["name"] = "Mallory Usurpateur"
    d["register.json"] = json.dumps(payload).encode()
    ws = Workspace(n_dir)
    try:
        data = zip_raw(resign([(k, d[k]) for k, _v in members], ws))
    finally:
        ws.close()
    bad = tmp_path / "register-bad.ifbundle"
    bad.write_bytes(data)
    refused(o("import", str(bad), "--json"), "registre refusé en entier")
    assert snapshot(off) == before


def test_register_commands_check_their_input(world, tmp_path):
    n_dir, n = national_copy(world, tmp_path)
    wrong = n("register", "add", str(world["e_card"]), "--fingerprint", "0000 1111")
    assert wrong.returncode == 1 and "Empreinte différente" in wrong.stderr
    # as `trust add` (issue 16 finding 8): the differing groups are named, never the card's fingerprint to paste
    fp = world["e_id"]["fingerprint"]
    assert fp not in wrong.stderr and fp.replace(" ", "") not in wrong.stderr and "groupe(s)" in wrong.stderr
    office_card = n("register", "add", str(world["o_card"]), "--fingerprint", world["o_id"]["fingerprint"])
    assert office_card.returncode == 1 and "que des experts" in office_card.stderr
    no_reason = n("register", "remove", world["e_id"]["key_id"], "--reason", "  ")
    assert no_reason.returncode == 1
    unknown = n("register", "remove", "0123456789abcdef", "--reason", "x")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    not_national = world["o"]("register", "add", str(world["e_card"]), "--fingerprint", world["e_id"]["fingerprint"])
    assert not_national.returncode == 1 and "identité nationale" in not_national.stderr
    rows = _json(n("register", "list", "--json"))
    assert set(rows[0]) >= {"key_id", "name", "org", "status", "since", "until", "reason"}


# ---- programmes bundles ----------------------------------------------------------------------------------

def _programmes(region: str, prog_region: str | None = None) -> dict:
    return {"format": "ifdesk-programmes", "format_version": 1, "region": region, "reviews": [], "costs": [],
            "programmes": [{"region": prog_region or region, "name": "P", "budget_eur": 1000.0, "objective_companies": 5,
                            "start": "2015-01-01", "end": "2016-12-31", "milestones": []}]}


def test_programmes_for_another_region_or_from_a_non_office_key(world, tmp_path):
    n_dir, n = national_copy(world, tmp_path)
    before = snapshot(n_dir)
    rec = national_recipient(world)
    f = tmp_path / "p.ifbundle"
    f.write_bytes(signed_by(world["off"], "programmes", "programmes.json", _programmes("11"), rec))
    refused(n("import", str(f), "--json"), "enrôlé pour la région 84")
    f.write_bytes(signed_by(world["off"], "programmes", "programmes.json", _programmes("84", "11"), rec))
    refused(n("import", str(f), "--json"), "enrôlé pour la région 84")
    f.write_bytes(signed_by(world["exp"], "programmes", "programmes.json", _programmes("84"), rec))
    refused(n("import", str(f), "--json"), "seul un bureau régional")
    # the office forward command refuses nothing here: its region is checked at the national level
    fwd = tmp_path / "fwd"
    o2copy = tmp_path / "o2"
    shutil.copytree(world["off2"], o2copy, ignore=shutil.ignore_patterns("ifdesk.lock"))
    assert run_cli("office", "forward", "-o", str(fwd), "--region", "84", data_dir=o2copy, env=ENV).returncode == 0
    res = _out(n("import", str(fwd), "--json"))
    assert [r["status"] for r in res] == ["rejected"] and "enrôlé pour la région 11" in res[0]["reason"]
    assert snapshot(n_dir) == before


# ---- forwarded expert bundles -----------------------------------------------------------------------------

def test_forwarded_bundle_with_a_bad_inner_signature_or_an_unknown_expert(world, tmp_path):
    n_dir, n = national_copy(world, tmp_path)
    before = snapshot(n_dir)
    rec = national_recipient(world)
    exp = tmp_path / "exp"
    shutil.copytree(world["exp"], exp, ignore=shutil.ignore_patterns("ifdesk.lock"))
    ws = Workspace(exp)
    try:
        from ifdesk.bundle import export_diagnostics
        from tests.bundle_kit import completed_diag

        d = completed_diag(ws, ws.db.execute("SELECT siret FROM companies LIMIT 1").fetchone()[0], seed=77)
        inner = tmp_path / "inner.ifbundle"
        export_diagnostics(ws, [d], inner, opened_key(ws), encrypt=False, per_diagnostic=False)
    finally:
        ws.close()
    members = dict(members_of(inner.read_bytes()))
    sig = bytearray(members["manifest.sig"])
    sig[5] = ord("A") if sig[5] != ord("A") else ord("B")
    members["manifest.sig"] = bytes(sig)
    bad = tmp_path / "fwd-bad.ifbundle"
    bad.write_bytes(pyrage.encrypt(zip_raw(list(members.items())), [pyrage.x25519.Recipient.from_str(rec)]))
    refused(n("import", str(bad), "--json"), "signature")
    # an expert never referenced nor enrolled
    stranger = tmp_path / "stranger"
    _json(run_cli("identity", "init", "--name", "Inconnu", "--org", "X", "--json", data_dir=stranger, env=ENV))
    ws = Workspace(stranger)
    try:
        from ifdesk.bundle import export_diagnostics
        from ifdesk.core.company import new_company
        from tests.bundle_kit import SIRETS, completed_diag

        ws.companies.add(new_company(siret=SIRETS[0], name="X", region="84", naf="25.62B", headcount=20))
        d = completed_diag(ws, SIRETS[0], seed=3)
        p = tmp_path / "stranger.ifbundle"
        export_diagnostics(ws, [d], p, opened_key(ws), encrypt=False, per_diagnostic=False)
    finally:
        ws.close()
    enc = tmp_path / "fwd-stranger.ifbundle"
    enc.write_bytes(pyrage.encrypt(p.read_bytes(), [pyrage.x25519.Recipient.from_str(rec)]))
    refused(n("import", str(enc), "--json"), "signataire inconnu")
    assert snapshot(n_dir) == before


def test_the_same_diagnostic_forwarded_by_two_offices_counts_once_with_its_region_office_review(world, tmp_path):
    w = world
    n_dir, n = national_copy(w, tmp_path)
    # each office receives the same signed bundle (encrypted to it), reviews it differently, and forwards
    inner = w["tmp"] / "both-inner.ifbundle"
    ws = Workspace(w["exp"])
    try:
        from ifdesk.bundle import export_diagnostics

        ids = [r["id"] for r in ws.diagnostics.list() if r["status"] == "exported"]
        export_diagnostics(ws, ids[-1:], inner, opened_key(ws), encrypt=False, per_diagnostic=False)
    finally:
        ws.close()
    diag = ids[-1]
    folders = []
    for who, verdict in (("o", ["--approve"]), ("o2", ["--reject", "Pas notre région"])):
        dest = tmp_path / who
        shutil.copytree(w["off" if who == "o" else "off2"], dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
        run = lambda *a, dest=dest: run_cli(*a, data_dir=dest, env=ENV)  # noqa: E731
        assert _json(run("import", str(inner), "--json"))[0]["status"] in ("imported", "unchanged")
        assert run("review", diag, *verdict).returncode == 0
        region = "84" if who == "o" else "11"
        out = tmp_path / f"fwd-{who}"
        assert run("office", "forward", "-o", str(out), "--all", "--region", region).returncode == 0
        folders.append(out)
    for order in (folders, folders[::-1]):
        for f in order:
            res = _json(n("import", str(f), "--json"))
            assert all(r["status"] != "rejected" for r in res), res
    listed = [r for r in _json(n("diag", "list", "--json")) if r["id"] == diag]
    assert len(listed) == 1
    s = _json(n("stats", "--region", "84", "--json"))
    assert s["reviews"]["by_state"]["approved"] >= 1 and s["reviews"]["by_state"]["rejected"] == 0


# ---- référentiels from the national identity --------------------------------------------------------------

def test_a_referentiel_signed_by_the_national_identity_is_accepted_by_offices_and_experts(world, tmp_path):
    from tests.test_distribution import ref_version

    n_dir, n = national_copy(world, tmp_path)
    off, o = office_copy(world, tmp_path)
    exp = tmp_path / "exp"
    shutil.copytree(world["exp"], exp, ignore=shutil.ignore_patterns("ifdesk.lock"))
    e = lambda *a: run_cli(*a, data_dir=exp, env=ENV)  # noqa: E731
    newer = ref_version(tmp_path, "2099.1")
    dist = tmp_path / "ref-national.ifbundle"
    assert n("distribute", "--referentiel", str(newer), "-o", str(dist)).returncode == 0
    for run in (o, e):
        res = _json(run("import", str(dist), "--json"))
        assert res[0]["status"] == "imported", res
        assert _json(run("referentiel", "show", "--json"))["version"] == "2099.1"
    # the national identity distributes référentiels only
    assign = n("distribute", "--assign", "73282932000074=" + world["e_id"]["key_id"], "-o", str(tmp_path / "x.ifbundle"))
    assert assign.returncode == 1 and assign.stderr.startswith("error: ")
