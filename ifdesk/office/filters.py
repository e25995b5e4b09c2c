"""One set of filters shared by the dashboard, `stats` and the exports."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..core.company import SizeClass
from ..core.errors import ValidationError
from ..core import formats
from ..core.parsing import parse_date
from ..core.reference_data import naf_division_name, normalize_region, region_and_predecessors, region_name
from ..i18n import _

REVIEW_STATES = ("to_review", "approved", "changes_requested", "rejected")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Filters:
    """Period on the visit date (inclusive bounds), region (INSEE code), NAF division (2 digits), size class.

    `None` means « all ». Build from user input with `Filters.parse`, which refuses unknown values.
    """

    date_from: date | None = None
    date_to: date | None = None
    region: str | None = None
    naf_division: str | None = None
    size_class: str | None = None
    review: str | None = None  # the office's review state (bundle.md, Authority): to_review, approved…

    @classmethod
    def parse(cls, date_from: str | date | None = None, date_to: str | date | None = None,
              region: str | None = None, naf_division: str | None = None,
              size_class: str | None = None, review: str | None = None) -> "Filters":
        """Validate user input; the first bad value raises a ValidationError naming the field."""
        d_from = _parse_date(date_from, "date_from", start=True)
        d_to = _parse_date(date_to, "date_to", start=False)
        if d_from and d_to and d_to < d_from:
            raise ValidationError(_("Période invalide : la fin ({b}) précède le début ({a}).",
                                    a=d_from.isoformat(), b=d_to.isoformat()), "date_to")
        reg = normalize_region(region, allow_former=True) if region is not None and _given(region) else None
        div = None
        if _given(naf_division):
            raw = str(naf_division).strip()
            div = raw[:2]
            if not div.isdigit() or naf_division_name(div) is None:
                raise ValidationError(_("Division NAF inconnue : « {v} » (deux chiffres attendus, par ex. 25).", v=raw),
                                      "naf_division")
        size = None
        if _given(size_class):
            size = str(size_class).strip().upper()
            if size not in {s.value for s in SizeClass}:
                raise ValidationError(_("Catégorie d'entreprise inconnue : « {v} » (PME, ETI ou GE).", v=size_class),
                                      "size_class")
        rev = None
        if _given(review):
            rev = str(review).strip()
            if rev not in REVIEW_STATES:
                raise ValidationError(_("État de revue inconnu : {s} (to_review, approved, changes_requested ou "
                                        "rejected).", s=rev), "review")
        return cls(d_from, d_to, reg, div, size, rev)

    @property
    def is_empty(self) -> bool:
        return not any((self.date_from, self.date_to, self.region, self.naf_division, self.size_class, self.review))

    def where(self, counted_only: bool = False, period: bool = True, table: str = "office_facts") -> tuple[str, list]:
        """SQL conditions on the fact tables' columns (region, naf_div, size_class, visit_date); `table` is the
        one queried (`office_facts` or `office_theme_scores`), for the review state's condition."""
        conds, params = [], []
        if self.review:
            key = "fact_id" if table == "office_theme_scores" else "id"
            conds.append(f"{key} IN (SELECT f.id FROM office_facts f JOIN reviews rv ON rv.diag_id = f.diag_id "
                         "WHERE rv.state = ?)")
            params.append(self.review)
        if counted_only:
            conds.append("counted = 1")
        if self.region:  # a region in force takes in the pre-2016 codes it succeeded
            group = region_and_predecessors(self.region)
            conds.append(f"region IN ({','.join('?' * len(group))})")
            params.extend(group)
        if self.naf_division:
            conds.append("naf_div = ?")
            params.append(self.naf_division)
        if self.size_class:
            conds.append("size_class = ?")
            params.append(self.size_class)
        if period and self.date_from:
            conds.append("visit_date >= ?")
            params.append(self.date_from.isoformat())
        if period and self.date_to:
            conds.append("visit_date <= ? AND visit_date != ''")
            params.append(self.date_to.isoformat())
        return (" WHERE " + " AND ".join(conds)) if conds else "", params

    def describe(self) -> str:
        """The filters in one French line (titles of exports, the dashboard's caption)."""
        parts = []
        if self.date_from or self.date_to:
            a = formats.day(self.date_from) if self.date_from else "…"
            b = formats.day(self.date_to) if self.date_to else "…"
            parts.append(_("visites du {a} au {b}", a=a, b=b))
        if self.region:
            parts.append(_("région {c} {n}", c=self.region, n=region_name(self.region) or ""))
        if self.naf_division:
            parts.append(_("division NAF {d}", d=self.naf_division))
        if self.size_class:
            parts.append(self.size_class)
        if self.review:
            parts.append(_("revue : {s}", s=self.review))
        return ", ".join(parts) if parts else _("toutes les données")

    def as_dict(self) -> dict:
        return {"date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None,
                "region": self.region, "naf_division": self.naf_division, "size_class": self.size_class,
                "review": self.review}


def _given(v) -> bool:
    return v is not None and str(v).strip() != ""


def _parse_date(v: str | date | None, field: str, start: bool) -> date | None:
    """`AAAA-MM-JJ`, or `AAAA-MM` (the first or last day of that month)."""
    if isinstance(v, date):
        return v
    if not _given(v):
        return None
    s = str(v).strip()
    m = _MONTH.match(s)
    try:
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return date(y, mo, 1 if start else calendar.monthrange(y, mo)[1])
        return parse_date(s, field)
    except (ValueError, ValidationError):
        raise ValidationError(_("Date invalide : « {v} » (JJ/MM/AAAA, AAAA-MM-JJ ou AAAA-MM attendu).", v=s), field) from None
