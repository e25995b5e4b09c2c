"""The office's fact tables: one row per diagnostic (its current revision) and its theme scores.

Aggregating the normalised tables (diagnostics → revisions → companies → theme_scores) over
100,000 diagnostics costs seconds; the dashboard needs milliseconds. So the schema keeps two
narrow, indexed tables derived from them (`office_facts`, `office_theme_scores`). Triggers on the
source tables only record *which* diagnostics changed (`office_dirty`); `refresh()` recomputes the
rows of those diagnostics, in one place, before any aggregate is read. Scores are never recomputed
here: they are read from `theme_scores` / `revisions.overall_score`, written at each save or import.

A read-only workspace cannot write the fact tables: `prepare()` then recomputes the changed
diagnostics into small TEMP tables and lays TEMP views of the same names over the main tables
(unqualified names find the TEMP schema first).
"""

from __future__ import annotations

import re

import sqlite_utils

from ..store import schema
from ..store.db import transaction

_TABLES = ("office_facts", "office_theme_scores", "office_theme_hist", "office_dirty")

_FACT_COLS = ("diag_id, siret, revision, status, counted, region, naf_div, size_class, visit_date, month, "
              "expert_key_id, expert_name, overall_score")


def _live_facts_sql(ids: str, target: str) -> str:
    """INSERT the current-revision facts of the diagnostics selected by `ids` (a subquery of diag ids)."""
    return (
        f"INSERT INTO {target} ({_FACT_COLS}) "
        "SELECT d.id, d.siret, d.current_revision, r.status, r.status IN ('completed', 'exported') "
        # a diagnostic the office rejected is not counted toward objectives (bundle.md, Authority)
        "AND NOT EXISTS (SELECT 1 FROM reviews rv WHERE rv.diag_id = d.id AND rv.state = 'rejected'), "
        "coalesce(c.region, ''), coalesce(substr(c.naf, 1, 2), ''), coalesce(c.size_class, ''), "
        "coalesce(r.visit_date, ''), coalesce(substr(r.visit_date, 1, 7), ''), coalesce(d.expert_key_id, ''), "
        "d.expert_name, r.overall_score "
        f"FROM diagnostics d JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
        f"LEFT JOIN companies c ON c.siret = d.siret WHERE d.id IN ({ids})")


def _live_themes_sql(ids: str, facts: str, target: str) -> str:
    return (
        f"INSERT INTO {target} (theme, score, fact_id, region, naf_div, size_class, visit_date) "
        "SELECT ts.theme, ts.score, f.id, f.region, f.naf_div, f.size_class, f.visit_date "
        f"FROM {facts} f JOIN theme_scores ts ON ts.diag_id = f.diag_id AND ts.revision = f.revision "
        f"WHERE f.counted AND ts.score IS NOT NULL AND f.diag_id IN ({ids})")


# Theme-score histograms kept per « grain »: unfiltered ('' → ''), and for a single filter on one
# dimension. A histogram holds ~1,600 rows per key where office_theme_scores holds 8 per diagnostic.
GRAINS = {"": "''", "region": "region", "naf_div": "naf_div", "size_class": "size_class",
          "month": "substr(visit_date, 1, 7)"}


def _add_to_hist(db: sqlite_utils.Database, fact_ids: str, sign: int, target: str = "office_theme_hist",
                 source: str = "office_theme_scores") -> None:
    """Keep `office_theme_hist` equal to counts over `office_theme_scores`, for the given facts' rows."""
    where = f" WHERE fact_id IN ({fact_ids})" if fact_ids else ""
    for grain, expr in GRAINS.items():
        db.execute(f"INSERT INTO {target} (grain, key, theme, score, n) SELECT '{grain}', {expr}, theme, score, "
                   f"{sign} * count(*) FROM {source}{where} GROUP BY 2, 3, 4 "
                   "ON CONFLICT (grain, key, theme, score) DO UPDATE SET n = n + excluded.n")


def _has_tables(db: sqlite_utils.Database) -> bool:
    names = {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?, ?)", _TABLES)}
    return names == set(_TABLES)


_OWN = re.compile(r"^\s*CREATE (?:TEMP )?(TABLE|INDEX|TRIGGER) (?:IF NOT EXISTS )?(?:office_|idx_office_)")


def _office_statements() -> list[str]:
    """The schema statements of the office's own tables, indexes and triggers (by their names)."""
    return [s for s in schema._V1 if _OWN.match(s)]


def _if_not_exists(sql: str) -> str:
    return re.sub(r"^(\s*CREATE (?:TABLE|INDEX|TRIGGER)) (?!IF NOT EXISTS)", r"\1 IF NOT EXISTS ", sql, count=1)


def refresh(db: sqlite_utils.Database) -> int:
    """Bring the fact tables up to date in a writable workspace; returns how many diagnostics were redone."""
    if not _has_tables(db):  # a development workspace made before these tables existed
        with transaction(db):
            for sql in _office_statements():
                db.execute(_if_not_exists(sql))
            for t in ("office_facts", "office_theme_scores", "office_theme_hist"):
                db.execute(f"DELETE FROM {t}")
            db.execute("INSERT OR IGNORE INTO office_dirty SELECT id FROM diagnostics")
    if db.execute("SELECT 1 FROM office_dirty LIMIT 1").fetchone() is None:
        return 0
    ids = "SELECT diag_id FROM office_dirty"
    with transaction(db):
        n = db.execute("SELECT count(*) FROM office_dirty").fetchone()[0]
        facts = f"SELECT id FROM office_facts WHERE diag_id IN ({ids})"
        _add_to_hist(db, facts, -1)
        db.execute(f"DELETE FROM office_theme_scores WHERE fact_id IN ({facts})")
        db.execute(f"DELETE FROM office_facts WHERE diag_id IN ({ids})")
        db.execute(_live_facts_sql(ids, "office_facts"))
        db.execute(_live_themes_sql(ids, "office_facts", "office_theme_scores"))
        _add_to_hist(db, facts, +1)  # counts fallen to 0 stay (readers sum with HAVING > 0): no 80,000-row sweep
        db.execute("DELETE FROM office_dirty")
    return n


_OVERLAY = ("office_facts", "office_theme_scores", "office_theme_hist")
_LIVE = ("office_live_facts", "office_live_themes", "office_hist_delta")


def _drop_overlay(db: sqlite_utils.Database) -> None:
    for name, kind in db.execute("SELECT name, type FROM sqlite_temp_master WHERE type IN ('view', 'table') "
                                 "AND name IN (?, ?, ?, ?, ?, ?)", _OVERLAY + _LIVE).fetchall():
        db.execute(f"DROP {kind.upper()} temp.{name}")


def _temp_table(db: sqlite_utils.Database, source: str, name: str) -> None:
    for sql in _office_statements():
        if sql.startswith(f"CREATE TABLE {source} "):
            db.execute(sql.replace(f"CREATE TABLE {source} ", f"CREATE TEMP TABLE {name} ", 1))
            return
    raise AssertionError(source)


def prepare(db: sqlite_utils.Database, readonly: bool) -> None:
    """Make `office_facts`, `office_theme_scores` and `office_theme_hist` current for the aggregates that follow.

    Read-only, with changed diagnostics pending: TEMP views of the same names (they shadow the main
    tables) show the stored rows minus the changed ones, plus those recomputed into small TEMP
    tables; the histograms get a delta. Rows are excluded by `id` / `fact_id`, which every index
    carries, so the queries stay on their covering indexes.
    """
    if not readonly:
        refresh(db)
        return
    _drop_overlay(db)
    if not _has_tables(db):  # a workspace made before these tables: build them whole, in TEMP
        ids = "SELECT id FROM main.diagnostics"
        for source in _OVERLAY:
            _temp_table(db, source, source)
        db.execute(_live_facts_sql(ids, "temp.office_facts"))
        db.execute(_live_themes_sql(ids, "temp.office_facts", "temp.office_theme_scores"))
        _add_to_hist(db, "", +1, "temp.office_theme_hist", "temp.office_theme_scores")
        return
    if db.execute("SELECT 1 FROM main.office_dirty LIMIT 1").fetchone() is None:
        return
    ids = "SELECT diag_id FROM main.office_dirty"
    stale = f"SELECT id FROM main.office_facts WHERE diag_id IN ({ids})"
    for source, name in zip(_OVERLAY, _LIVE):
        _temp_table(db, source, name)
    db.execute(_live_facts_sql(ids, "temp.office_live_facts"))
    # ids above the stored ones, so that a recomputed row never takes the id of a stored one
    db.execute("UPDATE temp.office_live_facts SET id = id + (SELECT coalesce(max(id), 0) FROM main.office_facts)")
    db.execute(_live_themes_sql(ids, "temp.office_live_facts", "temp.office_live_themes"))
    _add_to_hist(db, stale, -1, "temp.office_hist_delta", "main.office_theme_scores")
    _add_to_hist(db, "", +1, "temp.office_hist_delta", "temp.office_live_themes")
    db.execute(f"CREATE TEMP VIEW office_facts AS SELECT * FROM main.office_facts WHERE id NOT IN ({stale}) "
               "UNION ALL SELECT * FROM temp.office_live_facts")
    db.execute(f"CREATE TEMP VIEW office_theme_scores AS SELECT * FROM main.office_theme_scores "
               f"WHERE fact_id NOT IN ({stale}) UNION ALL SELECT * FROM temp.office_live_themes")
    db.execute("CREATE TEMP VIEW office_theme_hist AS SELECT * FROM main.office_theme_hist "
               "UNION ALL SELECT * FROM temp.office_hist_delta")
