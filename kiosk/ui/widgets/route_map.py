"""One floor of a route, drawn over its plan: the path (animated once as it appears), "you are
here", the destination and the numbered steps. Pinch, drag, the wheel or the zoom buttons
move the view; the plan stays crisp because, magnified, the SVG is drawn at the size shown
(only its visible part is rasterised) instead of stretching a cached picture. The view's
zoom and pan, and where a floor opens (magnified: the part the route crosses), are
widgets/map_view.py's.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen

from kiosk.ui.widgets.floorplan import FloorPlanView
from kiosk.ui.widgets.map_view import MapView
from kiosk.ui.widgets.step_mark import paint_current, spot_box
from kiosk.wayfinding.route import Route

def polyline_length(points) -> float:
    return sum(math.dist(a, b) for a, b in zip(points, points[1:]))


def cut_polyline(points, length: float) -> list[tuple[float, float]]:
    """The first `length` of a polyline (all of it when `length` reaches its end)."""
    if not points:
        return []
    out = [points[0]]
    for a, b in zip(points, points[1:]):
        part = math.dist(a, b)
        if length >= part:
            out.append(b)
            length -= part
            continue
        if part > 0 and length > 0:
            t = length / part
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        break
    return out


def _area(rect: QRectF) -> float:
    return rect.width() * rect.height() if rect.isValid() else 0.0


class RouteMap(MapView, FloorPlanView):
    view_changed = Signal()
    BREAK_COMPOUNDS = True  # drawn smaller magnified: a squeezed name breaks to keep its size
    CALL_OUT = False  # its corridors carry the route's line, its steps and their marks

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.route: Route | None = None
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self.progress = 1.0  # how much of this floor's path is drawn (the animation)
        self.current = 0  # the step the visitor is on, marked on its floor
        self._press: QPointF | None = None
        self._dragging = False
        self._pinch: tuple[float, QPointF] | None = None  # finger distance and midpoint
        self._fitted = True  # the view as the floor opened: it follows the widget's size
        self._view_waits = False  # that view is chosen when next placed or painted
        self.wanted_height = 0  # the height the route screen asks for (0: the usual)
        self.animation = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=1600)
        self.animation.valueChanged.connect(self._advance)
        self.setAttribute(Qt.WA_AcceptTouchEvents, True)
        ctx.session.language_changed.connect(self._refit)  # the names choose the view too

    def drawn_parts(self) -> list[QRect]:
        """All of it: zoomed and panned, the plan may fill the widget."""
        return [self.rect()]

    def sizeHint(self) -> QSize:
        """As tall as the route screen asks (its plan down to the fold), or the usual."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.wanted_height or hint.height())

    # -- what is shown -----------------------------------------------------------------------
    def show_floor(self, route: Route, floor_id: str, destination_room: str | None,
                   animate: bool = True) -> None:
        directory = self.ctx.directory
        self.route = route
        self.set_floor(directory.floor(floor_id), directory.rooms_on(floor_id), None)
        if destination_room and any(r.id == destination_room for r in self.rooms):
            self.select(destination_room)
        self.reset_view()
        self.animation.stop()
        self.progress = 0.0 if animate else 1.0
        if animate:
            self.animation.start()

    def set_current_step(self, index: int) -> None:
        """The visitor paged to step `index`: its stretch and spot marked (steps/mark)."""
        self.current = index
        self.update()
        self.marks_changed.emit()

    def finish_animation(self) -> None:
        self.animation.stop()
        self._advance(1.0)

    def legs_here(self) -> list[tuple[tuple[float, float], ...]]:
        if self.route is None or self.floor is None:
            return []
        return [leg.points for leg in self.route.legs if leg.floor == self.floor.id]

    def drawn_points(self) -> list[list[tuple[float, float]]]:
        """The part of each polyline on this floor drawn so far, in plan units."""
        legs = self.legs_here()
        left = self.progress * sum(polyline_length(p) for p in legs)
        out = []
        for points in legs:
            out.append(cut_polyline(points, left))
            left = max(0.0, left - polyline_length(points))
        return out

    def _advance(self, value) -> None:
        self.progress = float(value)
        self.update()

    # -- painting ----------------------------------------------------------------------------
    def _paint_plan(self, painter: QPainter, target: QRectF) -> None:
        if self.zoom == 1.0:
            super()._paint_plan(painter, target)  # the cached picture, as on the floor pages
        elif self._renderer is not None and self._renderer.isValid():
            self._renderer.render(painter, target)

    def pinned(self) -> list[tuple[str, tuple[float, float]]]:
        """"You are here" where this floor's first leg starts, the destination where the last
        one ends; "you are here" is placed first."""
        if self.route is None or self.floor is None or not self.route.legs:
            return super().pinned()
        legs, out = self.route.legs, []
        if legs[0].floor == self.floor.id and legs[0].points:
            out.append(("you_are_here", legs[0].points[0]))
        if legs[-1].floor == self.floor.id and legs[-1].points:
            out.append(("legend.destination", legs[-1].points[-1]))
        return out

    def pin_words(self, key: str) -> str:
        if key == "legend.destination":
            return self.route.destination.get(self.ctx.session.language)
        return super().pin_words(key)

    def key_entries(self) -> set[str]:
        """The pins and pictograms, the way where it crosses this floor, its numbered steps
        here, and the current step's mark where it happens here."""
        entries = super().key_entries()
        if self.legs_here():
            entries.add("legend.route")
        steps = self.route.steps if self.route is not None else ()
        if 0 <= self.current < len(steps) and steps[self.current].floor == self.floor.id:
            entries.add("legend.current_step")
        if self.numbered_steps():
            entries.add("legend.step_number")
        return entries

    def named_rooms(self):
        """Every room in view but the destination's: its tag names it (a number in it would
        send the visitor to a key that may lie under the steps). A room at least half in view
        is named in the part that shows."""
        shown = self._plan_rect().intersected(QRectF(self.rect()))
        rooms = [r for r in super().named_rooms()
                 if _area(self.room_rect(r).intersected(shown)) >= _area(self.room_rect(r)) / 2]
        if self.route is None or not self.route.legs or self.floor is None \
                or self.route.legs[-1].floor != self.floor.id:
            return rooms  # no destination's tag on this floor
        return [r for r in rooms if r.id != self.selected]

    def avoided(self) -> list[QRectF]:
        """The route's line as boxes along it (a slanting stretch in short pieces, so that
        its boxes hug the line): a tag goes beside the way, not over it."""
        half = self.ctx.theme.px(8)
        out = []
        for points in self.legs_here():
            for a, b in zip(points, points[1:]):
                a, b = self.to_widget(*a), self.to_widget(*b)
                slanted = min(abs(b.x() - a.x()), abs(b.y() - a.y())) > 1
                pieces = max(1, math.ceil(math.dist((a.x(), a.y()), (b.x(), b.y())) / half)) \
                    if slanted else 1
                for i in range(pieces):
                    start, end = a + (b - a) * (i / pieces), a + (b - a) * ((i + 1) / pieces)
                    out.append(QRectF(start, end).normalized().adjusted(-half, -half, half, half))
        return out

    def marks(self) -> list[QRectF]:
        radius = self.ctx.theme.px(20)
        steps = [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius)
                 for c in self.step_centres()]
        return super().marks() + steps

    def step_spots(self) -> list[QRectF]:
        """Where the current step's spot covers the plan, for each step on this floor: the
        names keep clear of it as of the tags, so paging moves the spot, never a name."""
        if self.route is None or self.floor is None:
            return []
        return [spot_box(self.to_widget(*step.point), self.ctx.theme.px)
                for step in self.route.steps if step.floor == self.floor.id]

    def tag_font(self):
        return self.ctx.theme.font(24, bold=True)

    def _paint_overlay(self, painter: QPainter) -> None:
        if self.route is None or self.floor is None or not self.route.legs:
            return
        px, route = self.ctx.theme.px, self.ctx.theme.color("plan_route")
        ahead = self.ctx.theme.color("plan_route")  # the way still to be drawn, faint
        ahead.setAlpha(70)
        for points, width, color in ((self.legs_here(), 16, self.ctx.theme.color("plan_casing")),
                                     (self.legs_here(), 8, ahead),
                                     (self.drawn_points(), 10, route)):
            painter.setPen(QPen(color, px(width), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
            painter.setBrush(Qt.NoBrush)
            for line in points:
                painter.drawPath(self._path(line))
        # Over the way, under the numbers: the number of the current step stays readable.
        paint_current(painter, self.to_widget, self.route, self.current, self.floor.id,
                      self.ctx.theme)
        self._paint_steps(painter)

    def _path(self, points) -> QPainterPath:
        path = QPainterPath()
        for i, (x, y) in enumerate(points):
            (path.lineTo if i else path.moveTo)(self.to_widget(x, y))
        return path

    def numbered_steps(self) -> list[tuple[int, tuple[float, float]]]:
        """(number, plan point) of each step drawn numbered on this floor."""
        if self.route is None or self.floor is None:
            return []
        return [(n, step.point) for n, step in enumerate(self.route.steps, 1)
                if step.floor == self.floor.id and step.kind not in ("start", "arrive")]

    def step_centres(self) -> list[QPointF]:
        return [self.to_widget(*point) for _number, point in self.numbered_steps()]

    def _paint_steps(self, painter: QPainter) -> None:
        for number, point in self.numbered_steps():
            paint_step_number(painter, self.to_widget(*point), self.ctx.theme.px(20), number,
                              self.ctx.theme)


def paint_step_number(painter: QPainter, centre: QPointF, radius: float, number: int,
                      theme) -> None:
    """A step's number in a disc of the route's colour, ringed and written in its casing's
    (white on blue; black on light blue over the dark plans), as the map and its key draw it."""
    casing = theme.color("plan_casing")
    painter.setFont(theme.font(24, bold=True))
    painter.setPen(QPen(casing, theme.px(3)))
    painter.setBrush(theme.color("plan_route"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(casing)
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignCenter, str(number))
