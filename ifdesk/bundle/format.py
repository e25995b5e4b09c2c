"""The manifest and the payload schemas (docs/bundle-format.md), and their JSON encoding.

JSON is written canonically (sorted keys, no spaces, UTF-8) so that a bundle's bytes depend only on
its content; readers refuse duplicate keys.

Reading is strict (docs/decisions-safety.md): every model read from a bundle goes through
`read_payload`/`validate` — pydantic's strict JSON mode (no coercion: `"3"` is not 3, `1.0` is not 1,
`true` is not 1), `extra="forbid"` at every depth (the bundle's own subclasses of the core models:
answers, actions, référentiel reference, company), no NaN or infinity (`1e999` included). The core
models themselves stay as they are for the local store and the forms.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal, NoReturn, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..core.canonical import canonical_json
from ..core.company import Company
from ..core.diagnostic import NEXT_STEP_FIELDS, ActionItem, Answer, Diagnostic
from ..core.naf import DEFAULT_NOMENCLATURE
from ..core.referentiel import ReferentielRef
from ..i18n import _

FORMAT = "ifdesk-bundle"
FORMAT_VERSION = 1
DIAG_FORMAT = "ifdesk-diagnostic-revision"
DIAG_FORMAT_VERSION = 1
UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA_RE = r"^[0-9a-f]{64}$"
KEY_ID_RE = r"^[0-9a-f]{16}$"
MAX_DIAGS = 1000  # per bundle: a bundle is validated whole in memory before it is applied
M = TypeVar("M", bound=BaseModel)


dumps = canonical_json  # the one canonical form (ifdesk.core.canonical)


class DuplicateKey(ValueError):
    pass


def _no_dupes(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[Any] = set()
        for k, _v in pairs:  # the first key seen twice
            if k in seen:
                raise DuplicateKey(k)
            seen.add(k)
    return out


def _finite(text: str) -> float:
    v = float(text)
    if not math.isfinite(v):  # 1e999 parses to infinity
        raise ValueError(text[:20])
    return v


def loads(data: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity (nor a number too large to be finite)."""
    def _const(name: str) -> NoReturn:
        raise ValueError(name)
    return json.loads(data.decode("utf-8"), object_pairs_hook=_no_dupes, parse_constant=_const, parse_float=_finite)


def validate(model: type[M], raw: Any) -> M:
    """`raw` (from `loads`) as `model`, the bundle's way: strict JSON mode, at every depth."""
    return model.model_validate_json(json.dumps(raw, ensure_ascii=False, allow_nan=False), strict=True)


def read_payload(model: type[M], data: bytes) -> M:
    """A bundle's JSON member as `model`: `loads` (duplicate keys, NaN) then `validate`."""
    return validate(model, loads(data))


def diag_member(diag_id: str, revision: int) -> str:
    return f"diag-{diag_id}-r{revision}.json"


def referentiel_member(sha256: str) -> str:
    return f"referentiel-{sha256}.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# the bundle's own versions of the core models it carries: the same fields and rules, no unknown key
class AnswerRecord(Answer):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_strip_whitespace=True)


class ActionRecord(ActionItem):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_strip_whitespace=True)


class ReferentielRecord(ReferentielRef):
    model_config = ConfigDict(extra="forbid", frozen=True)


Strict = _Strict  # public: the base of every bundle model, extended by bundle/distribution.py


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

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)
    updated_at: str = Field(max_length=40)

    @model_validator(mode="before")
    @classmethod
    def _texts_are_texts(cls, v: Any) -> Any:
        """Company's own validators normalise with str(): in a bundle a SIRET or a region is a JSON string."""
        if isinstance(v, dict):
            for k in ("siret", "region", "naf", "name", "city"):
                if v.get(k) is not None and not isinstance(v[k], str):
                    raise ValueError(k)
        return v

    @field_validator("assigned_to")
    @classmethod
    def _assigned(cls, v: str | None) -> str | None:
        if v is not None and len(v) > 64:
            raise ValueError("assigned_to")
        return v


class DiagnosticRecord(Diagnostic):
    """One full revision as it travels (strict: unknown keys and oversized texts refused)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    id: str = Field(pattern=UUID_RE)
    siret: str = Field(pattern=r"^[0-9]{14}$")
    company_name: str = Field(default="", max_length=200)
    expert_key_id: str = Field(pattern=KEY_ID_RE)
    expert_name: str = Field(default="", max_length=200)
    last_criterion: str | None = Field(default=None, max_length=64)
    previous_id: str | None = Field(default=None, pattern=UUID_RE)  # optional: 0.1 bundles have none
    referentiel: ReferentielRecord
    # the strict records narrow the core types (pydantic validates with them); dict/list are invariant for mypy
    answers: dict[str, AnswerRecord] = Field(default_factory=dict)  # type: ignore[assignment]
    actions: list[ActionRecord] = Field(default_factory=list)  # type: ignore[assignment]

    @field_validator("answers")
    @classmethod
    def _answers(cls, v: dict[str, Any]) -> dict[str, Any]:
        if len(v) > 1000:
            raise ValueError(_("trop de réponses"))
        for k, a in v.items():
            if k != a.criterion:
                raise ValueError(_("réponse rangée sous « {k} » pour le critère « {c} »", k=k[:64], c=a.criterion[:64]))
        return v

    @field_validator("actions")
    @classmethod
    def _actions(cls, v: list[Any]) -> list[Any]:
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


def diagnostic_payload(diag: Diagnostic, company_row: dict[str, Any], diag_created_at: str) -> dict[str, Any]:
    """The JSON object of one revision's payload member."""
    d = diag.model_dump(mode="json")
    for k in NEXT_STEP_FIELDS:  # 0.2's optional fields travel only when set: a 0.1 reader still takes the rest
        if d.get(k) in (None, ""):
            d.pop(k, None)
    company = {k: company_row.get(k) for k in ("siret", "name", "region", "naf", "headcount", "turnover_eur",
                                               "balance_sheet_eur", "city", "assigned_to", "updated_at")}
    if company_row.get("naf_nomenclature") not in (None, "", DEFAULT_NOMENCLATURE):
        company["naf_nomenclature"] = company_row["naf_nomenclature"]
    return {"format": DIAG_FORMAT, "format_version": DIAG_FORMAT_VERSION, "content_hash": diag.content_hash(),
            "diagnostic_created_at": diag_created_at, "diagnostic": d, "company": company}

