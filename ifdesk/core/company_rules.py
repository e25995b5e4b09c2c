"""Company rules that need no model: the name's length and the size class (PME, ETI, GE).

Apart from `company.py` (pydantic) so that the window's company form can show the size class as the
expert types without importing pydantic at start-up.
"""

from __future__ import annotations

from enum import Enum

MAX_NAME = 200


class SizeClass(str, Enum):
    PME = "PME"
    ETI = "ETI"
    GE = "GE"


def size_class(headcount: int | None, turnover_eur: float | None = None,
               balance_sheet_eur: float | None = None) -> SizeClass | None:
    """Décret 2008-1354. Unknown financials count as meeting the threshold (the usual case for an SME)."""
    if headcount is None:
        return None

    def within(turnover_cap: float, balance_cap: float) -> bool:
        if turnover_eur is None and balance_sheet_eur is None:
            return True
        return (turnover_eur is not None and turnover_eur <= turnover_cap) or (
            balance_sheet_eur is not None and balance_sheet_eur <= balance_cap)

    if headcount < 250 and within(50e6, 43e6):
        return SizeClass.PME
    if headcount < 5000 and within(1.5e9, 2e9):
        return SizeClass.ETI
    return SizeClass.GE
