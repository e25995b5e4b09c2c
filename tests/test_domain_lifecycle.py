"""Issue 15: completion needs the synthesis; next steps and the expert's contact are stored, hashed
only when set (old revisions keep their hash), carried in bundles only when set (a 0.1 reader still
takes the rest), and survive the schema-1 upgrade (migration m004_domain)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ifdesk.core.diagnostic import NEXT_STEP_FIELDS, ActionItem, Answer
from ifdesk.core.errors import LifecycleError, ValidationError
from ifdesk.store import Workspace, schema


def answered(ws, company, ref) -> str:
    d = ws.diagnostics.create(company.siret, ref, None, "Claire")
    for c in ref.criteria_by_id:
        ws.diagnostics.save_answer(d, Answer(criterion=c, level=2, target=3))
    return d


def test_completion_lists_what_the_synthesis_lacks(workspace, company, ref):
    d = answered(workspace, company, ref)
    with pytest.raises(LifecycleError) as e:
        workspace.diagnostics.complete(d)
    assert "synthèse" in str(e.value)
    assert e.value.missing == ["points forts (synthèse)", "points faibles (synthèse)",
                               "au moins une action au plan, ou « aucune action » avec sa raison"]
    workspace.diagnostics.set_synthesis(d, strengths="  ", weaknesses="Données papier")
    with pytest.raises(LifecycleError) as e:
        workspace.diagnostics.complete(d)
    assert len(e.value.missing) == 2                          # blank strengths count as missing
    workspace.diagnostics.set_synthesis(d, strengths="Savoir-faire")
    with pytest.raises(LifecycleError, match="synthèse"):
        workspace.diagnostics.complete(d)                     # no action, no reason
    assert workspace.diagnostics.get(d).status.value == "draft"


@pytest.mark.parametrize("how", ["action", "no_action"])
def test_an_action_or_an_explicit_no_action_with_its_reason_completes(workspace, company, ref, how):
    d = answered(workspace, company, ref)
    workspace.diagnostics.set_synthesis(d, strengths="Savoir-faire", weaknesses="Données papier")
    if how == "action":
        workspace.diagnostics.set_actions(d, [ActionItem(title="Installer un suivi TRS")])
    else:
        workspace.diagnostics.set_synthesis(d, no_action_reason="Investissements déjà engagés cette année")
    assert workspace.diagnostics.complete(d).status.value == "completed"


def test_next_steps_are_stored_checked_and_hashed_only_when_set(workspace, company, ref):
    d = answered(workspace, company, ref)
    before = workspace.diagnostics.get(d).content_hash()
    bare = workspace.diagnostics.get(d).model_copy(update={"expert_org": "", "expert_contact": ""})
    assert set(bare.content()) == {"id", "siret", "revision", "base_revision", "referentiel", "expert_key_id",
                                   "visit_date", "answers", "strengths", "weaknesses", "actions"}  # 0.1's keys
    workspace.diagnostics.set_synthesis(d, restitution_date=date(2027, 1, 15), followup_date=date(2027, 7, 1),
                                        expert_org="CCI Auvergne-Rhône-Alpes", expert_contact="04 72 00 00 00")
    got = workspace.diagnostics.get(d)
    assert (got.restitution_date, got.followup_date, got.expert_org) == (date(2027, 1, 15), date(2027, 7, 1),
                                                                        "CCI Auvergne-Rhône-Alpes")
    assert got.content_hash() != before and got.content()["restitution_date"] == "2027-01-15"
    workspace.diagnostics.set_synthesis(d, restitution_date="")               # cleared
    assert workspace.diagnostics.get(d).restitution_date is None
    with pytest.raises(ValidationError):
        workspace.diagnostics.set_synthesis(d, expert_contact="x" * 300)
    assert workspace.diagnostics.get(d).expert_contact == "04 72 00 00 00"     # unchanged
    # the contact given once starts the next diagnostic
    d2 = workspace.diagnostics.create(company.siret, ref, None, "Claire")
    assert workspace.diagnostics.get(d2).expert_contact == "04 72 00 00 00"


def test_bundles_carry_next_steps_only_when_set(tmp_path):
    from ifdesk.bundle import import_paths

    from .bundle_kit import completed_diag, export_one, new_pair

    expert, office = new_pair(tmp_path)
    try:
        plain = completed_diag(expert, seed=2)
        p1 = export_one(expert, plain, tmp_path / "plain.ifbundle")
        with zipfile.ZipFile(p1) as z:
            payload = json.loads(next(z.read(n) for n in z.namelist() if n.startswith("diag-")))
        assert not set(NEXT_STEP_FIELDS) & set(payload["diagnostic"]) - {"expert_org"}
        assert "naf_nomenclature" not in payload["company"]
        d = completed_diag(expert, seed=3)
        expert.diagnostics.reopen(d)
        expert.diagnostics.set_synthesis(d, restitution_date=date(2027, 2, 1), expert_contact="claire@example.org",
                                         no_action_reason="")
        expert.diagnostics.complete(d)
        p2 = export_one(expert, d, tmp_path / "steps.ifbundle")
        res = import_paths(office, [p1, p2])
        assert [r.status for r in res] == ["imported", "imported"], [r.reason for r in res]
        got = office.diagnostics.get(d)
        assert got.restitution_date == date(2027, 2, 1) and got.expert_contact == "claire@example.org"
        assert got.expert_org == "Cabinet Martin Conseil"
        assert office.diagnostics.get(plain).restitution_date is None
    finally:
        expert.close()
        office.close()


def test_schema1_fixture_gets_the_new_columns_without_losing_rows(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "workspace-schema1.sqlite3"
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    n_companies = sqlite3.connect(fixture).execute("SELECT count(*) FROM companies").fetchone()[0]
    with Workspace(folder) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
        rows = ws.db.execute("SELECT naf_nomenclature, count(*) FROM companies GROUP BY 1").fetchall()
        assert rows == [("NAFRev2", n_companies)]
        cols = {r[1] for r in ws.db.execute("PRAGMA table_info(revisions)")}
        assert set(NEXT_STEP_FIELDS) <= cols
        for r in ws.diagnostics.list()[:5]:
            d = ws.diagnostics.get(r["id"])
            assert d.restitution_date is None and d.no_action_reason == ""
        for c in ws.companies.list():
            ws.companies.get(c["siret"])        # every stored company still reads
