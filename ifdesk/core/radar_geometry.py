"""Radar geometry, written once for the window's radars and the report's (ui/radar.py, ui/charts.py,
report/charts.py): where axis `i` of `n` points and how far along it a level sits.

Coordinates are mathematical (x to the right, y UP); a painter whose y grows downwards (Qt) negates
`dy`. Axis 0 points up and the axes follow clockwise. The centre is one step below the lowest level,
so every level, the lowest included, has its own ring; no value sits at the centre."""
from __future__ import annotations

import math


def spoke(i: int, n: int) -> tuple[float, float]:
    """The unit direction of axis `i` of `n` (y up): axis 0 straight up, then clockwise."""
    a = math.pi / 2 - 2 * math.pi * i / n
    return math.cos(a), math.sin(a)


def fraction(value: float | None, lo: int, hi: int) -> float:
    """How far from the centre (0) to the outer ring (1) `value` sits on a scale `lo`…`hi`;
    None at the centre, values outside the scale clamped to it."""
    base = lo - 1
    top = max(hi, lo)
    if value is None:
        return 0.0
    v = min(max(value, base), top)
    return (v - base) / (top - base)


def point(i: int, n: int, value: float | None, lo: int, hi: int, radius: float) -> tuple[float, float]:
    """The offset from the centre (y up) of `value` on axis `i` of `n`, for a chart of `radius`."""
    dx, dy = spoke(i, n)
    r = radius * fraction(value, lo, hi)
    return r * dx, r * dy
