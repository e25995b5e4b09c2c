"""The programme over time in the demo (issue 14): follow-up visits months later with plausible progress,
action statuses, costs, milestones, review states (most approved), scores differing by sector and size.

Drawn from its own `random.Random`, so that the draws of `generate.fill` (its seed's contract) are unchanged.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from ..core import scoring
from ..core.diagnostic import ActionItem, ActionStatus, Answer, Diagnostic, Status, new_action_id
from ..core.referentiel import Referentiel

ABANDON_REASONS = ["Investissement reporté : carnet de commandes en baisse.",
                   "Remplacé par une solution du groupe.",
                   "Le responsable du projet a quitté l'entreprise.",
                   "Retour sur investissement jugé insuffisant après devis."]

# the maturity found differs by sector (NAF division) and size: charts are not flat
SECTOR_OFFSET = {"10": -0.35, "11": -0.15, "13": -0.45, "14": -0.5, "16": -0.4, "17": -0.1, "20": 0.35,
                 "21": 0.55, "22": 0.05, "23": -0.2, "24": 0.15, "25": -0.15, "26": 0.6, "27": 0.3, "28": 0.2,
                 "29": 0.5, "30": 0.45, "31": -0.35, "32": 0.0, "33": -0.25}
SIZE_OFFSET = {"PME": -0.2, "ETI": 0.35, "GE": 0.7}


def maturity_offset(naf: str | None, size: str | None) -> float:
    return SECTOR_OFFSET.get((naf or "")[:2], 0.0) + SIZE_OFFSET.get(size or "", 0.0)


def milestones_for(objective: int, start: date, end: date) -> list[tuple[date, int]]:
    """Yearly milestones on 31 December, rising to the objective at the end of the period."""
    years = list(range(start.year, end.year + 1))
    out = []
    for i, y in enumerate(years, 1):
        day = min(date(y, 12, 31), end)
        if day >= start:
            out.append((day, round(objective * i / len(years))))
    return out


def with_ids(rng: random.Random, actions: list[ActionItem]) -> list[ActionItem]:
    taken: set[str] = set()
    out = []
    for a in actions:
        aid = "%08x" % rng.getrandbits(32)
        while aid in taken:
            aid = new_action_id(taken)
        taken.add(aid)
        out.append(a.model_copy(update={"id": aid}))
    return out


def follow_up(rng: random.Random, ref: Referentiel, prev: Diagnostic, visit: date, new_actions) -> Diagnostic:
    """The next visit: actions of the previous plan moved on, levels up where actions were done, a little
    drift elsewhere; the new plan keeps the open actions and adds new ones."""
    carried, lifted = [], set()
    for a in prev.actions:
        r = rng.random()
        days = rng.randint(20, max(21, (visit - prev.visit_date).days - 5))
        when = prev.visit_date + timedelta(days=days)
        if r < 0.5:
            a = a.model_copy(update={"status": ActionStatus.DONE, "status_date": when})
            lifted.update(a.criteria)
        elif r < 0.75:
            a = a.model_copy(update={"status": ActionStatus.IN_PROGRESS, "status_date": when})
        elif r < 0.85:
            a = a.model_copy(update={"status": ActionStatus.ABANDONED, "status_date": when,
                                     "status_reason": rng.choice(ABANDON_REASONS)})
        carried.append(a)
    lo, hi = ref.min_level, ref.max_level
    answers = {}
    for cid, a in prev.answers.items():
        if a.level is None:
            answers[cid] = a
            continue
        step = 1 if cid in lifted and rng.random() < 0.85 else (1 if rng.random() < 0.18 else (-1 if rng.random() < 0.04 else 0))
        level = min(hi, max(lo, a.level + step))
        answers[cid] = a.model_copy(update={"level": level, "target": max(a.target or level, min(hi, level + 1))})
    s = scoring.compute(ref, answers)
    fresh = with_ids(rng, new_actions(s))[: rng.randint(1, 3)]
    return prev.model_copy(update={
        "revision": 1, "base_revision": None, "visit_date": visit, "answers": answers,
        "actions": carried + fresh, "previous_id": prev.id, "status": Status.COMPLETED,
        "completed_at": datetime(visit.year, visit.month, visit.day, 17, tzinfo=timezone.utc)})


def cost(rng: random.Random, size: str | None) -> tuple[float, float, float]:
    days = {"GE": 4.0, "ETI": 3.0}.get(size or "", 2.0) + rng.choice([0, 0, 0.5, 1])
    return days, float(rng.choice([850, 950, 1000, 1100, 1200, 1350])), float(rng.choice([50, 70, 80, 80, 100]))


def review_state(rng: random.Random) -> str:
    return rng.choices(["approved", "to_review", "changes_requested", "rejected"], [78, 12, 6, 4])[0]


def sector_theme_offset(naf: str | None, theme: str) -> float:
    """A fixed lean of each sector on each theme (electronics ahead on digital, food on hygiene and energy…)."""
    return random.Random(f"{(naf or '')[:2]}|{theme}").uniform(-0.45, 0.45)


def answers_shifted(answers: dict[str, Answer], offset: float, lo: int, hi: int, rng: random.Random,
                    ref: Referentiel | None = None, naf: str | None = None) -> dict[str, Answer]:
    """Shift a drawn profile by the sector/size offset (rounded per criterion, so it stays a level)."""
    out = {}
    for cid, a in answers.items():
        if a.level is None:
            out[cid] = a
            continue
        lean = sector_theme_offset(naf, ref.theme_of[cid].id) if ref is not None and cid in ref.theme_of else 0.0
        lv = int(min(hi, max(lo, round(a.level + offset + lean + rng.uniform(-0.3, 0.3)))))
        out[cid] = a.model_copy(update={"level": lv, "target": min(hi, max(a.target or lv, lv))})
    return out
