"""The accessibility symbol on the footer's Accessibility button: a figure with open arms in a
ring (the symbol of the UN's accessibility logo, drawn here, in the button's own colour), so a
visitor who cannot read the word, or reads it as "how to use", still finds the help modes."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


GAP = 0.25  # of the symbol's side, left clear after it: the word does not touch the ring


def icon_size(side: int) -> QSize:
    """The icon's size with its gap, for QPushButton.setIconSize."""
    return QSize(side + round(side * GAP), side)


@lru_cache(maxsize=8)  # a colour and a size per look: drawn once each
def access_icon(colour: str, side: int) -> QIcon:
    pixmap = QPixmap(icon_size(side))
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    ink = QColor(colour)
    stroke = max(1.5, side / 14)
    p.setPen(QPen(ink, stroke))
    p.setBrush(Qt.NoBrush)
    p.drawEllipse(QRectF(stroke / 2, stroke / 2, side - stroke, side - stroke))  # the ring
    s = side / 100  # the figure in a 100-unit square
    p.setPen(Qt.NoPen)
    p.setBrush(ink)
    p.drawEllipse(QPointF(50 * s, 24 * s), 8 * s, 8 * s)  # head
    limbs = QPen(ink, 9 * s, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    p.setPen(limbs)
    p.setBrush(Qt.NoBrush)
    p.drawLine(QPointF(24 * s, 40 * s), QPointF(76 * s, 40 * s))  # open arms
    body = QPainterPath(QPointF(50 * s, 40 * s))
    body.lineTo(50 * s, 58 * s)
    p.drawPath(body)
    legs = QPainterPath(QPointF(36 * s, 80 * s))
    legs.lineTo(50 * s, 58 * s)
    legs.lineTo(64 * s, 80 * s)
    p.drawPath(legs)
    p.end()
    return QIcon(pixmap)
