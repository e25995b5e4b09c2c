"""A follow-up diagnostic against the one it follows (programme.md): previous levels beside each
criterion, what moved, the « Évolution » of the report. Pure functions, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostic import ActionStatus, Diagnostic
from .referentiel import Referentiel
from .referentiel_mapping import counterparts
from .scoring import compute


@dataclass(frozen=True)
class PreviousLevel:
    """The previous visit's finding for one criterion of the new référentiel.

    `sources`: the old criteria it comes from (empty: a new criterion); `level`: the old level (the
    lowest when a criterion was split from or merged from several: the prudent reading); `na`: every
    source was « non applicable »."""

    criterion: str
    sources: tuple[str, ...]
    level: int | None
    na: bool = False

    @property
    def is_new(self) -> bool:
        return not self.sources


def previous_levels(new_ref: Referentiel, old_ref: Referentiel, previous: Diagnostic) -> dict[str, PreviousLevel]:
    out = {}
    for cid, olds in counterparts(new_ref, old_ref).items():
        found = [previous.answers[o] for o in olds if o in previous.answers]
        levels = [a.level for a in found if a.level is not None]
        out[cid] = PreviousLevel(cid, tuple(olds), min(levels) if levels else None,
                                 na=bool(found) and all(a.na for a in found))
    return out


@dataclass
class Evolution:
    previous_id: str
    previous_date: str | None
    current_date: str | None
    overall_then: float | None
    overall_now: float | None
    themes: list[dict] = field(default_factory=list)    # {"id", "title", "then", "now"}
    moved: list[dict] = field(default_factory=list)     # {"criterion", "title", "then", "now"}
    new_criteria: list[str] = field(default_factory=list)
    actions_done: list[dict] = field(default_factory=list)     # {"id", "title", "status_date"}
    actions_open: list[dict] = field(default_factory=list)     # {"id", "title", "status"}
    actions_abandoned: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def evolution(new_ref: Referentiel, current: Diagnostic, old_ref: Referentiel, previous: Diagnostic) -> Evolution:
    """What changed between the previous visit and this one.

    Themes are compared by id (the théme ids of the newer version that exist in the older one);
    criteria through `counterparts`; actions by their stable id: the previous plan's actions as
    they stand now (carried over with their status) or as they were left."""
    now, then = compute(new_ref, current.answers), compute(old_ref, previous.answers)
    themes = [{"id": t.id, "title": t.title, "then": then.theme_scores.get(t.id), "now": now.theme_scores.get(t.id)}
              for t in new_ref.themes]
    prev = previous_levels(new_ref, old_ref, previous)
    moved, new = [], []
    for cid, c in new_ref.criteria_by_id.items():
        p = prev[cid]
        if p.is_new:
            new.append(cid)
            continue
        a = current.answers.get(cid)
        lvl = a.level if a is not None else None
        if p.level is not None and lvl is not None and lvl != p.level:
            moved.append({"criterion": cid, "title": c.title, "then": p.level, "now": lvl})
    moved.sort(key=lambda m: (-(m["now"] - m["then"]), m["criterion"]))
    latest = {a.id: a for a in current.actions if a.id}
    done, open_, abandoned = [], [], []
    seen = set()
    for a in [*previous.actions, *current.actions]:
        if a.id and a.id in seen:
            continue
        if a.id:
            seen.add(a.id)
        a = latest.get(a.id, a) if a.id else a
        row = {"id": a.id, "title": a.title, "status": a.status.value,
               "status_date": a.status_date.isoformat() if a.status_date else None, "reason": a.status_reason}
        {ActionStatus.DONE: done, ActionStatus.ABANDONED: abandoned}.get(a.status, open_).append(row)
    return Evolution(
        previous_id=previous.id,
        previous_date=previous.visit_date.isoformat() if previous.visit_date else None,
        current_date=current.visit_date.isoformat() if current.visit_date else None,
        overall_then=then.overall, overall_now=now.overall, themes=themes, moved=moved, new_criteria=new,
        actions_done=done, actions_open=open_, actions_abandoned=abandoned)
