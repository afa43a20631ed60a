"""A floor plan: the SVG drawing, room names in the visitor's language, "you are here".

The SVG is rendered once per size into a pixmap; labels and markers are painted over it, so
the plan stays crisp at any magnification and switches language without re-rendering.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.directory.model import Floor, Kiosk, Room
from kiosk.directory.paths import floorplan

UNLABELLED = {"hall", "toilet", "elevator", "stairs"}  # the drawing's pictograms say these


class FloorPlanView(QWidget):
    room_tapped = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floor: Floor | None = None
        self.rooms: list[Room] = []
        self.kiosk: Kiosk | None = None
        self.selected: str | None = None
        self._renderer: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(200, 120)
        ctx.session.language_changed.connect(self.update)
        ctx.theme.changed.connect(self.update)

    def set_floor(self, floor: Floor, rooms: list[Room], kiosk: Kiosk | None) -> None:
        self.floor, self.rooms = floor, rooms
        self.kiosk = kiosk if kiosk is not None and kiosk.floor == floor.id else None
        self.selected = None
        self._renderer = QSvgRenderer(str(floorplan(floor.plan)))
        self._pixmap = None
        self.setAccessibleName(floor.name.get(self.ctx.session.language))
        self.update()

    def select(self, room_id: str | None) -> None:
        self.selected = room_id
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    # -- geometry --------------------------------------------------------------------------
    def _plan_size(self) -> tuple[float, float] | None:
        """The plan's size, None if nothing can be drawn at it (0, below 0, NaN: the bundle
        check refuses such a floor; a paint must not divide by it all the same)."""
        w, h = self.floor.plan_size
        return (w, h) if all(math.isfinite(v) and v > 0 for v in (w, h)) else None

    def _plan_rect(self) -> QRectF:
        """Where the plan sits in the widget: as large as fits, aspect kept, centred."""
        if self._plan_size() is None:
            return QRectF(self.width() / 2, self.height() / 2, 0, 0)
        w, h = self.floor.plan_size
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2,
                      w * scale, h * scale)

    def to_widget(self, x: float, y: float) -> QPointF:
        target = self._plan_rect()
        size = self._plan_size()
        scale = target.width() / size[0] if size is not None else 0.0
        return QPointF(target.left() + x * scale, target.top() + y * scale)

    def to_plan(self, point: QPointF) -> tuple[float, float]:
        target = self._plan_rect()
        scale = target.width() / self.floor.plan_size[0] if self._plan_size() else 0.0
        if scale <= 0:  # no plan drawn: no place on it
            return (math.nan, math.nan)
        return ((point.x() - target.left()) / scale, (point.y() - target.top()) / scale)

    def room_rect(self, room: Room) -> QRectF:
        top_left = self.to_widget(room.rect.x, room.rect.y)
        bottom_right = self.to_widget(room.rect.x + room.rect.w, room.rect.y + room.rect.h)
        return QRectF(top_left, bottom_right)

    def room_at(self, point: QPointF) -> Room | None:
        x, y = self.to_plan(point)
        hits = [r for r in self.rooms if r.rect is not None and r.rect.contains(x, y)]
        hits.sort(key=lambda r: (r.kind == "hall", r.rect.w * r.rect.h))
        return hits[0] if hits else None

    # -- events ----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        room = self.room_at(event.position()) if self.floor else None
        if room is not None and room.kind != "hall":
            self.select(room.id)
            self.room_tapped.emit(room.id)

    def resizeEvent(self, event) -> None:
        self._pixmap = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        if self.floor is None or self._plan_size() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        self._paint_plan(painter, self._plan_rect())
        for room in self.rooms:
            if room.rect is not None:
                self._paint_room(painter, room)
        if self.kiosk is not None:
            self._paint_marker(painter)

    def _paint_plan(self, painter: QPainter, target: QRectF) -> None:
        if self._pixmap is None or self._pixmap.size() != target.size().toSize():
            self._pixmap = self._render(target.size().toSize())
        painter.drawPixmap(target.topLeft(), self._pixmap)

    def _render(self, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        if self._renderer is not None and self._renderer.isValid():
            self._renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return pixmap

    def _paint_room(self, painter: QPainter, room: Room) -> None:
        theme = self.ctx.theme
        rect = self.room_rect(room)
        if room.id == self.selected:
            painter.setPen(QPen(theme.color("marker"), theme.px(5)))
            highlight = theme.color("highlight")
            highlight.setAlpha(150)
            painter.setBrush(highlight)
            painter.drawRect(rect)
        if room.kind in UNLABELLED:
            return
        name = room.name.get(self.ctx.session.language)
        box = rect.adjusted(4, 4, -4, -4)
        painter.setPen(theme.color("plan_text"))  # the drawing stays light in every theme
        for size in (24, 21, 18, 16, 14, 12):  # the largest size at which the name fits
            font = theme.font(size, bold=True)
            painter.setFont(font)
            bounds = painter.fontMetrics().boundingRect(box.toRect(),
                                                        Qt.AlignCenter | Qt.TextWordWrap, name)
            if bounds.width() <= box.width() and bounds.height() <= box.height():
                break
        painter.drawText(box, Qt.AlignCenter | Qt.TextWordWrap, name)

    def _paint_marker(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        centre = self.to_widget(self.kiosk.x, self.kiosk.y)
        radius = theme.px(18)
        pin = QPainterPath()
        pin.addEllipse(centre, radius, radius)
        painter.setPen(QPen(theme.color("surface"), theme.px(4)))
        painter.setBrush(theme.color("marker"))
        painter.drawPath(pin)
        painter.setFont(theme.font(22, bold=True))
        text = self.ctx.session.tr("you_are_here")
        metrics = painter.fontMetrics()
        box = QRectF(metrics.boundingRect(text)).adjusted(-10, -6, 10, 6)
        box.moveCenter(QPointF(centre.x(), centre.y() - radius - box.height() / 2 - 6))
        box.moveLeft(max(0.0, min(box.left(), self.width() - box.width())))
        painter.setPen(Qt.NoPen)
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(theme.color("surface"))
        painter.drawText(box, Qt.AlignCenter, text)
