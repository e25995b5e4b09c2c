"""Issue 14 at the office: diagnostic costs, programme milestones, and the programme-over-time figures
of the dashboard and `stats` (money, reviews, action execution, follow-ups, milestones).

Money is *engaged* when a diagnostic is assigned or started (it exists here, not rejected) and *spent*
when its review is `approved`; amounts are the programme's share of expert days × day rate.
A `rejected` diagnostic counts nowhere. Every function expects `aggregates.prepare(ws)` to have run.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..core.errors import NotFoundError
from ..core.programme import Milestone, check_cost, check_milestones, milestone_progress
from ..core.reference_data import region_and_predecessors
from ..i18n import _
from ..store import Workspace
from .filters import Filters

# ---- costs ------------------------------------------------------------------------------------------


def record_cost(ws: Workspace, diag_id: str, days: float, day_rate_eur: float, share_pct: float | None = None) -> dict:
    """Record (or replace) a diagnostic's cost; refused with one line, nothing written, on bad input."""
    full = ws.diagnostics.resolve_id(diag_id)
    c = check_cost(days, day_rate_eur, share_pct)
    from ..store.db import utcnow

    with ws.transaction():
        ws.db.execute("INSERT INTO diagnostic_costs (diag_id, days, day_rate_eur, share_pct, recorded_at) VALUES (?,?,?,?,?) "
                      "ON CONFLICT(diag_id) DO UPDATE SET days=excluded.days, day_rate_eur=excluded.day_rate_eur, "
                      "share_pct=excluded.share_pct, recorded_at=excluded.recorded_at",
                      (full, c.days, c.day_rate_eur, c.share_pct, utcnow()))
    cost = get_cost(ws, full)
    assert cost is not None  # just written
    return cost


def get_cost(ws: Workspace, diag_id: str) -> dict | None:
    r = ws.db.execute("SELECT days, day_rate_eur, share_pct, recorded_at FROM diagnostic_costs WHERE diag_id = ?",
                      (diag_id,)).fetchone()
    if r is None:
        return None
    total = r[0] * r[1]
    return {"id": diag_id, "days": r[0], "day_rate_eur": r[1], "share_pct": r[2], "total_eur": total,
            "programme_eur": total * r[2] / 100, "recorded_at": r[3]}


# ---- milestones ---------------------------------------------------------------------------------------

def milestones(ws: Workspace, programme_id: int) -> list[dict]:
    return [{"date": d, "objective": n} for d, n in ws.db.execute(
        "SELECT date, objective FROM programme_milestones WHERE programme_id = ? ORDER BY date", (programme_id,))]


def set_milestones(ws: Workspace, programme_id: int, items: list[Milestone]) -> list[dict]:
    """Replace a programme's milestones (checked against its period) in one transaction."""
    row = ws.db.execute('SELECT start, "end" FROM programmes WHERE id = ?', (programme_id,)).fetchone()
    if row is None:
        raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))
    ok = check_milestones(items, date.fromisoformat(row[0]), date.fromisoformat(row[1]))
    with ws.transaction():
        ws.db.execute("DELETE FROM programme_milestones WHERE programme_id = ?", (programme_id,))
        ws.db.conn.executemany("INSERT INTO programme_milestones (programme_id, date, objective) VALUES (?,?,?)",
                               [(programme_id, m.date.isoformat(), m.objective) for m in ok])
    return milestones(ws, programme_id)


region_group = region_and_predecessors  # a pre-2016 code counts in its successor


def _facts(f: Filters, counted_only: bool = False, rejected: bool = False) -> tuple[str, list]:
    """office_facts under the filters (a region filter takes in its pre-2016 codes), rejected left out."""
    g = Filters(f.date_from, f.date_to, None, f.naf_division, f.size_class)
    where, params = g.where(counted_only=counted_only)
    conds = [where[len(" WHERE "):]] if where else []
    if f.region:
        group = region_group(f.region)
        conds.append(f"region IN ({','.join('?' * len(group))})")
        params = params + group
    if not rejected:
        conds.append("diag_id NOT IN (SELECT diag_id FROM reviews WHERE state = 'rejected')")
    return "SELECT * FROM office_facts" + (" WHERE " + " AND ".join(conds) if conds else ""), params


facts_query = _facts  # the public name (office/national.py batches the per-region milestones with it)


def region_milestones_all(ws: Workspace, f: Filters, region_codes: list[str], today: date | None = None) -> dict:
    """`region_milestones` of every region in one pass (office/national.py)."""
    from .national import region_milestones_all as batched

    return batched(ws, f, region_codes, today)


# ---- figures ----------------------------------------------------------------------------------------

def budget(ws: Workspace, f: Filters, allocated: float) -> dict:
    sql, params = _facts(f)
    row = ws.db.execute(
        "SELECT coalesce(sum(c.days * c.day_rate_eur * c.share_pct / 100), 0), "
        "coalesce(sum(CASE WHEN r.state = 'approved' THEN c.days * c.day_rate_eur * c.share_pct / 100 END), 0), "
        "count(DISTINCT CASE WHEN r.state = 'approved' THEN o.siret END) "
        f"FROM ({sql}) o JOIN diagnostic_costs c ON c.diag_id = o.diag_id LEFT JOIN reviews r ON r.diag_id = o.diag_id",
        params).fetchone()
    engaged, spent, approved_companies = row
    return {"allocated": allocated, "engaged": engaged, "spent": spent,
            "cost_per_company": spent / approved_companies if approved_companies else None,
            "companies_paid": approved_companies}


def reviews_by_state(ws: Workspace, f: Filters) -> dict:
    sql, params = _facts(f, rejected=True)
    return dict(ws.db.execute(f"SELECT r.state, count(*) FROM ({sql}) o JOIN reviews r ON r.diag_id = o.diag_id "
                              "GROUP BY r.state ORDER BY r.state", params).fetchall())


def actions_by_status(ws: Workspace, f: Filters) -> dict:
    sql, params = _facts(f)
    return dict(ws.db.execute(f"SELECT a.status, count(*) FROM ({sql}) o JOIN actions a ON a.diag_id = o.diag_id "
                              "AND a.revision = o.revision GROUP BY a.status ORDER BY a.status", params).fetchall())


def actions_by_theme(ws: Workspace, f: Filters, theme_of) -> list[dict]:
    """Action execution per theme (an action counts under the theme of its first linked criterion)."""
    import json

    sql, params = _facts(f)
    out: dict[str, dict] = {}
    for crit, status in ws.db.execute(f"SELECT a.criteria, a.status FROM ({sql}) o JOIN actions a ON a.diag_id = o.diag_id "
                                      "AND a.revision = o.revision", params):
        ids = json.loads(crit or "[]")
        theme = theme_of(ids[0]) if ids else None
        row = out.setdefault(theme or "", {"planned": 0, "in_progress": 0, "done": 0, "abandoned": 0})
        row[status] = row.get(status, 0) + 1
    return [{"theme": k, **v} for k, v in out.items()]


def followups(ws: Workspace, f: Filters) -> dict:
    """Companies with two or more diagnostics, and the average progress per theme of the counted follow-ups."""
    sql, params = _facts(f)
    companies = ws.db.execute(f"SELECT count(*) FROM (SELECT siret FROM ({sql}) GROUP BY siret HAVING count(*) >= 2)",
                              params).fetchone()[0]
    rows = ws.db.execute(
        # driven from the follow-ups (index on previous_id), not from every fact row
        f"SELECT t_now.theme, avg(t_now.score - t_then.score), count(*) FROM diagnostics d CROSS JOIN ({sql}) o "
        "ON o.diag_id = d.id AND o.counted = 1 "
        "CROSS JOIN diagnostics p ON p.id = d.previous_id "  # CROSS JOIN: SQLite keeps this order
        "CROSS JOIN theme_scores t_now ON t_now.diag_id = o.diag_id AND t_now.revision = o.revision "
        "CROSS JOIN theme_scores t_then ON t_then.diag_id = p.id AND t_then.revision = p.current_revision "
        "AND t_then.theme = t_now.theme "
        "WHERE d.previous_id IS NOT NULL AND t_now.score IS NOT NULL AND t_then.score IS NOT NULL GROUP BY t_now.theme", params).fetchall()
    overall = ws.db.execute(
        f"SELECT avg(o.overall_score - rp.overall_score), count(*) FROM diagnostics d CROSS JOIN ({sql}) o "
        "ON o.diag_id = d.id AND o.counted = 1 "
        "CROSS JOIN diagnostics p ON p.id = d.previous_id CROSS JOIN revisions rp ON rp.diag_id = p.id AND rp.revision = p.current_revision "
        "WHERE d.previous_id IS NOT NULL AND o.overall_score IS NOT NULL AND rp.overall_score IS NOT NULL", params).fetchone()
    return {"companies": companies, "compared": overall[1], "overall_progress": overall[0],
            "themes": {t: {"progress": avg, "n": n} for t, avg, n in rows}}


def diagnosed_by(ws: Workspace, f: Filters, region: str | None, day: date) -> int:
    g = Filters(None, None, region, f.naf_division, f.size_class)
    sql, params = _facts(g, counted_only=True)
    return ws.db.execute(f"SELECT count(DISTINCT siret) FROM ({sql}) WHERE visit_date != '' AND visit_date <= ?",
                         params + [day.isoformat()]).fetchone()[0]


def region_milestones(ws: Workspace, f: Filters, region: str, today: date | None = None) -> dict:
    """Per region: the milestones of its programmes (summed per date) with the companies diagnosed by each
    date, and the progress against the current one (`core.programme.milestone_progress`)."""
    today = today or date.today()
    group = region_group(region)
    rows = ws.db.execute(
        f"SELECT m.date, sum(m.objective) FROM programme_milestones m JOIN programmes p ON p.id = m.programme_id "
        f"WHERE p.region IN ({','.join('?' * len(group))}) GROUP BY m.date ORDER BY m.date", group).fetchall()
    ms = [{"date": d, "objective": n, "diagnosed": diagnosed_by(ws, f, region, min(date.fromisoformat(d), today))}
          for d, n in rows]
    return {"milestones": ms,
            "milestone_progress": milestone_progress(ms, lambda day: diagnosed_by(ws, f, region, day), today)}


def maturity_levels(ws: Workspace, f: Filters, ref) -> list[dict]:
    """Companies per maturity level (the référentiel's labels), from each company's latest counted diagnostic."""
    import math

    sql, params = _facts(f, counted_only=True)
    # the latest counted visit per company, joined once (a correlated subquery per row was quadratic)
    scores = [s for (s,) in ws.db.execute(
        f"SELECT o.overall_score FROM ({sql}) o JOIN (SELECT siret, max(visit_date) AS last FROM office_facts "
        "WHERE counted = 1 GROUP BY siret) m ON m.siret = o.siret AND o.visit_date = m.last "
        "WHERE o.overall_score IS NOT NULL", params)]
    counts = {lvl: 0 for lvl in ref.levels}
    for s in scores:
        lvl = min(max(math.floor(s + 1e-9), ref.min_level), ref.max_level)
        counts[lvl] += 1
    return [{"level": lvl, "label": ref.level_label(lvl), "companies": n} for lvl, n in counts.items()]


def technology_priorities(ws: Workspace, f: Filters, ref) -> list[dict]:
    """The référentiel's tagged technology priorities: average current level and gap to target."""
    tags: dict[str, list[str]] = {}
    for cid, c in ref.criteria_by_id.items():
        for t in getattr(c, "tags", []) or []:
            tags.setdefault(t, []).append(cid)
    if not tags:
        return []
    sql, params = _facts(f, counted_only=True)
    out = []
    for tag, cids in tags.items():
        marks = ",".join("?" * len(cids))
        row = ws.db.execute(
            f"SELECT avg(a.level), avg(a.target - a.level), count(DISTINCT o.siret) FROM ({sql}) o JOIN answers a "
            f"ON a.diag_id = o.diag_id AND a.revision = o.revision WHERE a.criterion IN ({marks}) AND a.level IS NOT NULL",
            params + cids).fetchone()
        out.append({"tag": tag, "criteria": len(cids), "average": row[0], "gap": row[1], "companies": row[2]})
    return out


def figures(ws: Workspace, f: Filters, allocated: float, region_codes: list[str], ref=None,
            today: date | None = None) -> dict:
    """Everything of issue 14 for the dashboard and `stats --json` under one set of filters."""
    out: dict[str, Any] = {"budget": budget(ws, f, allocated), "reviews": {"by_state": reviews_by_state(ws, f)},
           "actions": {"by_status": actions_by_status(ws, f)}, "followups": followups(ws, f),
           "regions": region_milestones_all(ws, f, region_codes, today)}
    if ref is not None:
        out["maturity_levels"] = maturity_levels(ws, f, ref)
        out["technology_priorities"] = technology_priorities(ws, f, ref)
        theme_of = {cid: ref.theme_of[cid].id for cid in ref.criteria_by_id}
        out["actions"]["by_theme"] = actions_by_theme(ws, f, theme_of.get)
    return out
