"""Where the criteria of one référentiel version come from in the previous one.

A référentiel may declare `previous:` (see `referentiel/README.md`): the version it follows and,
for each OLD criterion id, the list of NEW criterion ids it became (same id: kept; another id:
renamed; several: split; `[]`: removed). Follow-up diagnostics read it the other way round with
`counterparts`. Pure functions, no I/O.
"""

from __future__ import annotations

from typing import Any

from ..i18n import _
from .referentiel import Referentiel


def declares(new_ref: Referentiel, old_ref: Referentiel) -> bool:
    """True when `new_ref` declares its mapping from exactly `old_ref`'s id and version."""
    return _declared(new_ref, old_ref) is not None


def _declared(new_ref: Referentiel, old_ref: Referentiel) -> dict[str, list[str]] | None:
    """`new_ref`'s declared mapping (old id → new ids) when it is from exactly `old_ref`, else None."""
    p = new_ref.previous
    return p.criteria if p is not None and (p.id, p.version) == (old_ref.id, old_ref.version) else None


def counterparts(new_ref: Referentiel, old_ref: Referentiel) -> dict[str, list[str]]:
    """For each NEW criterion id, the OLD criterion ids it comes from (`[]`: a new criterion).

    Same id and version: every criterion is its own counterpart. A declared mapping from
    `old_ref`: read backwards, in the order of the old référentiel. Otherwise (no mapping, or one
    from another version) the only safe guess is the same id in both files.
    """
    old_order = list(old_ref.criteria_by_id)
    if (new_ref.id, new_ref.version) == (old_ref.id, old_ref.version):
        return {cid: [cid] for cid in new_ref.criteria_by_id}
    mapping = _declared(new_ref, old_ref)
    if mapping is not None:
        out: dict[str, list[str]] = {cid: [] for cid in new_ref.criteria_by_id}
        for old in old_order:
            for new in mapping.get(old, []):
                if new in out and old not in out[new]:
                    out[new].append(old)
        return out
    return {cid: [cid] if cid in old_ref.criteria_by_id else [] for cid in new_ref.criteria_by_id}


def check_previous(new_ref: Referentiel, old_ref: Referentiel) -> list[tuple[tuple[Any, ...], str]]:
    """Problems of `new_ref`'s declared mapping against the previous version itself, located.

    Every old id must be a criterion of `old_ref`, and every criterion of `old_ref` must be
    mapped (to `[]` when it is removed): a silent omission would lose a follow-up's history.
    """
    mapping = _declared(new_ref, old_ref)
    if mapping is None:
        return []
    label = f"{old_ref.id} {old_ref.version}"
    out: list[tuple[tuple[Any, ...], str]] = []
    for old in mapping:
        if old not in old_ref.criteria_by_id:
            out.append((("previous", "criteria", old), _("critère inconnu de {ref} : « {id} »", ref=label, id=old)))
    for old in old_ref.criteria_by_id:
        if old not in mapping:
            out.append((("previous", "criteria"), _("critère « {id} » de {ref} absent de la correspondance "
                                                    "(« {id}: [] » s'il est supprimé)", id=old, ref=label)))
    return out
