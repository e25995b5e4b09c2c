"""One way to write numbers, money and dates per language, used by the report, the office tables, the
command line and the window (parsing: `ifdesk.core.parsing`).

French: « 12 500,5 », « 12 500 € » (narrow no-break space between thousands, no-break space before €),
« 45 % », « 31/05/2027 », long « 31 mai 2027 », a moment « 03/12/2026 18:05 » (local time).
English: « 12,500.5 », « €12,500 », « 45% », « 31 May 2027 », « 3 Dec 2026 18:05 ».
A missing value is always NO_VALUE (« — »).
"""

from __future__ import annotations

from datetime import date, datetime

from ..i18n import language

NO_VALUE = "—"
NBSP = "\u00a0"   # before € and %, and before a colon
NNBSP = "\u202f"  # between thousands
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def _lang(lang: str | None) -> str:
    return "en" if (lang or language()) == "en" else "fr"


def number(x: float | int | None, digits: int = 1, lang: str | None = None) -> str:
    """12500.5 → « 12 500,5 » (fr) / « 12,500.5 » (en)."""
    if x is None:
        return NO_VALUE
    s = f"{float(x):,.{digits}f}"
    if s.startswith("-") and float(s.replace(",", "")) == 0:
        s = s[1:]  # no « -0 »
    if _lang(lang) == "fr":
        return s.replace(",", NNBSP).replace(".", ",")
    return s


def integer(n: float | int | None, lang: str | None = None) -> str:
    return NO_VALUE if n is None else number(round(n), 0, lang)


def money(x: float | None, lang: str | None = None) -> str:
    """Whole euros: « 12 500 € » / « €12,500 » (estimates and budgets: cents would be noise)."""
    if x is None:
        return NO_VALUE
    text = number(round(x), 0, lang)
    if _lang(lang) == "fr":
        return text + NBSP + "€"
    return "-€" + text[1:] if text.startswith("-") else "€" + text


def percent(fraction: float | None, digits: int = 0, lang: str | None = None) -> str:
    """0.45 → « 45 % » / « 45% »."""
    if fraction is None:
        return NO_VALUE
    text = number(100 * fraction, digits, lang)
    return text + (NBSP + "%" if _lang(lang) == "fr" else "%")


def _as_date(d: date | datetime | str) -> date | None:
    if isinstance(d, datetime):
        return (d.astimezone() if d.tzinfo else d).date()
    if isinstance(d, date):
        return d
    try:
        if len(d) > 10:
            return _as_date(datetime.fromisoformat(d.replace("Z", "+00:00")))
        return date.fromisoformat(d)
    except ValueError:
        return None


def day(d: date | datetime | str | None, lang: str | None = None, long: bool = False) -> str:
    """« 31/05/2027 » (long « 31 mai 2027 », « 1er mai 2027 ») / « 31 May 2027 »."""
    if d is None or d == "":
        return NO_VALUE
    x = _as_date(d)
    if x is None:
        return str(d)
    if _lang(lang) == "fr":
        if long:
            return f"{'1er' if x.day == 1 else x.day} {FR_MONTHS[x.month - 1]} {x.year}"
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if long:
        return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"
    return f"{x.day} {EN_MONTHS[x.month - 1][:3]} {x.year}"


def local_time(stamp: str | datetime | None) -> datetime | None:
    """A stored UTC ISO stamp (`…Z`) as local time; None when it does not parse."""
    if stamp is None or stamp == "":
        return None
    try:
        dt = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.astimezone() if dt.tzinfo else dt


def moment(stamp: str | datetime | None, lang: str | None = None) -> str:
    """A stored UTC stamp in local time: « 03/12/2026 18:05 » / « 3 Dec 2026 18:05 »."""
    local = local_time(stamp)
    if local is None:
        return NO_VALUE if not stamp else str(stamp)
    return f"{day(local.date(), lang)} {local:%H:%M}"
