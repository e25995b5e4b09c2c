import sqlite3

import pytest

from ifdesk.core.diagnostic import ActionItem, Answer, Status
from ifdesk.core.errors import LifecycleError, NotFoundError, ValidationError
from ifdesk.store import Workspace
from ifdesk.store.db import WorkspaceError, WorkspaceLocked


def test_new_workspace_has_wal_fk_and_the_default_referentiel(workspace):
    db = workspace.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    ref = workspace.referentiels.current()
    assert (ref.id, ref.version) == ("if-pme", "2027.1")  # the newest shipped version
    assert workspace.referentiels.find("if-pme@2026.1").sha256 != ref.sha256  # the first one stays known
    assert workspace.check() == []


def test_second_writer_is_refused(workspace, data_dir):
    with pytest.raises(WorkspaceLocked, match="déjà ouvert"):
        Workspace(data_dir)
    ro = Workspace(data_dir, readonly=True)  # readers are welcome
    assert ro.referentiels.current().id == "if-pme"
    ro.close()


def test_lock_is_released_on_close(data_dir):
    Workspace(data_dir).close()
    Workspace(data_dir).close()


def test_corrupt_file_gives_a_clear_error(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "ifdesk.sqlite3").write_bytes(b"ceci n'est pas une base SQLite" * 100)
    with pytest.raises(WorkspaceError, match="n'est pas une base"):
        Workspace(data_dir)


def test_newer_schema_is_refused_and_untouched(data_dir):
    Workspace(data_dir).close()
    path = data_dir / "ifdesk.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="plus récent"):
        Workspace(data_dir)
    with pytest.raises(WorkspaceError, match="plus récent"):
        Workspace(data_dir, readonly=True)
    assert path.read_bytes() == before


def test_answer_is_durable_once_save_returns(workspace, company, data_dir):
    ref = workspace.referentiels.current()
    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Claire")
    crit = next(iter(ref.criteria_by_id))
    workspace.diagnostics.save_answer(diag_id, Answer(criterion=crit, level=3, target=4, note="Vu à l'atelier"))
    # another connection (another process would see the same) reads it without any close/commit
    con = sqlite3.connect(data_dir / "ifdesk.sqlite3")
    row = con.execute("SELECT level, target, note FROM answers WHERE diag_id=? AND criterion=?", (diag_id, crit)).fetchone()
    con.close()
    assert row == (3, 4, "Vu à l'atelier")


def test_bad_answers_change_nothing(workspace, company):
    ref = workspace.referentiels.current()
    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Claire")
    crit = next(iter(ref.criteria_by_id))
    with pytest.raises(ValidationError, match="Critère inconnu"):
        workspace.diagnostics.save_answer(diag_id, Answer(criterion="nope", level=3))
    with pytest.raises(ValidationError, match="hors de l'échelle"):
        workspace.diagnostics.save_answer(diag_id, Answer(criterion=crit, level=9))
    with pytest.raises(ValidationError, match="hors de l'échelle"):
        workspace.diagnostics.save_answer(diag_id, Answer(criterion=crit, level=2, target=0))
    with pytest.raises(ValidationError, match="raison"):
        Answer(criterion=crit, na=True)
    with pytest.raises(NotFoundError):
        workspace.diagnostics.save_answer("00000000-0000-0000-0000-000000000000", Answer(criterion=crit, level=3))
    assert workspace.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def test_lifecycle(workspace, company):
    ref = workspace.referentiels.current()
    diags = workspace.diagnostics
    diag_id = diags.create(company.siret, ref, None, "Claire")
    crits = list(ref.criteria_by_id)
    for c in crits[:-2]:
        diags.save_answer(diag_id, Answer(criterion=c, level=2, target=3))
    with pytest.raises(LifecycleError) as e:
        diags.complete(diag_id)
    assert e.value.missing[-2:] == crits[-2:]
    diags.save_answer(diag_id, Answer(criterion=crits[-2], level=4))
    diags.save_answer(diag_id, Answer(criterion=crits[-1], na=True, na_reason="Pas de fabrication additive"))
    diags.set_actions(diag_id, [ActionItem(title="Former deux référents", criteria=[crits[0]])])
    diags.set_synthesis(diag_id, strengths="Équipe stable", weaknesses="Pas de données")
    done = diags.complete(diag_id)
    assert done.status == Status.COMPLETED and done.revision == 1
    with pytest.raises(LifecycleError, match="rouvrez-le"):
        diags.save_answer(diag_id, Answer(criterion=crits[0], level=5))
    with pytest.raises(LifecycleError):
        diags.complete(diag_id)
    diags.mark_exported(diag_id, 1)
    again = diags.reopen(diag_id)
    assert (again.status, again.revision, again.base_revision) == (Status.DRAFT, 2, 1)
    assert again.answers == done.answers and again.actions == done.actions
    diags.save_answer(diag_id, Answer(criterion=crits[0], level=5))
    old = diags.get(diag_id, 1)
    assert old.status == Status.EXPORTED and old.answers[crits[0]].level == 2
    assert [r["revision"] for r in diags.revisions(diag_id)] == [1, 2]
    assert workspace.check() == []


def test_unknown_action_criterion_refused(workspace, company):
    ref = workspace.referentiels.current()
    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Claire")
    with pytest.raises(ValidationError, match="Critère inconnu"):
        workspace.diagnostics.set_actions(diag_id, [ActionItem(title="X", criteria=["inexistant"])])


def test_check_detects_tampering(workspace, company):
    ref = workspace.referentiels.current()
    diags = workspace.diagnostics
    diag_id = diags.create(company.siret, ref, None, "Claire")
    for c in ref.criteria_by_id:
        diags.save_answer(diag_id, Answer(criterion=c, level=3))
    diags.set_synthesis(diag_id, strengths="A", weaknesses="B", no_action_reason="Déjà engagé ailleurs")
    diags.complete(diag_id)
    assert workspace.check() == []
    with workspace.transaction():
        workspace.db.execute("UPDATE answers SET level = 5 WHERE diag_id = ? AND criterion = ?",
                             (diag_id, next(iter(ref.criteria_by_id))))
    problems = workspace.check()
    assert any("altéré" in p for p in problems)


def test_same_referentiel_version_with_other_content_is_refused(workspace):
    from ifdesk.core import referentiel as R

    ref = workspace.referentiels.current()
    data = ref.model_dump(mode="json")
    data["title"] = "Autre contenu"
    with pytest.raises(ValidationError, match="nouveau numéro"):
        workspace.referentiels.add(R.from_data(data))


def test_company_search(workspace, company):
    assert [r["siret"] for r in workspace.companies.list(search="forez")] == [company.siret]
    assert [r["siret"] for r in workspace.companies.list(search="732 829")] == [company.siret]
    assert workspace.companies.list(search="inexistant") == []
    with pytest.raises(ValidationError, match="déjà enregistrée"):
        workspace.companies.add(company)


def test_draft_score_in_list_is_never_stale(workspace, company):
    ref = workspace.referentiels.current()
    diags = workspace.diagnostics
    diag_id = diags.create(company.siret, ref, None, "Claire")
    crits = list(ref.criteria_by_id)
    diags.save_answer(diag_id, Answer(criterion=crits[0], level=2))
    assert diags.list()[0]["overall_score"] == 2.0  # not rescored yet: computed on read
    diags.rescore(diag_id)
    diags.save_answer(diag_id, Answer(criterion=crits[0], level=4))
    assert diags.list()[0]["overall_score"] == 4.0
    diags.rescore(diag_id)
    assert workspace.db.execute("SELECT overall_score FROM revisions").fetchone()[0] == 4.0
    assert diags.get(diag_id).last_criterion == crits[0]
