"""Workspace work the views hand to the worker thread: plain functions of a Workspace (Qt only for tr()).

Evidence attachments are stored by `ws.attachments` (ifdesk/store/attachments.py); the functions
here only hand the views' calls to it."""

from __future__ import annotations

from pathlib import Path

from ..core import scoring
from ..core.followup import previous_levels
from .i18n import language


def editor_data(ws, diag_id: str) -> dict:
    diag = ws.diagnostics.get(diag_id)
    ref = ws.referentiels.get(diag.referentiel.sha256).localized(language())  # texts in the window's language
    prev = ws.diagnostics.previous_of(diag)
    return {"diag": diag, "ref": ref, "scores": scoring.compute(ref, diag.answers),
            "attachments": list_attachments(ws, diag_id),
            "previous": previous_levels(ref, prev[0], prev[1]) if prev else None}


def new_diagnostic(ws, siret: str) -> str:
    return ws.new_diagnostic(siret)  # the expert is picked in one place, for the CLI too


def list_attachments(ws, diag_id: str) -> list[dict]:
    return ws.attachments.list(diag_id)


def attachment_path(ws, row: dict) -> Path:
    return ws.attachments.path(row)


def add_attachment(ws, diag_id: str, criterion: str | None, source: str | Path) -> dict:
    return ws.attachments.add(diag_id, criterion, source)


def remove_attachment(ws, att_id: str) -> None:
    ws.attachments.remove(att_id)


def referentiel_rows(ws) -> list[dict]:
    out = []
    for r in ws.referentiels.list():
        ref = ws.referentiels.get(r["sha256"])
        out.append(r | {"themes": len(ref.themes), "criteria": ref.criteria_count()})
    return out


def settings_data(ws) -> dict:
    return {"folder": str(ws.folder), "expert_name": ws.expert_name(), "identity": ws.identity(),
            "referentiels": referentiel_rows(ws)}
