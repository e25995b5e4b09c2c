"""One parser for what people type: French numbers, money and dates, for every field and command.

- Numbers: `8 400 000`, `12 500,50`, `1,5`, `1.5` (spaces, no-break and narrow no-break spaces group the
  thousands, in groups of three; the comma — or a dot — marks the decimals).
- Money: the same, with an optional `€` / `EUR` / `euros` before or after: `1 500 000 €`.
- Dates: `31/05/2027` (also `31/5/2027`, `31.05.2027`, `31-05-2027`) and ISO `2027-05-31`.

Empty text gives None (the caller decides whether the field is required); anything else that does
not parse raises `ValidationError` with one clear line in the user's language — never Python's own
wording. Formatting lives in `ifdesk.core.formats`.
"""

from __future__ import annotations

import math
import re
from datetime import date

from ..i18n import _
from .errors import ValidationError

SPACES = " \u00a0\u202f\u2009\u2007\t"
_SPACE_RE = f"[{SPACES}]"
_NUMBER = re.compile(rf"^([+-]?)(\d{{1,3}}(?:{_SPACE_RE}\d{{3}})+|\d+)?(?:[.,](\d+))?$")
_CURRENCY = re.compile(rf"^(?:€|eur|euros?)?{_SPACE_RE}*(.*?){_SPACE_RE}*(?:€|eur|euros?)?$", re.I)
_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _decimal(text: str) -> float | None:
    m = _NUMBER.match(text.strip(SPACES))
    if not m or (m.group(2) is None and m.group(3) is None):
        return None
    sign, whole, frac = m.groups()
    digits = re.sub(_SPACE_RE, "", whole or "0")
    value = float(f"{sign}{digits}.{frac or '0'}")
    return value if math.isfinite(value) else None


def _blank(text: str | None) -> bool:
    return text is None or not str(text).strip(SPACES)


def parse_number(text: str | None, field: str | None = None) -> float | None:
    """« 12 500,5 » → 12500.5; None when empty."""
    if _blank(text):
        return None
    value = _decimal(str(text))
    if value is None:
        raise ValidationError(_("nombre invalide : « {v} » (par ex. 12 500,5)", v=str(text).strip()), field)
    return value


def parse_amount(text: str | None, field: str | None = None) -> float | None:
    """« 1 500 000 € » → 1500000.0; None when empty."""
    if _blank(text):
        return None
    inner = _CURRENCY.match(str(text).strip(SPACES))
    value = _decimal(inner.group(1)) if inner else None
    if value is None:
        raise ValidationError(_("montant invalide : « {v} » (par ex. 12 500 €)", v=str(text).strip()), field)
    return value


def parse_integer(text: str | None, field: str | None = None) -> int | None:
    """« 1 250 » → 1250; None when empty; decimals are refused."""
    if _blank(text):
        return None
    value = _decimal(str(text))
    if value is None or value != int(value):
        raise ValidationError(_("nombre entier invalide : « {v} » (par ex. 1 250)", v=str(text).strip()), field)
    return int(value)


def parse_date(text: str | date | None, field: str | None = None) -> date | None:
    """« 31/05/2027 » or « 2027-05-31 » → date(2027, 5, 31); None when empty."""
    if isinstance(text, date):
        return text
    if _blank(text):
        return None
    t = str(text).strip(SPACES)
    m = _DMY.match(t)
    parts = (int(m.group(4)), int(m.group(3)), int(m.group(1))) if m else None
    if parts is None and (m := _ISO.match(t)):
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        if parts is None:
            raise ValueError
        return date(*parts)
    except ValueError:
        raise ValidationError(_("date invalide : « {v} » (attendu JJ/MM/AAAA)", v=t), field) from None
