"""The manifest and the payload schemas (docs/bundle-format.md), and their JSON encoding.

JSON is written canonically (sorted keys, no spaces, UTF-8) so that a bundle's bytes depend only on
its content; readers refuse duplicate keys.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..core.company import Company
from ..core.diagnostic import Diagnostic
from ..i18n import _

FORMAT = "ifdesk-bundle"
FORMAT_VERSION = 1
DIAG_FORMAT = "ifdesk-diagnostic-revision"
DIAG_FORMAT_VERSION = 1
UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA_RE = r"^[0-9a-f]{64}$"
KEY_ID_RE = r"^[0-9a-f]{16}$"
MAX_DIAGS = 1000  # per bundle: a bundle is validated whole in memory before it is applied


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class DuplicateKey(ValueError):
    pass


def _no_dupes(pairs: list[tuple[str, Any]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set = set()
        raise DuplicateKey(next(k for k, _v in pairs if k in seen or seen.add(k)))
    return out


def loads(data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity."""
    def _const(name: str):
        raise ValueError(name)
    return json.loads(data.decode("utf-8"), object_pairs_hook=_no_dupes, parse_constant=_const)


def diag_member(diag_id: str, revision: int) -> str:
    return f"diag-{diag_id}-r{revision}.json"


def referentiel_member(sha256: str) -> str:
    return f"referentiel-{sha256}.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileEntry(_Strict):
    path: str = Field(max_length=200)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=SHA_RE)


class Producer(_Strict):
    name: str = Field(max_length=100)
    version: str = Field(max_length=50)


class Signer(_Strict):
    key_id: str = Field(pattern=KEY_ID_RE)
    name: str = Field(max_length=200)
    org: str = Field(max_length=200)
    role: Literal["expert", "office", "national"]
    public_key: str = Field(max_length=64)


class RefEntry(_Strict):
    id: str = Field(max_length=64)
    version: str = Field(max_length=32)
    sha256: str = Field(pattern=SHA_RE)
    path: str | None = Field(default=None, max_length=200)  # the member carrying its canonical JSON, if any


class DiagEntry(_Strict):
    id: str = Field(pattern=UUID_RE)
    revision: int = Field(ge=1, le=999_999)
    base_revision: int | None = Field(default=None, ge=1, le=999_999)
    content_hash: str = Field(pattern=SHA_RE)
    siret: str = Field(pattern=r"^[0-9]{14}$")
    expert_key_id: str = Field(pattern=KEY_ID_RE)
    path: str = Field(max_length=200)


class Manifest(_Strict):
    format: Literal["ifdesk-bundle"]
    format_version: Literal[1]
    bundle_id: str = Field(pattern=UUID_RE)
    kind: Literal["diagnostics", "distribution", "register", "programmes"]
    created_at: str = Field(max_length=40)
    producer: Producer
    signer: Signer
    referentiels: list[RefEntry] = Field(default_factory=list, max_length=100)
    diagnostics: list[DiagEntry] = Field(default_factory=list, max_length=MAX_DIAGS)
    files: list[FileEntry] = Field(max_length=4096)


class CompanyRecord(Company):
    """The company as it travels with a diagnostic (the office upserts it)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    updated_at: str = Field(max_length=40)

    @field_validator("assigned_to")
    @classmethod
    def _assigned(cls, v: str | None) -> str | None:
        if v is not None and len(v) > 64:
            raise ValueError("assigned_to")
        return v


class DiagnosticRecord(Diagnostic):
    """One full revision as it travels (strict: unknown keys and oversized texts refused)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=UUID_RE)
    siret: str = Field(pattern=r"^[0-9]{14}$")
    company_name: str = Field(default="", max_length=200)
    expert_key_id: str = Field(pattern=KEY_ID_RE)
    expert_name: str = Field(default="", max_length=200)
    last_criterion: str | None = Field(default=None, max_length=64)
    previous_id: str | None = Field(default=None, pattern=UUID_RE)  # optional: 0.1 bundles have none

    @field_validator("answers")
    @classmethod
    def _answers(cls, v: dict) -> dict:
        if len(v) > 1000:
            raise ValueError(_("trop de réponses"))
        for k, a in v.items():
            if k != a.criterion:
                raise ValueError(_("réponse rangée sous « {k} » pour le critère « {c} »", k=k[:64], c=a.criterion[:64]))
        return v

    @field_validator("actions")
    @classmethod
    def _actions(cls, v: list) -> list:
        if len(v) > 500:
            raise ValueError(_("trop d'actions"))
        return v


class DiagnosticPayload(_Strict):
    format: Literal["ifdesk-diagnostic-revision"]
    format_version: Literal[1]
    content_hash: str = Field(pattern=SHA_RE)
    diagnostic_created_at: str = Field(max_length=40)
    diagnostic: DiagnosticRecord
    company: CompanyRecord


def diagnostic_payload(diag: Diagnostic, company_row: dict, diag_created_at: str) -> dict:
    """The JSON object of one revision's payload member."""
    d = diag.model_dump(mode="json")
    company = {k: company_row.get(k) for k in ("siret", "name", "region", "naf", "headcount", "turnover_eur",
                                               "balance_sheet_eur", "city", "assigned_to", "updated_at")}
    return {"format": DIAG_FORMAT, "format_version": DIAG_FORMAT_VERSION, "content_hash": diag.content_hash(),
            "diagnostic_created_at": diag_created_at, "diagnostic": d, "company": company}
