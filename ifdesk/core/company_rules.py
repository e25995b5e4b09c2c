"""Company rules that need no model: the name's length and the size class (PME, ETI, GE).

Apart from `company.py` (pydantic) so that the window's company form can show the size class as the
expert types without importing pydantic at start-up.

Size class, décret 2008-1354 (art. 3): a PME employs fewer than 250 people and has a turnover of at most
50 M€ or a balance sheet of at most 43 M€; among them a micro-entreprise employs fewer than 10 people
and has a turnover or a balance sheet of at most 2 M€; an ETI is not a PME, employs fewer than 5,000
people and has a turnover of at most 1.5 Md€ or a balance sheet of at most 2 Md€; the others are GE.
An unknown figure is unknown — never assumed under or over a threshold: when the figures given cannot
decide, the class is « indéterminé » (None).
"""

from __future__ import annotations

from enum import Enum

from ..i18n import _

MAX_NAME = 200


class SizeClass(str, Enum):
    PME = "PME"
    ETI = "ETI"
    GE = "GE"


def _lt(v: float | None, cap: float) -> bool | None:
    return None if v is None else v < cap


def _le(v: float | None, cap: float) -> bool | None:
    return None if v is None else v <= cap


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def _or(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    return None if a is None or b is None else False


def _within(headcount: float | None, turnover: float | None, balance: float | None, people: int, turnover_cap: float, balance_cap: float) -> bool | None:
    """Three-valued: True, False, or None when the unknown figures could tip it either way."""
    return _and(_lt(headcount, people), _or(_le(turnover, turnover_cap), _le(balance, balance_cap)))


def size_class(headcount: int | None, turnover_eur: float | None = None,
               balance_sheet_eur: float | None = None) -> SizeClass | None:
    """PME, ETI or GE per the décret; None (« indéterminé ») when the figures given cannot decide."""
    pme = _within(headcount, turnover_eur, balance_sheet_eur, 250, 50e6, 43e6)
    if pme is True:
        return SizeClass.PME
    if pme is None:
        return None
    eti = _within(headcount, turnover_eur, balance_sheet_eur, 5000, 1.5e9, 2e9)
    if eti is None:
        return None
    return SizeClass.ETI if eti else SizeClass.GE


def is_micro(headcount: int | None, turnover_eur: float | None = None,
             balance_sheet_eur: float | None = None) -> bool | None:
    """Micro-entreprise (< 10 people and turnover or balance sheet ≤ 2 M€); None when undecidable."""
    return _within(headcount, turnover_eur, balance_sheet_eur, 10, 2e6, 2e6)


def size_label(headcount: int | None, turnover_eur: float | None = None,
               balance_sheet_eur: float | None = None) -> str:
    """What the expert reads: « micro-entreprise (PME) », « PME », « ETI », « GE » or « indéterminé »."""
    size = size_class(headcount, turnover_eur, balance_sheet_eur)
    if size is None:
        return _("indéterminé")
    if size is SizeClass.PME and is_micro(headcount, turnover_eur, balance_sheet_eur):
        return _("micro-entreprise (PME)")
    return size.value


def programme_size_warning(headcount: int | None, turnover_eur: float | None = None,
                           balance_sheet_eur: float | None = None) -> str | None:
    """The warning when a large company (GE) enters the office's programmes, which target PME and ETI."""
    if size_class(headcount, turnover_eur, balance_sheet_eur) is not SizeClass.GE:
        return None
    return _("Grande entreprise (GE, décret 2008-1354) : les programmes Industrie du Futur de la région visent "
             "les PME et les ETI.")
