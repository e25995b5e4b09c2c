"""One name per import outcome, the same in the command line, the window and the office's spreadsheets."""

from __future__ import annotations

from ..i18n import _

OUTCOMES = ("imported", "unchanged", "superseded", "conflict", "stale", "rejected", "resolved")


def outcome_label(outcome: str | None) -> str:
    """`imported` → « importé », `superseded` → « nouvelle révision »… (unknown codes as they are)."""
    labels = {"imported": _("importé"), "unchanged": _("inchangé"), "superseded": _("nouvelle révision"),
              "conflict": _("conflit"), "stale": _("périmé"), "rejected": _("refusé"), "resolved": _("résolu")}
    return labels.get(outcome or "", outcome or "")
