"""Distribution bundles (office → experts): `ifdesk distribute`, then `ifdesk import` on the expert's side.

CLI tests run the program in subprocesses on two data folders (office, expert) that enrolled each other's
card; API tests build hostile or out-of-order distributions and compare whole-database dumps.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from ifdesk.bundle import DistributionError, import_paths, make_distribution, trust_add, trust_revoke
from ifdesk.bundle.identity import card, describe
from ifdesk.core.company import new_company
from ifdesk.core.errors import IfdeskError
from ifdesk.core.referentiel import ReferentielInvalid, load_file
from ifdesk.store import Workspace
from tests.conftest import DEFAULT_REF, run_cli
from tests.bundle_kit import (PASS, SIRETS, dump, journal_count, lone_identity, members_of, new_pair, opened_key, resign,
                              zip_raw)

ENV = {"IFDESK_PASSPHRASE": PASS}
NEW_SIRET = "40483304800022"  # a company the expert does not know yet
OTHER_SIRET = "31337890300006"  # assigned to the colleague


def ref_version(tmp: Path, version: str) -> Path:
    """The shipped référentiel under another version number (a new version as an office would publish it)."""
    data = yaml.safe_load(DEFAULT_REF.read_text("utf-8"))
    data["version"] = version
    data["title"] = f"{data['title']} — version {version}"
    path = tmp / f"if-pme-{version}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def _json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def world(tmp_path):
    """(expert, office, colleague) workspaces: the office enrolled both experts, the expert enrolled the office.
    The office knows NEW_SIRET, OTHER_SIRET and SIRETS[0] (under its official name); the expert knows SIRETS."""
    expert, office = new_pair(tmp_path)
    colleague = lone_identity(tmp_path / "colleague", "Marc Collègue", "Cabinet B")
    trust_add(office, card(colleague), confirmed=True)
    office.companies.add(new_company(siret=NEW_SIRET, name="Fonderie du Rhône", region="84", naf="24.51Z",
                                     headcount=120, turnover_eur=18_000_000, city="Vienne"))
    office.companies.add(new_company(siret=OTHER_SIRET, name="Plasturgie de l'Ain", region="84", headcount=60))
    office.companies.add(new_company(siret=SIRETS[0], name="Mécanique Officielle SAS", region="84", naf="25.62A",
                                     headcount=999, city="Villeurbanne"))
    w = {"tmp": tmp_path, "expert": expert, "office": office, "colleague": colleague,
         "ekey": expert.identity()["key_id"], "ckey": colleague.identity()["key_id"]}
    yield w
    for ws in (expert, office, colleague):
        ws.close()


def fresh_expert(world) -> Workspace:
    """A copy of the expert's workspace as the fixture made it (before any import)."""
    import shutil

    n = world.setdefault("copies", 0) + 1
    world["copies"] = n
    dest = world["tmp"] / f"expert-copy-{n}"
    from tests.bundle_kit import _CACHE

    shutil.copytree(_CACHE["expert"], dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
    ws = Workspace(dest)
    trust_add(ws, card(world["office"]), confirmed=True)
    return ws


def same_state(a: Workspace, b: Workspace) -> bool:
    """Companies, référentiels, settings and received company records equal (bookkeeping times aside)."""
    tables = ("companies", "referentiels", "settings", "distribution_companies")
    skip = ("import_journal",) + tuple(t for t in dump(a) if t not in tables)
    volatile = {"referentiels": {"added_at"}, "companies": {"created_at", "updated_at"},
                "distribution_companies": {"written_updated_at"}}
    da, db = dump(a, skip, volatile), dump(b, skip, volatile)
    assert set(da) == set(tables)
    return da == db


def company(ws, siret: str) -> dict:
    return next(iter(ws.db.query("SELECT * FROM companies WHERE siret = ?", [siret])), None)


# ---- through the CLI, as users run it ------------------------------------------------------------------

def test_expert_imports_a_distribution_through_the_cli(world):
    tmp, ekey, ckey = world["tmp"], world["ekey"], world["ckey"]
    for k in ("expert", "office", "colleague"):
        world[k].close()
    exp, off = tmp / "expert", tmp / "office"

    def e(*a):
        return run_cli(*a, data_dir=exp, env=ENV)

    def o(*a):
        return run_cli(*a, data_dir=off, env=ENV)

    # a diagnostic started before the distribution pins the shipped référentiel
    old = _json(e("diag", "new", "--siret", SIRETS[1], "--json"))
    v1 = old["referentiel"]
    assert v1["version"] == "2027.1"  # the newest shipped version
    r2 = ref_version(tmp, "2026.2")
    out = tmp / "distribution.ifbundle"
    made = _json(o("distribute", "--referentiel", str(r2), "--assign", f"{NEW_SIRET}={ekey}",
                   "--assign", f"{OTHER_SIRET}={ckey.upper()}", "-o", str(out), "--json"))
    assert made["path"] == str(out) and out.exists()
    assert [(r["id"], r["version"]) for r in made["referentiels"]] == [("if-pme", "2026.2")]
    v2_sha = made["referentiels"][0]["sha256"]
    assert made["default_referentiel"] == v2_sha == load_file(r2).sha256
    assert {(a["siret"], a["assigned_to"]) for a in made["assignments"]} == {(NEW_SIRET, ekey), (OTHER_SIRET, ckey)}
    # the office's own list shows who has which company
    office_list = {c["siret"]: c for c in _json(o("company", "list", "--json"))}
    assert office_list[NEW_SIRET]["assigned_to"] == ekey and office_list[OTHER_SIRET]["assigned_to"] == ckey

    [res] = _json(e("import", str(out), "--json"))
    assert res["status"] == "imported", res
    assert "if-pme 2026.2" in res["reason"] and "1 entreprise(s)" in res["reason"]
    statuses = {d["id"]: d["status"] for d in res["diagnostics"]}
    assert statuses == {"referentiel:if-pme@2026.2": "imported", "default-referentiel:if-pme@2026.2": "imported",
                        f"company:{NEW_SIRET}": "imported"}
    listed = {c["siret"]: c for c in _json(e("company", "list", "--json"))}
    assert listed[NEW_SIRET]["assigned_to"] == ekey
    assert listed[NEW_SIRET]["name"] == "Fonderie du Rhône" and listed[NEW_SIRET]["headcount"] == 120
    assert listed[NEW_SIRET]["size_class"] == "PME" and listed[NEW_SIRET]["region"] == "84"
    assert OTHER_SIRET not in listed  # the colleague's company stays with the colleague
    assert all(c["assigned_to"] is None for s, c in listed.items() if s != NEW_SIRET)
    refs = {r["version"]: r for r in _json(e("referentiel", "list", "--json"))}
    assert refs["2026.2"]["current"] and not refs["2027.1"]["current"] and refs["2026.2"]["source"] == "distribution"

    # a new diagnostic takes the distributed version; the earlier one keeps the version it pinned
    new = _json(e("diag", "new", "--siret", NEW_SIRET, "--json"))
    assert new["referentiel"] == {"id": "if-pme", "version": "2026.2", "sha256": v2_sha}
    assert _json(e("diag", "show", new["id"], "--json"))["referentiel"]["sha256"] == v2_sha
    assert _json(e("diag", "show", old["id"], "--json"))["referentiel"] == v1

    # re-import: unchanged, exit 0; the journal has both
    [again] = _json(e("import", str(out), "--json"))
    assert again["status"] == "unchanged" and {d["status"] for d in again["diagnostics"]} == {"unchanged"}
    journal = _json(e("journal", "--json"))
    assert [j["outcome"] for j in journal[:2]] == ["unchanged", "imported"]
    assert journal[0]["signer_name"] == "Bureau régional AURA" and journal[0]["bundle_sha256"] == res["sha256"]
    human = e("import", str(out))
    assert human.returncode == 0 and "inchangé" in human.stdout
    assert e("check").returncode == 0 and o("check").returncode == 0  # integrity, foreign keys, stored hashes


def test_an_expert_cannot_distribute(world):
    tmp, ekey = world["tmp"], world["ekey"]
    world["expert"].close()
    out = tmp / "x.ifbundle"
    proc = run_cli("distribute", "--assign", f"{SIRETS[0]}={ekey}", "-o", str(out), data_dir=tmp / "expert", env=ENV)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ")
    assert "bureau régional" in proc.stderr and "expert" in proc.stderr
    assert not out.exists()
    with pytest.raises(DistributionError, match="bureau régional"):
        make_distribution(world["colleague"], out, PASS, [ref_version(tmp, "2026.2")])
    assert not out.exists()


def test_bad_inputs_are_refused_and_nothing_is_written(world):
    tmp, ekey, ckey, office = world["tmp"], world["ekey"], world["ckey"], world["office"]
    trust_revoke(office, ckey)
    before = dump(office, volatile={})
    office.close()
    world["colleague"].close()
    off = tmp / "office"
    out = tmp / "d.ifbundle"
    broken = tmp / "broken.yaml"
    data = yaml.safe_load(DEFAULT_REF.read_text("utf-8"))
    data["version"] = "2026.3"
    data["themes"][0]["weight"] = -1
    data["themes"][1]["criteria"][0]["id"] = data["themes"][0]["criteria"][0]["id"]
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    problems = len(pytest.raises(ReferentielInvalid, load_file, broken).value.problems)
    assert problems >= 2
    clash = ref_version(tmp, "2026.1")  # same id and version as the shipped one, other content (title)
    cases = [
        (["--assign", f"{NEW_SIRET}"], "SIRET=CLÉ"),
        (["--assign", f"12345678901234={ekey}"], "SIRET"),  # fails the Luhn check
        (["--assign", f"{SIRETS[3]}={ekey}"], "inconnue"),  # a company the office does not have
        (["--assign", f"{NEW_SIRET}=0123456789abcdef"], "magasin de confiance"),
        (["--assign", f"{NEW_SIRET}={ckey}"], "expert actif"),  # revoked
        (["--assign", f"{NEW_SIRET}={ekey}", "--assign", f"{NEW_SIRET}={ckey}"], "deux experts"),
        (["--referentiel", str(broken)], "broken.yaml"),
        (["--referentiel", str(tmp / "missing.yaml")], "missing.yaml"),
        (["--referentiel", str(clash)], "autre contenu"),
        ([], "Rien à distribuer"),
    ]
    for args, fragment in cases:
        proc = run_cli("distribute", *args, "-o", str(out), data_dir=off, env=ENV)
        assert proc.returncode == 1, (args, proc.stderr)
        assert proc.stderr.startswith("error: ") and fragment in proc.stderr, (args, proc.stderr)
        assert not out.exists(), args
    proc = run_cli("distribute", "--referentiel", str(broken), "-o", str(out), data_dir=off, env=ENV)
    assert len([ln for ln in proc.stderr.splitlines() if ln.startswith("error: ")]) == problems  # every problem listed
    # two bad assignments: both named
    proc = run_cli("distribute", "--assign", f"{SIRETS[3]}={ekey}", "--assign", f"{NEW_SIRET}=0123456789abcdef",
                   "-o", str(out), data_dir=off, env=ENV)
    assert proc.returncode == 1 and "inconnue" in proc.stderr and "magasin de confiance" in proc.stderr
    wrong = run_cli("distribute", "--assign", f"{NEW_SIRET}={ekey}", "-o", str(out), data_dir=off,
                    env={"IFDESK_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 1 and "Phrase secrète incorrecte" in wrong.stderr and not out.exists()
    ws = Workspace(off)
    assert dump(ws, volatile={}) == before
    ws.close()


# ---- import rules, through the API ---------------------------------------------------------------------

def _import(ws, path) -> tuple[str, str, dict]:
    [r] = import_paths(ws, [path])
    return r.status, r.reason, {d["id"]: d["status"] for d in r.diagnostics}


def _refuse(ws, data: bytes, path: Path, *fragments: str) -> str:
    path.write_bytes(data)
    before, n = dump(ws, volatile={}), journal_count(ws)
    [r] = import_paths(ws, [path])
    assert r.status == "rejected", (r.status, r.reason)
    assert r.reason and "\n" not in r.reason
    for f in fragments:
        assert f.lower() in r.reason.lower(), r.reason
    assert dump(ws, volatile={}) == before
    assert journal_count(ws) == n + 1
    return r.reason


def test_distribution_not_signed_by_the_enrolled_office_is_refused(world, tmp_path):
    tmp, expert, office, colleague = world["tmp"], world["expert"], world["office"], world["colleague"]
    r2 = ref_version(tmp, "2026.2")
    genuine = make_distribution(office, tmp / "genuine.ifbundle", opened_key(office), [r2], {NEW_SIRET: world["ekey"]})
    genuine_bytes = Path(genuine.path).read_bytes()
    # another office, never enrolled by the expert
    rogue = lone_identity(tmp / "rogue", "Faux bureau", "Ailleurs", role="office")
    trust_add(rogue, card(expert), confirmed=True)
    rogue.companies.add(new_company(siret=NEW_SIRET, name="Fonderie piégée", region="84"))
    forged = make_distribution(rogue, tmp / "rogue.ifbundle", opened_key(rogue), [r2], {NEW_SIRET: world["ekey"]})
    _refuse(expert, Path(forged.path).read_bytes(), tmp / "r1.ifbundle", "signataire inconnu")
    # an office workspace that enrolled the genuine office does not take its distributions either
    trust_add(rogue, card(office), confirmed=True)
    _refuse(rogue, genuine_bytes, tmp / "r0.ifbundle", "s'adresse aux experts")
    rogue.close()
    # an enrolled expert signing a distribution (made by hand: `distribute` refuses an expert)
    trust_add(expert, card(colleague), confirmed=True)
    members = members_of(genuine_bytes)
    man = json.loads(dict(members)["manifest.json"])
    man["signer"] = {k: describe(colleague)[k] for k in ("key_id", "name", "org", "role", "public_key")}
    members = [(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in members]
    _refuse(expert, zip_raw(resign(members, colleague)), tmp / "r2.ifbundle", "seul un bureau régional")
    # the genuine bundle with its payload changed (an assignment redirected) and not re-signed
    members = members_of(genuine_bytes)
    members = [(n, b.replace(world["ekey"].encode(), world["ckey"].encode()) if n == "distribution.json" else b)
               for n, b in members]
    _refuse(expert, zip_raw(members), tmp / "r3.ifbundle", "distribution.json")
    # the office's key revoked by the expert: its distributions are refused
    trust_revoke(expert, describe(office)["key_id"])
    _refuse(expert, genuine_bytes, tmp / "r4.ifbundle", "révoqué")
    assert company(expert, NEW_SIRET) is None
    assert "2026.2" not in {r["version"] for r in expert.referentiels.list()}


def _edited(office, genuine_bytes: bytes, edit_payload=None, edit_manifest=None) -> bytes:
    """The genuine distribution changed by the office itself and signed again (schema and rule checks)."""
    members = members_of(genuine_bytes)
    out = []
    for n, b in members:
        if n == "distribution.json" and edit_payload:
            obj = json.loads(b)
            edit_payload(obj)
            b = json.dumps(obj).encode()
        out.append((n, b))
    out = resign(out, office)
    if edit_manifest:
        man = json.loads(dict(out)["manifest.json"])
        edit_manifest(man)
        out = resign([(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in out], office, fix_files=False)
    return zip_raw(out)


def test_signed_but_invalid_distributions_are_refused(world):
    tmp, expert, office, ekey = world["tmp"], world["expert"], world["office"], world["ekey"]
    g = Path(make_distribution(office, tmp / "g.ifbundle", opened_key(office), [ref_version(tmp, "2026.2")],
                               {NEW_SIRET: ekey}).path).read_bytes()

    def dup(obj):
        obj["assignments"].append(dict(obj["assignments"][0]))

    def bad_siret(obj):
        obj["assignments"][0]["siret"] = "40483304800023"

    def bad_key(obj):
        obj["assignments"][0]["assigned_to"] = "not a key"

    def unknown_field(obj):
        obj["assignments"][0]["secret"] = 1

    def bad_region(obj):
        obj["assignments"][0]["region"] = "99"

    def other_default(obj):
        obj["default_referentiel"] = "0" * 64

    cases = [(dup, None, "deux fois"), (bad_siret, None, "distribution.json"), (bad_key, None, "assigned_to"),
             (unknown_field, None, "secret"), (bad_region, None, "distribution.json"),
             (other_default, None, "par défaut"),
             (None, lambda m: m.update(created_at="hier"), "date de création"),
             (None, lambda m: m["referentiels"][0].update(path=None), "porte le contenu"),
             (None, lambda m: m["referentiels"][0].update(version="2027.1"), "identité déclarée")]
    for i, (edit_payload, edit_manifest, fragment) in enumerate(cases):
        _refuse(expert, _edited(office, g, edit_payload, edit_manifest), tmp / f"bad{i}.ifbundle", fragment)
    # two contents under one id + version
    twin = ref_version(tmp, "2026.2")
    data = yaml.safe_load(twin.read_text("utf-8"))
    data["title"] = "Autre contenu, même version"
    twin.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    other = load_file(twin)
    members = members_of(g) + [(f"referentiel-{other.sha256}.json", other.canonical_json())]
    man = json.loads(dict(members)["manifest.json"])
    man["referentiels"].append({"id": other.id, "version": other.version, "sha256": other.sha256,
                                "path": f"referentiel-{other.sha256}.json"})
    members = resign([(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in members], office)
    _refuse(expert, zip_raw(members), tmp / "twin.ifbundle", "porté deux fois")
    # a member with no role, and an empty distribution
    members = resign(members_of(g) + [("notes.json", b"{}")], office)
    _refuse(expert, zip_raw(members), tmp / "extra.ifbundle", "notes.json")
    members = [(n, b) for n, b in members_of(g) if not n.startswith("referentiel-")]
    members = [(n, json.dumps({"format": "ifdesk-distribution", "format_version": 1, "default_referentiel": None,
                               "assignments": []}).encode() if n == "distribution.json" else b) for n, b in members]
    man = json.loads(dict(members)["manifest.json"])
    man["referentiels"] = []
    members = resign([(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in members], office)
    _refuse(expert, zip_raw(members), tmp / "empty.ifbundle", "vide")


def test_older_distribution_is_stale_and_order_does_not_matter(world):
    tmp, expert, office, ekey = world["tmp"], world["expert"], world["office"], world["ekey"]
    r2, r3 = ref_version(tmp, "2026.2"), ref_version(tmp, "2026.3")
    d1 = make_distribution(office, tmp / "d1.ifbundle", opened_key(office), [r2], {NEW_SIRET: ekey, SIRETS[0]: ekey})
    office.db.execute("UPDATE companies SET headcount = 130, updated_at = '2030-01-01T00:00:00.000000Z' "
                      "WHERE siret = ?", (NEW_SIRET,))
    d2 = make_distribution(office, tmp / "d2.ifbundle", opened_key(office), [r3], {NEW_SIRET: ekey})
    assert d1.created_at < d2.created_at
    status, reason, items = _import(expert, d2.path)
    assert status == "imported"
    status, reason, items = _import(expert, d1.path)
    assert status == "stale" and "plus ancienne" in reason
    assert items == {"referentiel:if-pme@2026.2": "imported", "default-referentiel:if-pme@2026.2": "stale",
                     f"company:{NEW_SIRET}": "stale", f"company:{SIRETS[0]}": "imported"}
    assert expert.referentiels.current().version == "2026.3"  # no rollback of the default
    assert company(expert, NEW_SIRET)["headcount"] == 130  # the newer record stays
    assert company(expert, SIRETS[0])["assigned_to"] == ekey  # only d1 assigned it: applied
    assert _import(expert, d1.path)[0] == "stale"  # replay of the stale one: still stale, nothing changes
    # the other order converges to the same state
    other = fresh_expert(world)
    assert [_import(other, p)[0] for p in (d1.path, d2.path, d2.path)] == ["imported", "imported", "unchanged"]
    assert same_state(other, expert)
    other.close()


def test_a_newer_companies_only_distribution_does_not_make_an_older_default_stale(world):
    tmp, expert, office, ekey = world["tmp"], world["expert"], world["office"], world["ekey"]
    d1 = make_distribution(office, tmp / "d1.ifbundle", opened_key(office), [ref_version(tmp, "2026.2")])
    d2 = make_distribution(office, tmp / "d2.ifbundle", opened_key(office), [], {NEW_SIRET: ekey})
    assert _import(expert, d2.path)[0] == "imported"
    status, _reason, items = _import(expert, d1.path)
    assert status == "imported" and items["default-referentiel:if-pme@2026.2"] == "imported"
    assert expert.referentiels.current().version == "2026.2"


def test_any_order_and_repetition_converge(world):
    """Three distributions mixing référentiels, assignments to us and to a colleague, and a changed office record:
    every arrival order (with replays) leaves the same companies, référentiels and default."""
    import itertools

    tmp, office, ekey, ckey = world["tmp"], world["office"], world["ekey"], world["ckey"]
    office.companies.add(new_company(siret=SIRETS[1], name="Tôlerie Officielle", region="84", headcount=35))
    d1 = make_distribution(office, tmp / "d1.ifbundle", opened_key(office), [ref_version(tmp, "2026.2")],
                           {NEW_SIRET: ekey, SIRETS[0]: ekey})
    office.db.execute("UPDATE companies SET headcount = 130, city = 'Givors', updated_at = '2030-01-01T00:00:00.000000Z' "
                      "WHERE siret = ?", (NEW_SIRET,))
    d2 = make_distribution(office, tmp / "d2.ifbundle", opened_key(office), [], {NEW_SIRET: ckey, OTHER_SIRET: ekey})
    office.db.execute("UPDATE companies SET city = NULL, updated_at = '2030-02-01T00:00:00.000000Z' WHERE siret = ?",
                      (NEW_SIRET,))  # the office no longer knows the site's city: its copy loses it too
    d3 = make_distribution(office, tmp / "d3.ifbundle", opened_key(office), [ref_version(tmp, "2026.3")],
                           {SIRETS[0]: ckey, SIRETS[1]: ckey, NEW_SIRET: ckey})
    paths = [d1.path, d2.path, d3.path]
    reference = fresh_expert(world)
    for p in paths:
        _import(reference, p)
    assert reference.referentiels.current().version == "2026.3"
    c = {s: company(reference, s) for s in (NEW_SIRET, OTHER_SIRET, SIRETS[0], SIRETS[1])}
    assert (c[NEW_SIRET]["assigned_to"], c[NEW_SIRET]["headcount"], c[NEW_SIRET]["city"]) == (ckey, 130, None)
    assert c[OTHER_SIRET]["assigned_to"] == ekey
    assert (c[SIRETS[0]]["assigned_to"], c[SIRETS[0]]["name"], c[SIRETS[0]]["headcount"]) == \
        (ckey, "Mécanique Officielle SAS", 20)  # the expert's own headcount stays
    assert (c[SIRETS[1]]["assigned_to"], c[SIRETS[1]]["name"]) == (ckey, "Tôlerie Officielle")
    for order in itertools.permutations(paths):
        ws = fresh_expert(world)
        for p in order + order[:1]:
            assert _import(ws, p)[0] != "rejected"
        assert same_state(ws, reference), order
        ws.close()
    reference.close()


def test_same_content_in_a_newer_bundle_is_unchanged(world):
    tmp, expert, office, ekey = world["tmp"], world["expert"], world["office"], world["ekey"]
    r2 = ref_version(tmp, "2026.2")
    a = make_distribution(office, tmp / "a.ifbundle", opened_key(office), [r2], {NEW_SIRET: ekey})
    b = make_distribution(office, tmp / "b.ifbundle", opened_key(office), [r2], {NEW_SIRET: ekey})
    assert a.bundle_id != b.bundle_id
    assert _import(expert, a.path)[0] == "imported"
    before = dump(expert, skip=("import_journal", "distributions_received", "distribution_companies"))
    assert _import(expert, b.path)[0] == "unchanged"
    assert dump(expert, skip=("import_journal", "distributions_received", "distribution_companies")) == before
    # the expert chose another référentiel afterwards: replaying the same distribution does not undo it
    expert.referentiels.set_current(expert.referentiels.find("if-pme@2026.1").sha256)
    assert _import(expert, b.path)[0] == "unchanged"
    assert expert.referentiels.current().version == "2026.1"


def test_office_identity_fields_win_and_expert_edits_are_kept(world):
    tmp, expert, office, ekey = world["tmp"], world["expert"], world["office"], world["ekey"]
    mine = company(expert, SIRETS[0])
    assert (mine["name"], mine["headcount"], mine["city"]) == ("Entreprise 0 Mécanique", 20, "Lyon")
    d1 = make_distribution(office, tmp / "d1.ifbundle", opened_key(office), [], {SIRETS[0]: ekey, NEW_SIRET: ekey})
    assert _import(expert, d1.path)[0] == "imported"
    c = company(expert, SIRETS[0])
    # a company the expert created: the office's name, region and NAF win; the expert's headcount and city stay
    assert (c["name"], c["naf"], c["headcount"], c["city"], c["assigned_to"]) == \
        ("Mécanique Officielle SAS", "25.62A", 20, "Lyon", ekey)
    n = company(expert, NEW_SIRET)
    assert (n["name"], n["headcount"], n["city"]) == ("Fonderie du Rhône", 120, "Vienne")
    # the office corrects its record: a company the expert never edited takes every field
    office.db.execute("UPDATE companies SET headcount = 140, city = 'Givors', name = 'Fonderie du Rhône SA', "
                      "updated_at = '2030-01-01T00:00:00.000000Z' WHERE siret = ?", (NEW_SIRET,))
    d2 = make_distribution(office, tmp / "d2.ifbundle", opened_key(office), [], {NEW_SIRET: ekey})
    assert _import(expert, d2.path)[0] == "imported"
    n = company(expert, NEW_SIRET)
    assert (n["name"], n["headcount"], n["city"]) == ("Fonderie du Rhône SA", 140, "Givors")
    # the expert edits it on site; the next distribution renames it but keeps the expert's headcount
    from ifdesk.store.companies import to_company

    expert.companies.update(to_company(n).model_copy(update={"headcount": 150}))
    office.db.execute("UPDATE companies SET name = 'Fonderie du Rhône Groupe', headcount = 141, "
                      "updated_at = '2030-02-01T00:00:00.000000Z' WHERE siret = ?", (NEW_SIRET,))
    d3 = make_distribution(office, tmp / "d3.ifbundle", opened_key(office), [], {NEW_SIRET: ekey})
    assert _import(expert, d3.path)[0] == "imported"
    n = company(expert, NEW_SIRET)
    assert (n["name"], n["headcount"], n["city"]) == ("Fonderie du Rhône Groupe", 150, "Givors")


def test_reassignment_to_a_colleague_updates_our_copy(world):
    tmp, expert, office, ekey, ckey = world["tmp"], world["expert"], world["office"], world["ekey"], world["ckey"]
    d1 = make_distribution(office, tmp / "d1.ifbundle", opened_key(office), [], {NEW_SIRET: ekey})
    d2 = make_distribution(office, tmp / "d2.ifbundle", opened_key(office), [], {NEW_SIRET: ckey, OTHER_SIRET: ckey})
    assert _import(expert, d1.path)[0] == "imported"
    status, reason, items = _import(expert, d2.path)
    assert status == "imported" and items == {f"company:{NEW_SIRET}": "imported"} and "réattribuée" in reason
    assert company(expert, NEW_SIRET)["assigned_to"] == ckey
    assert company(expert, OTHER_SIRET) is None
    # the office's workspace records both assignments too
    assert company(office, NEW_SIRET)["assigned_to"] == ckey and company(office, OTHER_SIRET)["assigned_to"] == ckey
    # the other order gives the same state: the company (once ours) is there, assigned to the colleague
    other = fresh_expert(world)
    # d2 holds nothing of ours yet (unchanged); the older d1 brings the company in, with d2's newer record
    assert [_import(other, p)[0] for p in (d2.path, d1.path)] == ["unchanged", "imported"]
    assert company(other, NEW_SIRET)["assigned_to"] == ckey and company(other, OTHER_SIRET) is None
    assert same_state(other, expert)
    other.close()


def test_make_distribution_api_refusals(world):
    tmp, office, ekey = world["tmp"], world["office"], world["ekey"]
    with pytest.raises(IfdeskError, match="Rien à distribuer"):
        make_distribution(office, tmp / "x.ifbundle", PASS)
    with pytest.raises(IfdeskError, match="n'existe pas"):
        make_distribution(office, tmp / "nowhere" / "x.ifbundle", PASS, assignments={NEW_SIRET: ekey})
    with pytest.raises(IfdeskError, match="Phrase secrète incorrecte"):
        make_distribution(office, tmp / "x.ifbundle", "wrong passphrase", assignments={NEW_SIRET: ekey})
    with pytest.raises(IfdeskError, match="inconnue"):  # inputs are checked before the passphrase is asked
        make_distribution(office, tmp / "x.ifbundle", lambda: pytest.fail("passphrase asked"),
                          assignments={SIRETS[3]: ekey})
    assert not (tmp / "x.ifbundle").exists() and company(office, NEW_SIRET)["assigned_to"] is None
    asked = []
    d = make_distribution(office, tmp / "x.ifbundle", lambda: asked.append(1) or PASS, assignments={NEW_SIRET: ekey})
    assert asked == [1] and Path(d.path).exists() and company(office, NEW_SIRET)["assigned_to"] == ekey
    blank = Workspace(tmp / "blank")
    with pytest.raises(IfdeskError, match="identité"):
        make_distribution(blank, tmp / "y.ifbundle", PASS, assignments={NEW_SIRET: ekey})
    blank.close()


def test_the_documented_recipe_verifies_a_distribution(world):
    """docs/bundle-format.md's standard-library recipe works on a distribution bundle as well."""
    from tests.test_bundle_doc import _snippet

    tmp, office = world["tmp"], world["office"]
    d = make_distribution(office, tmp / "d.ifbundle", opened_key(office), [ref_version(tmp, "2026.2")], {NEW_SIRET: world["ekey"]})
    ns: dict = {}
    exec(compile(_snippet().replace('if __name__ == "__main__":', "if False:"), "snippet", "exec"), ns)
    manifest = ns["verify_bundle"](d.path, describe(office)["public_key"])
    assert manifest["kind"] == "distribution" and manifest["diagnostics"] == []
    assert sorted(f["path"] for f in manifest["files"]) == sorted(
        ["distribution.json", f"referentiel-{d.default_referentiel}.json"])
