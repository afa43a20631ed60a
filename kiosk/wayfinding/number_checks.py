"""Checks that every number of a building's floors, rooms, kiosks and navigation graph means
what the kiosk needs to draw its plans and route over them: no NaN or infinity, a plan of a
size above 0, a scale above 0, edges of a length above 0, every place on its floor's plan,
floor levels a building has, stairs that climb a few floors at most, and at least one kiosk.

A negative scale or length makes a cost below 0, on which a shortest-path search never ends;
a plan of size 0 divides the drawing by zero. Each finding names the entry and the field, and
the bundle check words it (kiosk/bundle/problems.py: the key is a problem key).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.directory.directory import Directory

# Floors from B20 to 200F (the deepest basements and tallest towers built have less): a level
# of 1000 is a typing slip, and a route down to it "168 min on foot".
MIN_LEVEL, MAX_LEVEL = -20, 200
# Stairs, an escalator or a ramp between floors further apart than this is a slip too (each
# floor's flight is its own edge); an elevator may link any two floors.
MAX_FLIGHT_LEVELS = 3
MAX_PLAN_UNITS = 10_000_000  # a plan's side in plan units (a CAD export in mm: 10 km)
# A plan's side of less than one unit, or a floor less than a metre across, puts every room
# and the kiosk on one point: an empty map, and routes of "0 m" that turn left past the desk.
MIN_PLAN_UNITS = 1.0
MAX_METRES = 10_000.0  # a floor's plan across at its scale, an edge's length
MIN_METRES = 1.0


@dataclass(frozen=True)
class NumberProblem:
    key: str  # a bundle problem key
    table: str
    item_id: str
    field: str  # the entry's field at fault, or the table's name for the table as a whole
    values: dict = field(default_factory=dict)  # what the message needs besides the record


def finite(value: object) -> bool:
    """A number that is neither NaN nor infinite, nor an integer too large for a float."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def shown(value: object) -> str:
    """A value as a message shows it: a number of 5,000 digits is cut short."""
    text = repr(list(value)) if isinstance(value, tuple) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def number_problems(directory: "Directory") -> list[NumberProblem]:
    out: list[NumberProblem] = []
    plans = {f.id: _floor(f, out) for f in directory.floors}
    for r in directory.rooms:
        if r.rect is None:
            continue
        rect = (r.rect.x, r.rect.y, r.rect.w, r.rect.h)
        if not all(map(finite, rect)):
            out.append(_not_finite("rooms", r.id, "rect", rect))
        elif plans.get(r.floor) is not None:
            w, h = plans[r.floor]
            x, y, rw, rh = rect
            if not (rw > 0 and rh > 0 and x >= 0 and y >= 0 and x + rw <= w and y + rh <= h):
                out.append(NumberProblem("room.rect", "rooms", r.id, "rect", {
                    "value": shown(rect), "floor": r.floor, "w": f"{w:g}", "h": f"{h:g}"}))
    for table in ("kiosks", "nav_nodes"):
        for item in getattr(directory, table):
            _place(table, item, plans.get(item.floor), out)
    for e in directory.nav_edges:
        if e.length is None:
            continue
        if not finite(e.length):
            out.append(_not_finite("nav_edges", e.id, "length", e.length))
        elif not 0 < e.length <= MAX_METRES:
            out.append(NumberProblem("edge.length", "nav_edges", e.id, "length", {
                "value": shown(e.length), "max": f"{MAX_METRES:g}"}))
    out += _flights(directory)
    if not directory.kiosks:
        out.append(NumberProblem("kiosk.none", "kiosks", "", "kiosks"))
    return out


def usable_level(level: object) -> bool:
    return isinstance(level, int) and not isinstance(level, bool) and \
        MIN_LEVEL <= level <= MAX_LEVEL


def _flights(directory: "Directory") -> list[NumberProblem]:
    """Walked edges between floors further apart than one flight of a few floors."""
    floors = {f.id: f for f in directory.floors}
    node_floor = {n.id: floors.get(n.floor) for n in directory.nav_nodes}
    out = []
    for e in directory.nav_edges:
        if e.kind == "elevator":
            continue
        ends = (node_floor.get(e.a), node_floor.get(e.b))
        if None in ends or not all(usable_level(f.level) for f in ends):
            continue  # an unknown node or floor, a bad level: reported on their own
        if abs(ends[0].level - ends[1].level) > MAX_FLIGHT_LEVELS:
            out.append(NumberProblem("edge.flight", "nav_edges", e.id, "kind", {
                "kind": e.kind, "a": ends[0].id, "b": ends[1].id,
                "levels": abs(ends[0].level - ends[1].level), "max": MAX_FLIGHT_LEVELS}))
    return out


def _floor(f, out: list[NumberProblem]) -> tuple[float, float] | None:
    """Checks a floor's numbers; returns its plan's size if places can be checked on it."""
    if not usable_level(f.level):
        out.append(NumberProblem("floor.level", "floors", f.id, "level", {
            "value": shown(f.level), "min": MIN_LEVEL, "max": MAX_LEVEL}))
    size = tuple(f.plan_size)
    plan: tuple[float, float] | None = None
    if not all(map(finite, size)):
        out.append(_not_finite("floors", f.id, "plan_size", size))
    elif not all(MIN_PLAN_UNITS <= v <= MAX_PLAN_UNITS for v in size):
        out.append(NumberProblem("floor.plan_size", "floors", f.id, "plan_size", {
            "value": shown(size), "min": f"{MIN_PLAN_UNITS:g}", "max": f"{MAX_PLAN_UNITS:,}"}))
    else:
        plan = (float(size[0]), float(size[1]))
    scale = f.metres_per_unit
    if not finite(scale):
        out.append(_not_finite("floors", f.id, "metres_per_unit", scale))
    elif scale <= 0 or (plan is not None and not MIN_METRES <= max(plan) * scale <= MAX_METRES):
        out.append(NumberProblem("floor.scale", "floors", f.id, "metres_per_unit", {
            "value": shown(scale), "min": f"{MIN_METRES:g}", "max": f"{MAX_METRES:g}"}))
    return plan


def _place(table: str, item, plan: tuple[float, float] | None,
           out: list[NumberProblem]) -> None:
    for name in ("x", "y"):
        if not finite(getattr(item, name)):
            out.append(_not_finite(table, item.id, name, getattr(item, name)))
            return
    if plan is not None and not (0 <= item.x <= plan[0] and 0 <= item.y <= plan[1]):
        name = "x" if not 0 <= item.x <= plan[0] else "y"  # the line of the one at fault
        out.append(NumberProblem("place.outside_plan", table, item.id, name, {
            "x": shown(item.x), "y": shown(item.y), "floor": item.floor,
            "w": f"{plan[0]:g}", "h": f"{plan[1]:g}"}))


def _not_finite(table: str, item_id: str, name: str, value: object) -> NumberProblem:
    return NumberProblem("number.not_finite", table, item_id, name,
                         {"field": name, "value": shown(value)})
