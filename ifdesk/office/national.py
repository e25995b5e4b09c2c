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
from .money import diagnosed_by


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


def milestones(ws: Workspace, f: Filters, today: date | None = None) -> list[dict]:
    """National objectives with the companies diagnosed by each date (all regions, under the other filters)."""
    today = today or date.today()
    return [{"date": m["date"], "objective": m["objective"],
             "diagnosed": diagnosed_by(ws, f, f.region, min(date.fromisoformat(m["date"]), today))}
            for m in store.objectives(ws.db)]


def figures(ws: Workspace, f: Filters, today: date | None = None) -> dict:
    """`stats --json`'s `national` key: objectives, progress against the current one, offices heard from."""
    today = today or date.today()
    ms = milestones(ws, f, today)
    return {"milestones": ms,
            "milestone_progress": milestone_progress(ms, lambda day: diagnosed_by(ws, f, f.region, day), today),
            "offices": [{"region": o["region"], "key_id": o["office_key_id"], "name": o["name"],
                         "programmes_at": o["created_at"], "received_at": o["received_at"]}
                        for o in store.offices_received(ws.db)]}
