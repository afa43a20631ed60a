"""Where room names go on a floor plan: one placement for the floor pages and the route map.

The tags ("you are here", the destination's name) are placed first, on the side of their pin
that covers the fewest rooms (another side if that one leaves a room no place for its name).
Every room name then goes inside its own room, in the largest part of it the tags and pins
leave free: on one line, else on two (broken at a space, plan_name_breaks), else
on as many more as the room is tall enough for, else smaller, down to a floor size: the sizes it has at 100 %. A name that still
does not fit is keyed: its room shows a ringed letter, as large as the room allows, and the
plan's key (PlanLegend) names that room. Magnified, each name (and letter) then grows with the
visitor's text as far as its room allows (`grow_labels`): up to that size times the
magnification, on as many lines as its room holds (a long Korean word then broken before its
last three syllables too), clear of the tags, the pins, the route's line and every other name; where nothing larger fits it keeps that size, so the text growing never
shrinks it nor keys it; on a floor page a name left under its 150 % size then goes beside its
room, with a line into it (plan_callouts).
A letter is read at a glance and needs no free space outside the room; a leader line would
have to cross other rooms or the corridor, where the tags and the route are drawn. Letters,
not numbers: the route's steps are numbered, on the same plan.
Every box is returned, so the painter draws exactly these and the tests check exactly these.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont

from kiosk.ui.widgets.plan_fitting import first_fit, fitted, ring_box, ringed
from kiosk.ui.widgets.plan_free_parts import free_parts

__all__ = ["Label", "Placement", "first_fit", "free_parts", "grow_labels", "key_mark",
           "place_labels", "tag_sides"]

LABEL_UNITS = 56.0  # a name's largest size at 100 % in plan units: it keeps its size on the plan
MIN_AREA = 4000.0  # plan units²: every room at least this large is named (or keyed)


@dataclass(frozen=True)
class Label:
    room_id: str
    lines: tuple[str, ...]  # what is painted, one entry a line (the key letter if keyed)
    box: QRectF  # the painted text's box, widget pixels
    font: QFont
    keyed: int | None = None  # the key's place (1, 2, ...) when the name did not fit its room
    name: str = ""
    clear: bool = True  # inside its room and clear of every obstacle
    base: int = 0  # px: its size under the 100 % rule, before it grew with the text
    squeezed: bool = False  # smaller than the largest size tried: its room held no more
    leader: QLineF | None = None  # set beside its room (plan_callouts): its line into the room


@dataclass
class Placement:
    tags: list[QRectF] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    @property
    def keyed(self) -> list[Label]:
        return [label for label in self.labels if label.keyed is not None]


def tag_sides(size: QRectF, pin: QPointF, gap: float, bounds: QRectF, avoid: list[QRectF],
              taken: list[QRectF], route: list[QRectF] = ()) -> list[tuple[tuple, QRectF]]:
    """Where a tag of `size` may go beside `pin` (above, below, right, left, then at the four
    corners), kept inside `bounds` (the drawn plan), each with its cost, best first: over
    nothing in `taken` (pins, other tags: a tag pushed in from the plan's edge may come back
    over its own pin) and inside `bounds`, off the `route`, then covering least of `avoid` (rooms with names).
    The cost's first two terms are the hard ones (`blocked`)."""
    w, h = size.width(), size.height()
    x, y = pin.x(), pin.y()
    sides = (QRectF(x - w / 2, y - gap - h, w, h), QRectF(x - w / 2, y + gap, w, h),
             QRectF(x + gap, y - h / 2, w, h), QRectF(x - gap - w, y - h / 2, w, h),
             QRectF(x + gap, y - gap - h, w, h), QRectF(x - gap - w, y - gap - h, w, h),
             QRectF(x + gap, y + gap, w, h), QRectF(x - gap - w, y + gap, w, h))
    outside = w > bounds.width() or h > bounds.height()  # wider than the plan: on no side
    ranked = []
    for order, box in enumerate(sides):
        box.moveLeft(max(bounds.left(), min(box.left(), bounds.right() - w)))
        box.moveTop(max(bounds.top(), min(box.top(), bounds.bottom() - h)))
        cost = (outside or any(_covers(box, t) for t in taken),
                any(_covers(box, r) for r in route),
                round(sum(_area(box.intersected(a)) for a in avoid)), order)
        ranked.append((cost, box))
    return sorted(ranked, key=lambda pair: pair[0])


def blocked(cost: tuple) -> tuple[bool, bool]:
    """A side's hard cost: over a pin or tag, over the route."""
    return cost[:2]


def place_labels(rooms: list[tuple[str, str, QRectF]], obstacles: list[QRectF],
                 sizes: list[int], make_font, pad: float,
                 route: list[QRectF] = ()) -> list[Label]:
    """Each (room id, name, room rect in pixels) its label, largest font first in `sizes`,
    off the `route` where some size fits beside it (else over it: a name still beats a
    letter); keyed by letter (in the floor's order) when no size fits."""
    out, key = [], 0
    for room_id, name, rect in rooms:
        parts = free_parts(rect.adjusted(pad, pad, -pad, -pad), obstacles)
        found = None
        for where in ([free_parts(rect.adjusted(pad, pad, -pad, -pad), [*obstacles, *route])]
                      if route else []) + [parts]:
            found = fitted(name, where, sizes, make_font, pad)
            if found is not None:
                break
        if found is not None:
            lines, box, font = found
            out.append(Label(room_id, lines, box, font, None, name,
                             base=font.pixelSize(), squeezed=font.pixelSize() < sizes[0]))
            continue
        key += 1
        mark = key_mark(key)
        # The largest size whose ring fits: a lone letter can be read from afar.
        ring = ringed(mark, parts, sizes, make_font, pad)
        clear = ring is not None
        _lines, box, font = ring or ((mark,), None, make_font(sizes[-1]))
        box = box or ring_box(font, mark, (parts[0] if parts else rect).center(), pad)
        out.append(Label(room_id, (mark,), box, font, key, name, clear, font.pixelSize()))
    return out


def grow_labels(labels: list[Label], rooms: list[tuple[str, str, QRectF]],
                obstacles: list[QRectF], zoom: float, make_font, pad: float,
                compounds: bool = False) -> list[Label]:
    """Each label at the largest size up to `zoom` times its own that fits in its room (a
    name on the lines its room holds, a letter in its ring; with `compounds`, a name its room
    squeezed may break inside a long Korean word), clear of `obstacles` and of every
    other label as placed so far; as it was where no larger size fits. Sizes are tried by halving
    the range: what fits in a part fits there smaller too (the plans repaint often)."""
    out = list(labels)
    rects = {room_id: rect for room_id, _name, rect in rooms}
    for i, label in enumerate(out):
        top = round(label.base * zoom)
        if top <= label.base or not label.clear or label.room_id not in rects:
            continue
        others = [other.box for j, other in enumerate(out) if j != i]
        parts = free_parts(rects[label.room_id].adjusted(pad, pad, -pad, -pad),
                           obstacles + others)
        sizes = list(range(top, label.base, -1))
        if label.keyed is None:
            # A long Korean word breaks inside only where its room squeezed it whole:
            # elsewhere it grows on the lines it has, as large as the text beside it.
            best = fitted(label.name, parts, sizes, make_font, pad,
                          compounds and label.squeezed)
        else:
            best = ringed(label.lines[0], parts, sizes, make_font, pad)
        if best is not None:
            lines, box, font = best
            out[i] = replace(label, lines=lines, box=box, font=font)
    return out


def key_mark(place: int) -> str:
    """The letter of the `place`-th keyed room (1 → A, 26 → Z, 27 → AA), as plan and key show it."""
    mark = ""
    while place > 0:
        place, rest = divmod(place - 1, 26)
        mark = chr(ord("A") + rest) + mark
    return mark


def _covers(a: QRectF, b: QRectF) -> bool:
    """More than a hairline in common (touching edges do not cover)."""
    both = a.intersected(b)
    return both.width() > 0.5 and both.height() > 0.5


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height()) if rect.isValid() else 0.0
