"""A name its room holds only small, set beside the room with a line into it.

Magnified, a visitor who chose large text must be able to read every room's name; a narrow
room ("Nursing room", "Visitor consultation room" in portrait) holds its name at 150 and
200 % only a little larger than at 100 %, since English breaks between words only. Such a
name goes into the free space next to its room (the corridor its door opens onto), as large
as the text size asks where that space holds it, touching its room, with a line from the name
to a dot in the room's middle: the visitor reads it where the room is, not in a key.
Only where the name in its room stays under the size the text asks (`least`), and only when
the space beside it holds it larger than the room does. A corridor or the grey of what is no
room first; where they hold it smaller than asked (a "you are here" tag in the corridor, a
neighbour's name there first), the free part of a neighbouring room, outlined as its own.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLineF, QPointF, QRectF

from kiosk.ui.widgets.plan_fitting import extent, line_height, most_lines
from kiosk.ui.widgets.plan_free_parts import free_parts
from kiosk.ui.widgets.plan_labels import Label
from kiosk.ui.widgets.plan_name_breaks import layouts


def call_out(labels: list[Label], rooms: dict[str, QRectF], building: QRectF,
             walls: list[QRectF], pictured: list[QRectF], obstacles: list[QRectF],
             least: int, zoom: float, make_font, pad: float) -> list[Label]:
    """Each name under `least` px in its room (`rooms`: by id, in widget pixels), set
    against its room, at the largest size up to its 100 % size times `zoom` that fits clear
    of `obstacles` and the other names, larger than in its room: in the `building`'s space
    no room takes (`walls`: every room drawn but the corridors; so a corridor or the grey of
    what is no room) where that holds it at `least`, else in the free part of a neighbour
    (not over a pictogram's room, `pictured`); its `leader` runs from the name into the room,
    crossing no name or obstacle. The others as they were."""
    out = list(labels)
    for i, label in enumerate(out):
        room = rooms.get(label.room_id)
        small = label.font.pixelSize()
        if label.keyed is not None or small >= least or room is None:
            continue
        # A gap to the other names: two outlined plates side by side read as one.
        others = [other.box.adjusted(-pad, -pad, pad, pad) for j, other in enumerate(out)
                  if j != i]
        blocking = obstacles + others
        top = round(label.base * zoom)
        # Touching its room, the name lies within its largest box of it: the space is cut
        # there only, by what lies there (on a floor of 100 places, not by every other name).
        reach = _reach(label.name, make_font(top), pad)
        near = building.intersected(room.adjusted(-reach, -reach, reach, reach))
        blocking = [ob for ob in blocking if ob.intersects(near)]  # a leader stays in it
        free = free_parts(near, [room, *walls, *blocking])
        beside = free_parts(near, [room, *pictured, *blocking])
        key = (label.name, top, least, small, room.getRect(), pad, make_font(top).key(),
               *(tuple(r.getRect() for r in rects) for rects in (free, beside, blocking)))
        if key not in _SET:
            if len(_SET) >= SET_KEPT:
                _SET.clear()
            tries = [(range(top, least - 1, -1), free), (range(top, least - 1, -1), beside),
                     (range(min(top, least - 1), small, -1), free),
                     (range(min(top, least - 1), small, -1), beside)]
            hit = next((hit for sizes, parts in tries for size in sizes
                        if (hit := _against(label.name, make_font(size), room, parts, pad,
                                            blocking))), None)
            _SET[key] = None if hit is None else (hit[0], hit[1].getRect(), hit[2].pixelSize(),
                                                  hit[3])
        hit = _SET[key]
        if hit is not None:
            hit = (hit[0], QRectF(*hit[1]), make_font(hit[2]), QLineF(hit[3]))
            lines, box, font, leader = hit
            out[i] = replace(label, lines=lines, box=box, font=font, leader=leader)
    return out


# Where each name went beside its room, for the same room and what lies near it: the
# placements of a tag's every side set again only the names near that side.
SET_KEPT = 2048
_SET: dict[tuple, tuple | None] = {}


def _reach(name: str, font, pad: float) -> float:
    """How far from its room a name in `font` set against it may reach: its box on one line
    or a word a line, and the gap its box may leave."""
    words = name.split()
    wide, _h = extent((name,), font, pad)
    _w, tall = extent(tuple(words) or (name,), font, pad)
    return max(wide, tall) + 2 * pad + 1


def _against(name: str, font, room: QRectF, parts: list[QRectF], pad: float,
             blocking: list[QRectF]):
    """The name in `font` in one of `parts`, touching `room` (no more than the padding twice
    between them), nearest the room's middle along its wall; with its leader, which crosses
    none of `blocking`. None where no part holds it there."""
    best = None
    tallest = max((part.height() for part in parts), default=0.0) - 2 * pad
    line = line_height(font)
    for lines in layouts(name, most=most_lines(tallest, line)):
        if line * len(lines) > tallest:
            continue  # taller than every part: not measured
        w, h = extent(lines, font, pad)
        for part in parts:
            if w > part.width() or h > part.height():
                continue
            centre = room.center()
            x = min(max(centre.x(), part.left() + w / 2), part.right() - w / 2)
            y = min(max(centre.y(), part.top() + h / 2), part.bottom() - h / 2)
            box = QRectF(x - w / 2, y - h / 2, w, h)
            if _gap(box, room) > 2 * pad + 0.5:
                continue
            leader = QLineF(_nearest(box, centre), centre)
            if any(_crosses(leader, ob) for ob in blocking):
                continue
            if best is None or leader.length() < best[0]:
                best = (leader.length(), (lines, box, font, leader))
    return None if best is None else best[1]


def _gap(a: QRectF, b: QRectF) -> float:
    """The distance between two boxes (0 where they touch or overlap)."""
    dx = max(b.left() - a.right(), a.left() - b.right(), 0.0)
    dy = max(b.top() - a.bottom(), a.top() - b.bottom(), 0.0)
    return (dx * dx + dy * dy) ** 0.5


def _nearest(box: QRectF, point: QPointF) -> QPointF:
    """The point of `box`'s edge nearest `point`, which lies outside it."""
    return QPointF(min(max(point.x(), box.left()), box.right()),
                   min(max(point.y(), box.top()), box.bottom()))


def _crosses(line: QLineF, rect: QRectF) -> bool:
    """Whether the segment passes through `rect` (more than along its edge): clipped to
    the rect's slabs, something of it is left (Liang-Barsky)."""
    inner = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    start, end = line.p1(), line.p2()
    low, high = 0.0, 1.0
    for d, p, lo, hi in ((end.x() - start.x(), start.x(), inner.left(), inner.right()),
                         (end.y() - start.y(), start.y(), inner.top(), inner.bottom())):
        if abs(d) < 1e-9:
            if not lo < p < hi:
                return False
            continue
        a, b = sorted(((lo - p) / d, (hi - p) / d))
        low, high = max(low, a), min(high, b)
    return low < high
