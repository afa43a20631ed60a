"""Draw the demo floor plans, assets/floorplans/<floor>.svg, from the demo directory.

The plans carry no text: the app draws room labels on top in the visitor's language, so the
fills stay light and the walls dark grey. Each room is a `<rect id="room-<room id>">` in the
floor's plan units, so the app can find it; doors open onto the corridor (the floor's "hall"
room). Run: python -m kiosk.tools.draw_floorplans
"""
from __future__ import annotations

from pathlib import Path

from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.directory.model import Floor, Rect, Room
from kiosk.wayfinding.plan_colours import COUNTER, FILL, ICON, LINE, SERVICE, SHELF, WALL
from kiosk.wayfinding.plan_marks import outline, toilet_sign

OUT_FOLDER = Path(__file__).resolve().parents[2] / "assets" / "floorplans"

WALL_W = 5
OUTER_W = 12


def _f(v: float) -> str:
    return f"{v:g}"


def _line(x1, y1, x2, y2, colour=LINE, width=2.0, cap="butt") -> str:
    return (f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{colour}" '
            f'stroke-width="{_f(width)}" stroke-linecap="{cap}"/>')


def _box(x, y, w, h, fill, stroke="none", width=0.0, rx=0.0, extra="") -> str:
    s = f' stroke="{stroke}" stroke-width="{_f(width)}"' if stroke != "none" else ""
    r = f' rx="{_f(rx)}"' if rx else ""
    return (f'<rect{extra} x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}"{r} '
            f'fill="{fill}"{s}/>')


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
    out = [_line(x0, y0, x1, y1, cover, WALL_W + 2)]
    if swing:
        nx, ny = _inward(side)
        lx, ly = x0 + nx * width, y0 + ny * width
        ux, uy = (x1 - x0) / width, (y1 - y0) / width
        sweep = 1 if nx * uy - ny * ux > 0 else 0
        out.append(_line(x0, y0, lx, ly, WALL, 2.5))
        out.append(f'<path d="M{_f(lx)},{_f(ly)} A{_f(width)},{_f(width)} 0 0,{sweep} '
                   f'{_f(x1)},{_f(y1)}" fill="none" stroke="{LINE}" stroke-width="1.5"/>')
    return out


def _sliding(room: Rect, side: str, a: float, b: float, width: float, cover: str) -> list[str]:
    """A gap with two overlapping sliding panels just inside it (elevator, automatic doors)."""
    mid = (a + b) / 2
    nx, ny = _inward(side)
    (x0, y0), (x1, y1) = _wall_point(room, side, mid - width / 2), _wall_point(room, side,
                                                                               mid + width / 2)
    ux, uy = (x1 - x0) / width, (y1 - y0) / width
    half, lap = width / 2, 6
    out = [_line(x0, y0, x1, y1, cover, WALL_W + 2)]
    for start, length, inset in ((0, half + lap, 5), (half - lap, half + lap, 11)):
        sx, sy = x0 + ux * start + nx * inset, y0 + uy * start + ny * inset
        out.append(_line(sx, sy, sx + ux * length, sy + uy * length, WALL, 4))
    return out


# -- pictograms --------------------------------------------------------------------------
def _stairs(r: Rect, door_side: str | None) -> list[str]:
    """Two flights of steps with a landing at each end and an arrow going up."""
    out = []
    far_first = door_side in ("bottom", "right")
    if r.h >= r.w:
        land0, land1 = (r.y + 60, r.y + r.h - 80) if far_first else (r.y + 80, r.y + r.h - 60)
        cx = r.x + r.w / 2
        out.append(_line(cx, land0, cx, land1, WALL, 3))
        y = land0
        while y <= land1 + 0.1:
            out.append(_line(r.x + 8, y, cx - 3, y))
            out.append(_line(cx + 3, y, r.x + r.w - 8, y))
            y += 22
        ax = r.x + r.w * 0.25
        out.append(_line(ax, land1 - 10, ax, land0 + 24, ICON, 3))
        out.append(f'<path d="M{_f(ax - 10)},{_f(land0 + 26)} L{_f(ax)},{_f(land0 + 8)} '
                   f'L{_f(ax + 10)},{_f(land0 + 26)} Z" fill="{ICON}"/>')
    else:
        land0, land1 = (r.x + 60, r.x + r.w - 80) if far_first else (r.x + 80, r.x + r.w - 60)
        cy = r.y + r.h / 2
        out.append(_line(land0, cy, land1, cy, WALL, 3))
        x = land0
        while x <= land1 + 0.1:
            out.append(_line(x, r.y + 8, x, cy - 3))
            out.append(_line(x, cy + 3, x, r.y + r.h - 8))
            x += 22
    return out


def _elevator(r: Rect, door_side: str | None) -> list[str]:
    """A car with up and down triangles, on the side away from the door."""
    size = min(r.w, r.h) * 0.5
    cx = r.x + r.w / 2
    cy = r.y + r.h * (0.4 if door_side == "bottom" else 0.6)
    x, y = cx - size / 2, cy - size / 2
    t = size * 0.2
    return [
        _box(x, y, size, size, "#ffffff", WALL, 3, rx=6),
        f'<path d="M{_f(cx - t)},{_f(cy - 4)} L{_f(cx)},{_f(cy - 4 - t * 1.2)} '
        f'L{_f(cx + t)},{_f(cy - 4)} Z" fill="{ICON}"/>',
        f'<path d="M{_f(cx - t)},{_f(cy + 4)} L{_f(cx)},{_f(cy + 4 + t * 1.2)} '
        f'L{_f(cx + t)},{_f(cy + 4)} Z" fill="{ICON}"/>',
    ]


def _person(cx: float, cy: float, s: float, dress: bool) -> list[str]:
    """A standing person, about 2*s tall, centred on (cx, cy)."""
    head = f'<circle cx="{_f(cx)}" cy="{_f(cy - s * 0.78)}" r="{_f(s * 0.2)}" fill="{ICON}"/>'
    top, hip, foot = cy - s * 0.5, cy + s * 0.25, cy + s
    if dress:
        body = (f'<path d="M{_f(cx - s * 0.18)},{_f(top)} L{_f(cx + s * 0.18)},{_f(top)} '
                f'L{_f(cx + s * 0.4)},{_f(hip)} L{_f(cx - s * 0.4)},{_f(hip)} Z" fill="{ICON}"/>')
        legs = [_box(cx - s * 0.17, hip, s * 0.12, foot - hip, ICON),
                _box(cx + s * 0.05, hip, s * 0.12, foot - hip, ICON)]
    else:
        body = _box(cx - s * 0.25, top, s * 0.5, hip - top + s * 0.05, ICON, rx=s * 0.08)
        legs = [_box(cx - s * 0.22, hip, s * 0.19, foot - hip, ICON),
                _box(cx + s * 0.03, hip, s * 0.19, foot - hip, ICON)]
    return [head, body, *legs]


def _wheelchair(cx: float, cy: float, s: float) -> list[str]:
    """The international symbol of access, about 2*s tall, centred on (cx, cy)."""
    hx, hy = cx - s * 0.15, cy - s * 0.8
    return [
        f'<circle cx="{_f(hx)}" cy="{_f(hy)}" r="{_f(s * 0.18)}" fill="{ICON}"/>',
        f'<path d="M{_f(hx)},{_f(cy - s * 0.5)} L{_f(hx)},{_f(cy + s * 0.1)} '
        f'L{_f(cx + s * 0.45)},{_f(cy + s * 0.1)} L{_f(cx + s * 0.65)},{_f(cy + s * 0.6)}" '
        f'fill="none" stroke="{ICON}" stroke-width="{_f(s * 0.16)}" stroke-linecap="round" '
        f'stroke-linejoin="round"/>',
        _line(hx, cy - s * 0.25, cx + s * 0.3, cy - s * 0.25, ICON, s * 0.14, "round"),
        f'<path d="M{_f(cx - s * 0.45)},{_f(cy - s * 0.05)} A{_f(s * 0.55)},{_f(s * 0.55)} '
        f'0 1,0 {_f(cx + s * 0.3)},{_f(cy + s * 0.55)}" fill="none" stroke="{ICON}" '
        f'stroke-width="{_f(s * 0.13)}" stroke-linecap="round"/>',
    ]


def _toilet(room: Room, door_side: str | None) -> list[str]:
    r = room.rect
    s = min(r.w * 0.3, 42)
    cx = r.x + r.w / 2
    cy = r.y + r.h * (0.7 if door_side == "top" else 0.3)
    sign = toilet_sign(room)
    if sign == "accessible":
        return _wheelchair(cx, cy, s)
    if sign in ("women", "men"):
        return _person(cx, cy, s, dress=sign == "women")
    return _person(cx - s * 0.5, cy, s, dress=False) + _person(cx + s * 0.5, cy, s, dress=True)


def _counter(r: Rect, door_side: str | None) -> list[str]:
    """A U-shaped service counter open towards the back, and two chairs behind it."""
    front = r.y + 45 if door_side == "top" else r.y + r.h - 45
    back = front + 60 if door_side == "top" else front - 60
    chairs_y = (front + back) / 2
    x0, x1 = r.x + 40, r.x + r.w - 40
    d = f"M{_f(x0)},{_f(back)} L{_f(x0)},{_f(front)} L{_f(x1)},{_f(front)} L{_f(x1)},{_f(back)}"
    out = [f'<path d="{d}" fill="none" stroke="{WALL}" stroke-width="24" '
           f'stroke-linejoin="round" stroke-linecap="round"/>',
           f'<path d="{d}" fill="none" stroke="{COUNTER}" stroke-width="19" '
           f'stroke-linejoin="round" stroke-linecap="round"/>']
    for cx in (x0 + (x1 - x0) / 3, x0 + 2 * (x1 - x0) / 3):
        out.append(f'<circle cx="{_f(cx)}" cy="{_f(chairs_y)}" r="12" fill="#ffffff" '
                   f'stroke="{LINE}" stroke-width="2"/>')
    return out


def _furniture(room: Room, door_side: str | None) -> list[str]:
    """Reading rooms: book shelves, or rows of desks in a study room, away from the door."""
    r = room.rect
    depth = r.h * 0.42
    y = r.y + 30 if door_side != "top" else r.y + r.h - 30 - depth
    unit, pitch = (90, 130) if "study" in room.name.en.lower() else (16, 64)
    count = int((r.w - 80 - unit) // pitch) + 1
    x = r.x + (r.w - (count - 1) * pitch - unit) / 2
    out = []
    for _ in range(count):
        out.append(_box(x, y, unit, depth, SHELF, LINE, 1, rx=2))
        if unit > 40:  # a long desk, seats on both sides
            out.append(_line(x + unit / 2, y + 8, x + unit / 2, y + depth - 8, LINE, 1))
        x += pitch
    return out


def _doormat(r: Rect, outside: str | None) -> list[str]:
    if outside == "bottom":
        return [_box(r.x + r.w / 2 - 70, r.y + r.h - 70, 140, 50, "#e4dfd3", LINE, 1.5, rx=4)]
    return []


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
                parts.append(f"M{_f(p0[0])},{_f(p0[1])} L{_f(p1[0])},{_f(p1[1])}")
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
    body = [_box(box.x, box.y, box.w, box.h, SERVICE)]
    body += [_box(h.rect.x, h.rect.y, h.rect.w, h.rect.h, hall_fill, extra=f' id="room-{h.id}"')
             for h in halls]
    details: list[str] = []
    exterior: list[tuple[str, float, float]] = []
    for room in rooms:
        if room.kind == "hall":
            continue
        r = room.rect
        body.append(_box(r.x, r.y, r.w, r.h, FILL.get(room.kind, FILL["office"]), WALL, WALL_W,
                         extra=f' id="room-{room.id}"'))
        side = next((s for h in halls if (s := _shared_side(r, h.rect))), None)
        door_side = side[0] if side else None
        outside = _shared_side(r, Rect(box.x + box.w, box.y, 0, box.h)) or \
            _shared_side(r, Rect(box.x, box.y + box.h, box.w, 0)) or \
            _shared_side(r, Rect(box.x, box.y, box.w, 0)) or \
            _shared_side(r, Rect(box.x, box.y, 0, box.h))
        if room.kind == "stairs":
            details += _stairs(r, door_side)
        elif room.kind == "elevator":
            details += _elevator(r, door_side)
        elif room.kind == "toilet":
            details += _toilet(room, door_side)
        elif room.kind in ("desk", "service_window"):
            details += _counter(r, door_side)
        elif room.kind == "reading_room":
            details += _furniture(room, door_side)
        elif room.kind == "entrance":
            details += _doormat(r, outside[0] if outside else None)
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
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(width)} {_f(height)}" '
        f'width="{_f(width)}" height="{_f(height)}">',
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
