"""Scores from the answers and the pinned référentiel alone (product.md, « Scoring »).

- Theme score: the aggregation the référentiel declares over the theme's answered, applicable
  criteria — weighted mean by criterion weight (default) or minimum (IMPULS-style).
- Overall index: weighted mean of the theme scores that exist, by theme weight.
- Gap: target − current, for criteria with both. Priority: gap × weight, × 1.5 when the company
  flagged the criterion important; ties broken by gap, then by référentiel order.
Unanswered and not-applicable criteria are left out; a theme with none left has no score (None).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import _
from .diagnostic import Answer
from .referentiel import Aggregation, Referentiel

IMPORTANT_FACTOR = 1.5


@dataclass(frozen=True)
class Priority:
    criterion: str
    theme: str
    title: str
    current: int
    target: int
    gap: int
    weight: float
    important: bool
    score: float

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Scores:
    theme_scores: dict[str, float | None]
    theme_targets: dict[str, float | None]
    overall: float | None
    overall_target: float | None
    gaps: dict[str, int]
    priorities: list[Priority]
    answered: int
    applicable: int
    total: int
    progress: dict[str, tuple[int, int]] = field(default_factory=dict)  # theme → (answered, total)


def _aggregate(values: list[tuple[float, float]], how: Aggregation) -> float | None:
    if not values:
        return None
    if how == Aggregation.MINIMUM:
        return float(min(v for v, _w in values))
    total_w = sum(w for _v, w in values)
    return sum(v * w for v, w in values) / total_w


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def compute(ref: Referentiel, answers: dict[str, Answer] | list[Answer]) -> Scores:
    if isinstance(answers, list):
        answers = {a.criterion: a for a in answers}
    theme_scores: dict[str, float | None] = {}
    theme_targets: dict[str, float | None] = {}
    gaps: dict[str, int] = {}
    priorities: list[Priority] = []
    progress: dict[str, tuple[int, int]] = {}
    answered = applicable = 0
    order = {cid: i for i, cid in enumerate(ref.criteria_by_id)}
    for theme in ref.themes:
        how = ref.theme_aggregation(theme)
        cur: list[tuple[float, float]] = []
        tgt: list[tuple[float, float]] = []
        done = 0
        for crit in theme.criteria:
            a = answers.get(crit.id)
            if a is None or not a.answered:
                continue
            done += 1
            if a.na or a.level is None:  # answered and applicable: a level
                continue
            cur.append((a.level, crit.weight))
            # the target defaults to the current level: no ambition stated, no gap
            target = a.target if a.target is not None else a.level
            tgt.append((max(target, a.level), crit.weight))
            if a.target is not None:
                gap = a.target - a.level
                gaps[crit.id] = gap
                if gap > 0:
                    score = gap * crit.weight * (IMPORTANT_FACTOR if a.important else 1.0)
                    priorities.append(Priority(crit.id, theme.id, crit.title, a.level, a.target, gap,
                                               crit.weight, a.important, round(score, 6)))
        answered += done
        applicable += len(cur)
        progress[theme.id] = (done, len(theme.criteria))
        theme_scores[theme.id] = _round(_aggregate(cur, how))
        theme_targets[theme.id] = _round(_aggregate(tgt, how))
    overall = _round(_aggregate([(s, t.weight) for t in ref.themes if (s := theme_scores[t.id]) is not None],
                                Aggregation.WEIGHTED_MEAN))
    overall_target = _round(_aggregate([(s, t.weight) for t in ref.themes if (s := theme_targets[t.id]) is not None],
                                       Aggregation.WEIGHTED_MEAN))
    priorities.sort(key=lambda p: (-p.score, -p.gap, order[p.criterion]))
    return Scores(theme_scores, theme_targets, overall, overall_target, gaps, priorities,
                  answered, applicable, ref.criteria_count(), progress)


def suggested_actions(ref: Referentiel, scores: Scores, limit: int = 5) -> list[dict[str, Any]]:
    """Draft action items from the top priorities: the next level's descriptor is the goal."""
    out = []
    for rank, p in enumerate(scores.priorities[:limit]):
        crit = ref.criteria_by_id[p.criterion]
        nxt = min(p.current + 1, ref.max_level)
        out.append({
            "title": _("{title} : viser le niveau {n} « {label} »", title=crit.title, n=nxt, label=ref.level_label(nxt)),
            "criteria": [p.criterion],
            "priority": 1 if rank < 2 else 2,
            "horizon": "court" if p.gap == 1 else ("moyen" if p.gap == 2 else "long"),
            "description": crit.levels[nxt],
        })
    return out
