"""Workspace work of the dashboard and the programmes editor: plain functions run on the worker thread."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ...office import aggregates
from ...office import programmes as progs
from ...office.filters import Filters
from ..i18n import tr


def load(ws, f: Filters, with_choices: bool) -> dict:
    """Every aggregate under `f` (and, on first load, what the filter lists offer); timed for the caption."""
    t0 = time.perf_counter()
    aggregates.prepare(ws)  # seconds after a bulk load, nothing when nothing changed
    t1 = time.perf_counter()
    choices = aggregates.filter_choices(ws) if with_choices else None
    d = aggregates.dashboard(ws, f)
    out: dict[str, Any] = {"choices": choices, "dashboard": d}
    ref = None
    try:
        ref = ws.referentiels.current()
        out["scale"] = (ref.min_level, ref.max_level)
    except Exception:  # noqa: BLE001 — no référentiel yet: the usual 1–5 scale
        out["scale"] = (1, 5)
    from ...office import money

    out["programme"] = money.figures(ws, f, d.budget_eur, [r["code"] for r in d.regions], ref)
    if ref is not None:  # the themes' titles in the window's language (the office layer names them in French)
        from ...i18n import language

        shown = ref.localized(language())
        out["theme_titles"] = {t.id: t.title for t in shown.themes}
        for t in d.themes:
            t["title"] = out["theme_titles"].get(t["id"], t["title"])
    else:
        out["theme_titles"] = {}
    ident = ws.identity()
    if ident and ident["role"] == "national":  # issue 13: the national objectives beside the regions
        from ...office import national

        out["national"] = national.figures(ws, f)
    out["prepare_ms"] = (t1 - t0) * 1000
    out["ms"] = (time.perf_counter() - t0) * 1000
    return out


def export_tables(ws, path: str, f: Filters, csv: bool, progress) -> dict[str, int]:
    """`office export` from the window; Cancel raises from the progress callback, which leaves nothing."""

    def tick(table: str, n: int) -> None:
        progress.check()
        progress.update(0, 0, tr("Export en cours : {t}, {n} lignes…").format(t=table, n=n))

    from ...office import export  # openpyxl and the table definitions: only when exporting

    fn = export.export_csv if csv else export.export_xlsx
    return fn(ws, Path(path), f, progress=tick)


def list_programmes(ws) -> list[dict]:
    return progs.list_programmes(ws)


def save_programme(ws, programme_id: int | None, fields: dict) -> int:
    if programme_id is None:
        return progs.add(ws, **fields)
    progs.update(ws, programme_id, **fields)
    return programme_id


def delete_programme(ws, programme_id: int) -> None:
    progs.delete(ws, programme_id)  # NotFoundError if it went meanwhile
