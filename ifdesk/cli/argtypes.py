"""argparse `type=` for every number, amount and date of the command line: the core parser
(`ifdesk.core.parsing`), so that `--turnover "8 400 000"`, `--cost "12 500 €"` and `--due 31/05/2027` are
read as the window reads them, and a refusal is one French line (never « valeur float invalide »).

A refusal is a ValidationError, which argparse does not catch: `app.main` prints it as `error: …` and
exits 1, like every other bad value (usage mistakes — a missing option — exit 2)."""

from __future__ import annotations

from typing import Callable

from ..core import parsing
from ..core.errors import ValidationError


def _typed(parse: Callable, name: str) -> Callable[[str], object]:
    def convert(text: str):
        value = parse(text)
        if value is None:  # an empty argument is a mistake, not "no value"
            raise _refusal(parse, text)
        return value

    convert.__name__ = name
    return convert


def _refusal(parse: Callable, text: str) -> ValidationError:
    try:
        parse("?" if not text.strip() else text)
    except ValidationError as exc:
        return exc
    return ValidationError(text)  # pragma: no cover (every parser refuses "?")


amount = _typed(parsing.parse_amount, "amount")
number = _typed(parsing.parse_number, "number")
integer = _typed(parsing.parse_integer, "integer")
day = _typed(parsing.parse_date, "day")
