"""Anonymous peer figures for the experts (programme.md, « Benchmark against peers»).

Per référentiel, NAF division and size class: the quartiles (q1, median, q3) of each theme score and of
the overall index, over the companies whose latest diagnostic of that référentiel the office **approved**.
A cell is made only when at least `MIN_COMPANIES` distinct companies contribute; smaller cells are never
computed into the output, so they cannot be sent.
"""

from __future__ import annotations

import math

from ..store import Workspace

MIN_COMPANIES = 5


def quartiles(values: list[float]) -> dict:
    """q1, median, q3 with linear interpolation (the same rule as the dashboard's spread)."""
    v = sorted(values)
    n = len(v)

    def q(p: float) -> float:
        pos = (n - 1) * p
        lo = math.floor(pos)
        frac = pos - lo
        return v[lo] if frac == 0 else v[lo] + (v[lo + 1] - v[lo]) * frac

    return {"q1": round(q(0.25), 3), "median": round(q(0.5), 3), "q3": round(q(0.75), 3)}


def cells(ws: Workspace, k: int = MIN_COMPANIES) -> list[dict]:
    """The benchmark cells that may be sent: `{"referentiel", "naf_div", "size_class", "n", "themes": {id:
    {q1, median, q3}}, "overall": {...}}`, only where `n >= k` companies contribute (k is at least 5)."""
    k = max(k, MIN_COMPANIES)
    rows = ws.db.execute(
        "SELECT d.id, d.siret, f.id, substr(c.naf, 1, 2), c.size_class, r.overall_score, r.revision, "
        "coalesce(r.visit_date, '') "
        "FROM diagnostics d JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
        "JOIN reviews rv ON rv.diag_id = d.id AND rv.state = 'approved' "
        "JOIN referentiels f ON f.sha256 = r.referentiel_sha256 JOIN companies c ON c.siret = d.siret "
        "WHERE r.status IN ('completed', 'exported') AND c.naf IS NOT NULL AND c.size_class IS NOT NULL "
        "AND r.overall_score IS NOT NULL").fetchall()
    latest: dict[tuple[str, str], tuple] = {}  # (référentiel, siret) → the company's latest approved diagnostic
    for diag_id, siret, ref_id, div, size, overall, rev, visit in rows:
        key = (ref_id, siret)
        if key not in latest or (visit, diag_id) > (latest[key][6], latest[key][0]):
            latest[key] = (diag_id, ref_id, div, size, overall, rev, visit)
    groups: dict[tuple[str, str, str], list[tuple]] = {}
    for diag_id, ref_id, div, size, overall, rev, _visit in latest.values():
        groups.setdefault((ref_id, div, size), []).append((diag_id, rev, overall))
    out = []
    for (ref_id, div, size), members in sorted(groups.items()):
        if len(members) < k:
            continue  # too few companies: never computed, never sent
        themes: dict[str, list[float]] = {}
        for diag_id, rev, _o in members:
            for theme, score in ws.db.execute("SELECT theme, score FROM theme_scores WHERE diag_id = ? AND revision = ? "
                                              "AND score IS NOT NULL", (diag_id, rev)):
                themes.setdefault(theme, []).append(score)
        out.append({"referentiel": ref_id, "naf_div": div, "size_class": size, "n": len(members),
                    "overall": quartiles([o for _d, _r, o in members]),
                    "themes": {t: quartiles(v) for t, v in sorted(themes.items()) if len(v) >= k}})
    return out
