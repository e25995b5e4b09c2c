"""if-pme 2027.1 beside 2026.1: content, English text, mapping from 2026.1, refusals, current version, English report."""

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from ifdesk.core import referentiel as R
from ifdesk.core import scoring
from ifdesk.core.diagnostic import ActionItem, Answer
from ifdesk.core.referentiel_mapping import check_previous, counterparts
from tests.conftest import CURRENT_REF, DEFAULT_REF, ROOT, run_cli

OLD_SHA = "5531330d4143302274c112a25aee80f1d8cbdeba091cc38947e5d311026a3f68"  # if-pme 2026.1 as published
PRIORITIES = {"numerisation-virtualisation-iot", "cobotique-realite-augmentee", "fabrication-additive",
              "monitoring-controle", "composites-materiaux-assemblage", "automatisation-robotique",
              "efficacite-energetique"}
RULE_FR = "le niveau retenu est le plus haut dont toutes les conditions sont observées"
RULE_EN = "the level retained is the highest one whose conditions are all observed"


@pytest.fixture(scope="module")
def new():
    return R.load_file(CURRENT_REF)


@pytest.fixture(scope="module")
def old():
    return R.load_file(DEFAULT_REF)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---- content ------------------------------------------------------------------------------------

def test_shape_and_weights(new):
    assert (new.id, new.version) == ("if-pme", "2027.1")
    assert 8 <= len(new.themes) <= 9 and 45 <= new.criteria_count() <= 60
    assert sum(t.weight for t in new.themes) == 100
    for t in new.themes:
        for c in t.criteria:
            assert sorted(c.levels) == [1, 2, 3, 4, 5] and 1 <= len(c.questions) <= 3 and c.weight in (1, 2, 3)


def share(ref, cid: str) -> float:
    """The weight of one criterion in the overall index."""
    t = ref.theme_of[cid]
    return t.weight / sum(x.weight for x in ref.themes) * ref.criteria_by_id[cid].weight / sum(c.weight for c in t.criteria)


def test_the_subjects_the_review_found_missing(new, old):
    ids = set(new.criteria_by_id)
    assert "donnees-ia" in {t.id for t in new.themes}
    assert {"donnees-ia.gouvernance", "donnees-ia.qualite", "donnees-ia.cas-usage"} <= ids
    assert {"marche-innovation.export", "marche-innovation.modele-affaires", "marche-innovation.servicisation",
            "strategie.couts", "qualite-maintenance.non-qualite", "qualite-maintenance.maitrise-risques"} <= ids
    # the business model and servitisation weigh for real (2026.1: about 1 %)
    assert share(old, "marche-innovation.produits-services") < 0.012
    model = share(new, "marche-innovation.servicisation") + share(new, "marche-innovation.modele-affaires")
    assert model > 0.035
    text = json.dumps(new.model_dump(mode="json"), ensure_ascii=False)
    assert "intelligence artificielle" in text and "export" in text
    for word in ("HACCP", "recette", "lot", "procédés continus", "BPF", "traçabilité par lot", "coût de revient"):
        assert word.lower() in text.lower(), word


def test_level_five_is_observable_not_reputation(new):
    for c in new.criteria_by_id.values():
        for lvl, d in c.levels.items():
            low = d.lower()
            assert not re.search(r"reconnu|meilleur|référence pour|leader|excellen", low), (c.id, lvl)
        assert not re.search(r"recogni[sz]ed|best in|benchmark for|leading", c.en.levels[5].lower()), c.id


def test_the_seven_technology_priorities_are_tagged(new):
    tags = {tag for c in new.criteria_by_id.values() for tag in c.tags}
    assert PRIORITIES <= tags


def test_partial_fulfilment_rule_is_written(new):
    assert RULE_FR in new.guidance.lower() and RULE_EN in new.en.guidance.lower()
    assert RULE_FR in " ".join((ROOT / "referentiel" / "README.md").read_text("utf-8").lower().split())
    assert RULE_EN in new.localized("en").guidance.lower()


def test_every_item_has_its_english_text(new):
    assert new.languages == ["fr", "en"]
    en = new.localized("en")
    assert en.sha256 == new.sha256 and en.ref == new.ref and en.canonical_json() == new.canonical_json()
    assert en.title != new.title and en.shown_language == "en"
    for s_fr, s_en in zip(new.scale, en.scale):
        assert s_en.label == s_fr.en.label and s_en.description == s_fr.en.description
    for t_fr, t_en in zip(new.themes, en.themes):
        assert t_en.title == t_fr.en.title != t_fr.title
        for c_fr, c_en in zip(t_fr.criteria, t_en.criteria):
            assert c_en.title != c_fr.title and len(c_en.questions) == len(c_fr.questions)
            assert sorted(c_en.levels) == sorted(c_fr.levels)
            for lvl in c_fr.levels:
                assert c_en.levels[lvl] != c_fr.levels[lvl]
                assert not re.search(r"[éèàùçœ]|« ", c_en.levels[lvl]), (c_en.id, lvl)
            assert all(q.rstrip().endswith(("?", ".")) and q != f for q, f in zip(c_en.questions, c_fr.questions))
    assert new.localized("fr") is new and en.localized("fr") is new and en.localized("en") is en
    assert old_has_no_english()


def old_has_no_english():
    old = R.load_file(DEFAULT_REF)
    return old.translations == [] and old.localized("en") is old


def test_the_published_2026_1_keeps_its_identity(old):
    """New optional keys are left out of the canonical form while absent: pinned diagnostics still match."""
    assert old.sha256 == OLD_SHA
    assert set(json.loads(old.canonical_json())) == {"id", "version", "title", "language", "description", "sources",
                                                     "disclaimer", "aggregation", "scale", "themes"}


def test_both_referentiels_score(new, old):
    for ref in (old, new):
        answers = [Answer(criterion=c, level=1 + i % 5, target=5) for i, c in enumerate(ref.criteria_by_id)]
        s = scoring.compute(ref, answers)
        assert s.overall is not None and 1 <= s.overall <= 5
        assert set(s.theme_scores) == {t.id for t in ref.themes}
        assert s.priorities and s.priorities[0].gap == 4
    en = new.localized("en")
    a = [Answer(criterion=c, level=2, target=4) for c in new.criteria_by_id]
    assert scoring.compute(en, a).overall == scoring.compute(new, a).overall


# ---- mapping from 2026.1 ------------------------------------------------------------------------

def test_mapping_from_2026_1(new, old):
    prev = new.previous
    assert (prev.id, prev.version) == ("if-pme", "2026.1")
    assert set(prev.criteria) == set(old.criteria_by_id)  # every old criterion mapped or explicitly removed
    assert all(n in new.criteria_by_id for targets in prev.criteria.values() for n in targets)
    assert check_previous(new, old) == []
    back = counterparts(new, old)
    assert set(back) == set(new.criteria_by_id)
    assert back["strategie.vision"] == ["strategie.vision"]  # kept
    assert back["marche-innovation.servicisation"] == ["marche-innovation.produits-services"]  # renamed
    assert back["donnees-ia.gouvernance"] == back["donnees-ia.valorisation"] == ["numerique.donnees"]  # split
    assert back["energie-environnement.responsabilite-societale"] == [  # merged, in the old order
        "energie-environnement.responsabilite-societale", "energie-environnement.territoire"]
    new_ones = {c for c, src in back.items() if not src}
    assert new_ones == {"strategie.couts", "marche-innovation.modele-affaires", "marche-innovation.export",
                        "donnees-ia.qualite", "donnees-ia.cas-usage", "donnees-ia.encadrement",
                        "qualite-maintenance.maitrise-risques", "qualite-maintenance.non-qualite"}
    # every old criterion is somebody's counterpart (nothing removed in 2027.1)
    assert {o for src in back.values() for o in src} == set(old.criteria_by_id)


def test_counterparts_without_a_declared_mapping(new, old):
    assert counterparts(new, new) == {c: [c] for c in new.criteria_by_id}
    assert counterparts(old, old) == {c: [c] for c in old.criteria_by_id}
    # 2026.1 declares nothing: only the same ids are safe
    back = counterparts(old, new)
    assert back["strategie.vision"] == ["strategie.vision"] and back["numerique.donnees"] == []


# ---- refusals -----------------------------------------------------------------------------------

def write(tmp_path: Path, mutate, name: str = "if-pme-2027.9.yaml") -> Path:
    data = yaml.safe_load(CURRENT_REF.read_text("utf-8"))
    data["version"] = "2027.9"
    mutate(data)
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), "utf-8")
    return p


def line_of(p: Path, needle: str, after: str = "") -> int:
    lines = p.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines[start:], start + 1) if needle in line)


def refused(p: Path, *needles: str) -> str:
    proc = run_cli("referentiel", "validate", str(p))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    for n in needles:
        assert n in proc.stderr, (n, proc.stderr)
    return proc.stderr


def test_mapping_to_a_criterion_not_in_this_file_is_refused(tmp_path):
    p = write(tmp_path, lambda d: d["previous"]["criteria"].update({"numerique.erp": ["numerique.erp-v2"]}))
    with pytest.raises(R.ReferentielInvalid) as e:
        R.load_file(p)
    where = f"{p}:{line_of(p, 'numerique.erp-v2')}: previous.criteria.numerique.erp: "
    assert where in str(e.value)
    refused(p, where, "« numerique.erp-v2 »")


def test_mapping_from_a_criterion_unknown_in_2026_1_is_refused(tmp_path):
    def mutate(d):
        d["previous"]["criteria"]["numerique.blockchain"] = []
    p = write(tmp_path, mutate)
    R.load_file(p)  # the file alone is coherent: only the previous version knows its criteria
    err = refused(p, f"{p}:{line_of(p, 'numerique.blockchain')}: previous.criteria.numerique.blockchain: ",
                  "if-pme 2026.1", "« numerique.blockchain »")
    assert err.startswith("error")


def test_an_old_criterion_left_out_of_the_mapping_is_refused(tmp_path):
    p = write(tmp_path, lambda d: d["previous"]["criteria"].pop("energie-environnement.territoire"))
    refused(p, f"{p}:{line_of(p, 'criteria:', after='previous:') + 1}: previous.criteria: ", "energie-environnement.territoire",
            "absent de la correspondance")


def test_a_mapping_from_an_unknown_version_is_not_checked_against_anything(tmp_path):
    def mutate(d):
        d["previous"]["version"] = "2025.9"
        d["previous"]["criteria"]["numerique.blockchain"] = []
    p = write(tmp_path, mutate)
    assert run_cli("referentiel", "validate", str(p)).returncode == 0


def test_missing_english_text_is_refused_with_its_location(tmp_path):
    def mutate(d):
        del d["themes"][1]["criteria"][2]["en"]
        del d["themes"][3]["criteria"][0]["en"]["levels"][4]
        d["themes"][4]["en"]["title"] = "  "
        d["themes"][0]["criteria"][1]["en"]["questions"].pop()
        del d["scale"][2]["en"]
    p = write(tmp_path, mutate)
    err = refused(p, "themes[1].criteria[2]: ", "« en » manquant",
                  "themes[3].criteria[0].en.levels: ", "themes[4].en.title", "themes[0].criteria[1].en.questions",
                  "scale[2]: ")
    crit = yaml.safe_load(CURRENT_REF.read_text("utf-8"))["themes"][1]["criteria"][2]["id"]
    assert f"{p}:{line_of(p, 'id: ' + crit)}: themes[1].criteria[2]: " in err
    english = run_cli("--lang", "en", "referentiel", "validate", str(p))
    assert english.returncode == 1 and '"en" text missing' in english.stderr


def test_english_text_without_declaring_it_is_refused(tmp_path):
    p = write(tmp_path, lambda d: d.pop("translations"))
    refused(p, "en: ", "ne le déclare pas dans « translations »")


def test_json_schema_requires_english_when_declared():
    schema = json.loads((ROOT / "referentiel" / "referentiel.schema.json").read_text("utf-8"))
    [rule] = schema["allOf"]
    assert rule["if"]["properties"]["translations"]["contains"] == {"const": "en"}
    assert rule["then"]["required"] == ["en"]
    assert rule["then"]["properties"]["themes"]["items"]["properties"]["criteria"]["items"]["required"] == ["en"]
    assert set(schema["$defs"]["CriterionEn"]["required"]) == {"title", "questions", "levels"}


# ---- the CLI in English -------------------------------------------------------------------------

def test_show_in_english(tmp_path):
    shown = json.loads(run_cli("--lang", "en", "referentiel", "show", "--json", data_dir=tmp_path / "ws", check=True).stdout)
    assert (shown["version"], shown["language"]) == ("2027.1", "en")
    assert shown["title"].startswith("Industrie du Futur maturity framework")
    titles = [t["title"] for t in shown["themes"]]
    assert "Data and artificial intelligence" in titles and "Données et intelligence artificielle" not in titles
    c = shown["themes"][0]["criteria"][0]
    assert c["title"] == "Medium-term vision and ambition" and c["questions"][0].startswith("How would you")
    assert c["levels"][4]["label"] == "Exemplary"
    assert RULE_EN in shown["guidance"].lower()
    fr = json.loads(run_cli("referentiel", "show", "if-pme@2027.1", "--json", data_dir=tmp_path / "ws", check=True).stdout)
    assert fr["themes"][0]["criteria"][0]["title"] == "Vision et ambition à moyen terme" and fr["sha256"] == shown["sha256"]
    text = run_cli("--lang", "en", "referentiel", "show", data_dir=tmp_path / "ws", check=True).stdout
    assert "Scale: 1 Initial, 2 Exploratory" in text and "Scoring rule" in text


# ---- the workspace: 2027.1 for new diagnostics, 2026.1 kept for old ones -----------------------------

def test_fresh_workspace_uses_2027_1(workspace):
    assert workspace.referentiels.current().version == "2027.1"
    assert {r["version"] for r in workspace.referentiels.list()} >= {"2026.1", "2027.1"}


def test_existing_workspace_after_upgrade(tmp_path):
    from ifdesk.report import render_report
    from ifdesk.store import Workspace

    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "workspace-schema1.sqlite3", folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        assert ws.referentiels.current().version == "2027.1"
        rows = ws.diagnostics.list()
        assert rows
        diag = ws.diagnostics.get(rows[0]["id"])
        assert (diag.referentiel.version, diag.referentiel.sha256) == ("2026.1", OLD_SHA)
        ref = ws.referentiels.get(diag.referentiel.sha256)
        assert ref.version == "2026.1" and scoring.compute(ref, diag.answers) is not None
        out = render_report(ws, diag.id, tmp_path / "old.pdf", lang="en")
        assert PdfReader(str(out)).pages


# ---- the English report of a 2027.1 diagnostic --------------------------------------------------------

def test_english_report_of_a_2027_1_diagnostic(workspace, company, tmp_path):
    from ifdesk.report import render_report

    ref = workspace.referentiels.current()
    assert ref.version == "2027.1"
    did = workspace.diagnostics.create(company.siret, ref, None, "Jane Doe", visit_date=date(2027, 2, 3))
    for i, cid in enumerate(ref.criteria_by_id):
        workspace.diagnostics.save_answer(did, Answer(criterion=cid, level=1 + i % 4, target=min(5, 2 + i % 4)))
    workspace.diagnostics.set_synthesis(did, strengths="Skilled team.", weaknesses="Paper records.")
    workspace.diagnostics.set_actions(did, [ActionItem(title="Deploy a CMMS", criteria=["qualite-maintenance.maintenance"],
                                                       priority=1, horizon="court")])
    workspace.diagnostics.complete(did)
    out = render_report(workspace, did, tmp_path / "en.pdf", lang="en")
    flat = squash("\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages))
    en = ref.localized("en")
    for t in en.themes:
        assert squash(t.title) in flat, t.title
    assert squash("Artificial intelligence use cases") in flat and squash(en.guidance[:60]) in flat
    french = [t.title for t in ref.themes] + [c.title for c in ref.criteria_by_id.values()]
    french += [d for c in ref.criteria_by_id.values() for d in c.levels.values()]
    french += [s.description for s in ref.scale] + [ref.guidance[:80], ref.title]
    leaks = [f for f in french if len(f) > 12 and squash(f)[:40] in flat]
    assert leaks == []
    fr_out = render_report(workspace, did, tmp_path / "fr.pdf", lang="fr")
    fr_flat = squash("\n".join(p.extract_text() or "" for p in PdfReader(str(fr_out)).pages))
    assert squash("Données et intelligence artificielle") in fr_flat and squash("Artificial intelligence") not in fr_flat


def test_the_window_reads_the_referentiel_in_its_language(workspace, company, monkeypatch):
    from ifdesk.ui import work

    ref = workspace.referentiels.current()
    did = workspace.diagnostics.create(company.siret, ref, None, "Jane Doe")
    workspace.diagnostics.save_answer(did, Answer(criterion="strategie.vision", level=2, target=4))
    monkeypatch.setattr(work, "language", lambda: "en")
    data = work.editor_data(workspace, did)
    assert data["ref"].themes[0].title == "Strategy, management and economic performance"
    assert data["ref"].sha256 == ref.sha256 and data["scores"].priorities[0].title == "Medium-term vision and ambition"
    monkeypatch.setattr(work, "language", lambda: "fr")
    assert work.editor_data(workspace, did)["ref"].themes[0].title == "Stratégie, pilotage et performance économique"
