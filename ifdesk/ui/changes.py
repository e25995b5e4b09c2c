"""What an operation changed, and pages that reload only when a change concerns them (as anki's
`operation_did_execute`): an `Op` declares its `Change`s, the TaskManager announces them when it
succeeded, the main window hands them to every built page, and a page marks itself stale and
reloads on its next show — not on every show.

Only the window writes its workspace while it is open (the workspace lock), so the changes its own
operations announce are all the changes there are."""

from __future__ import annotations

import enum
from typing import Any


class Change(enum.Flag):
    NONE = 0
    COMPANIES = enum.auto()      # companies added or edited, assignments received
    DIAGNOSTICS = enum.auto()    # created, answered, completed, reopened, exported, imported, resolved
    REFERENTIELS = enum.auto()   # référentiels added (import, distribution)
    PROGRAMMES = enum.auto()     # regional programmes
    IDENTITY = enum.auto()       # this workspace's identity (created, rotated)
    TRUST = enum.auto()          # cards enrolled or revoked
    IMPORTS = enum.auto()        # the import journal, conflicts
    SETTINGS = enum.auto()       # the settings table (expert name…)
    ATTACHMENTS = enum.auto()    # evidence files


ALL = Change(sum(c.value for c in Change))


class StaleOnChange:
    """Mixin of a page (a QWidget with `refresh()`): `CONCERNS` names the changes it shows. A new page is
    stale (its first show loads it); `mark_stale` keeps a change for the next show; `showEvent` calls
    `refresh_if_stale()`."""

    CONCERNS: Change = ALL
    _stale = True

    def mark_stale(self, changes: Change) -> None:
        if changes & self.CONCERNS:
            self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh_if_stale(self, *args: Any, **kwargs: Any) -> bool:
        if not self._stale:
            return False
        self._stale = False
        self.refresh(*args, **kwargs)  # type: ignore[attr-defined]
        return True
