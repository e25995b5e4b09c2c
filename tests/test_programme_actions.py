"""Issue 14: action statuses and follow-up diagnostics (store, core, CLI, bundles)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ifdesk.core.diagnostic import ActionItem, ActionStatus, Answer
from ifdesk.core.errors import LifecycleError, ValidationError

from .conftest import run_cli


def _fill(ws, ref, diag_id, level=2):
    for cid in ref.criteria_by_id:
        ws.diagnostics.save_answer(diag_id, Answer(criterion=cid, level=level, target=min(level + 1, ref.max_level)))
    ws.diagnostics.rescore(diag_id)


def _snapshot(ws):
    return [tuple(r) for r in ws.db.execute("SELECT * FROM actions ORDER BY diag_id, revision, position")]


def test_actions_get_stable_ids_and_statuses(workspace, ref, company):
    ws = workspace
    d = ws.diagnostics.create(company.siret, ref, None, "Claire")
    ws.diagnostics.set_actions(d, [ActionItem(title="Capteurs"), ActionItem(title="MES")])
    acts = ws.diagnostics.get(d).actions
    assert all(a.id and len(a.id) == 8 for a in acts) and acts[0].id != acts[1].id
    assert all(a.status == ActionStatus.PLANNED for a in acts)
    a = ws.diagnostics.set_action_status(d, acts[0].id, "in_progress", today=date(2026, 3, 1))
    assert a.status == ActionStatus.IN_PROGRESS and a.status_date == date(2026, 3, 1)
    again = ws.diagnostics.get(d).actions
    assert [x.id for x in again] == [x.id for x in acts]  # ids survive a rewrite
    # reopening keeps the ids and statuses
    _fill(ws, ref, d)
    ws.diagnostics.complete(d)
    ws.diagnostics.reopen(d)
    r2 = ws.diagnostics.get(d).actions
    assert [(x.id, x.status) for x in r2] == [(acts[0].id, ActionStatus.IN_PROGRESS), (acts[1].id, ActionStatus.PLANNED)]


def test_bad_status_changes_are_refused_and_change_nothing(workspace, ref, company):
    ws = workspace
    d = ws.diagnostics.create(company.siret, ref, None, "Claire")
    ws.diagnostics.set_actions(d, [ActionItem(title="Capteurs")])
    aid = ws.diagnostics.get(d).actions[0].id
    before = _snapshot(ws)
    with pytest.raises(ValidationError, match="raison"):
        ws.diagnostics.set_action_status(d, aid, "abandoned")
    with pytest.raises(ValidationError, match="inconnue"):
        ws.diagnostics.set_action_status(d, "deadbeef", "done")
    with pytest.raises(ValidationError, match="inconnu"):
        ws.diagnostics.set_action_status(d, aid, "finished")
    assert _snapshot(ws) == before
    _fill(ws, ref, d)
    ws.diagnostics.complete(d)
    before = _snapshot(ws)
    with pytest.raises(LifecycleError):
        ws.diagnostics.set_action_status(d, aid, "done")
    assert _snapshot(ws) == before
    with pytest.raises(ValidationError):
        ActionItem(title="x", status="abandoned")


def test_content_hash_of_a_01_revision_is_unchanged():
    """A revision written by 0.1 (no action id/status, no previous_id) keeps its hash."""
    from ifdesk.bundle.verify import content_hash
    from ifdesk.core.diagnostic import Diagnostic
    from ifdesk.core.referentiel import ReferentielRef

    d = Diagnostic(id="1" * 8 + "-1111-4111-8111-" + "1" * 12, siret="73282932000074",
                   referentiel=ReferentielRef(id="x", version="1", sha256="0" * 64), expert_key_id="a" * 16,
                   actions=[ActionItem(title="Capteurs")])
    old_shape = {"id": d.id, "siret": d.siret, "revision": 1, "base_revision": None,
                 "referentiel": d.referentiel.model_dump(), "expert_key_id": d.expert_key_id, "visit_date": None,
                 "answers": [], "strengths": "", "weaknesses": "",
                 "actions": [{"title": "Capteurs", "criteria": [], "priority": 2, "horizon": "moyen", "owner": "",
                              "cost_eur": None, "due": None, "description": ""}]}
    import hashlib
    want = hashlib.sha256(json.dumps(old_shape, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    assert d.content_hash() == want == content_hash(d)
    done = d.model_copy(update={"actions": [ActionItem(title="Capteurs", id="0a0b0c0d", status="done")],
                                "previous_id": "2" * 8 + "-2222-4222-8222-" + "2" * 12})
    assert done.content_hash() != want and done.content_hash() == content_hash(done)


def test_a_new_diagnostic_after_a_completed_one_is_a_follow_up(workspace, ref, company):
    ws = workspace
    first = ws.diagnostics.create(company.siret, ref, None, "Claire", visit_date=date(2025, 3, 1))
    # a draft is not a previous diagnostic
    assert ws.diagnostics.get(first).previous_id is None
    ws.diagnostics.set_actions(first, [ActionItem(title="Capteurs"), ActionItem(title="MES"), ActionItem(title="ERP")])
    ids = [a.id for a in ws.diagnostics.get(first).actions]
    ws.diagnostics.set_action_status(first, ids[1], "done")
    ws.diagnostics.set_action_status(first, ids[2], "abandoned", "trop cher")
    ws.diagnostics.set_action_status(first, ids[0], "in_progress")
    _fill(ws, ref, first)
    ws.diagnostics.complete(first)
    second = ws.diagnostics.create(company.siret, ref, None, "Claire", visit_date=date(2025, 11, 1))
    d2 = ws.diagnostics.get(second)
    assert d2.previous_id == first
    assert [(a.id, a.status) for a in d2.actions] == [(ids[0], ActionStatus.IN_PROGRESS)]  # open ones only
    # another company's first diagnostic is not a follow-up
    from ifdesk.core.company import new_company

    ws.companies.add(new_company(siret="35600000049837", name="Autre", region="84", naf="25.62B", headcount=10))
    assert ws.diagnostics.get(ws.diagnostics.create("35600000049837", ref, None, "C")).previous_id is None


def test_cli_action_status_and_json(tmp_path):
    dd = tmp_path / "ws"
    run_cli("company", "add", "--siret", "73282932000074", "--name", "Forez", "--region", "84", "--naf", "25.62B",
            data_dir=dd, check=True)
    new = json.loads(run_cli("diag", "new", "--siret", "73282932000074", "--json", data_dir=dd, check=True).stdout)
    d = new["id"]
    assert new["previous_id"] is None
    run_cli("diag", "action", d, "--title", "Capteurs", data_dir=dd, check=True)
    shown = json.loads(run_cli("diag", "show", d, "--json", data_dir=dd, check=True).stdout)
    [a] = shown["actions"]
    assert a["status"] == "planned" and len(a["id"]) == 8 and shown["previous_id"] is None
    listed = json.loads(run_cli("diag", "list", "--json", data_dir=dd, check=True).stdout)
    assert listed[0]["previous_id"] is None
    bad = run_cli("diag", "action-status", d, a["id"], "abandoned", data_dir=dd)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and len(bad.stderr.strip().splitlines()) == 1
    bad = run_cli("diag", "action-status", d, "ffffffff", "done", data_dir=dd)
    assert bad.returncode == 1 and "ffffffff" in bad.stderr
    ok = run_cli("diag", "action-status", d, a["id"], "abandoned", "--reason", "budget gelé", data_dir=dd, check=True)
    assert "abandonnée" in ok.stdout
    [a2] = json.loads(run_cli("diag", "show", d, "--json", data_dir=dd, check=True).stdout)["actions"]
    assert (a2["status"], a2["status_reason"], a2["status_date"]) == ("abandoned", "budget gelé", date.today().isoformat())


def test_statuses_and_previous_id_travel_in_bundles(tmp_path):
    from ifdesk.bundle import import_paths

    from .bundle_kit import SIRETS, completed_diag, export_one, fill, new_pair

    expert, office = new_pair(tmp_path)
    try:
        first = completed_diag(expert, SIRETS[0], seed=1)
        ident = expert.identity()
        ref = expert.referentiels.current()
        second = expert.diagnostics.create(SIRETS[0], ref, ident["key_id"], ident["name"])
        fill(expert, second, 2)  # replaces the plan with one new action
        aid = expert.diagnostics.get(second).actions[0].id
        expert.diagnostics.set_action_status(second, aid, "in_progress", today=date(2026, 5, 4))
        expert.diagnostics.complete(second)
        res = import_paths(office, [export_one(expert, first, tmp_path / "a.ifbundle"),
                                    export_one(expert, second, tmp_path / "b.ifbundle")])
        assert [r.status for r in res] == ["imported", "imported"], [r.reason for r in res]
        got = office.diagnostics.get(second)
        assert got.previous_id == first
        assert (got.actions[0].id, got.actions[0].status.value, got.actions[0].status_date) == (
            aid, "in_progress", date(2026, 5, 4))
        assert office.check() == []
    finally:
        expert.close()
        office.close()


def test_a_follow_up_claiming_another_companys_diagnostic_is_rejected(tmp_path):
    from ifdesk.bundle import import_paths

    from .bundle_kit import SIRETS, completed_diag, dump, export_one, new_pair

    expert, office = new_pair(tmp_path)
    try:
        other = completed_diag(expert, SIRETS[1], seed=3)
        import_paths(office, [export_one(expert, other, tmp_path / "o.ifbundle")])
        d = completed_diag(expert, SIRETS[0], seed=1)
        # the expert's workspace is tampered with: d claims to follow the other company's diagnostic
        expert.db.execute("UPDATE diagnostics SET previous_id = ? WHERE id = ?", (other, d))
        expert.db.conn.commit()
        rev = expert.diagnostics.get(d)
        h = rev.content_hash()
        expert.db.execute("UPDATE revisions SET content_hash = ? WHERE diag_id = ?", (h, d))
        expert.db.conn.commit()
        before = dump(office)
        [res] = import_paths(office, [export_one(expert, d, tmp_path / "d.ifbundle")])
        assert res.status == "rejected" and "autre entreprise" in res.reason
        assert dump(office) == before
    finally:
        expert.close()
        office.close()
