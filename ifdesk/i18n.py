"""Messages for the command line and the core, French first.

Source strings are French (the app's first language); `EN` maps them to English. Qt views use
Qt Linguist files in `resources/i18n/` instead. `set_language` is called once by the entry point
from `--lang` or the locale.
"""

from __future__ import annotations

import os

_lang = "fr"


def detect_language(explicit: str | None = None) -> str:
    if explicit:
        return "en" if explicit.lower().startswith("en") else "fr"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var, "")
        if val:
            return "en" if val.lower().startswith("en") else "fr"
    return "fr"


def set_language(lang: str) -> None:
    global _lang
    _lang = "en" if lang.lower().startswith("en") else "fr"


def language() -> str:
    return _lang


def _(message: str, /, **params: object) -> str:
    """Translate a French message to the current language and fill its {placeholders}."""
    if _lang == "en":
        from .i18n_en import EN

        message = EN.get(message, message)
    return message.format(**params) if params else message
