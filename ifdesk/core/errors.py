"""Errors the user can act on. Their text is already in the user's language, one line each."""

from __future__ import annotations


class IfdeskError(Exception):
    """A refusal with a clear reason; nothing was changed."""


class ValidationError(IfdeskError):
    """Bad input in a field. `field` names it so a form can show the reason next to it."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(IfdeskError):
    pass


class LifecycleError(IfdeskError):
    """An operation the diagnostic's status forbids; `missing` lists what blocks completion."""

    def __init__(self, message: str, missing: list[str] | None = None):
        super().__init__(message)
        self.missing = missing or []
