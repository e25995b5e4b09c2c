"""Finding 4 of issue 16: one parser for French numbers, money and dates; one way to write them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from ifdesk.core import formats, parsing
from ifdesk.core.errors import ValidationError
from ifdesk.i18n import set_language

NB, NN = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def _fr():
    set_language("fr")
    yield
    set_language("fr")


@pytest.mark.parametrize("text, value", [
    ("8 400 000", 8_400_000), (f"8{NB}400{NB}000", 8_400_000), (f"8{NN}400{NN}000", 8_400_000),
    ("12 500", 12_500), ("12 500,50", 12_500.5), ("1,5", 1.5), ("1.5", 1.5), ("12500", 12_500), ("-3", -3),
    (" 42 ", 42), (",5", 0.5),
])
def test_numbers(text, value):
    assert parsing.parse_number(text) == value
    assert parsing.parse_amount(text) == value


@pytest.mark.parametrize("text, value", [
    ("8 400 000 €", 8_400_000), ("1 500 000 €", 1_500_000), (f"1{NN}500{NN}000{NB}€", 1_500_000),
    ("12 500€", 12_500), ("€12 500", 12_500), ("12 500,50 €", 12_500.5), ("12 500 EUR", 12_500), ("300 euros", 300),
])
def test_money(text, value):
    assert parsing.parse_amount(text) == value


@pytest.mark.parametrize("text", ["abc", "12 50", "1 2345", "1,500,000", "12,5,0", "12 500 €€", "1e6", "nan", "inf", "--3", "€"])
def test_bad_amounts_are_refused_in_french(text):
    with pytest.raises(ValidationError) as e:
        parsing.parse_amount(text, "cost_eur")
    assert str(e.value).startswith("montant invalide : « ")
    assert e.value.field == "cost_eur"
    assert "float" not in str(e.value)


def test_number_refuses_currency_and_integer_refuses_decimals():
    with pytest.raises(ValidationError, match="nombre invalide"):
        parsing.parse_number("12 €")
    assert parsing.parse_integer("1 250") == 1250
    with pytest.raises(ValidationError, match="nombre entier invalide"):
        parsing.parse_integer("12,5")


@pytest.mark.parametrize("text", ["", "   ", None, NB])
def test_empty_is_none(text):
    assert parsing.parse_amount(text) is None and parsing.parse_date(text) is None and parsing.parse_integer(text) is None


@pytest.mark.parametrize("text", ["31/05/2027", "2027-05-31", "31/5/2027", "31.05.2027", "31-05-2027", " 31/05/2027 "])
def test_dates(text):
    assert parsing.parse_date(text) == date(2027, 5, 31)


@pytest.mark.parametrize("text", ["31/02/2027", "2027/05/31", "05/31", "31/05/27", "demain", "2027-13-01"])
def test_bad_dates(text):
    with pytest.raises(ValidationError) as e:
        parsing.parse_date(text)
    assert str(e.value).startswith("date invalide : « ") and "(attendu JJ/MM/AAAA)" in str(e.value)
    assert "fromisoformat" not in str(e.value)


def test_english_refusals():
    set_language("en")
    with pytest.raises(ValidationError, match="invalid amount"):
        parsing.parse_amount("abc")
    with pytest.raises(ValidationError, match="invalid date.*DD/MM/YYYY"):
        parsing.parse_date("abc")


def test_formats_per_language():
    assert formats.money(12500) == f"12{NN}500{NB}€"
    assert formats.money(12500, "en") == "€12,500"
    assert formats.money(12499.6) == f"12{NN}500{NB}€"
    assert formats.number(2.456, 2) == "2,46" and formats.number(2.456, 2, "en") == "2.46"
    assert formats.integer(1234567) == f"1{NN}234{NN}567"
    assert formats.percent(0.45) == f"45{NB}%" and formats.percent(0.45, lang="en") == "45%"
    assert formats.day(date(2027, 5, 31)) == "31/05/2027" and formats.day("2027-05-31", "en") == "31 May 2027"
    assert formats.day(date(2027, 5, 1), long=True) == "1er mai 2027"
    for f in (formats.money, formats.number, formats.integer, formats.percent, formats.day, formats.moment):
        assert f(None) == formats.NO_VALUE


def test_moment_is_local_time(monkeypatch):
    stamp = "2026-12-03T17:05:00.000Z"
    local = datetime(2026, 12, 3, 17, 5, tzinfo=timezone.utc).astimezone()
    assert formats.moment(stamp) == f"{local:%d/%m/%Y %H:%M}"


def test_what_is_written_reads_back():
    for x in (0, 7, 12500, 8_400_000, 12500.5, 1.5):
        if x == round(x):
            assert parsing.parse_amount(formats.money(x)) == x
        assert parsing.parse_number(formats.number(x, 2)) == x
    assert parsing.parse_date(formats.day(date(2027, 5, 31))) == date(2027, 5, 31)
