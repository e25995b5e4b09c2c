"""Qt-side translation: `tr()` for the window's strings, the French locale for numbers and dates.

Sources are French; `resources/i18n/ifdesk_en.ts` (Qt Linguist) holds the English translation,
compiled to `.qm` by `make translations`. `pyside6-lupdate` finds every `tr(...)` call.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import i18n as core_i18n
from ..core import formats
from ..paths import asset

if TYPE_CHECKING:  # imported on use: its enums (languages, countries, scripts) cost the start-up
    from PySide6.QtCore import QLocale

_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None
_lang = "fr"


def tr(text: str) -> str:
    """Translate a French UI string (empty context, as pyside6-lupdate records plain tr() calls)."""
    return QCoreApplication.translate("", text)


def install_language(app: QCoreApplication, lang: str) -> str:
    """Switch the window and the core messages to `lang` ('fr' or 'en'); returns the language in force."""
    global _translator, _lang
    lang = "en" if lang.lower().startswith("en") else "fr"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if lang == "en":
        t = QTranslator(app)
        if t.load(str(asset("i18n", "ifdesk_en.qm"))):
            app.installTranslator(t)
            _translator = t
        else:
            lang = "fr"  # the compiled translation is missing: stay in the source language
    _lang = lang
    core_i18n.set_language(lang)
    _install_qt_texts(app, lang)
    return lang


def _install_qt_texts(app: QCoreApplication, lang: str) -> None:
    """Qt's own texts (the buttons of message boxes, the file dialogs) in the window's language:
    Qt ships them in English, and `qtbase_fr.qm` comes with PySide6 (and in the frozen build)."""
    global _qt_translator
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if lang == "en":
        return
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    t = MnemonicFallback(app)
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                   str(Path(PySide6.__file__).parent / "Qt" / "translations")):
        if t.load(f"qtbase_{lang}", folder):
            app.installTranslator(t)
            _qt_translator = t
            return


class MnemonicFallback(QTranslator):
    """Qt's catalogue lags behind Qt: the file dialog asks for « &Look in: » and « Files of &type: » while
    `qtbase_fr.qm` only knows « Look in: » and « Files of type: ». A text missing with its « & » is looked
    up without it, and gets a mnemonic on its first letter."""

    def translate(self, context, source, disambiguation=None, n=-1):
        # "not found" must reach Qt as a NULL string (None): an empty Python str is a found, empty text
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if not source or "&" not in source:
            return None
        plain = super().translate(context, source.replace("&&", "\0").replace("&", "").replace("\0", "&&"),
                                  disambiguation, n)
        return "&" + plain if plain else None


def language() -> str:
    return _lang


def plural(n: int, one: str, many: str) -> str:
    """`one` or `many` (both already through tr()) for a count: French takes 0 and 1 as singular
    (« 0 brouillon »), English only 1 (« 0 drafts »)."""
    return one if (n <= 1 if _lang == "fr" else n == 1) else many


@functools.cache
def locale() -> QLocale:
    """Numbers, dates and money follow the French locale in both languages (the programme is French).
    One object, made on first use (charts ask for it once per label)."""
    from PySide6.QtCore import QLocale

    return QLocale(QLocale.Language.French, QLocale.Country.France)


def fmt_number(x: float | None, decimals: int = 1) -> str:
    return formats.number(x, decimals, _lang)


def fmt_money(x: float | None) -> str:
    return formats.money(x, _lang)


def fmt_date(d: date | datetime | str | None) -> str:
    return formats.day(d, _lang)


def local_time(stamp: str) -> datetime | None:
    """A stored UTC ISO stamp (`…Z`) as local time; None when it does not parse."""
    return formats.local_time(stamp)


def fmt_when(stamp: str | None) -> str:
    """A modification time: « aujourd'hui 14:05 » today, else the date."""
    if not stamp:
        return formats.NO_VALUE
    local = local_time(stamp)
    if local is None:
        return stamp
    if local.date() == datetime.now().date():
        return tr("aujourd'hui") + " " + local.strftime("%H:%M")
    return fmt_date(local)

