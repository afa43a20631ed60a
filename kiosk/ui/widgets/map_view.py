"""How a route's map is moved and where it opens (RouteMap's view, kept apart to keep each
module small): pinch, drag, the wheel or the zoom buttons zoom and pan it, never losing the
plan. A floor opens on the whole plan at 100 %. Magnified, the map is drawn smaller to leave
the larger steps in view while its pins, tags and step marks grow with the text: it then
opens on the part of the floor the route crosses (`route_view`), so the route's rooms and
their names are larger, not smaller; the zoom out button shows the whole floor.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QEventPoint, QTransform

from kiosk.ui.widgets.step_mark import spot_box

MAX_ZOOM = 3.0
ZOOM_STEP = 1.5
DRAG_START = 12  # px a finger moves before a press becomes a drag


class MapView:
    """RouteMap's zoom and pan (`zoom`, `pan`, `_fitted`, the touch's state are its own)."""

    def _fit_rect(self) -> QRectF:
        return super()._plan_rect()

    def _plan_rect(self) -> QRectF:
        self._choose_view()
        fit = self._fit_rect()
        centre = QPointF(self.width() / 2, self.height() / 2)
        left = centre.x() + (fit.left() - centre.x()) * self.zoom + self.pan.x()
        top = centre.y() + (fit.top() - centre.y()) * self.zoom + self.pan.y()
        return QRectF(left, top, fit.width() * self.zoom, fit.height() * self.zoom)

    def view_transform(self) -> QTransform:
        """Plan units to widget pixels, as now zoomed and panned."""
        if self.floor is None:
            return QTransform()
        rect = self._plan_rect()
        scale = rect.width() / self.floor.plan_size[0]
        return QTransform(scale, 0, 0, scale, rect.left(), rect.top())

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the plan point under `anchor` (the centre by default) in place."""
        self._choose_view()
        centre = QPointF(self.width() / 2, self.height() / 2)
        anchor = centre if anchor is None else anchor
        zoom = min(MAX_ZOOM, max(1.0, self.zoom * factor))
        ratio = zoom / self.zoom
        self.zoom = zoom
        self._moved(anchor - centre - (anchor - centre - self.pan) * ratio)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def reset_view(self) -> None:
        """The view a floor opens at (`route_view`), kept as the widget's size changes until
        the visitor moves it. Chosen when the plan is next placed or painted, at the size it
        then has: a route's screen, shown for the first time, resizes its map through sizes
        it never shows at (864 x 120 px at 200 %) while its layout settles, and each choice
        places every name up to six times (33 ms at that size)."""
        self._fitted = True
        self._view_waits = True
        self.update()

    def _choose_view(self) -> None:
        if getattr(self, "_view_waits", False):  # (the base class places while being built)
            self._view_waits = False
            self.zoom, pan = self.route_view()
            self._set_pan(pan, repaint=False)  # reset_view asked for the paint

    def route_view(self) -> tuple[float, QPointF]:
        """(zoom, pan): the whole plan at 100 % (or where this floor has no route); magnified,
        the box of the route's line and steps on this floor, with room around it for the
        step's spot (the tags are kept inside the view by their placement), as large as the
        widget shows it (up to MAX_ZOOM) or, where a pin's tag then leaves a room's name
        smaller or lettered, a little less close: of six steps towards the whole plan, the
        first that letters no room and leaves no name under the body's size (none is larger
        at 100 %), else the one that letters fewest, then leaves fewest names under it, then
        the smallest name largest (each step costs a placement: the first often does)."""
        points = [p for points in self.legs_here() for p in points]
        points += [step.point for step in self.route.steps if step.floor == self.floor.id] \
            if points else []
        if self.ctx.theme.zoom <= 1.0 or not points or self._plan_size() is None:
            return 1.0, QPointF(0, 0)
        xs, ys = [x for x, _y in points], [y for _x, y in points]
        box = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        fitted = self._fit_rect().width() / self.floor.plan_size[0]  # px a unit at zoom 1
        room = spot_box(QPointF(), self.ctx.theme.px).width() / 2  # a step's spot whole
        spans = ((self.width() - 2 * room, box.width()), (self.height() - 2 * room, box.height()))
        scale = min((shown / span for shown, span in spans if span > 0), default=math.inf)
        closest = min(MAX_ZOOM, max(1.0, scale / fitted))
        tried = []
        for step in range(6, 0, -1):
            view = self._centred(closest ** (step / 6), box.center())
            cost = self._view_cost(view)
            if cost[:2] == (0, 0):  # no letter, no name under the body's size: none is better
                return view
            tried.append((cost, -step, view))
        return min(tried, key=lambda each: each[:2])[2]

    def _centred(self, zoom: float, middle: QPointF) -> tuple[float, QPointF]:
        """The view at `zoom` with `middle` (plan units) in the middle, the plan kept over the
        whole view where it is larger, centred where it is not."""
        fit = self._fit_rect()
        scale = fit.width() / self.floor.plan_size[0] * zoom
        pan = []
        for at, shown, edge, size in ((middle.x(), self.width(), fit.left(), fit.width()),
                                      (middle.y(), self.height(), fit.top(), fit.height())):
            drawn = size * zoom
            start = shown / 2 - at * scale  # where the plan's left (top) edge goes
            start = min(0.0, max(shown - drawn, start)) if drawn >= shown else (shown - drawn) / 2
            pan.append(start - shown / 2 - (edge - shown / 2) * zoom)
        return zoom, QPointF(*pan)

    def _view_cost(self, view: tuple[float, QPointF]) -> tuple[int, int, int]:
        """The rooms a view letters (or leaves without a place), then its names smaller than
        the body's size at 100 % (none is larger at 100 %), then its smallest name."""
        kept = self.zoom, self.pan
        self.zoom, self.pan = view
        labels = self._place().labels
        self.zoom, self.pan = kept
        body = self.ctx.theme.touch(24)
        return (sum(label.keyed is not None or not label.clear for label in labels),
                sum(label.font.pixelSize() < body for label in labels),
                -min((label.font.pixelSize() for label in labels), default=0))

    def _moved(self, pan: QPointF) -> None:
        """The visitor moved the view: it stays where they put it."""
        self._fitted = False
        self._set_pan(pan)

    def _set_pan(self, pan: QPointF, repaint: bool = True) -> None:
        """Pan as far as the plan's edge, plus a fifth of the view: the plan never leaves.
        `repaint`: False where the paint under way (or already asked for) shows it."""
        fit = self._fit_rect()
        room_x = max(0.0, (fit.width() * self.zoom - self.width()) / 2) + self.width() / 5
        room_y = max(0.0, (fit.height() * self.zoom - self.height()) / 2) + self.height() / 5
        self.pan = QPointF(max(-room_x, min(room_x, pan.x())), max(-room_y, min(room_y, pan.y())))
        if repaint:
            self.update()
        self.view_changed.emit()

    # -- touch -------------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() in (QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd,
                            QEvent.TouchCancel):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event) -> None:
        """Two fingers pinch (zoom about their midpoint) and move the plan; one finger drags."""
        points = [p for p in event.points() if p.state() != QEventPoint.State.Released]
        if event.type() in (QEvent.TouchEnd, QEvent.TouchCancel) or not points:
            self._pinch, self._press, self._dragging = None, None, False
        elif len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            distance, middle = math.dist((a.x(), a.y()), (b.x(), b.y())), (a + b) / 2
            if self._pinch is not None and self._pinch[0] > 0:
                before, last_middle = self._pinch
                self._moved(self.pan + (middle - last_middle))
                self.zoom_by(distance / before, middle)
            self._pinch, self._press = (distance, middle), None
        else:
            self._pinch = None
            self._drag_to(points[0].position())
        event.accept()

    def _drag_to(self, position: QPointF) -> None:
        if self._press is None:
            self._press, self._dragging = position, False
            return
        delta = position - self._press
        if not self._dragging and delta.manhattanLength() < DRAG_START:
            return
        self._dragging = True
        self._press = position
        self._moved(self.pan + delta)

    def mousePressEvent(self, event) -> None:
        self._press, self._dragging = event.position(), False

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None:
            self._drag_to(event.position())

    def mouseReleaseEvent(self, event) -> None:
        self._press, self._dragging = None, False  # a tap on the route map opens nothing

    def wheelEvent(self, event) -> None:
        self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120), event.position())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def _theme_changed(self) -> None:
        super()._theme_changed()
        if hasattr(self, "_fitted"):  # (the base class calls it while being built)
            self._refit()

    def _refit(self) -> None:
        if self._fitted:
            self.reset_view()
        else:
            self._set_pan(self.pan)
