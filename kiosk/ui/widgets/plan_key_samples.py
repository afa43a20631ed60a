"""The samples in a plan's key: each mark as the plans and the route draw it (pictograms in a
room of their kind, the pins, the route's line and steps, the badges), in the plans' colours of
the current palette (plan_ink), so the key's sample is what the plan shows."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from kiosk.ui.widgets.plan_badges import paint_chosen, paint_steps_badge
from kiosk.ui.widgets.plan_ink import ink
from kiosk.ui.widgets.route_map import paint_step_number
from kiosk.ui.widgets.step_mark import BAND, paint_spot
from kiosk.wayfinding.plan_colours import FILL, ICON, SERVICE, WALL


def _dot(colour):
    def paint(painter: QPainter, box: QRectF, theme) -> None:
        painter.setPen(QPen(theme.color("plan_casing"), theme.px(3)))
        painter.setBrush(colour(theme))
        radius = box.width() * 0.38
        painter.drawEllipse(box.center(), radius, radius)
    return paint


def keyed_sample(mark: str):
    """A keyed room's letter in its ring, as the plan shows it."""
    def paint(painter: QPainter, box: QRectF, theme) -> None:
        painter.setPen(QPen(theme.color("plan_text"), theme.px(2)))
        painter.setBrush(ink(theme, FILL["office"]))
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
        painter.setFont(theme.font(20, bold=True))
        painter.drawText(box, Qt.AlignCenter, mark)
    return paint


def _route(painter: QPainter, box: QRectF, theme) -> None:
    y = box.center().y()
    for width, colour in ((12, theme.color("plan_casing")), (7, theme.color("plan_route"))):
        painter.setPen(QPen(colour, theme.px(width), Qt.SolidLine, Qt.RoundCap))
        painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y))


def _current_step(painter: QPainter, box: QRectF, theme) -> None:
    """The current step's stretch and spot, as the route map marks them (step_mark.py)."""
    y = box.center().y()
    edge = theme.color("plan_step_edge")
    for width, colour in ((16, edge), (11, BAND), (5, theme.color("plan_route"))):
        painter.setPen(QPen(colour, theme.px(width), Qt.SolidLine, Qt.RoundCap))
        painter.drawLine(QPointF(box.left() + 4, y), QPointF(box.right() - 4, y))
    paint_spot(painter, box.center(), box.width() * 0.28, theme.px(4), edge)


def _room(painter: QPainter, box: QRectF, kind: str, theme) -> QRectF:
    painter.setPen(QPen(ink(theme, WALL), 2))
    painter.setBrush(ink(theme, FILL.get(kind, SERVICE)))
    painter.drawRect(box)
    return box.adjusted(4, 4, -4, -4)


def _service(painter: QPainter, box: QRectF, theme) -> None:
    """The grey between rooms: shafts and storage, no way in for visitors."""
    _room(painter, box, "service", theme)


def _chosen(painter: QPainter, box: QRectF, theme) -> None:
    _room(painter, box, "office", theme)
    paint_chosen(painter, box.adjusted(3, 3, -3, -3), theme)


def _steps_badge(painter: QPainter, box: QRectF, theme) -> None:
    paint_steps_badge(painter, box.adjusted(2, 2, -2, -2), theme)


def _step_number(painter: QPainter, box: QRectF, theme) -> None:
    paint_step_number(painter, box.center(), box.width() * 0.45, 1, theme)


def _accessible_toilet(painter: QPainter, box: QRectF, theme) -> None:
    """The wheelchair of the accessible toilets, as the plans draw it."""
    inner = _room(painter, box, "toilet", theme)
    c, s, icon = inner.center(), inner.height() / 2, ink(theme, ICON)
    head = QPointF(c.x() - s * 0.15, c.y() - s * 0.8)
    painter.setPen(Qt.NoPen)
    painter.setBrush(icon)
    painter.drawEllipse(head, s * 0.18, s * 0.18)
    painter.setBrush(Qt.NoBrush)
    painter.setPen(QPen(icon, s * 0.16, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    path = QPainterPath(QPointF(head.x(), c.y() - s * 0.5))
    path.lineTo(QPointF(head.x(), c.y() + s * 0.1))
    path.lineTo(QPointF(c.x() + s * 0.45, c.y() + s * 0.1))
    path.lineTo(QPointF(c.x() + s * 0.65, c.y() + s * 0.6))
    painter.drawPath(path)
    painter.setPen(QPen(icon, s * 0.13, Qt.SolidLine, Qt.RoundCap))
    wheel = QRectF(c.x() - s * 0.6, c.y() - s * 0.2, s * 0.95, s * 0.95)
    painter.drawArc(wheel, 100 * 16, 260 * 16)


def _elevator(painter: QPainter, box: QRectF, theme) -> None:
    inner = _room(painter, box, "elevator", theme)
    painter.setBrush(ink(theme, "#ffffff"))
    painter.drawRoundedRect(inner, 3, 3)
    c, t = inner.center(), inner.width() * 0.25
    painter.setPen(Qt.NoPen)
    painter.setBrush(ink(theme, ICON))
    for sign in (-1, 1):
        tip = QPointF(c.x(), c.y() + sign * (2 + t * 1.2))
        base = c.y() + sign * 2
        path = QPainterPath(QPointF(c.x() - t, base))
        path.lineTo(tip)
        path.lineTo(QPointF(c.x() + t, base))
        path.closeSubpath()
        painter.drawPath(path)


def _stairs(painter: QPainter, box: QRectF, theme) -> None:
    inner = _room(painter, box, "stairs", theme)
    painter.setPen(QPen(ink(theme, ICON), 1.5))
    for i in range(1, 5):
        y = inner.top() + inner.height() * i / 5
        painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))


def _toilet(painter: QPainter, box: QRectF, theme) -> None:
    inner = _room(painter, box, "toilet", theme)
    c, s = inner.center(), inner.height() / 2  # a standing person, as on the plans
    painter.setPen(Qt.NoPen)
    painter.setBrush(ink(theme, ICON))
    painter.drawEllipse(QPointF(c.x(), c.y() - s * 0.7), s * 0.2, s * 0.2)
    painter.drawRoundedRect(QRectF(c.x() - s * 0.3, c.y() - s * 0.45, s * 0.6, s * 0.75), 2, 2)
    for left in (c.x() - s * 0.27, c.x() + s * 0.05):
        painter.drawRect(QRectF(left, c.y() + s * 0.25, s * 0.22, s * 0.7))


def _desk(painter: QPainter, box: QRectF, theme) -> None:
    inner = _room(painter, box, "desk", theme)
    path = QPainterPath(QPointF(inner.left() + 3, inner.top() + 3))
    path.lineTo(QPointF(inner.left() + 3, inner.bottom() - 5))
    path.lineTo(QPointF(inner.right() - 3, inner.bottom() - 5))
    path.lineTo(QPointF(inner.right() - 3, inner.top() + 3))
    painter.setPen(QPen(ink(theme, WALL), 4, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(path)


PICTOGRAMS = {
    "you_are_here": _dot(lambda theme: theme.color("plan_marker")),
    "legend.destination": _dot(lambda theme: theme.color("plan_destination")),
    "legend.route": _route,
    "legend.current_step": _current_step,
    "legend.elevator": _elevator,
    "legend.stairs": _stairs,
    "legend.toilet": _toilet,
    "legend.desk": _desk,
    "legend.accessible_toilet": _accessible_toilet,
    "legend.entrance_steps": _steps_badge,
    "legend.chosen": _chosen,
    "legend.step_number": _step_number,
    "legend.service": _service,
}
