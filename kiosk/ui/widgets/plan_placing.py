"""What goes on a floor plan, and where: the pins and their tags first, then every room's
name (placed by plan_labels), in widget pixels; FloorPlanView paints exactly these, and the
route's map (RouteMap) says what else its pins, tags and names keep clear of.

A mixin of the plan's widget: it reads the widget's floor, rooms, geometry and theme.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from kiosk.directory.model import Room
from kiosk.ui.widgets.plan_badges import badge_box, door_side
from kiosk.ui.widgets.plan_callouts import call_out
from kiosk.ui.widgets.plan_labels import (LABEL_UNITS, Label, Placement, blocked, grow_labels,
                                         place_labels, tag_sides)
from kiosk.wayfinding.plan_marks import has_entrance_steps, service_parts, toilet_sign

UNLABELLED = {"hall", "toilet", "elevator", "stairs"}  # the drawing's pictograms say these
# The room kinds the drawing marks with a pictogram (kiosk.tools.draw_floorplans), each by
# the key's entry that names it. A service window's counter is named by its room's label.
PICTOGRAM_KEYS = {"desk": "legend.desk", "elevator": "legend.elevator",
                  "stairs": "legend.stairs", "toilet": "legend.toilet"}
PIN_COLOURS = {"you_are_here": "plan_marker", "legend.destination": "plan_destination"}
MIN_LABEL = 16  # px on a 1080-px short side: the smallest a room's name is painted


def _cost(labels: list[Label], least: int) -> tuple[int, int, int, int]:
    """How much a tag's side costs the names: any left without a place, then any shown by
    letter, then the pixels they lack of `least` (the size the text asks), then the pixels
    the names lose."""
    named = [label.font.pixelSize() for label in labels if label.keyed is None]
    return (sum(not label.clear for label in labels),
            sum(label.keyed is not None for label in labels),
            sum(max(0, least - size) for size in named), -sum(named))


class PlanPlacing:
    """The pins, tags and names of a plan widget (FloorPlanView), placed once per look."""

    # Magnified, a name its room squeezed may break inside a long Korean word: only where the
    # plan is drawn smaller as the text grows (a route's map); a floor page's plan grows, and
    # its rooms with it.
    BREAK_COMPOUNDS = False
    # Magnified, a name its room holds only small goes beside it, into the corridor, with a
    # line into the room (plan_callouts): on a floor page, whose corridors carry no route.
    CALL_OUT = True

    def pinned(self) -> list[tuple[str, tuple[float, float]]]:
        """(the key's entry, plan point) of each pin, in the order they are placed: "you are
        here" where the kiosk stands on this floor."""
        return [] if self.kiosk is None else [("you_are_here", (self.kiosk.x, self.kiosk.y))]

    def pin_words(self, key: str) -> str:
        return self.ctx.session.tr(key)

    def pins(self) -> list[tuple[tuple[float, float], str, QColor]]:
        """Each pin (plan point, its tag's words, its colour), in the order they are placed."""
        return [(point, self.pin_words(key), self.ctx.theme.color(PIN_COLOURS[key]))
                for key, point in self.pinned()]

    def key_entries(self) -> set[str]:
        """The key's entries for what this plan draws, and nothing it does not: its pins, the
        pictograms of the rooms on it (the wheelchair on an accessible toilet), the steps
        badges, the chosen place's outline and the grey of the space that is no room."""
        drawn = [r for r in self.rooms if r.rect is not None]
        entries = {key for key, _point in self.pinned()}
        for room in drawn:
            if room.kind == "toilet" and toilet_sign(room) == "accessible":
                entries.add("legend.accessible_toilet")
            elif room.kind in PICTOGRAM_KEYS:
                entries.add(PICTOGRAM_KEYS[room.kind])
        # From the rooms, not the badges' boxes: geometry would choose a route map's view at
        # whatever size the key is asked at.
        if any(has_entrance_steps(r) for r in drawn):
            entries.add("legend.entrance_steps")
        if any(r.id == self.selected for r in drawn):
            entries.add("legend.chosen")
        if service_parts([r.rect for r in drawn]):
            entries.add("legend.service")
        return entries

    def step_badges(self) -> list[QRectF]:
        """The badge of each room whose door opens onto steps, in its corner on the corridor's
        side (widget pixels); the names and tags keep clear of them as of the pins."""
        halls = [r for r in self.rooms if r.kind == "hall" and r.rect is not None]
        px = self.ctx.theme.px
        return [badge_box(self.room_rect(r), door_side(r, halls), 2 * self.pin_radius(), px(8))
                for r in self.rooms if has_entrance_steps(r)]

    def named_rooms(self) -> list[Room]:
        """The rooms whose names are painted: every one the drawing does not name itself."""
        return [r for r in self.rooms if r.rect is not None and r.kind not in UNLABELLED]

    def avoided(self) -> list[QRectF]:
        """What a tag must not cover where a side leaves it clear (the route map: its line)."""
        return []

    def marks(self) -> list[QRectF]:
        """What a name must never cover besides the tags: the pins, the steps badges (and the
        route's steps)."""
        radius = self.pin_radius()
        return [QRectF(self.to_widget(*p) - QPointF(radius, radius), QSizeF(2 * radius,
                                                                            2 * radius))
                for p, _text, _colour in self.pins()] + self.step_badges()

    def step_spots(self) -> list[QRectF]:
        """What the names keep clear of besides the tags and marks (the route map: where its
        current step's mark may stand)."""
        return []

    def pin_radius(self) -> float:
        return self.ctx.theme.px(18)

    def tag_font(self) -> QFont:
        return self.ctx.theme.font(22, bold=True)

    def placement(self) -> Placement:
        """The tags, placed first, then every room's name; the boxes the paint uses. Kept
        while nothing it depends on changes (the route's drawing repaints many times)."""
        theme = self.ctx.theme
        state = (self.size(), self._plan_rect(), self.ctx.session.language, theme.unit,
                 theme.short_side, self.floor.id, tuple(self.pins()),
                 id(getattr(self, "route", None)), self.selected,
                 tuple(r.id for r in self.rooms))
        if self.last_placement is None or self._placed_for != state:
            self._placed_for = state
            self.last_placement = self._place()
            keyed = [(label.keyed, label.name) for label in self.last_placement.keyed]
            if keyed != self.keyed:
                self.keyed = keyed
                self.keyed_changed.emit(keyed)
        return self.last_placement

    def _place(self) -> Placement:
        theme = self.ctx.theme
        rooms = self.named_rooms()
        # The part of each room in view (a route's map may show part of the floor).
        bounds = self._plan_rect().intersected(QRectF(self.rect()))
        room_boxes = [self.room_rect(r).intersected(bounds) for r in rooms]
        lang = self.ctx.session.language
        named = [(r.id, r.name.get(lang), box) for r, box in zip(rooms, room_boxes)]
        # At 100 %, names keep their size on the plan (up to the body's size), from there
        # down to a floor readable at arm's length; magnified, they grow from that size
        # (`grow_labels`) as far as their rooms allow.
        floor = max(12, round(MIN_LABEL * theme.short_side / 1080))
        scale = self._plan_rect().width() / self.floor.plan_size[0]
        body = theme.touch(24)  # the body's size at 100 %: by the screen, not the text
        preferred = max(floor, min(body, round(scale * LABEL_UNITS)))
        sizes = list(range(preferred, floor - 1, -1))

        spots, route = self.step_spots(), self.avoided()

        # Magnified, no name under the size the text asks, up to the 150 % size (a narrow
        # room's name at 200 % may not reach twice its size beside its neighbours).
        least = round(preferred * min(theme.zoom, 1.5))
        drawn = [r for r in self.rooms if r.rect is not None]
        walls = [self.room_rect(r).intersected(bounds) for r in drawn if r.kind != "hall"]
        pictured = [self.room_rect(r).intersected(bounds) for r in drawn
                    if r.kind in UNLABELLED and r.kind != "hall"]
        building = QRectF()
        for r in drawn:
            building = building.united(self.room_rect(r))
        building = building.intersected(bounds)

        fonts: dict[int, QFont] = {}

        def font(pixels: int) -> QFont:  # made once a size: every name is tried at each
            if pixels not in fonts:
                fonts[pixels] = self._label_font(pixels)
            return fonts[pixels]

        def names(obstacles):
            # The padding by the screen, like the names: magnified, it would squeeze them.
            pad = theme.touch(4)
            placed = place_labels(named, obstacles + spots, sizes, font, pad, route)
            grown = grow_labels(placed, named, obstacles + spots + route, theme.zoom,
                                font, pad, self.BREAK_COMPOUNDS)
            if not self.CALL_OUT or theme.zoom <= 1:
                return grown
            return call_out(grown, {room_id: box for room_id, _name, box in named}, building,
                            walls, pictured, obstacles + spots + route, least, theme.zoom,
                            font, pad)

        beside = self.CALL_OUT and theme.zoom > 1
        alike: dict[tuple, list[Label]] = {}

        def names_with(obstacles: list[QRectF], tag: QRectF) -> list[Label]:
            # A tag over no named room leaves every name where it was without it (unless
            # names go beside their rooms, into the corridors tags stand in): placed once for
            # every such side, not once a side (a plan of 100 places and two pins).
            if beside or any(tag.intersects(box) for box in room_boxes):
                return names(obstacles + [tag])
            key = tuple(ob.getRect() for ob in obstacles)
            if key not in alike:
                alike[key] = names(obstacles + [tag])
            return alike[key]

        out = Placement()
        taken = self.marks()
        for point, text, _colour in self.pins():
            sides = self._tag_sides(text, self.to_widget(*point), bounds, room_boxes, taken)
            # Of the sides clear of pins and the route (or least in the way), the one that
            # leaves every room a place for its name (or its letter), the names largest.
            best = min(blocked(cost) for cost, _box in sides)
            tag = min((box for cost, box in sides if blocked(cost) == best),
                      key=lambda side: _cost(names_with(taken, side), least))
            out.tags.append(tag)
            taken.append(tag)
        out.labels = names_with(taken[:-1], taken[-1]) if out.tags else names(taken)
        return out

    def _tag_sides(self, text: str, pin: QPointF, bounds: QRectF, rooms: list[QRectF],
                   taken: list[QRectF]) -> list[tuple[tuple, QRectF]]:
        """The sides a tag may take inside the plan, best first, in the tag's font; where
        none is clear of the pins and the route, in a smaller font, down to the size it has
        at 100 % (a plan drawn small on a narrow screen keeps "you are here" beside its pin,
        not over it)."""
        px = self.ctx.theme.px
        font = self.tag_font()
        least = max(12, round(font.pixelSize() / self.ctx.theme.zoom))
        route = self.avoided()
        for pixels in range(font.pixelSize(), least - 1, -2):
            font.setPixelSize(pixels)
            metrics = QFontMetricsF(font)
            size = QRectF(0, 0, metrics.horizontalAdvance(text) + 2 * px(12),
                          metrics.height() + 2 * px(6))
            sides = tag_sides(size, pin, self.pin_radius() + px(6), bounds, rooms, taken, route)
            if not any(blocked(sides[0][0])) or pixels - 2 < least:
                break
        self._tag_fonts[text] = QFont(font)
        return sides

    def _label_font(self, pixels: int) -> QFont:
        font = self.ctx.theme.font(24, bold=True)
        font.setPixelSize(pixels)  # already in pixels: theme.font() would magnify it again
        return font
