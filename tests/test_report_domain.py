"""Issue 15's report: next steps, financing (data), the expert's contact, confidentiality, signatures,
consecutive annex letters, « non chiffré » for unknown costs, the sub-class label — read back with pypdf."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ifdesk.core import financing
from ifdesk.core.diagnostic import ActionItem
from ifdesk.core.errors import ValidationError
from ifdesk.report import render_report
from ifdesk.report.labels import Labels, annex_letters

from .test_report import _squash, make_diag, pdf_text


def test_annex_letters_have_no_gap():
    assert annex_letters(False) == {"criteria": "A", "method": "B"}
    assert annex_letters(True) == {"criteria": "A", "photos": "B", "method": "C"}
    assert Labels("fr", has_photos=False)("annex_method") == "Annexe B — Méthode"
    assert Labels("en", has_photos=True)("annex_method") == "Annex C — Method"
    assert Labels("fr", has_photos=True)("photos_ref", n=2).endswith("annexe B")


def test_report_says_what_comes_next_and_who_to_call(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company, complete=False)
    workspace.diagnostics.set_synthesis(did, restitution_date=date(2026, 12, 8), followup_date=date(2027, 11, 24),
                                        expert_org="CCI Auvergne-Rhône-Alpes", expert_contact="helene.garcon@example.org")
    workspace.diagnostics.complete(did)
    out = render_report(workspace, did, tmp_path / "r.pdf")
    t = _squash(pdf_text(out))
    for needle in ("Prochainesétapes", "Réunionderestitution", "8décembre2026", "Visitedesuiviprévue",
                   "24novembre2027", "CCIAuvergne-Rhône-Alpes", "helene.garcon@example.org",
                   "Financementsmobilisables", "Diag Décarbon'Action".replace(" ", ""), "Confidentialité",
                   "Cerapportestconfidentiel", "Signatures", "L'expert", "Ledirigeantdel'entreprise",
                   "Nom,dateetsignature", "25.62B—Mécaniqueindustrielle", "AnnexeA—Détaildescritères",
                   "AnnexeB—Méthode"):
        assert _squash(needle) in t, needle
    assert "AnnexeC" not in t                      # no photos: A then B, no gap
    assert t.index("Prochainesétapes") < t.index("Financementsmobilisables") < t.index("AnnexeA—Détail")


def test_unknown_cost_is_not_costed_never_zero(workspace, ref, company, tmp_path):
    did = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.diagnostics.set_actions(did, [ActionItem(title="Audit énergétique", cost_eur=None),
                                            ActionItem(title="Former deux régleurs", cost_eur=4000)])
    t = _squash(pdf_text(render_report(workspace, did, tmp_path / "r.pdf")))
    assert "nonchiffré" in t and "0€" not in t.replace("4000€", "")
    assert "+1nonchiffrée" in t                    # the total says it leaves one out


def test_no_action_reason_is_printed_in_place_of_the_plan(workspace, ref, company, tmp_path):
    did = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.diagnostics.set_synthesis(did, no_action_reason="Investissements déjà engagés pour 2027")
    t = _squash(pdf_text(render_report(workspace, did, tmp_path / "r.pdf", lang="en")))
    assert _squash("No action retained in the plan: Investissements déjà engagés pour 2027") in t
    assert "Nextsteps" in t and "tobescheduled" in t and "AnnexB—Method" in t


def test_financing_schemes_are_data_and_a_workspace_can_replace_them(workspace, ref, company, tmp_path):
    shipped = financing.shipped()
    assert shipped and all(s.name and s.body and s.funds for s in shipped)
    assert all(s.link == "" or s.link.startswith("https://") for s in shipped)
    (workspace.folder / "financing.json").write_text(json.dumps({"schemes": [
        {"name": "Aide <b>régionale</b> au conseil", "body": "Région Bretagne", "funds": "50 % du conseil",
         "link": "https://www.bretagne.bzh"}]}), "utf-8")
    did = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    t = _squash(pdf_text(render_report(workspace, did, tmp_path / "r.pdf")))
    assert "Aide<b>régionale</b>auconseil" in t and "RégionBretagne" in t    # text, never markup
    assert "Décarbon" not in t


@pytest.mark.parametrize("doc", [{"schemes": [{"name": "X", "body": "", "funds": "", "link": "javascript:alert(1)"}]},
                                 {"schemes": [{"name": "X", "link": "https://a.fr/\" onclick=\"x"}]},
                                 {"schemes": [{"name": ""}]}, {"schemes": "x"}, [1, 2]])
def test_bad_financing_files_are_refused_with_the_reason(doc):
    with pytest.raises(ValidationError, match="financing.json"):
        financing.parse(json.dumps(doc), "financing.json")
