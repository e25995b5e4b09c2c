"""Fonts, colours and paragraph styles of the report.

The font is DejaVu Sans, shipped in `resources/fonts` (Bitstream Vera licence, see DejaVu-LICENSE.txt)
and embedded (subset) in every PDF, so accents, €, « » and the narrow no-break spaces of French
typography look the same on every machine.
"""

from __future__ import annotations

import threading

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..core.errors import IfdeskError
from ..i18n import _
from ..paths import asset
from ..core.safe_text import markup_text, printable
from .labels import typo

FONT = "IfdSans"
FONT_BOLD = "IfdSans-Bold"
FONT_ITALIC = "IfdSans-Oblique"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False

# colours: a deep blue for structure, a warm amber for targets
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6775")
PRIMARY = colors.HexColor("#1f4e79")
CURRENT = colors.HexColor("#2f75b5")
TARGET = colors.HexColor("#e8a33d")
TARGET_LIGHT = colors.HexColor("#f6d9a8")
RULE = colors.HexColor("#c9d3de")
BAND = colors.HexColor("#eef3f8")
WHITE = colors.white
PRIORITY_COLORS = {1: colors.HexColor("#c0392b"), 2: colors.HexColor("#d68910"), 3: colors.HexColor("#7f8c8d")}


def register_fonts() -> None:
    """Register the embedded TrueType fonts once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = asset("fonts", filename)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # missing or damaged font file in the installation
                raise IfdeskError(_("Police du rapport introuvable ou illisible : {p} ({e})", p=path, e=exc)) from None
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
        _keep_narrow_nbsp()
        _registered = True


def _keep_narrow_nbsp() -> None:
    """Make reportlab's line breaking treat U+202F (espace fine insécable) as no-break, like U+00A0.

    reportlab 4–5 lists U+202F among the spaces where a line may break, so « ; » or « 12 500 € » could
    be cut and the narrow space printed as a plain one. Its word splitter is the module-level
    `split`; the replacement differs only for texts holding U+202F.
    """
    import re

    from reportlab.platypus import paragraph as rlp

    if getattr(rlp.split, "_ifdesk", False):
        return
    original = rlp.split
    keep = "\u00a0\u202f"
    splitter = re.compile("[{}]+".format(re.escape("".join(ch for ch in rlp._wsc if ch not in keep)))).split

    class Split:
        """reportlab's splitter with U+202F kept; `_ifdesk` marks it as installed."""

        _ifdesk = True

        def __call__(self, text: object, delim: str | None = None) -> list[str]:
            if delim is None and isinstance(text, str) and "\u202f" in text:
                return list(splitter(text))
            return original(text, delim)

    rlp.split = Split()


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=9.5, leading=13, textColor=INK, splitLongWords=1, bulletFontName=FONT)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body", spaceAfter=4),
    "method": _style("method", fontSize=8.5, leading=11.5, spaceAfter=3),
    "small": _style("small", fontSize=8, leading=10.5),
    "muted": _style("muted", fontSize=8.5, leading=11.5, textColor=MUTED),
    "italic": _style("italic", fontName=FONT_ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED),
    "h1": _style("h1", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=PRIMARY, spaceBefore=4, spaceAfter=8),
    "h2": _style("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=PRIMARY, spaceBefore=10, spaceAfter=4),
    "h3": _style("h3", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK, spaceBefore=6, spaceAfter=2),
    "cell": _style("cell", fontSize=8, leading=10),
    "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
    "cell_right": _style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
    "cell_center": _style("cell_center", fontSize=8, leading=10, alignment=TA_CENTER),
    "head": _style("head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=WHITE),
    "head_right": _style("head_right", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=WHITE, alignment=TA_RIGHT),
    "bullet": _style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
    "cover_title": _style("cover_title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=WHITE),
    "cover_sub": _style("cover_sub", fontSize=12, leading=16, textColor=WHITE),
    "cover_company": _style("cover_company", fontName=FONT_BOLD, fontSize=20, leading=25, textColor=PRIMARY, spaceAfter=6),
    "cover_label": _style("cover_label", fontSize=8.5, leading=11, textColor=MUTED),
    "cover_value": _style("cover_value", fontSize=10.5, leading=13.5),
    "big": _style("big", fontName=FONT_BOLD, fontSize=30, leading=34, textColor=PRIMARY, alignment=TA_LEFT),
}


def text(raw: str | None, french: bool = True) -> str:
    """Plain text (user or référentiel) made safe for a Paragraph: control characters removed, escaped,
    lines kept, French spaces. THE one way data reaches a Paragraph (docs/decisions-safety.md)."""
    raw = printable(raw or "")
    s = markup_text(typo(raw) if french else raw)
    return s.replace("\r\n", "\n").replace("\n", "<br/>")


def paragraphs(raw: str | None) -> list[str]:
    """A long text split into paragraphs at blank lines, each made safe (so it can break across pages)."""
    blocks = [b.strip() for b in (raw or "").replace("\r\n", "\n").split("\n\n")]
    return [text(b) for b in blocks if b]
