"""Which marks a floor plan carries beside the rooms' names, decided once for the drawing tool
(kiosk.tools.draw_floorplans) and the plan's key on screen (kiosk.ui.widgets.plan_legend): a
toilet's sign, the rooms whose door opens onto steps, and the grey space inside the building
that is no room (shafts, storage). The key lists a mark only where its plan draws it."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from kiosk.directory.model import Rect, Room


def toilet_sign(room: Room) -> str:
    """The sign on a toilet, read from its name: "accessible" (the wheelchair), "women",
    "men", or "both" (a man and a woman)."""
    name = room.name.en.lower()
    if "accessible" in name or "장애인" in room.name.ko:
        return "accessible"
    if "women" in name or "여자" in room.name.ko:
        return "women"
    if "men" in name or "남자" in room.name.ko:
        return "men"
    return "both"


def has_entrance_steps(room: Room) -> bool:
    """A room a wheelchair cannot enter: its door opens onto steps (stairs are steps
    themselves and carry their own pictogram)."""
    return not room.accessible and room.kind != "stairs" and room.rect is not None


def outline(rects: list[Rect]) -> Rect:
    """The building's outline on this floor: the box around its rooms."""
    x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
    x1, y1 = max(r.x + r.w for r in rects), max(r.y + r.h for r in rects)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def service_parts(rects: list[Rect], least: float = 1.0) -> list[Rect]:
    """The parts of the outline no room covers (drawn grey), each at least `least` units
    wide and tall: the outline cut along every room's edges, the cells no room holds.
    Computed once for a floor's rooms (the plan's key asks at every measure of its layout)."""
    return list(_service_parts(tuple(rects), least))


@lru_cache(maxsize=16)  # a few floors' rooms, a few hundred bytes each
def _service_parts(rects: tuple[Rect, ...], least: float) -> tuple[Rect, ...]:
    if not rects:
        return ()
    box = outline(list(rects))
    xs = sorted({box.x, box.x + box.w, *(v for r in rects for v in (r.x, r.x + r.w))})
    ys = sorted({box.y, box.y + box.h, *(v for r in rects for v in (r.y, r.y + r.h))})
    out = []
    for x0, x1 in zip(xs, xs[1:]):
        if x1 - x0 < least:
            continue
        middle = (x0 + x1) / 2
        # The rooms across this strip, each covering a run of its cells: the strip's cells
        # are checked against these only (a floor of 100 rooms cuts 200 strips of 200 cells).
        covered = [False] * len(ys)
        for r in rects:
            if r.x <= middle <= r.x + r.w:
                for i in range(bisect_left(ys, r.y), bisect_right(ys, r.y + r.h) - 1):
                    covered[i] = True
        out += [Rect(x0, y0, x1 - x0, y1 - y0) for i, (y0, y1) in enumerate(zip(ys, ys[1:]))
                if not covered[i] and y1 - y0 >= least]
    return tuple(out)
