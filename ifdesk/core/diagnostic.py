"""Diagnostics, answers, action items and the lifecycle rules of product.md.

draft → completed → exported → reopened (revision + 1, a new draft) → completed → …
A completed or exported revision is frozen: answers change only in a draft.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from enum import Enum
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..i18n import _
from .errors import LifecycleError, ValidationError
from .referentiel import Referentiel, ReferentielRef

MAX_NOTE = 20_000
MAX_REASON = 2_000


class Status(str, Enum):
    DRAFT = "draft"
    COMPLETED = "completed"
    EXPORTED = "exported"

    @property
    def label(self) -> str:
        return {"draft": _("brouillon"), "completed": _("terminé"), "exported": _("exporté")}[self.value]


class Horizon(str, Enum):
    SHORT = "court"      # < 6 months
    MEDIUM = "moyen"     # 6–18 months
    LONG = "long"        # > 18 months


class Answer(BaseModel):
    """One criterion's answer. `na` with a reason excludes it from scores."""

    model_config = ConfigDict(str_strip_whitespace=True)
    criterion: str
    level: int | None = None
    target: int | None = None
    note: str = Field(default="", max_length=MAX_NOTE)
    na: bool = False
    na_reason: str = Field(default="", max_length=MAX_REASON)
    important: bool = False  # the company's own importance flag

    @model_validator(mode="after")
    def _na(self) -> "Answer":
        if self.na:
            if not self.na_reason:
                raise ValidationError(_("« Non applicable » demande une raison."), "na_reason")
            self.level = None
        return self

    @property
    def answered(self) -> bool:
        return self.na or self.level is not None


def check_answer(ref: Referentiel, answer: Answer) -> Answer:
    """The answer fits the référentiel: known criterion, levels inside the scale."""
    if answer.criterion not in ref.criteria_by_id:
        raise ValidationError(_("Critère inconnu : « {c} » n'existe pas dans le référentiel {r}.",
                                c=answer.criterion, r=ref.ref.label()), "criterion")
    lo, hi = ref.min_level, ref.max_level
    for name, value in (("level", answer.level), ("target", answer.target)):
        if value is not None and not lo <= value <= hi:
            what = _("Niveau") if name == "level" else _("Niveau cible")
            raise ValidationError(_("{what} {v} hors de l'échelle du référentiel ({lo} à {hi}).",
                                    what=what, v=value, lo=lo, hi=hi), name)
    return answer


class ActionStatus(str, Enum):
    """Where an action of the plan stands (programme.md): `abandoned` needs a reason."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"

    @property
    def label(self) -> str:
        return {"planned": _("prévue"), "in_progress": _("en cours"), "done": _("réalisée"),
                "abandoned": _("abandonnée")}[self.value]

    @property
    def open(self) -> bool:
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


ACTION_ID_RE = r"^[0-9a-f]{8}$"
# fields added after 0.1: left out of the content hash while they hold their default, so that a
# revision written (and hashed, signed, sent) by 0.1 keeps its hash
_ACTION_V2_DEFAULTS = {"id": None, "status": "planned", "status_date": None, "status_reason": ""}


class ActionItem(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    id: str | None = Field(default=None, pattern=ACTION_ID_RE)  # stable across revisions and follow-ups
    title: str = Field(min_length=1, max_length=500)
    criteria: list[str] = Field(default_factory=list)
    priority: int = Field(default=2, ge=1, le=3)  # 1 high, 2 medium, 3 low
    horizon: Horizon = Horizon.MEDIUM
    owner: str = Field(default="", max_length=200)
    cost_eur: float | None = Field(default=None, ge=0, le=1e10)
    due: date | None = None
    description: str = Field(default="", max_length=MAX_NOTE)
    status: ActionStatus = ActionStatus.PLANNED
    status_date: date | None = None  # date of the last status change
    status_reason: str = Field(default="", max_length=MAX_REASON)  # why it was abandoned

    @field_validator("criteria")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(v))

    @model_validator(mode="after")
    def _reason(self) -> "ActionItem":
        if self.status == ActionStatus.ABANDONED and not self.status_reason:
            raise ValidationError(_("Une action abandonnée demande une raison."), "status_reason")
        return self


def action_content(dumped: dict) -> dict:
    """An action's part of the content hash (its JSON dump without the post-0.1 fields at their default)."""
    return {k: v for k, v in dumped.items() if k not in _ACTION_V2_DEFAULTS or v != _ACTION_V2_DEFAULTS[k]}


def diagnostic_content(dumped: dict) -> dict:
    """Post-0.1 keys of a diagnostic's content left out while unset (`previous_id`), actions as above."""
    out = dict(dumped)
    if out.get("previous_id") is None:
        out.pop("previous_id", None)
    out["actions"] = [action_content(a) for a in out.get("actions", [])]
    return out


def new_action_id(taken: Iterable[str | None] = ()) -> str:
    import secrets

    used = set(taken)
    while True:
        v = secrets.token_hex(4)
        if v not in used:
            return v


class Diagnostic(BaseModel):
    """One revision of a diagnostic, everything needed to score and report it."""

    id: str
    siret: str
    company_name: str = ""
    expert_key_id: str | None = None
    expert_name: str = ""
    referentiel: ReferentielRef
    status: Status = Status.DRAFT
    revision: int = Field(default=1, ge=1)
    base_revision: int | None = None
    previous_id: str | None = None  # the completed diagnostic of the same company this one follows up
    visit_date: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    completed_at: datetime | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)
    strengths: str = Field(default="", max_length=MAX_NOTE)
    weaknesses: str = Field(default="", max_length=MAX_NOTE)
    actions: list[ActionItem] = Field(default_factory=list)
    last_criterion: str | None = None  # where the expert left off

    def content(self) -> dict:
        """What the content hash covers: the substance of the revision, not bookkeeping times."""
        return diagnostic_content({
            "id": self.id, "siret": self.siret, "revision": self.revision, "base_revision": self.base_revision,
            "referentiel": self.referentiel.model_dump(), "expert_key_id": self.expert_key_id,
            "visit_date": self.visit_date.isoformat() if self.visit_date else None,
            "answers": [a.model_dump(mode="json") for _k, a in sorted(self.answers.items())],
            "strengths": self.strengths, "weaknesses": self.weaknesses,
            "actions": [a.model_dump(mode="json") for a in self.actions],
            "previous_id": self.previous_id,
        })

    def content_hash(self) -> str:
        blob = json.dumps(self.content(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# ---- lifecycle ---------------------------------------------------------------------------------

def missing_answers(ref: Referentiel, answers: dict[str, Answer]) -> list[str]:
    """Criterion ids still unanswered (neither a level nor « non applicable » with a reason)."""
    return [cid for cid in ref.criteria_by_id if not (cid in answers and answers[cid].answered)]


def ensure_editable(diag: Diagnostic) -> None:
    if diag.status != Status.DRAFT:
        raise LifecycleError(_("Le diagnostic est {s} (révision {r}) : rouvrez-le pour le modifier.",
                               s=diag.status.label, r=diag.revision))


def ensure_completable(ref: Referentiel, diag: Diagnostic) -> None:
    if diag.status != Status.DRAFT:
        raise LifecycleError(_("Le diagnostic est déjà {s}.", s=diag.status.label))
    missing = missing_answers(ref, diag.answers)
    if missing:
        raise LifecycleError(
            _("Diagnostic incomplet : {n} critère(s) sans réponse.", n=len(missing)), missing=missing)


def ensure_reopenable(diag: Diagnostic) -> None:
    if diag.status == Status.DRAFT:
        raise LifecycleError(_("Le diagnostic est déjà en brouillon (révision {r}).", r=diag.revision))


def validate_actions(ref: Referentiel, actions: Iterable[ActionItem]) -> None:
    for a in actions:
        for c in a.criteria:
            if c not in ref.criteria_by_id:
                raise ValidationError(_("Critère inconnu : « {c} » n'existe pas dans le référentiel {r}.",
                                        c=c, r=ref.ref.label()), "criteria")


def ensure_action_ids(actions: list[ActionItem]) -> list[ActionItem]:
    """Give every action without one a stable id (unique within the plan); duplicates get a new one."""
    seen: set[str] = set()
    out = []
    for a in actions:
        if a.id is None or a.id in seen:
            a = a.model_copy(update={"id": new_action_id(seen | {x.id for x in actions})})
        seen.add(a.id)
        out.append(a)
    return out


def set_action_status(diag: Diagnostic, action_id: str, status: str, reason: str = "",
                      today: date | None = None) -> list[ActionItem]:
    """The plan with one action's status changed (rules of programme.md); the diagnostic must be a draft."""
    ensure_editable(diag)
    try:
        st = ActionStatus(status)
    except ValueError:
        raise ValidationError(_("Statut d'action inconnu : {s} (planned, in_progress, done ou abandoned).",
                                s=str(status)[:40]), "status") from None
    reason = (reason or "").strip()
    if st == ActionStatus.ABANDONED and not reason:
        raise ValidationError(_("Une action abandonnée demande une raison."), "status_reason")
    if len(reason) > MAX_REASON:
        raise ValidationError(_("Raison trop longue ({n} caractères au plus).", n=MAX_REASON), "status_reason")
    hits = [i for i, a in enumerate(diag.actions) if a.id == action_id]
    if not hits:
        raise ValidationError(_("Action inconnue : {a} dans le diagnostic {id}.", a=str(action_id)[:40], id=diag.id),
                              "action")
    out = list(diag.actions)
    i = hits[0]
    out[i] = out[i].model_copy(update={"status": st, "status_date": today or date.today(),
                                       "status_reason": reason if st == ActionStatus.ABANDONED else ""})
    return out
