"""Finding 4 of issue 16 as a user meets it: French numbers, money and dates in every command and the
action form; the same refusals everywhere, never Python's wording, and a refusal changes nothing."""

from __future__ import annotations

import json

from ifdesk.store import Workspace
from tests.test_cli_foundation import dump, ok, refused

SIRET = "73282932000074"


def _company(cli, *extra):
    return cli("company", "add", "--siret", SIRET, "--name", "Forges de Loire", "--region", "84", "--naf", "2562B", *extra)


def test_company_figures_written_the_french_way(cli, data_dir):
    ok(_company(cli, "--headcount", "1 250", "--turnover", "8 400 000", "--balance-sheet", "1 500 000 €"))
    ws = Workspace(data_dir)
    try:
        c = ws.companies.get(SIRET)
    finally:
        ws.close()
    assert (c.headcount, c.turnover_eur, c.balance_sheet_eur) == (1250, 8_400_000, 1_500_000)


def test_action_cost_and_dates_written_the_french_way(cli):
    ok(_company(cli))
    diag = json.loads(ok(cli("diag", "new", "--siret", SIRET, "--visit-date", "03/12/2026", "--json")).stdout)["id"]
    ok(cli("diag", "action", diag, "--title", "Former deux régleurs", "--cost", "12 500,50 €", "--due", "31/05/2027"))
    ok(cli("diag", "action", diag, "--title", "Capteurs", "--cost", "12\u202f500", "--due", "2027-05-31"))
    shown = json.loads(ok(cli("diag", "show", diag, "--json")).stdout)
    assert [(a["cost_eur"], a["due"]) for a in shown["actions"]] == [(12500.5, "2027-05-31"), (12500, "2027-05-31")]
    assert shown["visit_date"] == "2026-12-03"


def test_bad_values_are_refused_in_french_and_change_nothing(cli, data_dir):
    ok(_company(cli))
    diag = json.loads(ok(cli("diag", "new", "--siret", SIRET, "--json")).stdout)["id"]
    before = dump(data_dir)
    for args, words in (
        (("diag", "action", diag, "--title", "x", "--cost", "cher"), ("--cost", "montant invalide : « cher »")),
        (("diag", "action", diag, "--title", "x", "--due", "31/02/2027"), ("--due", "date invalide", "JJ/MM/AAAA")),
        (("diag", "action", diag, "--title", "x", "--cost", ""), ("montant invalide",)),
        (("diag", "set", diag, "x", "3,5"), ("nombre entier invalide",)),
        (("diag", "show", diag, "--revision", "deux"), ("--revision", "nombre entier invalide")),
        (("company", "add", "--siret", "1", "--name", "n", "--turnover", "8.400.000"), ("--turnover", "montant invalide")),
    ):
        p = refused(cli(*args), *words)
        assert "valeur" not in p.stderr and "float" not in p.stderr and "fromisoformat" not in p.stderr
    assert dump(data_dir) == before


def test_programme_budget_follows_the_same_rule(cli):
    base = ("office", "programme", "add", "--region", "84", "--name", "Programme", "--objective", "1 200",
            "--start", "01/01/2026", "--end", "31/12/2026")
    ok(cli(*base, "--budget", "1 500 000 €"))
    p = json.loads(ok(cli("office", "programme", "list", "--json")).stdout)[0]
    assert (p["budget_eur"], p["objective_companies"], p["start"]) == (1_500_000, 1200, "2026-01-01")
    refused(cli(*base, "--budget", "1.500.000 €"), "--budget", "montant invalide")


def test_english_refusals(cli):
    refused(cli("--lang", "en", "diag", "show", "x", "--revision", "two"), "invalid whole number")
