"""The national level's figures (issue 13): national objectives (companies diagnosed by a date, all regions
together) and the regions side by side. Everything else is the office's aggregates: the national workspace
holds the forwarded diagnostics, the regions' programmes, review states and costs in the same tables, so
`stats --json` has the office's shape (plus a `national` key). Expects `aggregates.prepare(ws)` to have run.
"""

from __future__ import annotations

from datetime import date

from ..core.errors import ValidationError
from ..core.programme import milestone_progress
from ..i18n import _
from ..store import Workspace
from ..store import national as store
from .filters import Filters


def set_objective(ws: Workspace, day: str, companies: int) -> dict:
    try:
        d = date.fromisoformat(str(day).strip())
    except ValueError:
        raise ValidationError(_("{w} : « {v} » n'est pas une date (AAAA-MM-JJ).", w="--date", v=str(day)[:40]), "date") from None
    if companies is None or companies < 0 or companies > 10**7:
        raise ValidationError(_("L'objectif doit être un nombre d'entreprises positif ou nul."), "objective")
    store.set_objective(ws.db, d.isoformat(), int(companies))
    return {"date": d.isoformat(), "objective": int(companies)}


def remove_objective(ws: Workspace, day: str) -> None:
    from ..core.errors import NotFoundError

    if not store.remove_objective(ws.db, str(day).strip()):
        raise NotFoundError(_("Aucun objectif national à la date {d}.", d=str(day)[:40]))


def milestones(ws: Workspace, f: Filters, today: date | None = None, diagnosed=None) -> list[dict]:
    """National objectives with the companies diagnosed by each date (all regions, or the filter's, under the
    other filters but the period: as the regions' milestones)."""
    today = today or date.today()
    diagnosed = diagnosed or _counter(_first_visits(ws, f), f.region or "")
    return [{"date": m["date"], "objective": m["objective"], "diagnosed": diagnosed(min(date.fromisoformat(m["date"]), today))}
            for m in store.objectives(ws.db)]


def figures(ws: Workspace, f: Filters, today: date | None = None) -> dict:
    """`stats --json`'s `national` key: objectives, progress against the current one, offices heard from."""
    today = today or date.today()
    diagnosed = _counter(_first_visits(ws, f), f.region or "")
    ms = milestones(ws, f, today, diagnosed)
    return {"milestones": ms,
            "milestone_progress": milestone_progress(ms, diagnosed, today),
            "offices": [{"region": o["region"], "key_id": o["office_key_id"], "name": o["name"],
                         "programmes_at": o["created_at"], "received_at": o["received_at"]}
                        for o in store.offices_received(ws.db)]}


def _first_visits(ws: Workspace, f: Filters) -> dict[str, tuple[list[str], list[int]]]:
    """Per current region (and "" for all of them): sorted first-visit days and the cumulative count of
    companies diagnosed by each, under the filters other than period and region (as `money.diagnosed_by`)."""
    from ..core.reference_data import successor_region as successor
    from .money import facts_query

    g = Filters(None, None, None, f.naf_division, f.size_class)
    # the dashboard asks twice per load (the regions' milestones, then the national objectives): computed
    # once while the database is unchanged (this connection's writes and other connections' commits)
    conn = ws.db.conn
    stamp = (id(conn), g, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    if _MEMO and _MEMO[0] == stamp:
        return _MEMO[1]
    sql, params = facts_query(g, counted_only=True)
    per: dict[str, dict[str, int]] = {}
    succ: dict[str, str] = {}
    for region, first, n in ws.db.execute(
            f"SELECT region, first, count(*) FROM (SELECT region, siret, min(visit_date) AS first FROM ({sql}) "
            "WHERE visit_date != '' GROUP BY region, siret) GROUP BY region, first", params):
        code = succ.get(region) or succ.setdefault(region, successor(region))
        for key in (code, ""):
            bucket = per.setdefault(key, {})
            bucket[first] = bucket.get(first, 0) + n
    out = {}
    for key, bucket in per.items():
        days = sorted(bucket)
        totals, acc = [], 0
        for d in days:
            acc += bucket[d]
            totals.append(acc)
        out[key] = (days, totals)
    _MEMO[:] = [stamp, out]
    return out


_MEMO: list = []  # [stamp, result] of the last `_first_visits`


def _counter(cumulative: dict, key: str):
    import bisect

    days, totals = cumulative.get(key, ([], []))

    def diagnosed(day: date) -> int:
        i = bisect.bisect_right(days, day.isoformat())
        return totals[i - 1] if i else 0

    return diagnosed


def region_milestones_all(ws: Workspace, f: Filters, region_codes: list[str], today: date | None = None) -> dict:
    """`money.region_milestones` for every region at once: {code: {"milestones", "milestone_progress"}}.

    One pass over the fact table (the first counted visit of each company, per region) instead of one query
    per milestone date and region: the national dashboard shows 18 regions side by side over 10^5 diagnostics.
    """
    from .money import region_group

    today = today or date.today()
    cumulative = _first_visits(ws, f)
    out = {}
    for code in region_codes:
        group = region_group(code)
        diagnosed = _counter(cumulative, code)
        rows = ws.db.execute(
            f"SELECT m.date, sum(m.objective) FROM programme_milestones m JOIN programmes p ON p.id = m.programme_id "
            f"WHERE p.region IN ({','.join('?' * len(group))}) GROUP BY m.date ORDER BY m.date", group).fetchall()
        ms = [{"date": d, "objective": n, "diagnosed": diagnosed(min(date.fromisoformat(d), today))} for d, n in rows]
        out[code] = {"milestones": ms, "milestone_progress": milestone_progress(ms, diagnosed, today)}
    return out
