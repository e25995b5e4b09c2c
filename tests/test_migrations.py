"""Workspaces of every released schema upgrade with no row lost, after an automatic backup."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ifdesk.store import Workspace, schema
from ifdesk.store.db import WorkspaceError

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("workspace-schema*.sqlite3"))


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    out = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    return out


def test_there_is_a_fixture_of_the_first_schema():
    assert any(f.name == "workspace-schema1.sqlite3" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_upgrades_without_losing_rows(fixture, tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    old_version = sqlite3.connect(fixture).execute("PRAGMA user_version").fetchone()[0]
    before = counts(folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
        assert ws.check() == []
        if old_version < schema.LATEST:
            assert ws.last_backup is not None and ws.last_backup.exists()
            assert counts(ws.last_backup) == before
        diags = ws.diagnostics.list()
        assert diags, "the fixture holds diagnostics"
        for row in diags[:5]:
            ws.diagnostics.get(row["id"])  # every revision still reads and scores
    after = counts(folder / "ifdesk.sqlite3")
    for table, n in before.items():
        if table in after:
            assert after[table] >= n, f"{table}: {n} rows before, {after[table]} after"


def _add_step(monkeypatch, step):
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS) + 1)


def test_a_new_migration_backs_up_first_and_keeps_rows(tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    from ifdesk.demo import fill

    with Workspace(folder) as ws:
        fill(ws, companies=8, seed=3)
    before = counts(folder / "ifdesk.sqlite3")

    def m_next(db):
        db.execute("ALTER TABLE companies ADD COLUMN website TEXT")

    _add_step(monkeypatch, m_next)
    with Workspace(folder) as ws:
        assert ws.last_backup is not None
        assert counts(ws.last_backup) == before
        assert "website" in {r[1] for r in ws.db.execute("PRAGMA table_info(companies)")}
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert counts(folder / "ifdesk.sqlite3") == before


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    Workspace(folder).close()
    path = folder / "ifdesk.sqlite3"
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]

    def m_broken(db):
        db.execute("ALTER TABLE companies ADD COLUMN half_done TEXT")
        raise RuntimeError("coupure au milieu de la migration")

    _add_step(monkeypatch, m_broken)
    with pytest.raises(WorkspaceError, match="reste"):
        Workspace(folder)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == version
    assert "half_done" not in {r[1] for r in con.execute("PRAGMA table_info(companies)")}
    con.close()


def _schema_sql(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    rows = {name: " ".join(sql.split()) for name, sql in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")}
    con.close()
    return rows


def test_released_schema_1_is_frozen(tmp_path):
    """v1 was released with the first fixture: a schema change needs a new migration, not an edit of v1."""
    from ifdesk.store import db as dbmod

    path = tmp_path / "v1.sqlite3"
    con = dbmod.connect(path)
    dbmod.migrate(con, path, schema.MIGRATIONS[:1])
    con.conn.close()
    fixture = Path(__file__).parent / "fixtures" / "workspace-schema1.sqlite3"
    assert _schema_sql(path) == _schema_sql(fixture)


def test_distribution_tables_come_from_the_schema_only(tmp_path):
    """No side path creates tables: the released schema 1 already has the distribution tables (every
    schema-1 fixture holds them), and no module but store/schema.py writes DDL for the workspace."""
    import ast
    import re

    for fixture in FIXTURES:
        con = sqlite3.connect(fixture)
        have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        con.close()
        assert {"distributions_received", "distribution_companies"} <= have, fixture.name
    pkg = Path(__file__).resolve().parent.parent / "ifdesk"
    offenders = []
    for p in pkg.rglob("*.py"):
        if p.relative_to(pkg).as_posix() == "store/schema.py":
            continue
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.search(r"CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?\w+\s*\(", node.value):
                offenders.append(f"{p.relative_to(pkg)}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id == "ensure_tables":
                offenders.append(f"{p.relative_to(pkg)}:{node.lineno} ensure_tables")
    assert offenders == []


def test_schema_1_office_gets_authors_and_reviews(tmp_path):
    """m002_authority_review: every received diagnostic gets its author (the signer of its first received
    revision) and starts `to_review`; an expert's own diagnostics get neither."""
    fixture = Path(__file__).parent / "fixtures" / "workspace-schema1.sqlite3"
    con = sqlite3.connect(fixture)
    first = {}
    for d, k, _at, _n, _h in con.execute("SELECT diag_id, signer_key_id, received_at, revision, content_hash "
                                      "FROM received_revisions ORDER BY received_at, revision, content_hash"):
        first.setdefault(d, k)
    current = dict(con.execute("SELECT id, current_revision FROM diagnostics"))
    con.close()
    assert first, "the office fixture holds received revisions"
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        from ifdesk.store import imports, reviews

        for diag_id, key in first.items():
            assert imports.author_of(ws.db, diag_id) == key
            r = reviews.get_review(ws.db, diag_id)
            assert r["state"] == "to_review" and r["revision"] == current[diag_id]
        for diag_id in set(current) - set(first):
            assert reviews.get_review(ws.db, diag_id) is None
        assert "created_by_key_id" in {r[1] for r in ws.db.execute("PRAGMA table_info(companies)")}


def test_schema_1_expert_has_no_reviews_after_upgrade(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "workspace-schema1-expert.sqlite3"
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        assert ws.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM diag_authors").fetchone()[0] == 0


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_m003_programme_follow_ups_statuses_money(fixture, tmp_path):
    """Issue 14: previous_id, action ids/statuses, milestones, costs, benchmark; signed hashes unchanged."""
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    before = counts(folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        cols = {t: {r[1] for r in ws.db.execute(f"PRAGMA table_info({t})")} for t in ("diagnostics", "actions")}
        assert "previous_id" in cols["diagnostics"]
        assert {"action_id", "status", "status_date", "status_reason"} <= cols["actions"]
        for t in ("programme_milestones", "diagnostic_costs", "benchmark_cells"):
            assert ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM actions").fetchone()[0] == before.get("actions", 0)
        assert ws.db.execute("SELECT count(*) FROM actions WHERE status != 'planned'").fetchone()[0] == 0
        # drafts got stable ids; completed revisions keep none (their content hash was signed without)
        assert ws.db.execute("SELECT count(*) FROM actions a JOIN revisions r ON r.diag_id = a.diag_id AND "
                             "r.revision = a.revision WHERE r.status = 'draft' AND a.action_id IS NULL").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM actions a JOIN revisions r ON r.diag_id = a.diag_id AND "
                             "r.revision = a.revision WHERE r.status != 'draft' AND a.action_id IS NOT NULL").fetchone()[0] == 0
        assert ws.check() == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_m005_national_register_forwarding_steering(fixture, tmp_path):
    """Issue 13: register, kept bundles, office regions, national staging tables; every row of before kept."""
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    before = counts(folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        for t in ("register_entries", "register_state", "forward_bundles", "national_programmes_received",
                  "national_reviews", "national_costs", "national_objectives"):
            assert ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
        assert "region" in {r[1] for r in ws.db.execute("PRAGMA table_info(trusted_keys)")}
        assert "office_key_id" in {r[1] for r in ws.db.execute("PRAGMA table_info(programmes)")}
        for t in ("trusted_keys", "programmes", "diagnostics", "revisions"):
            assert ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == before.get(t, 0)
        assert ws.check() == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_m006_national_perf_adds_the_action_status_index(fixture, tmp_path):
    """The national dashboard's action statuses and follow-ups read from indexes; every row of before kept."""
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(fixture, folder / "ifdesk.sqlite3")
    before = counts(folder / "ifdesk.sqlite3")
    with Workspace(folder) as ws:
        assert "idx_actions_status" in {r[1] for r in ws.db.execute("PRAGMA index_list(actions)")}
        plan = " ".join(r[3] for r in ws.db.execute(
            "EXPLAIN QUERY PLAN SELECT status FROM actions WHERE diag_id = 'x' AND revision = 1"))
        assert "COVERING INDEX idx_actions_status" in plan
        assert "idx_diagnostics_followups" in {r[1] for r in ws.db.execute("PRAGMA index_list(diagnostics)")}
        for t in ("actions", "diagnostics", "revisions"):
            assert ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == before.get(t, 0)
        assert ws.check() == []
