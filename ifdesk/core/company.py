"""Companies, programmes and experts of the regional support programmes."""

from __future__ import annotations

from typing import Any

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..i18n import _
from . import naf as naf_rules
from .identifiers import normalize_siret
from .company_rules import MAX_NAME, SizeClass, is_micro, size_class, size_label  # noqa: F401  (re-exported)
from .reference_data import normalize_region
from .validation import validated

class Company(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    siret: str
    name: str = Field(min_length=1, max_length=MAX_NAME)
    region: str
    # the nomenclature the NAF code belongs to (NAF rév. 2 today; NAF 2025 from 2027 — core/naf.py)
    naf_nomenclature: str = naf_rules.DEFAULT_NOMENCLATURE
    naf: str | None = None
    headcount: int | None = Field(default=None, ge=0, le=1_000_000)
    turnover_eur: float | None = Field(default=None, ge=0)
    balance_sheet_eur: float | None = Field(default=None, ge=0)
    city: str | None = Field(default=None, max_length=MAX_NAME)
    assigned_to: str | None = None  # expert key id, set by the office's distribution

    @field_validator("siret", mode="before")
    @classmethod
    def _siret(cls, v: str) -> str:
        return normalize_siret(str(v))

    @field_validator("region", mode="before")
    @classmethod
    def _region(cls, v: str) -> str:
        return normalize_region(str(v), allow_former=True)

    @field_validator("naf_nomenclature", mode="before")
    @classmethod
    def _nomenclature(cls, v: str | None) -> str:
        v = naf_rules.DEFAULT_NOMENCLATURE if v is None or str(v).strip() == "" else str(v).strip()
        if v not in naf_rules.NOMENCLATURES:
            raise ValueError(_("Nomenclature d'activité inconnue : « {n} ».", n=v[:40]))
        return v

    @field_validator("naf", mode="before")
    @classmethod
    def _naf(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None or str(v).strip() == "":
            return None
        nomenclature = info.data.get("naf_nomenclature", naf_rules.DEFAULT_NOMENCLATURE)
        if info.context and info.context.get("stored"):
            # a row already in the workspace (possibly written by 0.1, which knew only divisions) reads
            # as it is; saving it again through the form checks it in full
            return naf_rules.canonical(str(v)) or str(v)
        return naf_rules.normalize(str(v), nomenclature)

    @property
    def siren(self) -> str:
        return self.siret[:9]

    @property
    def size(self) -> SizeClass | None:
        """PME, ETI, GE, or None when the figures given cannot decide (« indéterminé »)."""
        return size_class(self.headcount, self.turnover_eur, self.balance_sheet_eur)

    @property
    def size_text(self) -> str:
        return size_label(self.headcount, self.turnover_eur, self.balance_sheet_eur)

    @property
    def naf_label(self) -> str | None:
        return naf_rules.label(self.naf, self.naf_nomenclature) if self.naf else None


def new_company(**fields: Any) -> Company:
    """Build a company from user input; the first bad field raises a ValidationError naming it.

    New companies must carry a region in force (old pre-2016 codes only come in old data).
    """
    if "region" in fields:
        fields["region"] = normalize_region(str(fields["region"]))
    return validated(Company, fields)


class Programme(BaseModel):
    """A regional support programme: budget and objective in companies over a period."""

    region: str
    name: str = Field(min_length=1, max_length=MAX_NAME)
    budget_eur: float = Field(ge=0)
    objective_companies: int = Field(ge=0)
    start: date
    end: date

    @field_validator("region", mode="before")
    @classmethod
    def _region(cls, v: str) -> str:
        return normalize_region(str(v), allow_former=True)

    @model_validator(mode="after")
    def _period(self) -> "Programme":
        if self.end < self.start:
            raise ValueError(_("la fin de la période précède son début"))
        return self
