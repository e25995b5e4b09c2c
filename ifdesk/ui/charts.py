"""The dashboard's charts, painted with QPainter (PySide6-Essentials has no QtCharts).

- `BarList`: one horizontal bar per row, with its label and value; with objectives, a progress bar
  per row (the track is the objective, the fill what is done, beyond 100 % the fill goes darker);
- `MonthBars`: diagnostics per month, stacked by status, French month labels, a value scale;
- `SpreadRadar`: average maturity per theme with its spread (interquartile band, min–max).

Every chart takes plain Python data (`set_rows` / `set_data`), draws French labels and numbers in
the French locale, and sets an accessible description of what it shows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core import formats, radar_geometry
from .i18n import fmt_number, language, locale, tr
from .plain import tip

ACCENT = QColor("#1f4e8c")
LIGHT = QColor("#a9c3e6")
TRACK = QColor("#e9eef4")
GRID = QColor("#e1e6ed")
TEXT = QColor("#33404f")
MUTED = QColor("#5b6878")  # 4.5:1 at least on white and on the page grey
OVER = QColor("#16345f")
STATUS_COLORS = {"draft": QColor("#c9d3e0"), "completed": QColor("#7fa6d6"), "exported": QColor("#1f4e8c")}


def fmt_int(n: float | int | None) -> str:
    return formats.integer(n, language())


def fmt_pct(x: float | None) -> str:
    return formats.percent(x, 0, language())


def month_label(key: str, with_year: bool = False) -> str:
    """« janv. », « févr. »…, with the year: « janv. 2025 » (key `AAAA-MM`)."""
    y, m = int(key[:4]), int(key[5:7])
    name = locale().monthName(m, locale().FormatType.ShortFormat)
    return f"{name} {y}" if with_year else name


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5, 5 × 10^k) giving about `ticks` grid lines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * mag >= raw:
            return max(1.0, m * mag)
    return 10 * mag


def _small_font(w: QWidget, delta: float = 1.0) -> QFont:
    f = QFont(w.font())
    f.setPointSizeF(max(7.5, f.pointSizeF() - delta))
    return f


class BarList(QWidget):
    """Rows of (label, value, objective or None, value text). With objectives: progress per row."""

    ROW_H = 22

    def __init__(self, name: str, progress: bool = False, label_share: float = 0.38, parent=None):
        super().__init__(parent)
        self.progress = progress
        self.label_share = label_share  # the labels' column takes at most this share of the width
        self._rows: list[tuple[str, float, float | None, str]] = []
        self.empty_text = tr("Aucune donnée pour ces filtres.")
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[tuple[str, float, float | None, str]]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription("; ".join(f"{lab} : {txt}" for lab, _v, _o, txt in self._rows))
        self.setToolTip(tip("\n".join(f"{lab} : {txt}" for lab, _v, _o, txt in self._rows[:40])))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def rows(self) -> list[tuple[str, float, float | None, str]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(360, max(2, len(self._rows)) * self.ROW_H + 6)

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self._rows:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        w = self.width()
        label_w = min(max(fm.horizontalAdvance(r[0]) for r in self._rows) + 10, int(w * self.label_share))
        value_w = max(fm.horizontalAdvance(r[3]) for r in self._rows) + 10
        x0, x1 = label_w, w - value_w
        top = max((r[2] or 0) if self.progress else r[1] for r in self._rows) or 1
        for i, (label, value, objective, text) in enumerate(self._rows):
            y = 3 + i * self.ROW_H
            bar = QRectF(x0, y + 4, max(10, x1 - x0 - 6), self.ROW_H - 9)
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, label_w - 8, self.ROW_H), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8))
            p.setPen(Qt.PenStyle.NoPen)
            if self.progress:
                p.setBrush(TRACK)
                p.drawRoundedRect(bar, 3, 3)
                if objective:
                    frac = value / objective
                    fill = QRectF(bar.left(), bar.top(), bar.width() * min(frac, 1.0), bar.height())
                    p.setBrush(OVER if frac >= 1 else ACCENT)
                    p.drawRoundedRect(fill, 3, 3)
            else:
                fill = QRectF(bar.left(), bar.top(), max(1.5, bar.width() * value / top) if value else 0, bar.height())
                p.setBrush(ACCENT)
                p.drawRoundedRect(fill, 2, 2)
            p.setPen(TEXT if (objective or not self.progress) else MUTED)
            p.drawText(QRectF(x1, y, value_w, self.ROW_H), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class MonthBars(QWidget):
    """Diagnostics per month, stacked by status (draft, completed, exported)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._months: list[dict] = []
        self.setAccessibleName(tr("Diagnostics par mois de visite"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(230)

    def set_months(self, months: list[dict]) -> None:
        self._months = list(months)
        desc = "; ".join(f"{month_label(m['month'], True)} : {fmt_int(m['total'])}" for m in self._months)
        self.setAccessibleDescription(desc)
        self.setToolTip(tip("\n".join(desc.split("; ")[-24:])))
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = _small_font(self)
        p.setFont(font)
        fm = QFontMetrics(font)
        if not self._months:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Aucune visite pour ces filtres."))
            return
        legend_h = fm.height() + 10
        top_v = max(m["total"] for m in self._months) or 1
        step = nice_step(top_v)
        top_v = math.ceil(top_v / step) * step
        axis_w = fm.horizontalAdvance(fmt_int(top_v)) + 10
        plot = QRectF(axis_w, legend_h + 4, self.width() - axis_w - 6, self.height() - legend_h - 4 - 2 * fm.height() - 8)
        # legend
        x = float(axis_w)
        for key, label in (("draft", tr("Brouillons")), ("completed", tr("Terminés")), ("exported", tr("Exportés"))):
            p.fillRect(QRectF(x, 4 + fm.height() / 2 - 5, 10, 10), STATUS_COLORS[key])
            p.setPen(TEXT)
            p.drawText(QPointF(x + 15, 4 + fm.ascent()), label)
            x += 30 + fm.horizontalAdvance(label)
        # grid and scale
        v = 0.0
        while v <= top_v + 1e-9:
            y = plot.bottom() - plot.height() * v / top_v
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y - fm.height() / 2, axis_w - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), fmt_int(v))
            v += step
        # bars
        n = len(self._months)
        slot = plot.width() / n
        bar_w = max(1.0, min(28.0, slot * 0.72))
        label_every = max(1, math.ceil((fm.horizontalAdvance("janv.") + 6) / slot))
        p.setPen(Qt.PenStyle.NoPen)
        for i, m in enumerate(self._months):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            y = plot.bottom()
            for key in ("exported", "completed", "draft"):
                h = plot.height() * m.get(key, 0) / top_v
                if h > 0:
                    p.fillRect(QRectF(x, y - h, bar_w, h), STATUS_COLORS[key])
                    y -= h
        p.setPen(TEXT)
        for i, m in enumerate(self._months):
            month = int(m["month"][5:7])
            cx = plot.left() + i * slot + slot / 2
            if i % label_every == 0 or (month == 1 and label_every <= 3):
                if i % label_every == 0:
                    text = month_label(m["month"])
                    p.drawText(QRectF(cx - 40, plot.bottom() + 3, 80, fm.height()), int(Qt.AlignmentFlag.AlignHCenter), text)
            if month == 1 or i == 0:
                p.setPen(MUTED)
                p.drawText(QRectF(cx - 40, plot.bottom() + 3 + fm.height(), 80, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter), m["month"][:4])
                p.setPen(TEXT)
        p.setPen(QPen(QColor("#b8c2ce"), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())


class SpreadRadar(QWidget):
    """Average maturity per theme (line) with its interquartile band (filled) and min–max (dotted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._themes: list[dict] = []
        self._lo, self._hi = 1, 5
        self.setAccessibleName(tr("Maturité moyenne par thème"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 300)

    def set_data(self, themes: list[dict], lo: int = 1, hi: int = 5) -> None:
        """themes: rows of `office.aggregates.themes` (title, average, q1, q3, min, max, n)."""
        self._themes = [t for t in themes if t.get("average") is not None]
        self._lo, self._hi = lo, hi
        pattern = tr("{t} : moy. {a}, Q1–Q3 {q1}–{q3}, min–max {lo}–{hi}")
        lines = [pattern.format(t=t["title"], a=fmt_number(t["average"], 2), q1=fmt_number(t["q1"], 2),
                            q3=fmt_number(t["q3"], 2), lo=fmt_number(t["min"], 2), hi=fmt_number(t["max"], 2))
                 for t in self._themes]
        self.setToolTip(tip("\n".join(lines)))
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = _small_font(self, 0.5)
        p.setFont(font)
        fm = QFontMetrics(font)
        n = len(self._themes)
        items = (tr("Score moyen"), tr("Moitié centrale (Q1–Q3)"), tr("Minimum et maximum"))
        line_h = fm.height() + 6
        places: list[tuple[float, float]] = []
        x, row = 8.0, 0
        for label in items:
            w = 42 + fm.horizontalAdvance(label)
            if x > 8 and x + w - 16 > self.width():
                x, row = 8.0, row + 1
            places.append((x, row))
            x += w
        legend_h = (row + 1) * line_h + 4
        places = [(px, self.height() - legend_h + 2 + r * line_h + line_h / 2) for px, r in places]
        area = QRectF(self.rect()).adjusted(6, 4, -6, -legend_h)
        if n < 3:
            p.setPen(MUTED)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("Aucun diagnostic terminé pour ces filtres."))
            return
        label_w = min(150.0, area.width() * 0.25)
        radius = max(30.0, min(area.width() / 2 - label_w - 6, area.height() / 2 - fm.height() * 3.6))
        c = area.center()

        def point(i: int, value: float | None) -> QPointF:
            dx, dy = radar_geometry.point(i, n, value, self._lo, self._hi, radius)
            return QPointF(c.x() + dx, c.y() - dy)

        def points(key: str) -> list[QPointF]:
            return [point(i, t[key]) for i, t in enumerate(self._themes)]

        def poly(key: str) -> QPolygonF:
            return QPolygonF(points(key))

        p.setPen(QPen(GRID, 1))
        for lvl in range(self._lo, self._hi + 1):
            p.drawPolygon(QPolygonF([point(i, lvl) for i in range(n)]))
        for i in range(n):
            p.drawLine(c, point(i, self._hi))
        p.setPen(MUTED)
        for lvl in range(self._lo, self._hi + 1):
            q = point(0, lvl)
            p.drawText(QPointF(q.x() + 3, q.y() - 2), str(lvl))
        band = QPainterPath()
        band.addPolygon(poly("q3"))
        band.addPolygon(poly("q1"))
        band.setFillRule(Qt.FillRule.OddEvenFill)
        p.fillPath(band, QColor(169, 195, 230, 150))
        p.setPen(QPen(QColor("#7f8da0"), 1, Qt.PenStyle.DotLine))
        p.drawPolygon(poly("max"))
        p.drawPolygon(poly("min"))
        p.setPen(QPen(ACCENT, 2.2))
        p.drawPolygon(poly("average"))
        p.setBrush(ACCENT)
        for q in points("average"):
            p.drawEllipse(q, 2.8, 2.8)
        p.setBrush(Qt.BrushStyle.NoBrush)
        # labels: the title on two lines at most, then the average
        for i, t in enumerate(self._themes):
            cosv, up = radar_geometry.spoke(i, n)
            sinv = -up  # y down
            gap = 8 + (fm.height() * 0.6 if abs(cosv) < 0.2 and sinv < 0 else 0)  # clear of the scale's top number
            q = QPointF(c.x() + (radius + gap) * cosv, c.y() + (radius + gap) * sinv)
            text = _lines(t["title"], fm, int(label_w), 3) + "\n" + fmt_number(t["average"], 2)
            h = fm.height() * 4
            if abs(cosv) < 0.2:
                box = QRectF(q.x() - label_w, q.y() - (h if sinv < 0 else 0), 2 * label_w, h)
                align = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if sinv < 0 else Qt.AlignmentFlag.AlignTop)
            elif cosv > 0:
                box = QRectF(q.x(), q.y() - h / 2, label_w + 4, h)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                box = QRectF(q.x() - label_w - 4, q.y() - h / 2, label_w + 4, h)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.setPen(TEXT)
            p.drawText(box, int(align), text)
        # legend, on as many lines as its items need
        for kind, label, (x, y) in zip(("avg", "band", "minmax"), items, places):
            if kind == "avg":
                p.setPen(QPen(ACCENT, 2.2))
                p.drawLine(QPointF(x, y), QPointF(x + 20, y))
            elif kind == "band":
                p.fillRect(QRectF(x, y - 5, 20, 10), QColor(169, 195, 230, 180))
            else:
                p.setPen(QPen(QColor("#7f8da0"), 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(x, y), QPointF(x + 20, y))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 26, y + fm.ascent() / 2 - 1), label)


def _lines(text: str, fm: QFontMetrics, width: int, most: int) -> str:
    """Wrap into at most `most` lines of `width` pixels, eliding what is left on the last one."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        line = ""
        while words and fm.horizontalAdvance((line + " " + words[0]).strip()) <= width:
            line = (line + " " + words.pop(0)).strip()
        if not line:
            break
        lines.append(line)
    if words:
        lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(lines)
