"""One diagnostic with its scores, as plain data (CLI `diag show --json`, report, exports)."""

from __future__ import annotations

from .diagnostic import Diagnostic
from .referentiel import Referentiel
from .scoring import compute


def summarize(ref: Referentiel, diag: Diagnostic) -> dict:
    s = compute(ref, diag.answers)
    return {
        "id": diag.id, "siret": diag.siret, "company": diag.company_name, "status": diag.status.value,
        "revision": diag.revision, "base_revision": diag.base_revision, "previous_id": diag.previous_id,
        "expert_key_id": diag.expert_key_id,
        "expert_name": diag.expert_name, "visit_date": diag.visit_date.isoformat() if diag.visit_date else None,
        "referentiel": {"id": ref.id, "version": ref.version, "sha256": ref.sha256},
        "answers": [{"criterion": cid, "level": a.level, "target": a.target, "note": a.note, "na": a.na,
                     "na_reason": a.na_reason, "important": a.important}
                    for cid in ref.criteria_by_id if (a := diag.answers.get(cid)) is not None],
        "theme_scores": s.theme_scores, "theme_targets": s.theme_targets,
        "overall_score": s.overall, "overall_target": s.overall_target,
        "maturity_label": ref.maturity_label(s.overall),
        "progress": {"answered": s.answered, "total": s.total},
        "gaps": s.gaps,
        "priorities": [p.as_dict() for p in s.priorities],
        "strengths": diag.strengths, "weaknesses": diag.weaknesses,
        "actions": [a.model_dump(mode="json") for a in diag.actions],
        "content_hash": diag.content_hash(),
    }
