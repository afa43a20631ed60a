"""Marks the app draws over a plan besides its pins and names, painted by the plan and by its
key (PlanLegend) with the same functions, so the key's sample is the mark: the badge on a
room whose door opens onto steps, and the outline of the place chosen (a route's destination,
a room just tapped)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from kiosk.directory.model import Room
from kiosk.ui.widgets.plan_ink import ink
from kiosk.wayfinding.plan_colours import WALL


def door_side(room: Room, halls: list[Room]) -> str:
    """The side of `room` on the corridor, where its door is drawn (the top if none)."""
    r = room.rect
    for hall in halls:
        h = hall.rect
        if abs(r.y - (h.y + h.h)) < 1:
            return "top"
        if abs(r.y + r.h - h.y) < 1:
            return "bottom"
        if abs(r.x - (h.x + h.w)) < 1:
            return "left"
        if abs(r.x + r.w - h.x) < 1:
            return "right"
    return "top"


def badge_box(room: QRectF, side: str, size: float, inset: float) -> QRectF:
    """Where a room's steps badge goes (widget pixels): inside the room, in the corner where
    its door side ends, clear of its walls."""
    box = QRectF(0, 0, size, size)
    right, bottom = room.right() - inset - size, room.bottom() - inset - size
    corner = {"top": (right, room.top() + inset), "bottom": (right, bottom),
              "left": (room.left() + inset, room.top() + inset),
              "right": (right, room.top() + inset)}[side]
    box.moveTopLeft(QPointF(*corner))
    return box


def paint_steps_badge(painter: QPainter, box: QRectF, theme) -> None:
    """A white plate with three steps climbing in it, dark on light on any fill (light on
    black on the dark plans)."""
    px, wall = theme.px, ink(theme, WALL)
    painter.setPen(QPen(wall, px(2)))
    painter.setBrush(ink(theme, "#ffffff"))
    painter.drawRoundedRect(box, px(5), px(5))
    inner = box.adjusted(box.width() * 0.2, box.height() * 0.22, -box.width() * 0.2,
                         -box.height() * 0.22)
    step_w, step_h = inner.width() / 3, inner.height() / 3
    path = QPainterPath(QPointF(inner.left(), inner.bottom()))
    for i in range(3):
        path.lineTo(QPointF(inner.left() + i * step_w, inner.bottom() - (i + 1) * step_h))
        path.lineTo(QPointF(inner.left() + (i + 1) * step_w, inner.bottom() - (i + 1) * step_h))
    painter.setPen(QPen(wall, max(2, px(3)), Qt.SolidLine, Qt.SquareCap, Qt.MiterJoin))
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(path)


def paint_chosen(painter: QPainter, rect: QRectF, theme) -> None:
    """The chosen place's outline, in the "you are here" red, over a light highlight."""
    painter.setPen(QPen(theme.color("plan_marker"), theme.px(5)))
    highlight = theme.color("highlight")
    highlight.setAlpha(150)
    painter.setBrush(highlight)
    painter.drawRect(rect)
