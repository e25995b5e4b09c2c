import pytest

from ifdesk.core.company import SizeClass, new_company, size_class
from ifdesk.core.errors import ValidationError
from ifdesk.core.identifiers import (format_siret, is_valid_siret, luhn_complete, luhn_ok, normalize_naf,
                                     normalize_siren, normalize_siret)
from ifdesk.core.reference_data import current_regions, normalize_region, region_name


@pytest.mark.parametrize("raw", ["732 829 320 00074", "73282932000074", "732\u00a0829\u00a0320\u00a000074",
                                 "732.829.320.00074", " 73282932000074 "])
def test_siret_accepts_spaces_and_stores_digits(raw):
    assert normalize_siret(raw) == "73282932000074"


def test_la_poste_exception():
    assert not luhn_ok("35600000049837")
    assert normalize_siret("356 000 000 49837") == "35600000049837"
    # a La Poste SIRET whose digit sum is not a multiple of 5 and fails Luhn stays invalid
    assert not is_valid_siret("35600000049838")
    # the exception belongs to La Poste only
    assert not is_valid_siret("35600000149837") or luhn_ok("35600000149837")


@pytest.mark.parametrize("raw", ["", "1234", "73282932000075", "7328293200007A", "732829320000740",
                                 "７３２８２９３２０００７４", "73282932000074\x00"])
def test_invalid_siret_is_refused_with_reason(raw):
    with pytest.raises(ValidationError) as e:
        normalize_siret(raw)
    assert e.value.field == "siret"
    assert "SIRET invalide" in str(e.value)


def test_siren():
    assert normalize_siren("732 829 320") == "732829320"
    with pytest.raises(ValidationError):
        normalize_siren("732829321")


def test_luhn_complete_makes_valid_numbers():
    for prefix in ("1234567", "99999999", "0"):
        assert luhn_ok(luhn_complete(prefix))


def test_format_siret():
    assert format_siret("73282932000074") == "732 829 320 00074"


@pytest.mark.parametrize("raw,code", [("25.62B", "25.62B"), ("2562B", "25.62B"), ("25.62b", "25.62B"),
                                      (" 10.71c ", "10.71C")])
def test_naf_normalised(raw, code):
    assert normalize_naf(raw) == code


@pytest.mark.parametrize("raw", ["2562", "25.62", "ABCDE", "04.11Z", "25.621B", ""])
def test_naf_invalid(raw):
    with pytest.raises(ValidationError) as e:
        normalize_naf(raw)
    assert e.value.field == "naf"


def test_regions_are_data():
    codes = {r["code"] for r in current_regions()}
    assert len(codes) == 18
    assert {"11", "84", "93", "94", "06"} <= codes
    assert region_name("42") == "Alsace"  # old code still readable
    assert normalize_region("84") == "84"
    assert normalize_region("1") == "01"
    with pytest.raises(ValidationError, match="n'existe plus depuis 2016"):
        normalize_region("42")
    with pytest.raises(ValidationError, match="Région inconnue"):
        normalize_region("99")


@pytest.mark.parametrize("headcount,turnover,balance,expected", [
    (10, 1e6, None, SizeClass.PME), (249, 50e6, None, SizeClass.PME), (249, 60e6, 40e6, SizeClass.PME),
    (249, 60e6, 50e6, SizeClass.ETI), (250, 10e6, None, SizeClass.ETI), (4999, 1.5e9, None, SizeClass.ETI),
    (4999, 2e9, 2.5e9, SizeClass.GE), (5000, 1e6, None, SizeClass.GE), (None, None, None, None),
    (10, None, None, None),  # no figure: the décret cannot decide (0.1 assumed a PME)
])
def test_size_class(headcount, turnover, balance, expected):
    assert size_class(headcount, turnover, balance) == expected


def test_new_company_names_the_bad_field():
    with pytest.raises(ValidationError) as e:
        new_company(siret="73282932000074", name="", region="84")
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        new_company(siret="73282932000074", name="X", region="84", headcount=-3)
    assert e.value.field == "headcount"
    c = new_company(siret="732 829 320 00074", name="  ACME  ", region="84", naf="2562b", headcount=40,
                    turnover_eur=5e6)
    assert (c.siret, c.name, c.naf, c.size) == ("73282932000074", "ACME", "25.62B", SizeClass.PME)
