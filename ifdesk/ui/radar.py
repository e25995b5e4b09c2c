"""Radar chart of current vs target level per theme, painted with QPainter (no QtCharts in Essentials)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from .i18n import fmt_number, tr
from .plain import tip

CURRENT = QColor("#1f4e8c")
TARGET = QColor("#d9822b")
GRID = QColor("#d5dbe3")
TEXT = QColor("#33404f")


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

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self._axes)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        p.setFont(font)
        fm = QFontMetrics(font)
        legend_h = fm.height() + 8
        area = QRectF(self.rect()).adjusted(8, 4, -8, -legend_h)
        label_w = 16.0 if self.numbered else min(110.0, area.width() * 0.22)
        radius = max(20.0, min(area.width() / 2 - label_w, area.height() / 2 - fm.height() * 1.6))
        c = QPointF(area.center().x(), area.top() + area.height() / 2)
        if n < 3:
            p.setPen(TEXT)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("Le radar apparaît dès trois thèmes."))
            return
        span = max(self._hi - self._lo, 1)

        def point(i: int, value: float) -> QPointF:
            ang = -math.pi / 2 + 2 * math.pi * i / n
            r = radius * (value - self._lo + 1) / (span + 1)  # the lowest level sits on the first ring
            return QPointF(c.x() + r * math.cos(ang), c.y() + r * math.sin(ang))

        # rings and spokes
        p.setPen(QPen(GRID, 1))
        for lvl in range(self._lo, self._hi + 1):
            p.drawPolygon(QPolygonF([point(i, lvl) for i in range(n)]))
        for i in range(n):
            p.drawLine(c, point(i, self._hi))
        p.setPen(QPen(QColor("#8a96a6")))
        for lvl in range(self._lo, self._hi + 1):
            q = point(0, lvl)
            p.drawText(QPointF(q.x() + 3, q.y() - 2), str(lvl))
        # series: target under current
        for color, idx, fill_alpha, dash in ((TARGET, 2, 40, Qt.PenStyle.DashLine), (CURRENT, 1, 70, Qt.PenStyle.SolidLine)):
            pts = [point(i, ax[idx]) for i, ax in enumerate(self._axes) if ax[idx] is not None]
            if len(pts) != n:
                pts = [point(i, ax[idx] if ax[idx] is not None else self._lo - 1) for i, ax in enumerate(self._axes)]
                if all(ax[idx] is None for ax in self._axes):
                    continue
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
        # labels, elided to their box
        p.setPen(TEXT)
        for i, (title, _cur, _tgt) in enumerate(self._axes):
            ang = -math.pi / 2 + 2 * math.pi * i / n
            q = QPointF(c.x() + (radius + 8) * math.cos(ang), c.y() + (radius + 8) * math.sin(ang))
            cosv = math.cos(ang)
            w = label_w
            if abs(cosv) < 0.2:
                box = QRectF(q.x() - w, q.y() - (fm.height() * 2 if math.sin(ang) < 0 else 0), 2 * w, fm.height() * 2)
                align = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if math.sin(ang) < 0 else Qt.AlignmentFlag.AlignTop)
            elif cosv > 0:
                box = QRectF(q.x(), q.y() - fm.height(), w, fm.height() * 2)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                box = QRectF(q.x() - w, q.y() - fm.height(), w, fm.height() * 2)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            text = str(i + 1) if self.numbered else _two_lines(title, fm, int(box.width()))
            p.drawText(box, int(align) | int(Qt.TextFlag.TextWordWrap), text)
        # legend
        y = self.height() - legend_h / 2
        x = 12.0
        for color, label, dash in ((CURRENT, tr("Niveau actuel"), Qt.PenStyle.SolidLine), (TARGET, tr("Cible"), Qt.PenStyle.DashLine)):
            p.setPen(QPen(color, 2, dash))
            p.drawLine(QPointF(x, y), QPointF(x + 22, y))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), label)
            x += 40 + fm.horizontalAdvance(label)


def _two_lines(text: str, fm: QFontMetrics, width: int) -> str:
    """Wrap into at most two lines, eliding the rest."""
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = " ".join(words)
    if not rest:
        return first
    return first + "\n" + fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
