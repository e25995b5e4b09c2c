"""At an expert: the anonymous peer figures received from the enrolled office (table `benchmark_cells`)."""

from __future__ import annotations

import json

from .db import transaction


def replace_cells(db, cells: list[dict], office_key_id: str, bundle_id: str, now: str) -> int:
    """The office's latest figures replace the ones it sent before (inside the caller's transaction)."""
    with transaction(db):
        db.execute("DELETE FROM benchmark_cells WHERE office_key_id = ?", (office_key_id,))
        db.conn.executemany(
            "INSERT OR REPLACE INTO benchmark_cells (referentiel_id, naf_div, size_class, n, figures, office_key_id, "
            "bundle_id, received_at) VALUES (?,?,?,?,?,?,?,?)",
            [(c["referentiel"], c["naf_div"], c["size_class"], c["n"],
              json.dumps({"themes": c["themes"], "overall": c["overall"]}, sort_keys=True), office_key_id, bundle_id, now)
             for c in cells])
    return len(cells)


def cell_for(db, referentiel_id: str, naf: str | None, size_class: str | None) -> dict | None:
    """The `benchmark` of `diag show --json` for a company: {n, sector, size_class, themes, overall} or None."""
    if not naf or not size_class:
        return None
    row = db.execute("SELECT n, figures FROM benchmark_cells WHERE referentiel_id = ? AND naf_div = ? AND size_class = ?",
                     (referentiel_id, naf[:2], size_class)).fetchone()
    if row is None:
        return None
    fig = json.loads(row[1])
    return {"n": row[0], "sector": naf[:2], "size_class": size_class, "themes": fig["themes"], "overall": fig["overall"]}


def programme_keys(ws, d, ref) -> dict:
    """Issue 14's keys of `diag show --json` (and the synthesis window): `benchmark` (peer figures covering the
    company, or None) and, for a follow-up, `evolution` (core.followup.Evolution) against the previous one."""
    from ..core.errors import NotFoundError
    from ..core.followup import evolution

    try:
        c = ws.companies.get(d.siret)
        bm = cell_for(ws.db, ref.id, c.naf, c.size.value if c.size else None)
    except NotFoundError:
        bm = None
    prev = ws.diagnostics.previous_of(d)
    return {"benchmark": bm, "evolution": evolution(ref, d, prev[0], prev[1]).as_dict() if prev else None}
