"""`ifdesk stats` and `ifdesk office …` as a user runs them (subprocess)."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from ifdesk.store import Workspace
from tests.test_office_aggregates import build


def ok(p):
    assert p.returncode == 0, p.stderr
    return p


def refused(p, *words):
    assert p.returncode == 1, (p.returncode, p.stdout, p.stderr)
    assert p.stderr.startswith("error: ") and p.stdout == ""
    for w in words:
        assert w in p.stderr, p.stderr
    return p


def _built(data_dir):
    ws = Workspace(data_dir)
    try:
        return build(ws)
    finally:
        ws.close()


def test_stats_json_shape_and_values(cli, data_dir):
    _built(data_dir)
    s = json.loads(ok(cli("stats", "--json")).stdout)
    assert {"companies", "diagnostics", "regions", "themes"} <= set(s)
    assert s["companies"] == 5
    assert s["diagnostics"] == {"total": 5, "by_status": {"draft": 2, "completed": 2, "exported": 1}}
    regions = {r["code"]: r for r in s["regions"]}
    assert len(regions) == 18 and {"code", "name", "diagnosed", "objective"} <= set(regions["84"])
    assert (regions["84"]["diagnosed"], regions["84"]["objective"], regions["11"]["diagnosed"]) == (1, 5, 0)
    assert [t["id"] for t in s["themes"]] == ["t1", "t2"] and {"id", "average"} <= set(s["themes"][0])
    assert abs(s["themes"][0]["average"] - 11 / 3) < 1e-9
    f = json.loads(ok(cli("stats", "--json", "--region", "53", "--from", "2025-06", "--to", "2025-06")).stdout)
    assert [r["code"] for r in f["regions"]] == ["53"] and f["diagnostics"]["total"] == 1


def test_stats_human_output_is_french(cli, data_dir):
    _built(data_dir)
    out = ok(cli("stats")).stdout
    assert "Entreprises diagnostiquées : 2 pour un objectif de 10" in out
    assert "Auvergne-Rhône-Alpes" in out and "Thème un" in out and "Médiane" in out
    assert "en attente d'une décision : 1" in out


def test_stats_on_an_empty_workspace(cli):
    s = json.loads(ok(cli("stats", "--json")).stdout)
    assert s["companies"] == 0 and s["diagnostics"]["total"] == 0 and s["themes"] == []
    assert all(r["diagnosed"] == 0 for r in s["regions"])
    assert "pas de score par thème" in ok(cli("stats")).stdout


def test_bad_filters_exit_1(cli):
    refused(cli("stats", "--region", "99"), "Région inconnue")
    refused(cli("stats", "--naf", "xx"), "Division NAF")
    refused(cli("stats", "--size", "TPE"), "PME, ETI ou GE")
    refused(cli("stats", "--from", "2025-02-30"), "Date invalide")
    refused(cli("office", "export", "-o", "x.xlsx", "--region", "99"), "Région inconnue")


def test_office_export_xlsx_and_csv(cli, data_dir, tmp_path):
    _built(data_dir)
    out = tmp_path / "tableaux.xlsx"
    p = json.loads(ok(cli("office", "export", "-o", str(out), "--json")).stdout)
    assert p["tables"]["Diagnostics"] == 5
    assert load_workbook(out, read_only=True).sheetnames[:2] == ["Entreprises", "Diagnostics"]
    human = ok(cli("office", "export", "-o", str(tmp_path / "csv"), "--csv")).stdout
    assert "reponses.csv : 17 ligne(s)" in human
    assert (tmp_path / "csv" / "entreprises.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_office_export_refusals_write_nothing(cli, data_dir, tmp_path):
    _built(data_dir)
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    refused(cli("office", "export", "-o", str(blocker / "t.xlsx")), "Impossible d'écrire")
    refused(cli("office", "export", "-o", str(tmp_path / "absent" / "t.xlsx")), "Impossible d'écrire")
    refused(cli("office", "export", "-o", str(tmp_path / "t.csv")), ".xlsx")
    refused(cli("office", "export", "-o", str(blocker), "--csv"), "n'est pas un dossier")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fichier", "ws"]


def test_programmes_list_add_set(cli):
    added = json.loads(ok(cli("office", "programme", "add", "--region", "84", "--name", "  Usine du futur AURA ",
                              "--budget", "1 500 000 €", "--objective", "120", "--start", "2025-01-01",
                              "--end", "2026-12-31", "--json")).stdout)
    assert added["region_name"] == "Auvergne-Rhône-Alpes" and added["budget_eur"] == 1_500_000
    assert added["name"] == "Usine du futur AURA"
    ok(cli("office", "programme", "set", str(added["id"]), "--objective", "150", "--budget", "2000000,5"))
    rows = json.loads(ok(cli("office", "programme", "list", "--json")).stdout)
    assert [(r["objective_companies"], r["budget_eur"]) for r in rows] == [(150, 2_000_000.5)]
    assert "Usine du futur AURA" in ok(cli("office", "programme", "list")).stdout
    s = json.loads(ok(cli("stats", "--json")).stdout)
    assert {r["code"]: r for r in s["regions"]}["84"]["objective"] == 150


def test_bad_programme_fields_exit_1_and_change_nothing(cli):
    base = ["office", "programme", "add", "--region", "84", "--name", "P", "--budget", "1000", "--objective", "10",
            "--start", "2025-01-01", "--end", "2025-12-31"]
    ok(cli(*base))

    def with_(opt, value):
        args = list(base)
        args[args.index(opt) + 1] = value
        return cli(*args)

    refused(with_("--region", "99"), "Région inconnue")
    refused(with_("--region", "82"), "n'existe plus depuis 2016")
    refused(with_("--budget", "beaucoup"), "--budget : montant invalide : « beaucoup »")
    refused(with_("--budget", "-5"), "« budget »", "au moins 0")
    refused(with_("--objective", "3,5"), "--objective : nombre entier invalide")
    refused(with_("--start", "2025-02-30"), "--start : date invalide")
    refused(with_("--end", "2024-12-31"), "précède")
    refused(with_("--name", "   "), "« intitulé »", "vide")
    refused(cli("office", "programme", "set", "999", "--objective", "5"), "Programme inconnu")
    refused(cli("office", "programme", "set", "1", "--end", "2020-01-01"), "précède")
    refused(cli("office", "programme", "set", "1"), "Rien à modifier")
    rows = json.loads(ok(cli("office", "programme", "list", "--json")).stdout)
    assert [(r["name"], r["budget_eur"], r["objective_companies"], r["end"]) for r in rows] == [("P", 1000, 10, "2025-12-31")]


def test_commands_have_help(cli):
    for cmd in (["stats"], ["office", "export"], ["office", "programme", "list"], ["office", "programme", "add"],
                ["office", "programme", "set"]):
        assert "usage:" in ok(cli(*cmd, "-h")).stdout


def test_stats_while_the_window_holds_the_workspace(cli, data_dir):
    """The writer's lock is held: `stats` reads through a read-only connection, changes included."""
    ids = _built(data_dir)
    ws = Workspace(data_dir)  # the « window »: holds the lock, has not refreshed the facts
    try:
        ws.diagnostics.reopen(ids["d4"])
        s = json.loads(ok(cli("stats", "--json")).stdout)
        assert {r["code"]: r for r in s["regions"]}["53"]["diagnosed"] == 0
        assert s["diagnostics"]["by_status"]["draft"] == 3
        refused(cli("office", "programme", "add", "--region", "84", "--name", "P", "--budget", "1", "--objective", "1",
                    "--start", "2025-01-01", "--end", "2025-12-31"), "déjà ouvert")
    finally:
        ws.close()
