"""At 200 % a floor page's room name is twice its 100 % size (the magnification the visitor
chose), or else as large as its room holds it: on as many lines as the room is tall enough
for, broken between words. "School Library Support office" stayed at 23 px in its narrow room
in portrait, on two lines, where four lines hold it at 41.

The largest size a room holds is found here on its own terms, not with the placement's code:
every way to break the name between words, and every place in the room clear of the tags, the
pins and the other names as drawn (a box that fits somewhere fits with its left edge on the
room's or an obstacle's edge, and its top likewise)."""
from __future__ import annotations

from itertools import combinations

import pytest
from looks import LANGS, SHAPES, Look, wear
from plan_overlap import overlap, overlap_problems
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication


def breaks(name: str):
    """Every way to set `name` on lines, broken between words."""
    words = name.split()
    for count in range(len(words)):
        for at in combinations(range(1, len(words)), count):
            yield [" ".join(words[a:b]) for a, b in zip((0, *at), (*at, len(words)))]


def fits_somewhere(w: float, h: float, room: QRectF, obstacles: list[QRectF]) -> bool:
    """Whether a w x h box lies inside `room` somewhere clear of every obstacle."""
    lefts = [room.left()] + [ob.right() for ob in obstacles]
    tops = [room.top()] + [ob.bottom() for ob in obstacles]
    for x in lefts:
        for y in tops:
            box = QRectF(x, y, w, h)
            if room.contains(box) and not any(overlap(box, ob) for ob in obstacles):
                return True
    return False


def holds(name: str, font: QFont, room: QRectF, obstacles: list[QRectF], pad: float) -> bool:
    """Whether the room, less its padding, holds `name` in `font` on some number of lines."""
    metrics = QFontMetricsF(font)
    inside = room.adjusted(pad, pad, -pad, -pad)
    return any(fits_somewhere(max(map(metrics.horizontalAdvance, lines)) + 2 * pad,
                              metrics.height() * len(lines) + 2 * pad, inside, obstacles)
               for lines in breaks(name))


def placed_names(window, look: Look, floor_id: str):
    wear(window, look)
    window.navigate(("floor", floor_id))
    QApplication.processEvents()
    plan = window.page("floor").plan
    plan.grab()
    return plan, plan.last_placement


@pytest.mark.parametrize("shape", SHAPES)
def test_names_at_200_are_twice_their_size_or_as_large_as_their_rooms_hold(window, demo,
                                                                           shape):
    found = []
    for lang in LANGS:
        for floor in demo.floors:
            _plan, small = placed_names(window, Look(lang, shape, 1.0), floor.id)
            at_100 = {label.room_id: label.font.pixelSize() for label in small.labels}
            plan, placed = placed_names(window, Look(lang, shape, 2.0), floor.id)
            where = f"{lang} {shape} {floor.id} at 200 %"
            found += overlap_problems(placed, where)
            pad = plan.ctx.theme.touch(4)
            rooms = {room.id: plan.room_rect(room) for room in plan.named_rooms()}
            for label in placed.labels:
                if label.keyed is not None:
                    continue
                size = label.font.pixelSize()
                if size >= round(at_100[label.room_id] * 2):
                    continue
                others = [o.box for o in placed.labels if o is not label]
                larger = QFont(label.font)
                larger.setPixelSize(size + 1)
                if holds(label.name, larger, rooms[label.room_id], others + placed.tags
                         + plan.marks(), pad):
                    found.append(f"{where}: {label.name!r} at {size} px "
                                 f"({at_100[label.room_id]} at 100 %), its room holds "
                                 f"{size + 1}")
    assert found == [], "\n".join(found)
