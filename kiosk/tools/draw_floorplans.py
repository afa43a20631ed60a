"""Draw the demo floor plans, assets/floorplans/<floor>.svg, from the demo directory.

The plans carry no text: the app draws room labels on top in the visitor's language, so the
fills stay light and the walls dark grey. Each room is a `<rect id="room-<room id>">` in the
floor's plan units, so the app can find it; doors open onto the corridor (the floor's "hall"
room). What stands inside a room (stairs, a counter, shelves) is plan_pictograms.py's.
Run: python -m kiosk.tools.draw_floorplans
"""
from __future__ import annotations

from pathlib import Path

from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.directory.model import Floor, Rect
from kiosk.tools.plan_pictograms import (counter, doormat, elevator, furniture, stairs,
                                         toilet)
from kiosk.tools.svg_shapes import line, num, rect
from kiosk.wayfinding.plan_colours import FILL, LINE, SERVICE, WALL
from kiosk.wayfinding.plan_marks import outline

OUT_FOLDER = Path(__file__).resolve().parents[2] / "assets" / "floorplans"

WALL_W = 5
OUTER_W = 12


# -- where the doors go ------------------------------------------------------------------
def _shared_side(room: Rect, other: Rect) -> tuple[str, float, float] | None:
    """The side of `room` lying on an edge of `other`: (side, start, end) along it."""
    def overlap(a0, a1, b0, b1):
        lo, hi = max(a0, b0), min(a1, b1)
        return (lo, hi) if hi - lo > 1 else None

    horizontal = overlap(room.x, room.x + room.w, other.x, other.x + other.w)
    vertical = overlap(room.y, room.y + room.h, other.y, other.y + other.h)
    if horizontal and room.y + room.h == other.y:
        return ("bottom", *horizontal)
    if horizontal and room.y == other.y + other.h:
        return ("top", *horizontal)
    if vertical and room.x + room.w == other.x:
        return ("right", *vertical)
    if vertical and room.x == other.x + other.w:
        return ("left", *vertical)
    return None


def _wall_point(room: Rect, side: str, t: float) -> tuple[float, float]:
    """The point at coordinate t along a side of the room."""
    return {"top": (t, room.y), "bottom": (t, room.y + room.h),
            "left": (room.x, t), "right": (room.x + room.w, t)}[side]


def _inward(side: str) -> tuple[float, float]:
    return {"top": (0, 1), "bottom": (0, -1), "left": (1, 0), "right": (-1, 0)}[side]


def _door(room: Rect, side: str, a: float, b: float, width: float, cover: str,
          swing: bool = True) -> list[str]:
    """A gap in the wall, centred on [a, b], and a door leaf swinging into the room."""
    mid = (a + b) / 2
    g0, g1 = mid - width / 2, mid + width / 2
    (x0, y0), (x1, y1) = _wall_point(room, side, g0), _wall_point(room, side, g1)
    out = [line(x0, y0, x1, y1, cover, WALL_W + 2)]
    if swing:
        nx, ny = _inward(side)
        lx, ly = x0 + nx * width, y0 + ny * width
        ux, uy = (x1 - x0) / width, (y1 - y0) / width
        sweep = 1 if nx * uy - ny * ux > 0 else 0
        out.append(line(x0, y0, lx, ly, WALL, 2.5))
        out.append(f'<path d="M{num(lx)},{num(ly)} A{num(width)},{num(width)} 0 0,{sweep} '
                   f'{num(x1)},{num(y1)}" fill="none" stroke="{LINE}" stroke-width="1.5"/>')
    return out


def _sliding(room: Rect, side: str, a: float, b: float, width: float, cover: str) -> list[str]:
    """A gap with two overlapping sliding panels just inside it (elevator, automatic doors)."""
    mid = (a + b) / 2
    nx, ny = _inward(side)
    (x0, y0), (x1, y1) = _wall_point(room, side, mid - width / 2), _wall_point(room, side,
                                                                               mid + width / 2)
    ux, uy = (x1 - x0) / width, (y1 - y0) / width
    half, lap = width / 2, 6
    out = [line(x0, y0, x1, y1, cover, WALL_W + 2)]
    for start, length, inset in ((0, half + lap, 5), (half - lap, half + lap, 11)):
        sx, sy = x0 + ux * start + nx * inset, y0 + uy * start + ny * inset
        out.append(line(sx, sy, sx + ux * length, sy + uy * length, WALL, 4))
    return out


# -- one floor ---------------------------------------------------------------------------
def _outer_wall(box: Rect, gaps: list[tuple[str, float, float]]) -> str:
    """The building's outer wall as one path, broken where exterior doors are."""
    x0, y0, x1, y1 = box.x, box.y, box.x + box.w, box.y + box.h
    sides = {"top": ((x0, y0), (x1, y0)), "right": ((x1, y0), (x1, y1)),
             "bottom": ((x1, y1), (x0, y1)), "left": ((x0, y1), (x0, y0))}
    parts = []
    for side, ((ax, ay), (bx, by)) in sides.items():
        horizontal = ay == by
        lo, hi = (min(ax, bx), max(ax, bx)) if horizontal else (min(ay, by), max(ay, by))
        cuts = sorted((a, b) for s, a, b in gaps if s == side)
        start = lo
        for a, b in cuts + [(hi, hi)]:
            if a > start:
                p0 = (start, ay) if horizontal else (ax, start)
                p1 = (a, ay) if horizontal else (ax, a)
                parts.append(f"M{num(p0[0])},{num(p0[1])} L{num(p1[0])},{num(p1[1])}")
            start = b
    return (f'<path d="{" ".join(parts)}" fill="none" stroke="{WALL}" '
            f'stroke-width="{OUTER_W}" stroke-linecap="square"/>')


def floor_svg(directory: Directory, floor: Floor) -> str:
    """The SVG text of one floor's plan."""
    width, height = floor.plan_size
    rooms = [r for r in directory.rooms_on(floor.id) if r.rect is not None]
    halls = [r for r in rooms if r.kind == "hall"]
    box = outline([r.rect for r in rooms])
    hall_fill = FILL["hall"]
    body = [rect(box.x, box.y, box.w, box.h, SERVICE)]
    body += [rect(h.rect.x, h.rect.y, h.rect.w, h.rect.h, hall_fill, extra=f' id="room-{h.id}"')
             for h in halls]
    details: list[str] = []
    exterior: list[tuple[str, float, float]] = []
    for room in rooms:
        if room.kind == "hall":
            continue
        r = room.rect
        body.append(rect(r.x, r.y, r.w, r.h, FILL.get(room.kind, FILL["office"]), WALL, WALL_W,
                         extra=f' id="room-{room.id}"'))
        side = next((s for h in halls if (s := _shared_side(r, h.rect))), None)
        door_side = side[0] if side else None
        outside = _shared_side(r, Rect(box.x + box.w, box.y, 0, box.h)) or \
            _shared_side(r, Rect(box.x, box.y + box.h, box.w, 0)) or \
            _shared_side(r, Rect(box.x, box.y, box.w, 0)) or \
            _shared_side(r, Rect(box.x, box.y, 0, box.h))
        if room.kind == "stairs":
            details += stairs(r, door_side)
        elif room.kind == "elevator":
            details += elevator(r, door_side)
        elif room.kind == "toilet":
            details += toilet(room, door_side)
        elif room.kind in ("desk", "service_window"):
            details += counter(r, door_side)
        elif room.kind == "reading_room":
            details += furniture(room, door_side)
        elif room.kind == "entrance":
            details += doormat(r, outside[0] if outside else None)
        if side:
            s, a, b = side
            along = b - a
            if room.kind == "elevator":
                details += _sliding(r, s, a, b, min(80, along * 0.6), hall_fill)
            elif room.kind in ("desk", "service_window", "entrance"):
                details += _door(r, s, a, b, along - 60, hall_fill, swing=False)
            else:
                details += _door(r, s, a, b, min(70, along * 0.6), hall_fill)
        if room.kind == "entrance" and outside:
            s, a, b = outside
            mid, half = (a + b) / 2, min(80, (b - a) * 0.35)
            exterior.append((s, mid - half, mid + half))
            details += _sliding(r, s, mid - half, mid + half, 2 * half, FILL["entrance"])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(width)} {num(height)}" '
        f'width="{num(width)}" height="{num(height)}">',
        f"<!-- {floor.id} floor plan, drawn by kiosk.tools.draw_floorplans -->",
        *body, *details, _outer_wall(box, exterior), "</svg>",
    ]
    return "\n".join(parts) + "\n"


def main() -> None:
    directory = load_demo()
    OUT_FOLDER.mkdir(parents=True, exist_ok=True)
    for floor in directory.floors:
        path = OUT_FOLDER / (floor.plan or f"{floor.id}.svg")
        path.write_text(floor_svg(directory, floor), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
