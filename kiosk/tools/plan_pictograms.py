"""What the demo floor plans draw inside a room to say what it is: stairs, an elevator's car,
a toilet's sign, a service counter, shelves or desks, a doormat at the entrance.

Apart from the walls and doors (draw_floorplans.py), which depend on how rooms meet; each
pictogram depends only on its room's rectangle and the side its door is on, and stays away
from that door.
"""
from __future__ import annotations

from kiosk.directory.model import Rect, Room
from kiosk.tools.svg_shapes import line, num, rect
from kiosk.wayfinding.plan_colours import COUNTER, ICON, LINE, SHELF, WALL
from kiosk.wayfinding.plan_marks import toilet_sign


def stairs(r: Rect, door_side: str | None) -> list[str]:
    """Two flights of steps with a landing at each end and an arrow going up."""
    out = []
    far_first = door_side in ("bottom", "right")
    if r.h >= r.w:
        land0, land1 = (r.y + 60, r.y + r.h - 80) if far_first else (r.y + 80, r.y + r.h - 60)
        cx = r.x + r.w / 2
        out.append(line(cx, land0, cx, land1, WALL, 3))
        y = land0
        while y <= land1 + 0.1:
            out.append(line(r.x + 8, y, cx - 3, y))
            out.append(line(cx + 3, y, r.x + r.w - 8, y))
            y += 22
        ax = r.x + r.w * 0.25
        out.append(line(ax, land1 - 10, ax, land0 + 24, ICON, 3))
        out.append(f'<path d="M{num(ax - 10)},{num(land0 + 26)} L{num(ax)},{num(land0 + 8)} '
                   f'L{num(ax + 10)},{num(land0 + 26)} Z" fill="{ICON}"/>')
    else:
        land0, land1 = (r.x + 60, r.x + r.w - 80) if far_first else (r.x + 80, r.x + r.w - 60)
        cy = r.y + r.h / 2
        out.append(line(land0, cy, land1, cy, WALL, 3))
        x = land0
        while x <= land1 + 0.1:
            out.append(line(x, r.y + 8, x, cy - 3))
            out.append(line(x, cy + 3, x, r.y + r.h - 8))
            x += 22
    return out


def elevator(r: Rect, door_side: str | None) -> list[str]:
    """A car with up and down triangles, on the side away from the door."""
    size = min(r.w, r.h) * 0.5
    cx = r.x + r.w / 2
    cy = r.y + r.h * (0.4 if door_side == "bottom" else 0.6)
    x, y = cx - size / 2, cy - size / 2
    t = size * 0.2
    return [
        rect(x, y, size, size, "#ffffff", WALL, 3, rx=6),
        f'<path d="M{num(cx - t)},{num(cy - 4)} L{num(cx)},{num(cy - 4 - t * 1.2)} '
        f'L{num(cx + t)},{num(cy - 4)} Z" fill="{ICON}"/>',
        f'<path d="M{num(cx - t)},{num(cy + 4)} L{num(cx)},{num(cy + 4 + t * 1.2)} '
        f'L{num(cx + t)},{num(cy + 4)} Z" fill="{ICON}"/>',
    ]


def person(cx: float, cy: float, s: float, dress: bool) -> list[str]:
    """A standing person, about 2*s tall, centred on (cx, cy)."""
    head = f'<circle cx="{num(cx)}" cy="{num(cy - s * 0.78)}" r="{num(s * 0.2)}" fill="{ICON}"/>'
    top, hip, foot = cy - s * 0.5, cy + s * 0.25, cy + s
    if dress:
        body = (f'<path d="M{num(cx - s * 0.18)},{num(top)} L{num(cx + s * 0.18)},{num(top)} '
                f'L{num(cx + s * 0.4)},{num(hip)} L{num(cx - s * 0.4)},{num(hip)} Z" '
                f'fill="{ICON}"/>')
        legs = [rect(cx - s * 0.17, hip, s * 0.12, foot - hip, ICON),
                rect(cx + s * 0.05, hip, s * 0.12, foot - hip, ICON)]
    else:
        body = rect(cx - s * 0.25, top, s * 0.5, hip - top + s * 0.05, ICON, rx=s * 0.08)
        legs = [rect(cx - s * 0.22, hip, s * 0.19, foot - hip, ICON),
                rect(cx + s * 0.03, hip, s * 0.19, foot - hip, ICON)]
    return [head, body, *legs]


def wheelchair(cx: float, cy: float, s: float) -> list[str]:
    """The international symbol of access, about 2*s tall, centred on (cx, cy)."""
    hx, hy = cx - s * 0.15, cy - s * 0.8
    return [
        f'<circle cx="{num(hx)}" cy="{num(hy)}" r="{num(s * 0.18)}" fill="{ICON}"/>',
        f'<path d="M{num(hx)},{num(cy - s * 0.5)} L{num(hx)},{num(cy + s * 0.1)} '
        f'L{num(cx + s * 0.45)},{num(cy + s * 0.1)} L{num(cx + s * 0.65)},{num(cy + s * 0.6)}" '
        f'fill="none" stroke="{ICON}" stroke-width="{num(s * 0.16)}" stroke-linecap="round" '
        f'stroke-linejoin="round"/>',
        line(hx, cy - s * 0.25, cx + s * 0.3, cy - s * 0.25, ICON, s * 0.14, "round"),
        f'<path d="M{num(cx - s * 0.45)},{num(cy - s * 0.05)} A{num(s * 0.55)},{num(s * 0.55)} '
        f'0 1,0 {num(cx + s * 0.3)},{num(cy + s * 0.55)}" fill="none" stroke="{ICON}" '
        f'stroke-width="{num(s * 0.13)}" stroke-linecap="round"/>',
    ]


def toilet(room: Room, door_side: str | None) -> list[str]:
    r = room.rect
    s = min(r.w * 0.3, 42)
    cx = r.x + r.w / 2
    cy = r.y + r.h * (0.7 if door_side == "top" else 0.3)
    sign = toilet_sign(room)
    if sign == "accessible":
        return wheelchair(cx, cy, s)
    if sign in ("women", "men"):
        return person(cx, cy, s, dress=sign == "women")
    return person(cx - s * 0.5, cy, s, dress=False) + person(cx + s * 0.5, cy, s, dress=True)


def counter(r: Rect, door_side: str | None) -> list[str]:
    """A U-shaped service counter open towards the back, and two chairs behind it."""
    front = r.y + 45 if door_side == "top" else r.y + r.h - 45
    back = front + 60 if door_side == "top" else front - 60
    chairs_y = (front + back) / 2
    x0, x1 = r.x + 40, r.x + r.w - 40
    d = (f"M{num(x0)},{num(back)} L{num(x0)},{num(front)} "
         f"L{num(x1)},{num(front)} L{num(x1)},{num(back)}")
    out = [f'<path d="{d}" fill="none" stroke="{WALL}" stroke-width="24" '
           f'stroke-linejoin="round" stroke-linecap="round"/>',
           f'<path d="{d}" fill="none" stroke="{COUNTER}" stroke-width="19" '
           f'stroke-linejoin="round" stroke-linecap="round"/>']
    for cx in (x0 + (x1 - x0) / 3, x0 + 2 * (x1 - x0) / 3):
        out.append(f'<circle cx="{num(cx)}" cy="{num(chairs_y)}" r="12" fill="#ffffff" '
                   f'stroke="{LINE}" stroke-width="2"/>')
    return out


def furniture(room: Room, door_side: str | None) -> list[str]:
    """Reading rooms: book shelves, or rows of desks in a study room, away from the door."""
    r = room.rect
    depth = r.h * 0.42
    y = r.y + 30 if door_side != "top" else r.y + r.h - 30 - depth
    unit, pitch = (90, 130) if "study" in room.name.en.lower() else (16, 64)
    count = int((r.w - 80 - unit) // pitch) + 1
    x = r.x + (r.w - (count - 1) * pitch - unit) / 2
    out = []
    for _ in range(count):
        out.append(rect(x, y, unit, depth, SHELF, LINE, 1, rx=2))
        if unit > 40:  # a long desk, seats on both sides
            out.append(line(x + unit / 2, y + 8, x + unit / 2, y + depth - 8, LINE, 1))
        x += pitch
    return out


def doormat(r: Rect, outside: str | None) -> list[str]:
    if outside == "bottom":
        return [rect(r.x + r.w / 2 - 70, r.y + r.h - 70, 140, 50, "#e4dfd3", LINE, 1.5, rx=4)]
    return []
