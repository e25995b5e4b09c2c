"""Radar chart of current vs target level per theme, painted with QPainter (no QtCharts in Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core import radar_geometry
from .i18n import fmt_number, tr
from .plain import tip

CURRENT = QColor("#1f4e8c")
TARGET = QColor("#d9822b")
GRID = QColor("#d5dbe3")
TEXT = QColor("#33404f")
SCALE = QColor("#5b6878")  # the ring numbers: 4.5:1 on white, as any text
LABEL_LINES = 3


class RadarChart(QWidget):
    def __init__(self, parent=None, numbered: bool = False):
        super().__init__(parent)
        self.numbered = numbered  # axes labelled 1…n (a legend beside lists the themes) where space is short
        self._axes: list[tuple[str, float | None, float | None]] = []
        self._lo, self._hi = 1, 5
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 240)
        self.setAccessibleName(tr("Radar des niveaux par thème"))

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def set_data(self, axes: list[tuple[str, float | None, float | None]], lo: int, hi: int) -> None:
        """axes: (label, current, target) per theme, in référentiel order."""
        self._axes = list(axes)
        self._lo, self._hi = lo, hi
        self.setToolTip(tip("\n".join(f"{t} : {fmt_number(c, 2)} → {fmt_number(g, 2)}" for t, c, g in self._axes)))
        self.update()

    def axes(self) -> list[tuple[str, float | None, float | None]]:
        return list(self._axes)

    def _geometry(self):
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        fm = QFontMetrics(font)
        legend_h = fm.height() + 8
        area = QRectF(self.rect()).adjusted(8, 4, -8, -legend_h)
        label_w = 16.0 if self.numbered else min(150.0, area.width() * 0.26)
        lines = 1 if self.numbered else LABEL_LINES
        radius = max(20.0, min(area.width() / 2 - label_w - 10, area.height() / 2 - fm.height() * (lines + 0.4)))
        c = QPointF(area.center().x(), area.top() + area.height() / 2)
        return font, fm, legend_h, area, label_w, radius, c

    def label_layout(self) -> list[tuple[QRectF, int, str]]:
        """(box, alignment, text) of each axis label: inside the widget, wrapped on up to three lines,
        « … » where even that is short (the tooltip has every title in full)."""
        _font, fm, _lh, area, label_w, radius, c = self._geometry()
        n = len(self._axes)
        out = []
        bounds = QRectF(self.rect())
        for i, (title, _cur, _tgt) in enumerate(self._axes):
            cosv, up = radar_geometry.spoke(i, n)
            sinv = -up  # the painter's y grows downwards
            q = QPointF(c.x() + (radius + 8) * cosv, c.y() + (radius + 8) * sinv)
            lines = 1 if self.numbered else LABEL_LINES
            h = fm.height() * lines
            if abs(cosv) < 0.2:
                w = min(2 * label_w, bounds.width() - 4)
                box = QRectF(q.x() - w / 2, q.y() - (h if sinv < 0 else 0), w, h)
                align = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if sinv < 0 else Qt.AlignmentFlag.AlignTop)
            elif cosv > 0:
                box = QRectF(q.x(), q.y() - h / 2, min(label_w, bounds.right() - q.x() - 2), h)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                w = min(label_w, q.x() - bounds.left() - 2)
                box = QRectF(q.x() - w, q.y() - h / 2, w, h)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            box = box.intersected(bounds)
            text = str(i + 1) if self.numbered else wrap_lines(title, fm, int(box.width()), LABEL_LINES)
            out.append((box, int(align), text))
        return out

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self._axes)
        font, fm, legend_h, area, _label_w, radius, c = self._geometry()
        p.setFont(font)
        if n < 3:
            p.setPen(TEXT)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("Le radar apparaît dès trois thèmes."))
            return

        def point(i: int, value: float | None) -> QPointF:
            dx, dy = radar_geometry.point(i, n, value, self._lo, self._hi, radius)
            return QPointF(c.x() + dx, c.y() - dy)

        # rings and spokes
        p.setPen(QPen(GRID, 1))
        for lvl in range(self._lo, self._hi + 1):
            p.drawPolygon(QPolygonF([point(i, lvl) for i in range(n)]))
        for i in range(n):
            p.drawLine(c, point(i, self._hi))
        p.setPen(QPen(SCALE))
        for lvl in range(self._lo, self._hi + 1):
            q = point(0, lvl)
            p.drawText(QPointF(q.x() + 3, q.y() - 2), str(lvl))
        # series: target under current
        current = [cur for _t, cur, _g in self._axes]
        target = [tgt for _t, _c, tgt in self._axes]
        for color, values, fill_alpha, dash in ((TARGET, target, 40, Qt.PenStyle.DashLine),
                                                (CURRENT, current, 70, Qt.PenStyle.SolidLine)):
            if all(v is None for v in values):
                continue
            pts = [point(i, v) for i, v in enumerate(values)]  # a missing value at the centre
            path = QPainterPath()
            path.addPolygon(QPolygonF(pts))
            path.closeSubpath()
            fill = QColor(color)
            fill.setAlpha(fill_alpha)
            p.fillPath(path, fill)
            p.setPen(QPen(color, 2, dash))
            p.drawPath(path)
            p.setBrush(color)
            for q in pts:
                p.drawEllipse(q, 2.5, 2.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        # labels, wrapped then elided to their box
        p.setPen(TEXT)
        for box, align, text in self.label_layout():
            p.drawText(box, align, text)
        # legend
        y = self.height() - legend_h / 2
        x = 12.0
        for color, label, dash in ((CURRENT, tr("Niveau actuel"), Qt.PenStyle.SolidLine), (TARGET, tr("Cible"), Qt.PenStyle.DashLine)):
            p.setPen(QPen(color, 2, dash))
            p.drawLine(QPointF(x, y), QPointF(x + 22, y))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), label)
            x += 40 + fm.horizontalAdvance(label)


def wrap_lines(text: str, fm: QFontMetrics, width: int, most: int) -> str:
    """Wrap `text` on at most `most` lines of `width`, the last one elided with « … » when it is still too long."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        line = ""
        while words and fm.horizontalAdvance((line + " " + words[0]).strip()) <= width:
            line = (line + " " + words.pop(0)).strip()
        if not line:  # one word longer than the line: the last line elides it
            break
        lines.append(line)
    if words:
        lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(lines)
