"""A floor plan: the SVG drawing, room names in the visitor's language, "you are here".

The SVG is rendered once per size into a pixmap, in the palette's plan colours (plan_ink: dark
in high contrast, loaded again when the contrast changes); labels and markers are painted over
it, so the plan stays crisp at any magnification and switches language without re-rendering.
Where the names and tags go is PlanPlacing's (plan_placing.py); this widget holds the floor,
maps plan units to pixels, answers taps and paints.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.directory.model import Floor, Kiosk, Room
from kiosk.directory.paths import floorplan
from kiosk.ui.widgets.plan_badges import paint_chosen, paint_steps_badge
from kiosk.ui.widgets.plan_ink import ink, plan_renderer, tag_words
from kiosk.ui.widgets.plan_labels import Label, Placement
from kiosk.ui.widgets.plan_placing import PlanPlacing
from kiosk.wayfinding.plan_colours import FILL


class FloorPlanView(PlanPlacing, QWidget):
    room_tapped = Signal(str)
    keyed_changed = Signal(list)  # [(key place, name)]: the rooms too small for their names
    marks_changed = Signal()  # another floor, route or step: the key's entries (key_entries)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floor: Floor | None = None
        self.rooms: list[Room] = []
        self.kiosk: Kiosk | None = None
        self.selected: str | None = None
        self._renderer: QSvgRenderer | None = None
        self._plan_file = None  # the floor's SVG, None where it has none
        self._dark = ctx.theme.palette.plans_dark  # the look the renderer draws in
        self._pixmap: QPixmap | None = None
        self.keyed: list[tuple[int, str]] = []  # rooms shown by a letter, named in the key
        self.last_placement: Placement | None = None  # what the last paint placed
        self._placed_for = None
        self._tag_fonts: dict[str, QFont] = {}  # each tag's words: the font they fitted in
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(200, 120)
        ctx.session.language_changed.connect(self.update)
        ctx.theme.changed.connect(self._theme_changed)
        self._theme_changed()

    def _theme_changed(self) -> None:
        self.setMinimumHeight(self.least_height())
        if self.ctx.theme.palette.plans_dark != self._dark:  # high contrast on or off
            self._dark = self.ctx.theme.palette.plans_dark
            self._load_plan()
        self.update()

    def _load_plan(self) -> None:
        """The floor's drawing, in the palette's colours; drawn again at the next paint."""
        self._renderer = plan_renderer(self._plan_file, self._dark) \
            if self._plan_file is not None else None
        self._pixmap = None

    def least_height(self) -> int:
        """A third of the screen's short side at least, whatever the magnification: larger
        text scrolls the screen instead of squeezing the plan until no name fits in it."""
        return max(120, self.ctx.theme.short_side // 3)

    def set_floor(self, floor: Floor, rooms: list[Room], kiosk: Kiosk | None) -> None:
        self.floor, self.rooms = floor, rooms
        self.kiosk = kiosk if kiosk is not None and kiosk.floor == floor.id else None
        self.selected = None
        # A floor without a plan file is drawn without one (its rooms and marks still are),
        # rather than asking Qt to read the plans' folder.
        plan = floorplan(floor.plan) if floor.plan.strip() else None
        self._plan_file = plan if plan is not None and plan.is_file() else None
        self._load_plan()
        self.setAccessibleName(floor.name.get(self.ctx.session.language))
        self.update()
        self.marks_changed.emit()

    def select(self, room_id: str | None) -> None:
        """Outline the chosen room (the key then names the outline)."""
        self.selected = room_id
        self.update()
        self.marks_changed.emit()

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

    def drawn_parts(self) -> list[QRect]:
        """Where it draws: the plan, its tags and names. The blank the plan's aspect leaves
        in the widget is ground for the "more below" cue (fold_cue.py): on 2F and 4F at
        200 % the cue, shut out from under the plan, was an arrow squeezed under the key,
        touching its box and pointing at Call for help."""
        if self.floor is None or self._plan_size() is None:
            return []
        placement = self.placement()
        boxes = [self._plan_rect()] + placement.tags + [label.box for label in placement.labels]
        return [box.toAlignedRect() for box in boxes]

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
        placement = self.placement()
        self._paint_plan(painter, self._plan_rect())
        selected = next((r for r in self.rooms if r.id == self.selected and r.rect), None)
        if selected is not None:
            paint_chosen(painter, self.room_rect(selected), self.ctx.theme)
        for badge in self.step_badges():
            paint_steps_badge(painter, badge, self.ctx.theme)
        kinds = {r.id: r.kind for r in self.rooms}
        for label in placement.labels:
            self._paint_label(painter, label, kinds.get(label.room_id, "office"))
        self._paint_overlay(painter)
        for (point, text, colour), tag in zip(self.pins(), placement.tags):
            self._paint_pin(painter, point, text, colour, tag)
        painter.end()

    # -- painting ------------------------------------------------------------------------------
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


    def _paint_label(self, painter: QPainter, label: Label, kind: str) -> None:
        """The name on a plate of its room's fill, so shelves and counters drawn under it do
        not cross its letters; a keyed room's letter gets a round ring, as the key shows it.
        A name set beside its room is outlined, with its line to a dot in the room."""
        theme = self.ctx.theme
        plate = ink(theme, FILL.get(kind, FILL["office"]))
        edge = QPen(theme.color("plan_text"), theme.px(2))
        if label.leader is not None:
            painter.setPen(QPen(theme.color("plan_text"), theme.px(3), Qt.SolidLine, Qt.RoundCap))
            painter.drawLine(label.leader)
            painter.setBrush(theme.color("plan_text"))
            painter.drawEllipse(label.leader.p2(), theme.px(6), theme.px(6))
        painter.setPen(edge if label.keyed or label.leader is not None else Qt.NoPen)
        painter.setBrush(plate)
        if label.keyed:
            painter.drawEllipse(label.box)
        else:
            painter.drawRoundedRect(label.box, theme.px(6), theme.px(6))
        painter.setPen(theme.color("plan_text"))
        painter.setFont(label.font)
        painter.drawText(label.box, Qt.AlignCenter, "\n".join(label.lines))

    def _paint_pin(self, painter: QPainter, point, text: str, colour: QColor,
                   tag: QRectF) -> None:
        """A round pin, ringed so it stands out on any fill, and its tag where placed; the
        ring is the route's casing, so a pin keeps its edge on the route too."""
        theme = self.ctx.theme
        centre = self.to_widget(*point)
        radius = self.pin_radius()
        painter.setPen(QPen(theme.color("plan_casing"), theme.px(4)))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QPen(theme.color("plan_casing"), theme.px(2)))
        painter.drawRoundedRect(tag, theme.px(8), theme.px(8))
        painter.setPen(tag_words(colour))
        painter.setFont(self._tag_fonts.get(text, self.tag_font()))
        painter.drawText(tag, Qt.AlignCenter, text)

    def _paint_overlay(self, painter: QPainter) -> None:
        """What is drawn between the names and the pins (the route map: its path)."""
