"""Page layout: A4, a cover page, then header and footer with « page X / Y » on every page.

« Y » is unknown while pages are drawn, so each page draws a small form XObject named after its
number, and the forms are defined at the end, when the page count is known (one pass, no rebuild).
"""

from __future__ import annotations

from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

from ..core.safe_text import printable
from .style import BAND, FONT, FONT_BOLD, INK, MUTED, PRIMARY, PRIORITY_COLORS, RULE, WHITE

WATERMARK = PRIORITY_COLORS[1]

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
_FORM = "ifdPageNo%d"


_TOC_FORM = "ifdToc%d"


class _Canvas(Canvas):
    """Defines the « page X / Y » and table-of-contents forms once the page count is known."""

    page_label: Callable[[int, int], str] = staticmethod(lambda n, total: f"{n} / {total}")
    toc_pages: dict[int, int] = {}
    toc_count = 0

    def __init__(self, *args, **kw):
        kw["initialFontName"] = kw.get("initialFontName") or FONT  # never reference a non-embedded standard font
        super().__init__(*args, **kw)

    def save(self) -> None:
        if len(self._code):  # platypus leaves the last page open only when it is not empty
            self.showPage()
        total = self._pageNumber - 1
        for n in range(1, total + 1):
            self.beginForm(_FORM % n, lowerx=-200, lowery=-4, upperx=0, uppery=12)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(0, 0, self.page_label(n, total))
            self.endForm()
        for i in range(self.toc_count):
            self.beginForm(_TOC_FORM % i, lowerx=-60, lowery=-4, upperx=0, uppery=12)
            self.setFont(FONT, TocBlock.size)
            self.drawRightString(0, 0, str(self.toc_pages.get(i, "")))
            self.endForm()
        super().save()


class ReportDoc(BaseDocTemplate):
    def __init__(self, filename: str, *, header_left: str, header_right: str, footer_left: str,
                 page_label: Callable[[int, int], str], on_flowable: Callable[[], None] | None = None, **meta):
        # drawn straight on the canvas or in the PDF's metadata: one line each, no control character
        meta = {k: _one_line(v) if isinstance(v, str) else v for k, v in meta.items()}
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, **meta)
        self.header_left, self.header_right, self.footer_left = map(_one_line, (header_left, header_right, footer_left))
        self._page_label = page_label
        self._on_flowable = on_flowable
        self._outline_n = 0
        self.watermark = ""  # e.g. « PROVISOIRE » on every page of a draft
        self._toc_pages: dict[int, int] = {}
        self._toc_index: dict[str, int] = {}
        self.cover_title = self.cover_subtitle = ""
        body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_BOTTOM - 80 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=self._cover_page),
                               PageTemplate("body", [body], onPage=self._body_page)])

    def build(self, flowables, **kw) -> None:  # noqa: D401 - same contract as BaseDocTemplate.build
        label = self._page_label
        pages = self._toc_pages = {}
        tocs = [f for f in flowables if isinstance(f, TocBlock)]
        self._toc_index = {key: i for toc in tocs[:1] for i, (key, _t, _lvl) in enumerate(toc.entries)}

        class C(_Canvas):
            page_label = staticmethod(label)
            toc_pages = pages
            toc_count = len(self._toc_index)

        super().build(flowables, canvasmaker=C, **kw)

    # ---- page decorations ---------------------------------------------------------------------
    def _cover_page(self, canv: Canvas, doc) -> None:
        canv.saveState()
        canv.setFillColor(PRIMARY)
        canv.rect(0, PAGE_H - 66 * mm, PAGE_W, 66 * mm, stroke=0, fill=1)
        canv.setFillColor(BAND)
        canv.rect(0, 0, PAGE_W, 12 * mm, stroke=0, fill=1)
        canv.setFillColor(WHITE)
        y = PAGE_H - 32 * mm
        for line in simpleSplit(self.cover_title, FONT_BOLD, 24, CONTENT_W):
            canv.setFont(FONT_BOLD, 24)
            canv.drawString(MARGIN_X, y, line)
            y -= 30
        canv.setFont(FONT, 12.5)
        canv.drawString(MARGIN_X, y - 4, self.cover_subtitle)
        canv.setStrokeColor(WHITE)
        canv.setLineWidth(1.2)
        canv.line(MARGIN_X, PAGE_H - 19 * mm, MARGIN_X + 30 * mm, PAGE_H - 19 * mm)
        canv.restoreState()
        self._footer(canv, cover=True)

    def _body_page(self, canv: Canvas, doc) -> None:
        canv.saveState()
        y = PAGE_H - MARGIN_TOP + 7 * mm
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColor(PRIMARY)
        right_w = stringWidth(self.header_right, FONT, 7.5)
        canv.drawString(MARGIN_X, y, _fit(self.header_left, FONT_BOLD, 7.5, CONTENT_W - right_w - 12))
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(PAGE_W - MARGIN_X, y, self.header_right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, y - 2.5 * mm, PAGE_W - MARGIN_X, y - 2.5 * mm)
        canv.restoreState()
        self._footer(canv)

    def _watermark(self, canv: Canvas) -> None:
        if not self.watermark:
            return
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFillAlpha(0.09)
        canv.setFont(FONT_BOLD, 84)
        canv.translate(PAGE_W / 2, PAGE_H / 2 - 20 * mm)
        canv.rotate(52)
        canv.drawCentredString(0, 0, self.watermark)
        canv.restoreState()

    def _footer(self, canv: Canvas, cover: bool = False) -> None:
        self._watermark(canv)
        canv.saveState()
        y = 8 * mm
        if not cover:
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.6)
            canv.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, y, _fit(self.footer_left, FONT, 7.5, CONTENT_W - 90))
        canv.translate(PAGE_W - MARGIN_X, y)
        canv.doForm(_FORM % canv.getPageNumber())
        canv.restoreState()

    # ---- outline (PDF bookmarks) and progress ---------------------------------------------------
    def afterFlowable(self, flowable) -> None:
        key = getattr(flowable, "toc_key", None)
        if key in self._toc_index:
            self._toc_pages.setdefault(self._toc_index[key], self.canv.getPageNumber())
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            if level == 1 and self._outline_n == 0:
                level = 0
            self._outline_n += 1
            key = f"toc:{key}" if key else f"s{self._outline_n}"  # the cover's contents link to toc:…
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)
        if self._on_flowable:
            self._on_flowable()


class TocBlock(Flowable):
    """Table of contents whose page numbers are forms filled in at the end (no second pass).

    `entries`: (key, title, level); a heading flowable carrying `toc_key = key` gives the page.
    When the space left is short, level-1 entries are dropped, then the block is left out.
    """

    size = 9
    leading = {0: 14, 1: 11}

    def __init__(self, title: str, entries: list[tuple[str, str, int]]):
        super().__init__()
        self.title, self.entries = title, entries
        self._shown: list[tuple[int, str, int]] = []

    def _height(self, shown) -> float:
        return 22 + sum(self.leading[lvl] for _i, _t, lvl in shown)

    def wrap(self, availWidth, availHeight):
        full = [(i, t, lvl) for i, (_k, t, lvl) in enumerate(self.entries)]
        for shown in (full, [e for e in full if e[2] == 0], []):
            if not shown or self._height(shown) <= availHeight:
                break
        self._shown, self.width = shown, availWidth
        self.height = self._height(shown) if shown else 0
        return self.width, self.height

    def draw(self) -> None:
        if not self._shown:
            return
        c = self.canv
        y = self.height - 12
        c.setFont(FONT_BOLD, 10.5)
        c.setFillColor(PRIMARY)
        c.drawString(0, y, self.title)
        y -= 10
        for i, title, lvl in self._shown:
            y -= self.leading[lvl]
            font, size, indent = (FONT_BOLD, self.size, 0) if lvl == 0 else (FONT, self.size - 1, 12)
            title = _fit(title, font, size, self.width - indent - 60)
            c.setFont(font, size)
            c.setFillColor(INK if lvl == 0 else MUTED)
            c.drawString(indent, y, title)
            start = indent + stringWidth(title, font, size) + 4
            c.setStrokeColor(RULE)
            c.setDash(0.6, 2.4)
            c.line(start, y + 1, self.width - 22, y + 1)
            c.setDash()
            c.saveState()
            c.translate(self.width, y)
            c.setFillColor(INK)
            c.doForm(_TOC_FORM % i)
            c.restoreState()
            c.linkRect("", f"toc:{self.entries[i][0]}", (indent, y - 3, self.width, y + size), relative=1, thickness=0)
        for key, _t, _lvl in self.entries:  # every link has a target, the heading's page rebinds it later
            c.bookmarkPage(f"toc:{key}")


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


__all__ = ["ReportDoc", "TocBlock", "CONTENT_W", "PAGE_W", "PAGE_H"]
