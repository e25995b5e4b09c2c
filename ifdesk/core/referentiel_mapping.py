"""Where the criteria of one référentiel version come from in the previous one.

A référentiel may declare `previous:` (see `referentiel/README.md`): the version it follows and,
for each OLD criterion id, the list of NEW criterion ids it became (same id: kept; another id:
renamed; several: split; `[]`: removed). Follow-up diagnostics read it the other way round with
`counterparts`. Pure functions, no I/O.

(Issue 14 needs `counterparts`; the référentiel helper's branch brings the parsed `previous` and
this same function: the lead keeps one version at merge.)
"""

from __future__ import annotations

from .referentiel import Referentiel


def declares(new_ref: Referentiel, old_ref: Referentiel) -> bool:
    """True when `new_ref` declares its mapping from exactly `old_ref`'s id and version."""
    p = getattr(new_ref, "previous", None)
    return p is not None and (p.id, p.version) == (old_ref.id, old_ref.version)


def counterparts(new_ref: Referentiel, old_ref: Referentiel) -> dict[str, list[str]]:
    """For each NEW criterion id, the OLD criterion ids it comes from (`[]`: a new criterion).

    Same id and version: every criterion is its own counterpart. A declared mapping from
    `old_ref`: read backwards, in the order of the old référentiel. Otherwise (no mapping, or one
    from another version) the only safe guess is the same id in both files.
    """
    old_order = list(old_ref.criteria_by_id)
    if (new_ref.id, new_ref.version) == (old_ref.id, old_ref.version):
        return {cid: [cid] for cid in new_ref.criteria_by_id}
    if declares(new_ref, old_ref):
        out: dict[str, list[str]] = {cid: [] for cid in new_ref.criteria_by_id}
        mapping = new_ref.previous.criteria  # type: ignore[union-attr]
        for old in old_order:
            for new in mapping.get(old, []):
                if new in out and old not in out[new]:
                    out[new].append(old)
        return out
    return {cid: [cid] if cid in old_ref.criteria_by_id else [] for cid in new_ref.criteria_by_id}
