"""INSEE activity nomenclatures (NAF), shipped in full as package data.

NAF rév. 2 (in force since 2008): 732 sub-classes with their class, group, division and section labels,
read from `data/naf-rev2.csv` on first use (the window's first page never pays for it). Every code is
interpreted within a nomenclature id (`NAFRev2` today); NAF 2025, in force on 1 January 2027, comes as a
second file in `NOMENCLATURES` and a company records which nomenclature its code belongs to
(`companies.naf_nomenclature`), so that adding it needs no schema rewrite (docs/decisions-domain.md).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from ..i18n import _
from .errors import ValidationError
from .package_data import data_text

NAF_REV2 = "NAFRev2"
DEFAULT_NOMENCLATURE = NAF_REV2
# nomenclature id → (data file, display name, the manufacturing section's letter)
NOMENCLATURES: dict[str, tuple[str, str, str]] = {
    NAF_REV2: ("naf-rev2.csv", "NAF rév. 2", "C"),
}
_FORMAT = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")


@dataclass(frozen=True)
class NafEntry:
    """One sub-class and the labels of every level above it."""

    nomenclature: str
    code: str
    label: str
    class_code: str
    class_label: str
    group: str
    group_label: str
    division: str
    division_label: str
    section: str
    section_label: str

    @property
    def manufacturing(self) -> bool:
        return self.section == NOMENCLATURES[self.nomenclature][2]


def _known(nomenclature: str) -> str:
    if nomenclature not in NOMENCLATURES:
        raise ValidationError(_("Nomenclature d'activité inconnue : « {n} ».", n=nomenclature), "naf_nomenclature")
    return nomenclature


@cache
def table(nomenclature: str = DEFAULT_NOMENCLATURE) -> dict[str, NafEntry]:
    """Every sub-class of `nomenclature`, by code (`25.62B`), in the file's order."""
    filename = NOMENCLATURES[_known(nomenclature)][0]
    text = data_text(filename)
    out: dict[str, NafEntry] = {}
    for r in csv.DictReader(io.StringIO(text)):
        out[r["code"]] = NafEntry(nomenclature, r["code"], r["label"], r["class"], r["class_label"], r["group"],
                                  r["group_label"], r["division"], r["division_label"], r["section"], r["section_label"])
    return out


def canonical(raw: str) -> str | None:
    """`2562b`, ` 25.62B ` → `25.62B`; None when the text is not shaped like a sub-class code."""
    s = (raw or "").strip().upper().replace(" ", "")
    m = _FORMAT.match(s)
    return f"{m.group(1)}.{m.group(2)}{m.group(3)}" if m else None


def lookup(code: str | None, nomenclature: str = DEFAULT_NOMENCLATURE) -> NafEntry | None:
    """The sub-class of a code (with or without the dot), or None when it does not exist."""
    c = canonical(code or "")
    return table(nomenclature).get(c) if c else None


def label(code: str | None, nomenclature: str = DEFAULT_NOMENCLATURE) -> str | None:
    """The INSEE label of the sub-class (`25.62B` → « Mécanique industrielle »)."""
    e = lookup(code, nomenclature)
    return e.label if e else None


def normalize(raw: str, nomenclature: str = DEFAULT_NOMENCLATURE) -> str:
    """The canonical code of an existing sub-class; else a ValidationError with the reason."""
    code = canonical(raw)
    if code is None:
        raise ValidationError(_("Code NAF invalide : format attendu NN.NNL, par ex. 25.62B (reçu « {raw} »).",
                                raw=raw), "naf")
    if code not in table(nomenclature):
        raise ValidationError(_("sous-classe NAF inconnue : {code} ({n})", code=code,
                                n=NOMENCLATURES[nomenclature][1]), "naf")
    return code


def is_manufacturing(code: str, nomenclature: str = DEFAULT_NOMENCLATURE) -> bool:
    e = lookup(code, nomenclature)
    return bool(e and e.manufacturing)


def outside_manufacturing(code: str | None, nomenclature: str = DEFAULT_NOMENCLATURE) -> str | None:
    """The warning for a known code outside manufacturing (section C), else None.

    The programmes are for industry: such a company is accepted only on explicit confirmation
    (CLI `--allow-non-manufacturing`, a dialog in the window)."""
    e = lookup(code, nomenclature)
    if e is None or e.manufacturing:
        return None
    return _("{code} « {label} » est hors de l'industrie manufacturière (section {s} « {sl} », et non section C) : "
             "les programmes Industrie du Futur visent l'industrie.",
             code=e.code, label=e.label, s=e.section, sl=e.section_label.capitalize())
