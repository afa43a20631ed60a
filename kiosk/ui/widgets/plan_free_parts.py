"""The free parts of a room on a plan: where a name (or a name set beside its room) may go,
clear of the tags, pins, badges, the route and the other names. Pure geometry in widget
pixels, kept for the same room and obstacles (a placement is tried once for each side of
each tag, most rooms far from it)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF


def free_parts(room: QRectF, obstacles: list[QRectF]) -> list[QRectF]:
    """The parts of `room` clear of every obstacle (each cut above, below, left and right of
    it), largest first. A part inside another is dropped: what fits in it fits in the other,
    which comes first (the route's many short boxes would otherwise multiply the parts).
    Kept for the same room and obstacles over it: a tag's every side is tried with every
    name, most rooms far from it."""
    hits = tuple(ob.getRect() for ob in obstacles if room.intersects(ob))
    return [QRectF(*part) for part in _free_parts(room.getRect(), hits)]


@lru_cache(maxsize=2048)  # the tag's every side's placements: a few KB each
def _free_parts(room: tuple, obstacles: tuple) -> tuple:
    """`free_parts` on (x, y, w, h) tuples. Kept after each cut: the largest free boxes, none
    inside another; so only the pieces of the parts a cut split are compared, and an
    obstacle inside another one cuts nothing (a name inside its room, the room's outline)."""
    x, y, w, h = room
    parts = [(x, y, x + w, y + h)]
    for ob in _outermost([(ox, oy, ox + ow, oy + oh) for ox, oy, ow, oh in obstacles]):
        out: list[tuple[tuple, bool]] = []  # (part, a piece of this cut)
        for p in parts:
            if not (p[0] < ob[2] and ob[0] < p[2] and p[1] < ob[3] and ob[1] < p[3]):
                out.append((p, False))
                continue
            out += [(piece, True) for piece in ((p[0], p[1], p[2], ob[1]),
                                                (p[0], ob[3], p[2], p[3]),
                                                (p[0], p[1], ob[0], p[3]),
                                                (ob[2], p[1], p[2], p[3]))
                    if piece[2] - piece[0] > 1 and piece[3] - piece[1] > 1]
        pieces = [(i, p) for i, (p, new) in enumerate(out) if new]
        parts = [p for i, (p, new) in enumerate(out)
                 if not (any(_inside(p, q) and (q != p or j < i) for j, (q, _n) in enumerate(out)
                             if j != i) if new else any(q == p and j < i for j, q in pieces))]
    parts.sort(key=lambda p: -(p[2] - p[0]) * (p[3] - p[1]))
    return tuple((p[0], p[1], p[2] - p[0], p[3] - p[1]) for p in parts)


def _outermost(boxes: list[tuple]) -> list[tuple]:
    """`boxes` (x0, y0, x1, y1) but those inside another, in their order."""
    largest_first = sorted(range(len(boxes)), key=lambda i: -(boxes[i][2] - boxes[i][0])
                           * (boxes[i][3] - boxes[i][1]))
    kept: list[int] = []
    for i in largest_first:
        if not any(_inside(boxes[i], boxes[j]) for j in kept):
            kept.append(i)
    return [boxes[i] for i in sorted(kept)]


def _inside(a: tuple, b: tuple) -> bool:
    return b[0] <= a[0] and b[1] <= a[1] and a[2] <= b[2] and a[3] <= b[3]
