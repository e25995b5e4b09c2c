"""Issue 14 at the office: milestones, costs, engaged/spent, reviews, actions, follow-ups in `stats`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ifdesk.core.company import new_company
from ifdesk.core.diagnostic import ActionItem, Answer
from ifdesk.core.errors import ValidationError
from ifdesk.core.programme import parse_milestone
from ifdesk.office import Filters, money, prepare, programmes
from ifdesk.store import Workspace

from .conftest import VALID_SIRETS, run_cli


def _table(ws, name):
    return [tuple(r) for r in ws.db.execute(f"SELECT * FROM {name}")]


def _completed(ws, ref, siret, visit, level=2, actions=()):
    d = ws.diagnostics.create(siret, ref, None, "Claire", visit_date=visit)
    for cid in ref.criteria_by_id:
        ws.diagnostics.save_answer(d, Answer(criterion=cid, level=level))
    if actions:
        ws.diagnostics.set_actions(d, list(actions))
    ws.diagnostics.complete(d)
    return d


def _review(ws, diag_id, state):
    ws.db.execute("INSERT INTO reviews (diag_id, revision, state, decided_at) VALUES (?, 1, ?, '2026-01-01') "
                  "ON CONFLICT(diag_id) DO UPDATE SET state = excluded.state", (diag_id, state))
    ws.db.conn.commit()


def test_milestones_inside_the_period_and_not_negative(workspace):
    ws = workspace
    base = {"region": "84", "name": "IdF AURA", "budget_eur": 1_000_000, "objective_companies": 2000,
            "start": "2015-01-01", "end": "2016-12-31"}
    pid = programmes.add(ws, milestones=[parse_milestone("2016-12-31=2000"), parse_milestone("2015-12-31=500")], **base)
    assert programmes.milestones(ws, pid) == [{"date": "2015-12-31", "objective": 500},
                                              {"date": "2016-12-31", "objective": 2000}]
    before = (_table(ws, "programmes"), _table(ws, "programme_milestones"))
    with pytest.raises(ValidationError, match="hors de la période"):
        programmes.add(ws, milestones=[parse_milestone("2017-06-30=10")], **base)
    with pytest.raises(ValidationError, match="négatif"):
        parse_milestone("2015-12-31=-5")
    with pytest.raises(ValidationError, match="DATE=N"):
        parse_milestone("fin 2015")
    with pytest.raises(ValidationError, match="hors de la période"):  # shortening the period would orphan one
        programmes.update(ws, pid, end="2016-06-30")
    assert (_table(ws, "programmes"), _table(ws, "programme_milestones")) == before


def test_cost_rules(workspace, ref, company):
    ws = workspace
    d = ws.diagnostics.create(company.siret, ref, None, "C")
    c = money.record_cost(ws, d, 3, 1200, 80)
    assert (c["total_eur"], c["programme_eur"]) == (3600, 2880)
    before = _table(ws, "diagnostic_costs")
    for args, what in (((-1, 1200, 50), "négatif"), ((2, 1200, 120), "entre 0 et 100"), ((2, -5, None), "négatif")):
        with pytest.raises(ValidationError, match=what):
            money.record_cost(ws, d, *args)
    assert _table(ws, "diagnostic_costs") == before


def test_engaged_spent_reviews_actions_followups_and_milestones(workspace, ref):
    ws = workspace
    for i, s in enumerate(VALID_SIRETS[:3]):
        ws.companies.add(new_company(siret=s, name=f"E{i}", region="84", naf="25.62B", headcount=40))
    pid = programmes.add(ws, milestones=[parse_milestone("2025-06-30=2"), parse_milestone("2026-12-31=3")],
                         region="84", name="P", budget_eur=500_000, objective_companies=3, start="2025-01-01",
                         end="2026-12-31")
    assert pid
    a = _completed(ws, ref, VALID_SIRETS[0], date(2025, 2, 1), 1,
                   actions=[ActionItem(title="Capteurs", criteria=[next(iter(ref.criteria_by_id))]), ActionItem(title="MES")])
    b = _completed(ws, ref, VALID_SIRETS[1], date(2025, 3, 1))
    c = _completed(ws, ref, VALID_SIRETS[2], date(2025, 4, 1))
    a2 = ws.diagnostics.create(VALID_SIRETS[0], ref, None, "Claire", visit_date=date(2025, 10, 1))  # follow-up
    for cid in ref.criteria_by_id:
        ws.diagnostics.save_answer(a2, Answer(criterion=cid, level=3))
    [act] = [x for x in ws.diagnostics.get(a2).actions if x.title == "Capteurs"]
    ws.diagnostics.set_action_status(a2, act.id, "done")
    ws.diagnostics.complete(a2)
    for d, days in ((a, 2), (b, 3), (c, 4), (a2, 1)):
        money.record_cost(ws, d, days, 1000, 50)
    _review(ws, a, "approved")
    _review(ws, b, "to_review")
    _review(ws, c, "rejected")     # not counted anywhere
    prepare(ws)
    f = Filters()
    bud = money.budget(ws, f, 500_000)
    assert bud["engaged"] == (2 + 3 + 1) * 500       # c rejected: not engaged
    assert bud["spent"] == 2 * 500 and bud["cost_per_company"] == 1000
    assert money.reviews_by_state(ws, f) == {"approved": 1, "rejected": 1, "to_review": 1}
    assert money.actions_by_status(ws, f) == {"planned": 3, "done": 1}
    fu = money.followups(ws, f)
    assert fu["companies"] == 1 and fu["compared"] == 1 and fu["overall_progress"] == pytest.approx(2.0)
    rm = money.region_milestones(ws, f, "84", today=date(2025, 12, 1))
    assert rm["milestones"] == [{"date": "2025-06-30", "objective": 2, "diagnosed": 2},
                                {"date": "2026-12-31", "objective": 3, "diagnosed": 2}]
    mp = rm["milestone_progress"]
    assert mp["date"] == "2026-12-31" and mp["diagnosed"] == 2 and mp["next"] is None
    # a pre-2016 code (82 Rhône-Alpes) counts in its successor 84
    ws.companies.add(new_company(siret="44306184100047", name="Ancienne", region="84", naf="25.62B", headcount=12))
    ws.db.execute("UPDATE companies SET region = '82' WHERE siret = '44306184100047'")
    ws.db.conn.commit()
    old = _completed(ws, ref, "44306184100047", date(2025, 5, 1))
    _review(ws, old, "approved")
    prepare(ws)
    assert money.region_milestones(ws, f, "84", today=date(2025, 12, 1))["milestones"][0]["diagnosed"] == 3
    assert money.reviews_by_state(ws, Filters.parse(region="84"))["approved"] == 2


def test_cli_office_cost_milestones_and_stats_keys(tmp_path):
    dd = tmp_path / "ws"
    with Workspace(dd) as ws:
        ref = ws.referentiels.current()
        ws.companies.add(new_company(siret=VALID_SIRETS[0], name="E", region="84", naf="25.62B", headcount=40))
        d = _completed(ws, ref, VALID_SIRETS[0], date(2025, 2, 1))
        _review(ws, d, "approved")
    base = ["office", "programme", "add", "--region", "84", "--name", "P", "--budget", "100000", "--objective", "10",
            "--start", "2025-01-01", "--end", "2025-12-31"]
    bad = run_cli(*base, "--milestone", "2026-03-01=5", data_dir=dd)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and "2026-03-01" in bad.stderr
    bad = run_cli(*base, "--milestone", "2025-06-30=-2", data_dir=dd)
    assert bad.returncode == 1 and "négatif" in bad.stderr
    assert json.loads(run_cli("office", "programme", "list", "--json", data_dir=dd, check=True).stdout) == []
    ok = json.loads(run_cli(*base, "--milestone", "2025-06-30=5", "--milestone", "2025-12-31=10", "--json",
                            data_dir=dd, check=True).stdout)
    assert ok["milestones"] == [{"date": "2025-06-30", "objective": 5}, {"date": "2025-12-31", "objective": 10}]
    for extra, word in ((["--days", "-1", "--day-rate", "900"], "négatif"),
                        (["--days", "2", "--day-rate", "900", "--share", "150"], "100")):
        bad = run_cli("office", "cost", d, *extra, data_dir=dd)
        assert bad.returncode == 1 and word in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    run_cli("office", "cost", d[:8], "--days", "2.5", "--day-rate", "1000", "--share", "60", data_dir=dd, check=True)
    st = json.loads(run_cli("stats", "--json", data_dir=dd, check=True).stdout)
    assert st["budget"] == {"allocated": 100000, "engaged": 1500, "spent": 1500, "cost_per_company": 1500,
                            "companies_paid": 1}
    assert {k: v for k, v in st["reviews"]["by_state"].items() if v} == {"approved": 1} and st["followups"] == 0
    assert st["actions"]["by_status"] == {}
    [r84] = [r for r in st["regions"] if r["code"] == "84"]
    assert r84["milestones"] == [{"date": "2025-06-30", "objective": 5, "diagnosed": 1},
                                 {"date": "2025-12-31", "objective": 10, "diagnosed": 1}]
    assert len(st["maturity_levels"]) == len(ref.levels) and sum(m["companies"] for m in st["maturity_levels"]) == 1


def test_demo_fills_the_programme_over_time(tmp_path):
    from ifdesk.demo import fill

    with Workspace(tmp_path / "ws") as ws:
        fill(ws, companies=120, seed=4)
        assert ws.check() == []
        db = ws.db
        fu = db.execute("SELECT d.id, d.previous_id FROM diagnostics d WHERE previous_id IS NOT NULL").fetchall()
        assert len(fu) >= 5
        for diag_id, prev in fu[:5]:  # months later, the same company, open actions carried with their status
            a, b = ws.diagnostics.get(prev), ws.diagnostics.get(diag_id)
            assert a.siret == b.siret and (b.visit_date - a.visit_date).days >= 200
            assert {x.id for x in a.actions} <= {x.id for x in b.actions}
        statuses = dict(db.execute("SELECT status, count(*) FROM actions GROUP BY status").fetchall())
        assert set(statuses) == {"planned", "in_progress", "done", "abandoned"}
        assert db.execute("SELECT count(*) FROM actions WHERE status = 'abandoned' AND status_reason = ''").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM diagnostic_costs").fetchone()[0] == db.execute(
            "SELECT count(*) FROM diagnostics").fetchone()[0]
        assert db.execute("SELECT count(DISTINCT programme_id) FROM programme_milestones").fetchone()[0] == 18
        states = dict(db.execute("SELECT state, count(*) FROM reviews GROUP BY state").fetchall())
        assert states["approved"] > sum(states.values()) / 2
        prepare(ws)
        assert money.followups(ws, Filters())["overall_progress"] > 0
        by_size = dict(db.execute("SELECT size_class, avg(overall_score) FROM office_facts WHERE counted = 1 "
                                  "GROUP BY size_class").fetchall())
        assert by_size["ETI"] > by_size["PME"] + 0.2


def test_office_export_carries_follow_ups_statuses_costs_milestones(workspace, ref, tmp_path):
    import csv

    from ifdesk.office.export import export_csv

    ws = workspace
    ws.companies.add(new_company(siret=VALID_SIRETS[0], name="E", region="84", naf="25.62B", headcount=40))
    programmes.add(ws, milestones=[parse_milestone("2025-12-31=3")], region="84", name="P", budget_eur=1000,
                   objective_companies=3, start="2025-01-01", end="2025-12-31")
    a = _completed(ws, ref, VALID_SIRETS[0], date(2025, 2, 1), actions=[ActionItem(title="Capteurs")])
    b = ws.diagnostics.create(VALID_SIRETS[0], ref, None, "C", visit_date=date(2025, 10, 1))
    [act] = ws.diagnostics.get(b).actions
    ws.diagnostics.set_action_status(b, act.id, "abandoned", "trop cher", today=date(2025, 10, 1))
    money.record_cost(ws, a, 2, 1000, 50)
    _review(ws, a, "approved")
    counts = export_csv(ws, tmp_path / "csv")
    assert counts["jalons.csv"] == 1

    def rows(name):
        with open(tmp_path / "csv" / name, encoding="utf-8-sig", newline="") as fh:
            r = list(csv.reader(fh, delimiter=";"))
        return [dict(zip(r[0], x)) for x in r[1:]]

    diags = {r["Identifiant"]: r for r in rows("diagnostics.csv")}
    assert diags[b]["Diagnostic précédent"] == a and diags[a]["Revue"] == "approuvé"
    assert diags[a]["Part du programme (€)"].replace("\u202f", "").replace(" ", "") in ("1000", "1000,00")
    acts = [r for r in rows("actions.csv") if r["Identifiant"] == b]
    assert (acts[0]["Identifiant de l'action"], acts[0]["Statut de l'action"], acts[0]["Raison de l'abandon"]) == (
        act.id, "abandonnée", "trop cher")
    [m] = rows("jalons.csv")
    assert m["Échéance"] == "2025-12-31" and m["Objectif (entreprises)"] == "3"


def test_pre_2016_region_codes_count_in_their_successor(workspace, ref):
    from ifdesk.office import dashboard

    ws = workspace
    for i, (s, reg) in enumerate(((VALID_SIRETS[0], "84"), (VALID_SIRETS[1], "82"), (VALID_SIRETS[2], "83"))):
        ws.companies.add(new_company(siret=s, name=f"E{i}", region="84", naf="25.62B", headcount=40))
        ws.db.execute("UPDATE companies SET region = ? WHERE siret = ?", (reg, s))
        ws.db.conn.commit()
        _completed(ws, ref, s, date(2025, 2, 1))
    ws.db.execute('INSERT INTO programmes (region, name, budget_eur, objective_companies, start, "end") '
                  "VALUES ('82', 'Ancien programme Rhône-Alpes', 1000, 10, '2015-01-01', '2026-12-31')")
    ws.db.conn.commit()
    d = dashboard(ws)
    codes = {r["code"]: r for r in d.regions}
    assert "82" not in codes and "83" not in codes
    assert codes["84"]["diagnosed"] == 3 and codes["84"]["objective"] == 10
    assert [r["key"] for r in d.by_region] == ["84"]
    assert dashboard(ws, Filters.parse(region="84")).diagnosed == 3
    assert dashboard(ws, Filters.parse(region="82")).diagnosed == 1
