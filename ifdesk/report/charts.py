"""The report's charts, drawn with reportlab's own graphics (vector, embedded in the PDF).

Both charts are drawn shape by shape rather than with reportlab's chart widgets, so that long
French labels can be wrapped and placed where they never overlap the plot.
"""

from __future__ import annotations


from reportlab.graphics.shapes import Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib.utils import simpleSplit

from ..core import radar_geometry
from .style import CURRENT, FONT, FONT_BOLD, FONT_ITALIC, INK, MUTED, RULE, TARGET, TARGET_LIGHT


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(text, font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        from reportlab.pdfbase.pdfmetrics import stringWidth

        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines or [""]


def _legend(d: Drawing, x: float, y: float, current_label: str, target_label: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    d.add(Rect(x, y, 9, 7, fillColor=CURRENT, strokeColor=None))
    d.add(String(x + 13, y + 0.5, current_label, fontName=FONT, fontSize=7.5, fillColor=INK))
    x2 = x + 13 + stringWidth(current_label, FONT, 7.5) + 14
    d.add(Rect(x2, y, 9, 7, fillColor=TARGET_LIGHT, strokeColor=TARGET, strokeWidth=0.8))
    d.add(String(x2 + 13, y + 0.5, target_label, fontName=FONT, fontSize=7.5, fillColor=INK))


def radar(axes: list[tuple[str, float | None, float | None, str]], lo: int, hi: int, width: float,
          current_label: str, target_label: str, height: float = 340) -> Drawing:
    """Radar of current vs target per theme. `axes`: (label, current, target, value text)."""
    d = Drawing(width, height)
    n = len(axes)
    legend_h, label_room = 16, 10 + 4 * 8.6  # up to 3 lines of title + 1 line of values above/below
    radius = min(width / 2 - 130, (height - legend_h - 2 * label_room) / 2)
    cx, cy = width / 2, label_room + radius

    def point(i: int, value: float | None) -> tuple[float, float]:
        dx, dy = radar_geometry.point(i, n, value, lo, hi, radius)
        return cx + dx, cy + dy

    for level in range(lo, hi + 1):
        pts = [c for i in range(n) for c in point(i, level)]
        d.add(Polygon(pts, fillColor=None, strokeColor=RULE, strokeWidth=0.8 if level == hi else 0.5))
    for i in range(n):
        x, y = point(i, hi)
        d.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    for level in range(lo, hi + 1):  # level numbers along the first (vertical) axis
        x, y = point(0, level)
        d.add(String(x + 3, y - 7, str(level), fontName=FONT, fontSize=6.5, fillColor=MUTED))

    tgt = [c for i, a in enumerate(axes) for c in point(i, a[2])]
    cur = [c for i, a in enumerate(axes) for c in point(i, a[1])]
    d.add(Polygon(tgt, fillColor=TARGET_LIGHT, fillOpacity=0.35, strokeColor=TARGET, strokeWidth=1.6,
                  strokeDashArray=[4, 2]))
    d.add(Polygon(cur, fillColor=CURRENT, fillOpacity=0.30, strokeColor=CURRENT, strokeWidth=1.8))
    for i, a in enumerate(axes):
        for value, color in ((a[2], TARGET), (a[1], CURRENT)):
            if value is not None:
                x, y = point(i, value)
                d.add(Rect(x - 2, y - 2, 4, 4, fillColor=color, strokeColor=None))

    label_w = 118
    for i, (label, _c, _t, value_text) in enumerate(axes):
        ca, sa = radar_geometry.spoke(i, n)
        lx, ly = cx + (radius + 10) * ca, cy + (radius + 10) * sa
        lines = _wrap(label, FONT_BOLD, 7.2, label_w, 3) + [value_text]
        if abs(ca) < 0.2:
            anchor = "middle"
        else:
            anchor = "start" if ca > 0 else "end"
        lead = 8.6
        block = lead * len(lines)
        if sa > 0.2:
            top = ly + block - 2 if abs(ca) < 0.2 else ly + block / 2 + 2
        elif sa < -0.2:
            top = ly - 4 if abs(ca) < 0.2 else ly + block / 2 - 2
        else:
            top = ly + block / 2
        for k, line in enumerate(lines):
            last = k == len(lines) - 1
            d.add(String(lx, top - lead * (k + 1) + 2, line, textAnchor=anchor,
                         fontName=FONT if last else FONT_BOLD, fontSize=7 if last else 7.2,
                         fillColor=MUTED if last else INK))
    _legend(d, 4, height - 10, current_label, target_label)
    return d


def bars(rows: list[tuple[str, int | None, int | None, str | None]], lo: int, hi: int, width: float,
         level_labels: dict[int, str], current_label: str, target_label: str) -> Drawing:
    """Horizontal bars per criterion: current (blue) above target (amber).

    `rows`: (label, current, target, replacement text when there is no level, e.g. « non applicable »).
    """
    label_w = 180
    row_h = 25
    top_pad, bottom_pad = 18, 22
    height = top_pad + row_h * len(rows) + bottom_pad
    d = Drawing(width, height)
    base = lo - 1 if lo > 0 else lo
    x0, x1 = label_w + 10, width - 18

    def xpos(v: float) -> float:
        return x0 + (x1 - x0) * (v - base) / (hi - base)

    plot_top = height - top_pad
    plot_bottom = bottom_pad
    for level in range(lo, hi + 1):
        x = xpos(level)
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=RULE, strokeWidth=0.5))
        d.add(String(x, plot_bottom - 9, str(level), textAnchor="middle", fontName=FONT_BOLD, fontSize=7, fillColor=MUTED))
        lbl = level_labels.get(level, "")
        lbl = _wrap(lbl, FONT, 6.2, (x1 - x0) / (hi - base) - 2, 1)[0]
        d.add(String(x, plot_bottom - 18, lbl, textAnchor="middle", fontName=FONT, fontSize=6.2, fillColor=MUTED))
    d.add(Line(xpos(base), plot_bottom, xpos(base), plot_top, strokeColor=MUTED, strokeWidth=0.8))
    for i, (label, cur, tgt, missing) in enumerate(rows):
        y_top = plot_top - i * row_h
        lines = _wrap(label, FONT, 7.4, label_w, 2)
        mid = y_top - row_h / 2
        start = mid + (len(lines) - 1) * 4.5 - 2.5
        for k, line in enumerate(lines):
            d.add(String(label_w, start - 9 * k, line, textAnchor="end", fontName=FONT, fontSize=7.4, fillColor=INK))
        if i:
            d.add(Line(4, y_top, x1, y_top, strokeColor=RULE, strokeWidth=0.3, strokeDashArray=[1, 2]))
        if cur is None:
            d.add(String(x0 + 6, mid - 3, missing or "", fontName=FONT_ITALIC, fontSize=7.4, fillColor=MUTED))
            continue
        bar_h = 7.5
        y_cur = mid + 0.8
        y_tgt = mid - bar_h - 0.8
        d.add(Rect(xpos(base), y_cur, xpos(cur) - xpos(base), bar_h, fillColor=CURRENT, strokeColor=None))
        d.add(String(xpos(cur) + 3, y_cur + 1.2, str(cur), fontName=FONT_BOLD, fontSize=6.8, fillColor=CURRENT))
        t = tgt if tgt is not None else cur
        d.add(Rect(xpos(base), y_tgt, xpos(t) - xpos(base), bar_h, fillColor=TARGET_LIGHT, strokeColor=TARGET,
                   strokeWidth=0.6))
        d.add(String(xpos(t) + 3, y_tgt + 1.2, str(t), fontName=FONT_BOLD, fontSize=6.8, fillColor=TARGET))
    _legend(d, x0, height - 10, current_label, target_label)
    return d


def gauge(value: float | None, target: float | None, lo: int, hi: int, width: float = 230, height: float = 30) -> Drawing:
    """A thin scale bar with the overall index and its target marked."""
    d = Drawing(width, height)
    base = lo - 1 if lo > 0 else lo
    x0, x1, y = 4, width - 4, 14

    def xpos(v: float) -> float:
        return x0 + (x1 - x0) * (min(max(v, base), hi) - base) / (hi - base)

    d.add(Rect(x0, y, x1 - x0, 6, fillColor=RULE, strokeColor=None))
    if value is not None:
        d.add(Rect(x0, y, xpos(value) - x0, 6, fillColor=CURRENT, strokeColor=None))
    if target is not None:
        xt = xpos(target)
        d.add(PolyLine([xt, y - 3, xt, y + 9], strokeColor=TARGET, strokeWidth=2.2))
    for level in range(lo, hi + 1):
        d.add(String(xpos(level), 3, str(level), textAnchor="middle", fontName=FONT, fontSize=6.5, fillColor=MUTED))
    return d
