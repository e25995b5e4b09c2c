"""Issue 15: exact identifiers against public references — the full NAF rév. 2, both SIRET keys
(python-stdnum as the reference), the size classes of the décret 2008-1354."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.fr import siret as std_siret

from ifdesk.core import naf
from ifdesk.core.company import new_company
from ifdesk.core.company_rules import SizeClass, is_micro, programme_size_warning, size_class, size_label
from ifdesk.core.errors import ValidationError
from ifdesk.core.identifiers import is_valid_siret, normalize_siren, normalize_siret

CSV_ROWS = list(csv.DictReader(resources.files("ifdesk.core").joinpath("data", "naf-rev2.csv")
                               .read_text("utf-8").splitlines()))


# ---- NAF rév. 2 ---------------------------------------------------------------------------------

def test_the_whole_nomenclature_is_shipped():
    assert len(CSV_ROWS) == 732 and len(naf.table()) == 732
    assert sum(1 for e in naf.table().values() if e.manufacturing) == 259     # section C
    assert {e.section for e in naf.table().values()} == set("ABCDEFGHIJKLMNOPQRSTU")


@pytest.mark.parametrize("row", CSV_ROWS, ids=lambda r: r["code"])
def test_every_sub_class_round_trips_with_its_label(row):
    code = row["code"]
    for written in (code, code.replace(".", ""), code.lower(), f" {code.replace('.', '')} "):
        assert naf.normalize(written) == code
    e = naf.lookup(code)
    assert (e.label, e.class_label, e.group_label, e.division_label, e.section_label) == (
        row["label"], row["class_label"], row["group_label"], row["division_label"], row["section_label"])
    assert e.manufacturing == (row["section"] == "C") == (10 <= int(code[:2]) <= 33)
    c = new_company(siret="73282932000074", name="X", region="84", naf=code.replace(".", ""))
    assert (c.naf, c.naf_label, c.naf_nomenclature) == (code, row["label"], naf.NAF_REV2)


@pytest.mark.parametrize("code", ["25.62Z", "99.99A", "10.00A", "2562Z", "00.00Z", "04.11Z"])
def test_unknown_sub_classes_are_refused_with_the_reason(code):
    with pytest.raises(ValidationError) as e:
        new_company(siret="73282932000074", name="X", region="84", naf=code)
    canonical = naf.canonical(code)
    assert e.value.field == "naf" and f"sous-classe NAF inconnue : {canonical}" in str(e.value)


def test_label_is_the_sub_class_not_the_division():
    assert naf.label("25.62B") == "Mécanique industrielle"
    assert naf.label("2562A") == "Décolletage"


def test_outside_manufacturing_is_a_warning_naming_the_section():
    assert naf.outside_manufacturing("25.62B") is None
    w = naf.outside_manufacturing("47.11F")
    assert "Hypermarchés" in w and "section G" in w
    assert naf.outside_manufacturing(None) is None


def test_a_second_nomenclature_is_a_data_file_not_a_schema_change():
    with pytest.raises(ValidationError):
        new_company(siret="73282932000074", name="X", region="84", naf="25.62B", naf_nomenclature="NAF2025")
    assert set(naf.NOMENCLATURES) == {"NAFRev2"}


# ---- SIREN / SIRET ------------------------------------------------------------------------------

# public SIRENs: Renault, Michelin (CGEM), Airbus, Danone, TotalEnergies, Engie, La Poste, INSEE's example
REAL_SIRENS = ["441639465", "855200887", "383474814", "552032534", "542051180", "542107651", "356000000", "732829320"]


@pytest.mark.parametrize("siren", REAL_SIRENS)
def test_real_sirens_are_valid(siren):
    assert normalize_siren(f"{siren[:3]} {siren[3:6]} {siren[6:]}") == siren


@pytest.mark.parametrize("siren", ["441639466", "855200888", "732829321", "000000000"])
def test_a_wrong_siren_key_is_refused(siren):
    with pytest.raises(ValidationError, match="clé SIREN invalide"):
        normalize_siren(siren)


@pytest.mark.parametrize("siret", ["73282932000074", "35600000000048", "35600000049837"])
def test_real_sirets_are_valid(siret):
    assert normalize_siret(siret) == siret


@pytest.mark.parametrize("raw,reason", [
    ("732 829 321 00072", "clé SIREN invalide"),   # passes Luhn over 14 digits, its SIREN does not
    ("00000000000000", "clé SIREN invalide"),
    ("732 829 320 00075", "clé SIRET invalide"),
    ("35600000049838", "clé SIRET invalide"),      # La Poste, neither Luhn nor a digit sum multiple of 5
    ("7328293200007", "14 chiffres attendus"), ("7328293200007A", "14 chiffres attendus"),
])
def test_each_siret_fault_has_its_reason(raw, reason):
    with pytest.raises(ValidationError, match=reason) as e:
        normalize_siret(raw)
    assert e.value.field == "siret"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_our_verdict_is_python_stdnums(s):
    """Equal to stdnum's on any 14 digits, but for the two documented differences: La Poste's
    establishments passing Luhn (product.md accepts Luhn OR the digit sum; stdnum only the sum) and the
    never-attributed SIREN 000000000 (stdnum accepts it)."""
    if s.startswith("356000000") or s.startswith("000000000"):
        return
    assert is_valid_siret(s) == std_siret.is_valid(s)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=5, max_size=5))
def test_la_poste_rule(nic):
    s = "356000000" + nic
    digit_sum_ok = sum(map(int, s)) % 5 == 0
    from stdnum import luhn
    assert is_valid_siret(s) == (digit_sum_ok or luhn.is_valid(s))
    if digit_sum_ok:
        assert std_siret.is_valid(s)     # everything stdnum accepts, we accept


# ---- size class (décret 2008-1354) --------------------------------------------------------------

@pytest.mark.parametrize("h,t,b,expected", [
    (249, 51e6, None, None),            # balance unknown could make it a PME: undecided
    (249, 51e6, 44e6, SizeClass.ETI),
    (249, 51e6, 43e6, SizeClass.PME),   # « au plus » 43 M€
    (249, 50e6, None, SizeClass.PME),   # one figure under its cap decides
    (250, None, None, None),            # not a PME; ETI or GE depends on the figures
    (250, 1e6, None, SizeClass.ETI),
    (250, 2e9, None, None),
    (4999, 2e9, 2.1e9, SizeClass.GE),
    (5000, None, None, SizeClass.GE),   # headcount alone decides a GE
    (7000, 10e6, 10e6, SizeClass.GE),
    (None, 60e6, 50e6, None),           # not a PME whatever the headcount, ETI unknown
    (None, 2e9, 3e9, SizeClass.GE),     # over both ETI caps: GE whatever the headcount
    (0, 0, 0, SizeClass.PME),
])
def test_size_class_edges(h, t, b, expected):
    assert size_class(h, t, b) == expected


@pytest.mark.parametrize("h,t,b,micro,label", [
    (9, 2e6, None, True, "micro-entreprise (PME)"), (9, 2.1e6, 1.9e6, True, "micro-entreprise (PME)"),
    (9, 2.1e6, 2.1e6, False, "PME"), (10, 1e6, 1e6, False, "PME"), (9, 3e6, None, None, "PME"),
    (249, 51e6, None, False, "indéterminé"), (300, 10e6, None, False, "ETI"),
])
def test_micro_enterprises_are_distinguished(h, t, b, micro, label):
    assert is_micro(h, t, b) is micro
    assert size_label(h, t, b) == label


def test_a_large_company_is_warned_not_refused():
    assert programme_size_warning(7000) and "PME et les ETI" in programme_size_warning(7000)
    assert programme_size_warning(200, 10e6) is None and programme_size_warning(None) is None
    c = new_company(siret="73282932000074", name="Grand Groupe", region="84", headcount=7000)
    assert c.size is SizeClass.GE


def test_the_nomenclature_is_declared_as_package_data_and_in_the_installer_spec():
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    globs = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]["ifdesk.core"]
    assert any(fnmatch.fnmatch("data/naf-rev2.csv", g) for g in globs)
    assert any(fnmatch.fnmatch("data/financing.json", g) for g in globs)
    assert '("ifdesk/core/data", "*.csv")' in (root / "packaging" / "ifdesk.spec").read_text("utf-8")
