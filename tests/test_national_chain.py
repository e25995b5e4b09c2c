"""Issue 13, the whole chain through the command line: national register → office imports it → an expert's
bundle accepted without enrolment → office forward → national import → national stats equal the office's
for that region. Plus the forwarding and convergence rules on the same world."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ifdesk.store import Workspace
from tests.bundle_kit import PASS, SIRETS, completed_diag
from tests.conftest import run_cli

ENV = {"IFDESK_PASSPHRASE": PASS}


def _json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _out(proc):
    """`import --json` output whatever the exit code (1 when a file was rejected)."""
    return json.loads(proc.stdout)


def make_world(tmp: Path) -> dict:
    """national, office (region 84) and expert workspaces: the office and the expert enrolled the national card,
    the expert enrolled the office; the national referenced the expert and published register n° 1."""
    w = {"tmp": tmp, "nat": tmp / "national", "off": tmp / "office", "exp": tmp / "expert"}

    def cli(who):
        return lambda *a, **k: run_cli(*a, data_dir=w[who], env=ENV, **k)

    w["n"], w["o"], w["e"] = cli("nat"), cli("off"), cli("exp")
    for who, name, role in (("n", "Comité national IdF", "national"), ("o", "Bureau AURA", "office"),
                            ("e", "Claire Martin", "expert")):
        ident = _json(w[who]("identity", "init", "--name", name, "--org", "Org " + name, "--role", role, "--json"))
        w[who + "_id"] = ident
        card = tmp / f"{who}.card"
        assert w[who]("identity", "card", "-o", str(card)).returncode == 0
        w[who + "_card"] = card
    for who in ("o", "e"):
        _json(w[who]("trust", "add", str(w["n_card"]), "--fingerprint", w["n_id"]["fingerprint"], "--json"))
    _json(w["e"]("trust", "add", str(w["o_card"]), "--fingerprint", w["o_id"]["fingerprint"], "--json"))
    added = _json(w["n"]("register", "add", str(w["e_card"]), "--fingerprint", w["e_id"]["fingerprint"],
                         "--regions", "84", "--json"))
    assert added["result"] == "added" and added["status"] == "referenced"
    w["reg1"] = tmp / "register-1.ifbundle"
    assert _json(w["n"]("register", "publish", "-o", str(w["reg1"]), "--json"))["sequence"] == 1
    return w


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_world(tmp_path_factory.mktemp("national"))


def expert_bundles(w, n: int, tag: str) -> list[Path]:
    ws = Workspace(w["exp"])
    from ifdesk.core.company import new_company

    out = []
    try:
        for i in range(n):
            siret = SIRETS[i % len(SIRETS)]
            if not ws.companies.exists(siret):
                ws.companies.add(new_company(siret=siret, name=f"Entreprise {i}", region="84", naf="25.62B",
                                             headcount=30 + i, city="Lyon"))
            d = completed_diag(ws, siret, seed=i + 1)
            from ifdesk.bundle import export_diagnostics

            p = w["tmp"] / f"{tag}-{i}.ifbundle"
            export_diagnostics(ws, [d], p, PASS, encrypt=True, per_diagnostic=False)
            out.append(p)
    finally:
        ws.close()
    return out


def test_the_whole_chain(world):
    w = world
    n, o = w["n"], w["o"]
    # the office imports the register, then an expert it never enrolled
    first = _json(o("import", str(w["reg1"]), "--json"))
    assert first[0]["status"] == "imported"
    assert [(r["key_id"], r["status"]) for r in _json(o("register", "list", "--json"))] == \
        [(w["e_id"]["key_id"], "referenced")]
    assert _json(o("trust", "list", "--json")) and all(r["role"] == "national" for r in _json(o("trust", "list", "--json")))
    bundles = expert_bundles(w, 3, "chain")
    res = _json(o("import", *map(str, bundles), "--json"))
    assert [r["status"] for r in res] == ["imported"] * 3, res
    rows = _json(o("diag", "list", "--json"))
    assert {r["expert_name"] if "expert_name" in r else "Claire Martin" for r in rows} == {"Claire Martin"}
    ids = [r["diagnostics"][0]["id"] for r in res]
    assert o("review", ids[0], "--approve").returncode == 0
    assert o("review", ids[1], "--reject", "Hors programme").returncode == 0
    assert o("office", "cost", ids[0], "--days", "3", "--day-rate", "900", "--share", "50").returncode == 0
    assert o("office", "programme", "add", "--region", "84", "--name", "IdF AURA", "--budget", "300000",
             "--objective", "40", "--start", "2015-01-01", "--end", "2030-12-31",
             "--milestone", "2015-12-31=10", "--milestone", "2030-06-30=40").returncode == 0

    # forward: the experts' bundles byte for byte inside, encrypted to the national identity
    fwd = w["tmp"] / "forward-1"
    out = _json(o("office", "forward", "-o", str(fwd), "--json"))
    assert out["bundles"] == 3 and out["region"] == "84"
    files = sorted(fwd.glob("*.ifbundle"))
    assert len(files) == 4 and all(f.read_bytes().startswith(b"age-encryption.org/v1") for f in files)
    again = _json(o("office", "forward", "-o", str(w["tmp"] / "forward-2"), "--json"))
    assert again["bundles"] == 0  # nothing new since
    assert _json(o("office", "forward", "-o", str(w["tmp"] / "forward-3"), "--all", "--json"))["bundles"] == 3

    # the national level: enrol the office for its region, import in any order, twice
    _json(n("trust", "add", str(w["o_card"]), "--fingerprint", w["o_id"]["fingerprint"], "--region", "84", "--json"))
    res = _json(n("import", *map(str, reversed(files)), "--json"))
    assert sorted(r["status"] for r in res) == ["imported"] * 4, res
    res = _json(n("import", str(w["tmp"] / "forward-3"), "--json"))  # --all: the same bundles, newer programmes
    assert sorted(r["status"] for r in res) == ["imported"] + ["unchanged"] * 3, res
    res = _json(n("import", str(fwd), "--json"))
    assert sorted(r["status"] for r in res) == ["stale"] + ["unchanged"] * 3, res  # the older programmes: stale
    listed = _json(n("diag", "list", "--json"))
    assert sorted(r["id"] for r in listed) == sorted(ids)

    # national stats for region 84 equal the office's
    so = _json(o("stats", "--json"))
    sn = _json(n("stats", "--region", "84", "--json"))
    for key in ("companies", "diagnostics", "diagnosed", "objective", "budget_eur", "budget", "reviews", "actions",
                "followups", "themes", "maturity_levels"):
        assert sn[key] == so[key], key
    reg = lambda s: next(r for r in s["regions"] if r["code"] == "84")  # noqa: E731
    assert reg(sn) == reg(so)
    assert "national" in sn and "national" not in so
    assert {k: v for k, v in sn["reviews"]["by_state"].items() if v} == {"approved": 1, "rejected": 1, "to_review": 1}
    assert sn["budget"]["spent"] == 1350


def test_national_objectives_and_stats_shape(world):
    n = world["n"]
    assert n("national", "objective", "add", "--date", "2015-12-31", "--companies", "500").returncode == 0
    assert n("national", "objective", "add", "--date", "2016-12-31", "--companies", "2000").returncode == 0
    bad = n("national", "objective", "add", "--date", "2016-13-01", "--companies", "5")
    assert bad.returncode == 1 and bad.stderr.startswith("error: ")
    s = _json(n("stats", "--json"))
    assert [m["objective"] for m in s["national"]["milestones"]] == [500, 2000]
    assert s["national"]["offices"][0]["region"] == "84"


def test_a_dereferenced_expert_is_refused_from_its_date_and_data_stays_marked(world, tmp_path):
    w = world
    # keep the module's world intact: work on copies of the national and office workspaces
    nat, off = tmp_path / "nat", tmp_path / "off"
    shutil.copytree(w["nat"], nat, ignore=shutil.ignore_patterns("ifdesk.lock"))
    shutil.copytree(w["off"], off, ignore=shutil.ignore_patterns("ifdesk.lock"))
    n2 = lambda *a: run_cli(*a, data_dir=nat, env=ENV)  # noqa: E731
    o2 = lambda *a: run_cli(*a, data_dir=off, env=ENV)  # noqa: E731
    o2("import", str(w["reg1"]))
    before = _json(o2("diag", "list", "--json"))
    assert n2("register", "remove", w["e_id"]["key_id"], "--reason", "Fin de convention").returncode == 0
    reg2 = tmp_path / "register-2.ifbundle"
    assert _json(n2("register", "publish", "-o", str(reg2), "--json"))["sequence"] == 2
    assert _json(o2("import", str(reg2), "--json"))[0]["status"] == "imported"
    rows = _json(o2("register", "list", "--json"))
    assert rows[0]["status"] == "dereferenced" and rows[0]["reason"] == "Fin de convention" and rows[0]["until"]
    later = expert_bundles(w, 1, "late")
    res = _out(o2("import", str(later[0]), "--json"))
    assert res[0]["status"] == "rejected" and "dé-référencé" in res[0]["reason"]
    assert len(_json(o2("diag", "list", "--json"))) == len(before)  # data kept
    ws = Workspace(off)
    try:
        assert ws.db.execute("SELECT count(*) FROM received_revisions WHERE signer_revoked = 1").fetchone()[0] == len(before)
    finally:
        ws.close()
    # an older register is stale, nothing changes
    stale = _out(o2("import", str(w["reg1"]), "--json"))
    assert stale[0]["status"] == "stale"
    assert _json(o2("register", "list", "--json"))[0]["status"] == "dereferenced"


def test_demo_in_a_national_workspace(tmp_path):
    d = tmp_path / "nat-demo"
    run = lambda *a: run_cli(*a, data_dir=d, env=ENV)  # noqa: E731
    _json(run("identity", "init", "--name", "Comité", "--org", "Alliance", "--role", "national", "--json"))
    rep = _json(run("demo", "--companies", "300", "--json"))
    assert rep["diagnostics"] > 100 and set(rep["by_status"]) == {"exported"}
    reg = _json(run("register", "list", "--json"))
    assert len(reg) > 100 and {"referenced", "dereferenced"} >= {r["status"] for r in reg}
    experts = {r["key_id"] for r in reg}
    assert {r["expert_key_id"] for r in _json(run("diag", "list", "--json"))} <= experts
    s = _json(run("stats", "--json"))
    assert len(s["national"]["offices"]) == 18 and s["national"]["milestones"]
    assert len([r for r in s["regions"] if r["diagnosed"]]) > 10
    assert _json(run("check", "--json"))["ok"]
