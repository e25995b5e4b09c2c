"""The office's aggregates, shared by the dashboard (ui) and `stats` (cli).

Definitions (docs/office.md):
- a diagnostic counts through its CURRENT revision only (a superseded or reopened revision never
  counts twice); a company is *diagnosed* when one of its diagnostics is currently `completed` or
  `exported`; a diagnostic held in conflict (`diag_conflicts`) counts once, through its current
  revision, and is flagged;
- the period filter applies to the visit date; region, NAF division and size class to the company;
- programme objectives and budgets are per region, over the programmes whose period meets the
  filter's period (NAF and size filters do not apply to them);
- theme scores and overall scores are those stored at each save or import (not-applicable answers
  are already left out by `core.scoring`); spread = population standard deviation and quartiles
  (linear interpolation, like Excel's QUARTILE.INC).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import timedelta

from ..core.company import SizeClass
from ..core.reference_data import (current_regions, naf_division_name, region_and_predecessors, region_name,
                                    successor_region)
from ..i18n import _
from ..store import Workspace
from . import facts
from .filters import Filters

STATUSES = ("draft", "completed", "exported")


def fold(text: str) -> str:
    """Sort key that puts « Île-de-France » among the I, as a French reader expects."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


@dataclass
class Dashboard:
    filters: dict
    companies: int                      # registered companies matching region / NAF / size
    diagnostics: dict                   # {"total", "by_status": {status: n}}
    diagnosed: int                      # distinct companies with a completed or exported current revision
    objective: int                      # sum of the programmes' objectives
    budget_eur: float
    programmes: int
    conflicts: int                      # diagnostics awaiting a decision (whole workspace)
    regions: list[dict] = field(default_factory=list)
    months: list[dict] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    by_size: list[dict] = field(default_factory=list)
    by_naf: list[dict] = field(default_factory=list)
    by_region: list[dict] = field(default_factory=list)
    experts: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def prepare(ws: Workspace) -> None:
    """Bring the fact tables up to date (cheap when nothing changed since the last call)."""
    facts.prepare(ws.db, ws.readonly)


def _table_exists(ws: Workspace, name: str) -> bool:
    return ws.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


# ---- one function per aggregate (each expects `prepare(ws)` to have run) --------------------------

def status_and_months(ws: Workspace, f: Filters) -> tuple[dict, list[dict]]:
    """Diagnostics by status (current revisions) and per month of visit, months without visits included."""
    where, params = f.where()
    by_status = dict.fromkeys(STATUSES, 0)
    per_month: dict[str, dict] = {}
    for month, status, n in ws.db.execute(
            f"SELECT month, status, count(*) FROM office_facts{where} GROUP BY month, status", params):
        by_status[status] = by_status.get(status, 0) + n
        if month:
            row = per_month.setdefault(month, {"month": month, "total": 0, **dict.fromkeys(STATUSES, 0)})
            row[status] = row.get(status, 0) + n
            row["total"] += n
    months = []
    if per_month:
        first, last = min(per_month), max(per_month)
        y, m = int(first[:4]), int(first[5:7])
        while f"{y:04d}-{m:02d}" <= last:
            key = f"{y:04d}-{m:02d}"
            months.append(per_month.get(key) or {"month": key, "total": 0, **dict.fromkeys(STATUSES, 0)})
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return {"total": sum(by_status.values()), "by_status": by_status}, months


def cells(ws: Workspace, f: Filters) -> list[dict]:
    """Diagnosed companies, counted diagnostics and overall-score sums per (region, NAF division, size).

    A company belongs to exactly one cell, so distinct companies add up across cells.
    """
    where, params = f.where(counted_only=True)
    sql = ("SELECT region, naf_div, size_class, count(DISTINCT siret), count(*), sum(overall_score), "
           f"count(overall_score) FROM office_facts{where} GROUP BY region, naf_div, size_class")
    return [{"region": r, "naf_div": d, "size_class": s, "diagnosed": c, "diagnostics": n, "score_sum": so or 0.0,
             "score_n": no} for r, d, s, c, n, so, no in ws.db.execute(sql, params)]


def _rollup(rows: list[dict], key: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for r in rows:
        o = out.setdefault(r[key], {"diagnosed": 0, "diagnostics": 0, "score_sum": 0.0, "score_n": 0})
        for k in ("diagnosed", "diagnostics", "score_sum", "score_n"):
            o[k] += r[k]
    return out


def _breakdown(groups: dict[str, dict], label) -> list[dict]:
    out = []
    for key, g in groups.items():
        out.append({"key": key, "label": label(key), "diagnosed": g["diagnosed"], "diagnostics": g["diagnostics"],
                    "average": g["score_sum"] / g["score_n"] if g["score_n"] else None})
    return out


def breakdowns(cell_rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """By size class, NAF division and region: diagnosed companies, diagnostics, average overall score."""
    order = {s.value: i for i, s in enumerate(SizeClass)}
    by_size = sorted(_breakdown(_rollup(cell_rows, "size_class"), lambda k: k or _("non renseignée")),
                     key=lambda r: order.get(r["key"], 99))
    by_naf = sorted(_breakdown(_rollup(cell_rows, "naf_div"),
                               lambda k: f"{k} {naf_division_name(k) or ''}".strip() if k else _("non renseignée")),
                    key=lambda r: r["key"] or "99")
    by_region = sorted(_breakdown(_rollup([dict(c, region=successor_region(c["region"])) for c in cell_rows], "region"), lambda k: region_name(k) or k or _("non renseignée")),
                       key=lambda r: fold(r["label"]))
    return by_size, by_naf, by_region


def programmes(ws: Workspace, f: Filters) -> dict[str, dict]:
    """Per region: programmes whose period meets the filter's, their budget and objective in companies."""
    conds, params = [], []
    if f.region:
        group = region_and_predecessors(f.region)
        conds.append(f"region IN ({','.join('?' * len(group))})")
        params.extend(group)
    if f.date_to:
        conds.append("start <= ?")
        params.append(f.date_to.isoformat())
    if f.date_from:
        conds.append('"end" >= ?')
        params.append(f.date_from.isoformat())
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    out: dict[str, dict] = {}
    for reg, n, b, o in ws.db.execute(f"SELECT region, count(*), sum(budget_eur), sum(objective_companies) "
                                      f"FROM programmes{where} GROUP BY region", params):
        p = out.setdefault(successor_region(reg), {"programmes": 0, "budget_eur": 0.0, "objective": 0})
        p["programmes"] += n
        p["budget_eur"] += b or 0.0
        p["objective"] += o or 0
    return out


def conflicts(ws: Workspace, f: Filters | None = None) -> tuple[int, dict[str, int]]:
    """Diagnostics awaiting a decision: (whole workspace, per region under the filters). 0 without the table."""
    if not _table_exists(ws, "diag_conflicts"):
        return 0, {}
    total = ws.db.execute("SELECT count(*) FROM diag_conflicts").fetchone()[0]
    if not total:
        return 0, {}
    where, params = (f or Filters()).where()
    rows = ws.db.execute(f"SELECT region, count(*) FROM (SELECT o.id, o.region, o.naf_div, o.size_class, o.visit_date "
                         f"FROM diag_conflicts x JOIN office_facts o ON o.diag_id = x.diag_id){where} GROUP BY region",
                         params).fetchall()
    return total, dict(rows)


def regions(ws: Workspace, f: Filters, cell_rows: list[dict] | None = None,
            progs: dict[str, dict] | None = None, conflict_regions: dict[str, int] | None = None) -> list[dict]:
    """Companies diagnosed vs objective per region; every current region is listed, even when empty."""
    cell_rows = cells(ws, f) if cell_rows is None else cell_rows
    progs = programmes(ws, f) if progs is None else progs
    conflict_regions = conflicts(ws, f)[1] if conflict_regions is None else conflict_regions
    done = _rollup([dict(c, region=successor_region(c["region"])) for c in cell_rows], "region")
    codes = [r["code"] for r in current_regions()]
    codes += sorted((set(done) | set(progs)) - set(codes) - {""})
    if f.region:
        codes = [f.region]
    out = []
    for code in codes:
        d = done.get(code, {"diagnosed": 0, "diagnostics": 0, "score_sum": 0.0, "score_n": 0})
        p = progs.get(code, {"programmes": 0, "budget_eur": 0.0, "objective": 0})
        out.append({"code": code, "name": region_name(code) or code, "diagnosed": d["diagnosed"],
                    "objective": p["objective"], "progress": d["diagnosed"] / p["objective"] if p["objective"] else None,
                    "budget_eur": p["budget_eur"], "programmes": p["programmes"], "diagnostics": d["diagnostics"],
                    "average": d["score_sum"] / d["score_n"] if d["score_n"] else None,
                    "conflicts": conflict_regions.get(code, 0)})
    out.sort(key=lambda r: fold(r["name"]))
    return out


def themes(ws: Workspace, f: Filters) -> list[dict]:
    """Average maturity per theme over the counted diagnostics, with its spread, in référentiel order."""
    grain = _hist_grain(f)
    if grain is not None:  # a histogram kept by facts.refresh answers: ~1,600 rows per key
        name, lo, hi = grain
        sql = ("SELECT theme, score, sum(n) FROM office_theme_hist WHERE grain = ? AND key BETWEEN ? AND ? "
               "GROUP BY theme, score HAVING sum(n) > 0")
        params = [name, lo, hi]
    else:  # several filters at once: scan the scores of the matching diagnostics
        where, params = f.where(table="office_theme_scores")
        sql = f"SELECT theme, score, count(*) FROM office_theme_scores{where} GROUP BY theme, score"
    hist: dict[str, list[tuple[float, int]]] = {}
    for theme, score, n in ws.db.execute(sql, params):
        hist.setdefault(theme, []).append((score, n))
    titles, order = _theme_titles(ws, set(hist))
    out = [{"id": t, "title": titles.get(t, t), **spread(hist[t])} for t in hist]
    out.sort(key=lambda r: (order.get(r["id"], 10_000), r["id"]))
    return out


def _hist_grain(f: Filters) -> tuple[str, str, str] | None:
    """(grain, first key, last key) of the kept histogram that answers `f` exactly, if one does."""
    if f.review:  # no histogram per review state: scan the matching scores
        return None
    dims = [(name, v) for name, v in (("region", f.region), ("naf_div", f.naf_division), ("size_class", f.size_class))
            if v]
    period = f.date_from is not None or f.date_to is not None
    if len(dims) + period > 1:
        return None
    if dims:
        return dims[0][0], dims[0][1], dims[0][1]
    if not period:
        return "", "", ""
    if f.date_from and f.date_from.day != 1:
        return None
    if f.date_to and (f.date_to + timedelta(days=1)).day != 1:
        return None
    return ("month", f.date_from.isoformat()[:7] if f.date_from else "0000-00",  # '' (no visit date) stays out
            f.date_to.isoformat()[:7] if f.date_to else "9999-12")


def spread(hist: list[tuple[float, int]]) -> dict:
    """n, average, population std dev, min, quartiles, max of a histogram [(value, count)] sorted by value."""
    n = sum(c for _v, c in hist)
    if not n:
        return {"n": 0, "average": None, "stdev": None, "min": None, "q1": None, "median": None, "q3": None, "max": None}
    mean = sum(v * c for v, c in hist) / n
    var = sum(c * (v - mean) ** 2 for v, c in hist) / n

    def at(k: int) -> float:  # the k-th smallest value (0-based)
        seen = 0
        for v, c in hist:
            seen += c
            if k < seen:
                return v
        return hist[-1][0]

    def quantile(q: float) -> float:
        pos = (n - 1) * q
        lo = math.floor(pos)
        frac = pos - lo
        a = at(lo)
        return a if frac == 0 else a + (at(lo + 1) - a) * frac

    return {"n": n, "average": mean, "stdev": math.sqrt(var), "min": hist[0][0], "q1": quantile(0.25),
            "median": quantile(0.5), "q3": quantile(0.75), "max": hist[-1][0]}


def _theme_titles(ws: Workspace, wanted: set[str]) -> tuple[dict[str, str], dict[str, int]]:
    titles: dict[str, str] = {}
    order: dict[str, int] = {}
    try:
        refs = [ws.referentiels.current()]
    except Exception:  # noqa: BLE001 — no référentiel known: ids stand for titles
        refs = []
    for i, ref in enumerate(refs):
        for j, t in enumerate(ref.themes):
            titles.setdefault(t.id, t.title)
            order.setdefault(t.id, j)
    if wanted - set(titles):
        for row in reversed(ws.referentiels.list()):
            for t in ws.referentiels.get(row["sha256"]).themes:
                titles.setdefault(t.id, t.title)
    return titles, order


def experts(ws: Workspace, f: Filters) -> list[dict]:
    """Experts' activity: diagnostics per status, distinct companies diagnosed, last visit."""
    where, params = f.where()
    rows: dict[tuple, dict] = {}
    for key, name, status, n, last in ws.db.execute(
            f"SELECT expert_key_id, expert_name, status, count(*), max(visit_date) FROM office_facts{where} "
            "GROUP BY expert_key_id, expert_name, status", params):
        r = rows.setdefault((key, name), {"key_id": key or None, "name": name, "diagnostics": 0,
                                          **dict.fromkeys(STATUSES, 0), "diagnosed": 0, "last_visit": None})
        r[status] = r.get(status, 0) + n
        r["diagnostics"] += n
        if last and (r["last_visit"] is None or last > r["last_visit"]):
            r["last_visit"] = last
    where, params = f.where(counted_only=True)
    for key, name, n in ws.db.execute(  # ordered by siret inside each expert: DISTINCT streams, no temp table
            f"SELECT expert_key_id, expert_name, count(DISTINCT siret) FROM office_facts{where} "
            "GROUP BY expert_key_id, expert_name", params):
        if (key, name) in rows:
            rows[(key, name)]["diagnosed"] = n
    return sorted(rows.values(), key=lambda r: (-r["diagnostics"], fold(r["name"])))


def companies_count(ws: Workspace, f: Filters) -> int:
    conds, params = [], []
    if f.region:
        conds.append("region = ?")
        params.append(f.region)
    if f.naf_division:  # a range, so that idx_office_companies_naf serves it
        conds.append("naf >= ? AND naf < ?")
        params += [f.naf_division, f"{f.naf_division}~"]
    if f.size_class:
        conds.append("size_class = ?")
        params.append(f.size_class)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return ws.db.execute(f"SELECT count(*) FROM companies{where}", params).fetchone()[0]


def filter_choices(ws: Workspace) -> dict:
    """What the filter widgets offer: regions, NAF divisions present, size classes, months of visits."""
    prepare(ws)
    divisions = [r[0] for r in ws.db.execute(
        "SELECT DISTINCT substr(naf, 1, 2) FROM companies WHERE naf IS NOT NULL ORDER BY 1")]
    first = ws.db.execute("SELECT min(month) FROM office_facts WHERE month != ''").fetchone()[0]
    last = ws.db.execute("SELECT max(month) FROM office_facts").fetchone()[0]
    return {"regions": sorted(current_regions(), key=lambda r: fold(r["name"])),
            "naf_divisions": [{"code": d, "name": naf_division_name(d) or d} for d in divisions if d],
            "size_classes": [s.value for s in SizeClass], "months": (first, last or None) if first else (None, None)}


def dashboard(ws: Workspace, f: Filters | None = None) -> Dashboard:
    """Every aggregate of the dashboard under one set of filters."""
    f = f or Filters()
    prepare(ws)
    diags, months = status_and_months(ws, f)
    cell_rows = cells(ws, f)
    progs = programmes(ws, f)
    n_conflicts, conflict_regions = conflicts(ws, f)
    by_size, by_naf, by_region = breakdowns(cell_rows)
    return Dashboard(
        filters=f.as_dict(), companies=companies_count(ws, f), diagnostics=diags,
        diagnosed=sum(c["diagnosed"] for c in cell_rows),
        objective=sum(p["objective"] for p in progs.values()),
        budget_eur=sum(p["budget_eur"] for p in progs.values()),
        programmes=sum(p["programmes"] for p in progs.values()), conflicts=n_conflicts,
        regions=regions(ws, f, cell_rows, progs, conflict_regions), months=months, themes=themes(ws, f),
        by_size=by_size, by_naf=by_naf, by_region=by_region, experts=experts(ws, f))
