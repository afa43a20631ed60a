"""Pictograms drawn in a control's own colour, so a visitor who cannot read the words, or
reads them slowly, still knows the control: the four ways in on home (floors, a person, a
magnifier, a form) and the accessibility symbol on the footer's button (a figure with open
arms in a ring, as the UN's accessibility logo). Drawn on a 100-unit square, each once per
colour and size."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

GAP = 0.25  # of a footer symbol's side, left clear after it: the word does not touch it


def icon_size(side: int) -> QSize:
    """A footer symbol's size with its gap, for QPushButton.setIconSize."""
    return QSize(side + round(side * GAP), side)


def access_icon(colour: str, side: int) -> QIcon:
    return QIcon(pictogram("access", colour, side, icon_size(side).width()))


@lru_cache(maxsize=64)  # a kind, a colour and a size per look: drawn once each
def pictogram(kind: str, colour: str, side: int, width: int = 0) -> QPixmap:
    """`kind` in `side` x `side` pixels (left in a pixmap `width` wide, when given)."""
    pixmap = QPixmap(max(side, width), side)
    pixmap.fill(Qt.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(side / 100, side / 100)
    ink = QColor(colour)
    p.setPen(QPen(ink, 8, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    p.setBrush(Qt.NoBrush)
    DRAW[kind](p, ink)
    p.end()
    return pixmap


def _access(p: QPainter, ink: QColor) -> None:
    p.setPen(QPen(ink, 7))
    p.drawEllipse(QRectF(3.5, 3.5, 93, 93))  # the ring
    p.setPen(Qt.NoPen)
    p.setBrush(ink)
    p.drawEllipse(QPointF(50, 24), 8, 8)  # head
    p.setPen(QPen(ink, 9, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    p.setBrush(Qt.NoBrush)
    p.drawLine(QPointF(24, 40), QPointF(76, 40))  # open arms
    p.drawPolyline([QPointF(50, 40), QPointF(50, 58), QPointF(36, 80)])  # body, a leg
    p.drawLine(QPointF(50, 58), QPointF(64, 80))


def _floors(p: QPainter, ink: QColor) -> None:
    """A building cut open: three floors."""
    p.drawRect(QRectF(18, 10, 64, 80))
    for y in (36.7, 63.3):
        p.drawLine(QPointF(18, y), QPointF(82, y))
    p.drawRect(QRectF(44, 70, 12, 20))  # the door


def _person(p: QPainter, ink: QColor) -> None:
    p.drawEllipse(QPointF(50, 30), 16, 16)
    p.drawArc(QRectF(18, 56, 64, 64), 0, 180 * 16)  # shoulders
    p.drawLine(QPointF(18, 88), QPointF(82, 88))


def _search(p: QPainter, ink: QColor) -> None:
    p.drawEllipse(QPointF(42, 42), 26, 26)
    p.setPen(QPen(ink, 12, Qt.SolidLine, Qt.RoundCap))
    p.drawLine(QPointF(62, 62), QPointF(86, 86))


def _form(p: QPainter, ink: QColor) -> None:
    """A form with its lines and a tick: certificates, cards, programmes."""
    p.drawPolygon([QPointF(20, 8), QPointF(64, 8), QPointF(80, 24), QPointF(80, 92),
                   QPointF(20, 92)])
    for y in (34, 50, 66):
        p.drawLine(QPointF(32, y), QPointF(68, y))
    p.drawPolyline([QPointF(34, 80), QPointF(40, 86), QPointF(52, 76)])


DRAW = {"access": _access, "floors": _floors, "people": _person, "search": _search,
        "services": _form}
