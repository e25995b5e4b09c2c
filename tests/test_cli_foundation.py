"""The command line follows cli.md: names, JSON keys, exit codes, French one-line errors."""

import json
import shutil
import sqlite3

import pytest

from ifdesk import __version__
from tests.conftest import DEFAULT_REF, run_cli


def dump(data_dir) -> dict:
    con = sqlite3.connect(data_dir / "ifdesk.sqlite3")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    out = {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    con.close()
    return out


def ok(proc):
    assert proc.returncode == 0, proc.stderr
    return proc


def refused(proc, *needles):
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert lines and all(ln.startswith("error: ") for ln in lines), proc.stderr
    assert "Traceback" not in proc.stderr
    for n in needles:
        assert n in proc.stderr
    return proc


def test_version(cli):
    assert ok(cli("--version")).stdout.strip() == f"ifdesk {__version__}"


def test_usage_errors_exit_2(cli):
    assert cli("diag").returncode == 2
    assert cli("company", "add", "--siret", "1").returncode == 2
    assert cli("nonexistent-command").returncode == 2


def test_every_command_has_help(cli):
    for cmd in (["referentiel", "validate"], ["referentiel", "list"], ["referentiel", "show"], ["demo"],
                ["company", "add"], ["company", "list"], ["diag", "new"], ["diag", "set"], ["diag", "complete"],
                ["diag", "reopen"], ["diag", "list"], ["diag", "show"], ["check"]):
        p = ok(cli(*cmd, "-h"))
        assert "usage:" in p.stdout


def test_referentiel_commands(cli, tmp_path):
    p = ok(cli("referentiel", "validate", str(DEFAULT_REF)))
    assert "if-pme" in p.stdout and "2026.1" in p.stdout
    listed = json.loads(ok(cli("referentiel", "list", "--json")).stdout)
    assert {"id", "version", "sha256", "themes", "criteria"} <= set(listed[0])
    shown = json.loads(ok(cli("referentiel", "show", "--json")).stdout)
    assert {"id", "version", "sha256", "themes"} <= set(shown)
    t = shown["themes"][0]
    assert {"id", "title", "weight", "criteria"} <= set(t)
    c = t["criteria"][0]
    assert {"id", "title", "weight", "levels"} <= set(c)
    assert {"level", "label", "description"} <= set(c["levels"][0])
    assert isinstance(c["levels"][0]["level"], int)
    assert shown["sha256"] == next(r["sha256"] for r in listed if r["current"])
    bad = tmp_path / "bad.yaml"
    bad.write_text(DEFAULT_REF.read_text("utf-8").replace("weight: 14", "weight: 0", 1), "utf-8")
    refused(cli("referentiel", "validate", str(bad)), "bad.yaml:", "weight")
    refused(cli("referentiel", "validate", str(tmp_path / "absent.yaml")), "illisible")


def test_company_and_diagnostic_workflow(cli, data_dir):
    ok(cli("company", "add", "--siret", "732 829 320 00074", "--name", "Forges de Loire", "--region", "84",
           "--naf", "2562B", "--headcount", "48", "--turnover", "6000000"))
    companies = json.loads(ok(cli("company", "list", "--json")).stdout)
    assert companies[0]["siret"] == "73282932000074" and companies[0]["size_class"] == "PME"
    assert (companies[0]["naf"], companies[0]["naf_label"]) == ("25.62B", "Mécanique industrielle")
    diag_id = json.loads(ok(cli("diag", "new", "--siret", "73282932000074", "--json")).stdout)["id"]
    shown = json.loads(ok(cli("referentiel", "show", "--json")).stdout)
    crits = [c["id"] for t in shown["themes"] for c in t["criteria"]]
    ok(cli("diag", "set", diag_id, crits[0], "3", "--target", "5", "--note", "Plan stratégique à 3 ans"))
    ok(cli("diag", "set", diag_id, crits[1], "--na", "Sans objet ici"))
    p = refused(cli("diag", "complete", diag_id), "incomplet")
    assert crits[2] in p.stderr and len(p.stderr.strip().splitlines()) == 1 + 3 + len(crits) - 2
    for c in crits[2:]:
        ok(cli("diag", "set", diag_id, c, "2", "--target", "3"))
    # answers complete, synthesis not: refused with what is missing
    p = refused(cli("diag", "complete", diag_id), "synthèse", "points forts", "points faibles", "aucune action")
    ok(cli("diag", "synthesis", diag_id, "--strengths", "Savoir-faire", "--weaknesses", "Données papier"))
    refused(cli("diag", "complete", diag_id), "aucune action")
    ok(cli("diag", "set-info", diag_id, "--no-action", "Investissements déjà engagés", "--restitution", "2027-01-15",
           "--followup", "2027-07-01", "--expert-contact", "claire@example.org"))
    ok(cli("diag", "complete", diag_id))
    steps = json.loads(ok(cli("diag", "show", diag_id, "--json")).stdout)["next_steps"]
    assert steps["restitution_date"] == "2027-01-15" and steps["followup_date"] == "2027-07-01"
    assert steps["no_action_reason"] == "Investissements déjà engagés" and steps["expert_contact"] == "claire@example.org"
    listed = json.loads(ok(cli("diag", "list", "--json")).stdout)
    assert set(listed[0]) >= {"id", "siret", "company", "status", "revision", "expert_key_id", "referentiel", "overall_score"}
    assert listed[0]["status"] == "completed" and listed[0]["revision"] == 1
    show = json.loads(ok(cli("diag", "show", diag_id, "--json")).stdout)
    assert set(show) >= {"id", "siret", "company", "status", "revision", "base_revision", "expert_key_id", "referentiel",
                         "answers", "theme_scores", "overall_score", "priorities", "actions"}
    assert set(show["referentiel"]) == {"id", "version", "sha256"}
    assert set(show["answers"][0]) >= {"criterion", "level", "target", "note", "na"}
    assert show["answers"][0] == show["answers"][0] | {"criterion": crits[0], "level": 3, "target": 5,
                                                       "note": "Plan stratégique à 3 ans", "na": False}
    assert show["answers"][1]["na"] is True and show["answers"][1]["level"] is None
    assert show["priorities"][0]["criterion"] == crits[0]
    assert 1 <= show["overall_score"] <= 5
    refused(cli("diag", "set", diag_id, crits[0], "4"), "rouvrez-le")
    reopened = json.loads(ok(cli("diag", "reopen", diag_id, "--json")).stdout)
    assert (reopened["revision"], reopened["base_revision"]) == (2, 1)
    ok(cli("diag", "set", diag_id[:8], crits[0], "4"))  # a unique prefix is enough
    assert json.loads(ok(cli("diag", "show", diag_id, "--json")).stdout)["answers"][0]["level"] == 4
    assert json.loads(ok(cli("diag", "show", diag_id, "--revision", "1", "--json")).stdout)["answers"][0]["level"] == 3
    assert json.loads(ok(cli("check", "--json")).stdout)["ok"] is True


@pytest.fixture(scope="module")
def bad_input_base(tmp_path_factory):
    """One company and one draft made through the CLI once for the module; each case works on a copy."""
    tmp = tmp_path_factory.mktemp("bad-input")
    home = tmp / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
           "IFDESK_DATA_DIR": str(home / "workspace"), "LANG": "fr_FR.UTF-8"}
    base = tmp / "ws"

    def cli(*a):
        return ok(run_cli(*a, data_dir=base, env=env))
    cli("company", "add", "--siret", "44306184100047", "--name", "Existante", "--region", "11")
    diag_id = json.loads(cli("diag", "new", "--siret", "44306184100047", "--json").stdout)["id"]
    crit = json.loads(cli("referentiel", "show", "--json").stdout)["themes"][0]["criteria"][0]["id"]
    return base, diag_id, crit


@pytest.mark.parametrize("args,needle", [
    (["company", "add", "--siret", "73282932000075", "--name", "X", "--region", "84"], "SIRET invalide"),
    (["company", "add", "--siret", "73282932000074", "--name", "X", "--region", "99"], "Région inconnue"),
    (["company", "add", "--siret", "73282932000074", "--name", "X", "--region", "84", "--naf", "2562"], "NAF invalide"),
    (["company", "add", "--siret", "73282932000074", "--name", "   ", "--region", "84"], "name"),
    (["company", "add", "--siret", "44306184100047", "--name", "Doublon", "--region", "84"], "déjà enregistrée"),
    (["diag", "new", "--siret", "55208131766522"], "Entreprise inconnue"),
    (["diag", "set", "DIAG", "inexistant", "3"], "Critère inconnu"),
    (["diag", "set", "DIAG", "CRIT", "9"], "hors de l'échelle"),
    (["diag", "set", "DIAG", "CRIT", "0"], "hors de l'échelle"),
    (["diag", "set", "DIAG", "CRIT", "3", "--target", "6"], "hors de l'échelle"),
    (["diag", "set", "DIAG", "CRIT", "--na", ""], "raison"),
    (["diag", "set", "DIAG", "CRIT"], "NIVEAU"),
    (["diag", "set", "00000000", "CRIT", "3"], "Diagnostic inconnu"),
    (["diag", "complete", "DIAG"], "incomplet"),
    (["diag", "reopen", "DIAG"], "brouillon"),
    (["referentiel", "show", "nimporte-quoi"], "introuvable"),
])
def test_bad_input_is_refused_and_changes_nothing(cli, data_dir, bad_input_base, args, needle):
    base, diag_id, crit = bad_input_base
    shutil.copytree(base, data_dir, ignore=shutil.ignore_patterns("ifdesk.lock"))  # a fresh copy per case
    before = dump(data_dir)
    args = [diag_id if a == "DIAG" else crit if a == "CRIT" else a for a in args]
    refused(cli(*args), needle)
    assert dump(data_dir) == before


def test_corrupt_and_locked_workspace(cli, data_dir):
    from ifdesk.store import Workspace

    ws = Workspace(data_dir)
    try:
        refused(cli("company", "add", "--siret", "73282932000074", "--name", "X", "--region", "84"), "déjà ouvert")
        ok(cli("company", "list"))  # reading works while the window holds the workspace
    finally:
        ws.close()
    (data_dir / "ifdesk.sqlite3").write_bytes(b"\x00garbage" * 1000)
    for name in ("ifdesk.sqlite3-wal", "ifdesk.sqlite3-shm"):
        (data_dir / name).unlink(missing_ok=True)
    refused(cli("company", "list"), "n'est pas une base")


def test_english_messages(cli):
    p = refused(cli("--lang", "en", "company", "add", "--siret", "1", "--name", "X", "--region", "84"))
    assert "Invalid SIRET" in p.stderr


def test_demo_is_reproducible(tmp_path):
    from tests.conftest import run_cli

    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        ok(run_cli("demo", "--companies", "30", "--seed", "7", data_dir=d))
    la = json.loads(ok(run_cli("diag", "list", "--json", data_dir=a)).stdout)
    lb = json.loads(ok(run_cli("diag", "list", "--json", data_dir=b)).stdout)
    key = lambda r: (r["id"], r["status"], r["revision"], r["overall_score"])  # noqa: E731
    assert sorted(map(key, la)) == sorted(map(key, lb))
    statuses = {r["status"] for r in la}
    assert statuses == {"draft", "completed", "exported"}
    assert any(r["revision"] == 2 for r in la)
    companies = json.loads(ok(run_cli("company", "list", "--json", data_dir=a)).stdout)
    assert len(companies) == 30 and len({c["region"] for c in companies}) > 5
    assert all(10 <= int(c["naf"][:2]) <= 33 for c in companies)
    assert json.loads(ok(run_cli("check", "--json", data_dir=a)).stdout)["ok"]


def test_company_add_refuses_unknown_and_non_manufacturing_codes_with_the_reason(cli, data_dir):
    refused(cli("company", "add", "--siret", "73282932000074", "--name", "X", "--region", "84", "--naf", "25.62Z"),
            "sous-classe NAF inconnue : 25.62Z")
    refused(cli("company", "add", "--siret", "732 829 321 00072", "--name", "X", "--region", "84"), "clé SIREN invalide")
    refused(cli("company", "add", "--siret", "73282932000074", "--name", "X", "--region", "84", "--naf", "4711F"),
            "--allow-non-manufacturing")
    assert json.loads(ok(cli("company", "list", "--json")).stdout) == []      # nothing written
    r = ok(cli("company", "add", "--siret", "73282932000074", "--name", "X", "--region", "84", "--naf", "4711F",
               "--headcount", "7000", "--allow-non-manufacturing"))
    assert "section G" in r.stderr and "PME et les ETI" in r.stderr            # accepted, with both warnings
    listed = ok(cli("company", "list")).stdout
    assert "47.11F Hypermarchés" in listed and "GE" in listed
