"""Text from data (a bundle, a user) shown in a spreadsheet, a PDF or a terminal: data, never code.

One function per destination, used by every writer of that destination:
- `spreadsheet_text` / `starts_formula`: a cell of the office's CSV or xlsx tables never starts a
  formula (OWASP « CSV injection »: `=`, `+`, `-`, `@`, tab, CR);
- `printable`: the report's text without the control characters reportlab (or a PDF reader)
  would choke on;
- `terminal_text`: human terminal output without ESC/OSC/C0/C1 sequences, shown visibly instead;
- `markup_text`: text placed inside markup (the window's rich labels, the report's paragraphs):
  `&`, `<`, `>` and both quotes as entities, so that it is shown as written.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# what html.escape(quote=True) does, without importing `html` (and its 2,000 entities) at start-up
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def markup_text(text: object) -> str:
    """`text` as data inside markup (HTML-like: Qt's rich text, reportlab's paragraphs): shown as written."""
    return ("" if text is None else str(text)).translate(_MARKUP)


def starts_formula(text: str) -> bool:
    """True when a spreadsheet could take `text` for a formula (or a DDE payload)."""
    return isinstance(text, str) and text.startswith(FORMULA_START)


def spreadsheet_text(text: str) -> str:
    """`text` as a CSV cell: prefixed with a single quote when it would start a formula."""
    return "'" + text if starts_formula(text) else text


# C0 except tab and line feed, DEL, C1; plus the lone surrogates and non-characters no font draws
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """`text` without control characters (C0 but tab and newline, DEL, C1); CR becomes a newline."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# every C0 (tab and newline included: one record stays on one line) and C1 character, DEL
_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f]")


def terminal_text(text: str, keep_newlines: bool = False) -> str:
    """`text` for a terminal: each control character shown as its escape (`\\x1b`), never sent raw.

    `keep_newlines` keeps line feeds (a multi-line message); tabs and CR are always shown escaped.
    """
    def esc(m: re.Match[str]) -> str:
        c = m.group(0)
        if keep_newlines and c == "\n":
            return c
        return repr(c)[1:-1] if c in "\t\n\r" else f"\\x{ord(c):02x}"
    return _TERMINAL.sub(esc, text)
