"""The current step on the route's plan: its stretch of the way (from where the step happens to
where the next one does, on the same floor) and the spot where it happens, drawn as a yellow
band in a black edge, the look of the keys' focus ring, with the route's own line kept along
its middle. On the light plans the black edge stands out from them by far more than 3:1, and
the yellow band from the edge; on the dark plans of high contrast the edge is a mid grey
(`plan_step_edge`), 3:1 from the black rooms on one side and from the yellow on the other.

A step that changes floor or arrives has no stretch on this floor: its spot alone is marked.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from kiosk.wayfinding.route import Route

BAND = QColor("#ffd400")
NEAR = 1.0  # plan units: a step's point lies on a vertex of its floor's polyline
SPOT_RADIUS, SPOT_EDGE = 30, 6  # theme units: the spot's disc and its ring's width


def spot_box(centre: QPointF, px) -> QRectF:
    """What the spot covers at `centre`, its ring included: the room names keep clear of it
    at every step of the floor (RouteMap.marks), as of "you are here" and its tag."""
    reach = px(SPOT_RADIUS) + px(SPOT_EDGE) / 2
    return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)


def _vertex(points, point) -> int | None:
    """The index of the vertex of `points` at `point`, or None."""
    for i, p in enumerate(points):
        if math.dist(p, point) <= NEAR:
            return i
    return None


def stretch(route: Route, index: int) -> list[tuple[float, float]]:
    """The polyline the step `index` walks: from its point to the next step's point when
    that one is on the same floor and the same leg; [] otherwise (floor change, arrival)."""
    steps = route.steps
    if not 0 <= index < len(steps) - 1:
        return []
    here, after = steps[index], steps[index + 1]
    if here.floor != after.floor:
        return []
    for leg in route.legs:
        if leg.floor != here.floor:
            continue
        start, end = _vertex(leg.points, here.point), _vertex(leg.points, after.point)
        if start is not None and end is not None and start < end:
            return list(leg.points[start:end + 1])
    return []


def paint_current(painter: QPainter, to_widget, route: Route, index: int, floor_id: str,
                  theme) -> None:
    """The step `index` marked on the floor `floor_id` (nothing when it happens elsewhere).
    `to_widget` maps plan units to the widget's pixels; the route's line is drawn again along
    the band in its colour, so the way reads on unbroken."""
    px, edge = theme.px, theme.color("plan_step_edge")
    if not 0 <= index < len(route.steps) or route.steps[index].floor != floor_id:
        return
    line = stretch(route, index)
    if len(line) >= 2:
        path = QPainterPath(to_widget(*line[0]))
        for point in line[1:]:
            path.lineTo(to_widget(*point))
        painter.setBrush(Qt.NoBrush)
        for width, colour in ((28, edge), (20, BAND), (10, theme.color("plan_route"))):
            painter.setPen(QPen(colour, px(width), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
            painter.drawPath(path)
    spot = to_widget(*route.steps[index].point)
    paint_spot(painter, spot, px(SPOT_RADIUS), px(SPOT_EDGE), edge)


def paint_spot(painter: QPainter, centre: QPointF, radius: float, width: float,
               edge: QColor) -> None:
    """A yellow disc in a ring of the edge's colour: where the current step happens (and its
    key)."""
    painter.setPen(QPen(edge, width))
    painter.setBrush(BAND)
    painter.drawEllipse(centre, radius, radius)
