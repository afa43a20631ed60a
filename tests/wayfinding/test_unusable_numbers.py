"""Numbers a building must not hold (a negative or NaN scale, an infinite or negative edge
length, a place of 400 digits) are named by number_problems, and the router never crosses an
edge they would cost: a cost below 0 made every search go round forever."""
from __future__ import annotations

import dataclasses
import math

import pytest

from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.wayfinding.graph import NavGraph
from kiosk.wayfinding.number_checks import (
    MAX_FLIGHT_LEVELS,
    MAX_LEVEL,
    MIN_LEVEL,
    number_problems,
)
from kiosk.wayfinding.route import NoRoute
from kiosk.wayfinding.wayfinder import Wayfinder

DEMO = load_demo()
HUGE = 10 ** 400  # TOML reads it; float() of it overflows


def floors(**changes) -> Directory:
    first = dataclasses.replace(DEMO.floors[0], **changes)
    return dataclasses.replace(DEMO, floors=(first, *DEMO.floors[1:]))


def node(**changes) -> Directory:
    at = next(i for i, n in enumerate(DEMO.nav_nodes) if n.kind == "corridor")
    nodes = list(DEMO.nav_nodes)
    nodes[at] = dataclasses.replace(nodes[at], **changes)
    return dataclasses.replace(DEMO, nav_nodes=tuple(nodes))


def edges(length) -> Directory:
    """Every edge given `length`: a graph made only of such costs."""
    return dataclasses.replace(DEMO, nav_edges=tuple(
        dataclasses.replace(e, length=length) for e in DEMO.nav_edges))


BAD = {
    "negative scale": (floors(metres_per_unit=-0.03), "floor.scale"),
    "zero scale": (floors(metres_per_unit=0.0), "floor.scale"),
    "nan scale": (floors(metres_per_unit=math.nan), "number.not_finite"),
    "infinite scale": (floors(metres_per_unit=math.inf), "number.not_finite"),
    "plan of size 0": (floors(plan_size=(0.0, 0.0)), "floor.plan_size"),
    # every place on one point: an empty map, routes of "0 m" turning past the desk
    "plan a billionth of a unit across": (floors(plan_size=(1e-9, 1e-9)), "floor.plan_size"),
    "floor a micrometre across": (floors(metres_per_unit=1e-9), "floor.scale"),
    "level of 400 digits": (floors(level=HUGE), "floor.level"),
    "level 1000": (floors(level=1000), "floor.level"),
    "level -1000": (floors(level=-1000), "floor.level"),
    "level one above the highest": (floors(level=MAX_LEVEL + 1), "floor.level"),
    "level one below the lowest": (floors(level=MIN_LEVEL - 1), "floor.level"),
    "stairs from B20 straight to 2F": (floors(level=MIN_LEVEL), "edge.flight"),
    "nan x": (node(x=math.nan), "number.not_finite"),
    "infinite y": (node(y=-math.inf), "number.not_finite"),
    "x of 400 digits": (node(x=HUGE), "number.not_finite"),
    "x outside the plan": (node(x=-5.0), "place.outside_plan"),
    "negative lengths": (edges(-1.0), "edge.length"),
    "zero lengths": (edges(0.0), "edge.length"),
    "nan lengths": (edges(math.nan), "number.not_finite"),
    "infinite lengths": (edges(math.inf), "number.not_finite"),
    "lengths of 400 digits": (edges(HUGE), "number.not_finite"),
    "no kiosk": (dataclasses.replace(DEMO, kiosks=()), "kiosk.none"),
}


def test_the_demo_has_no_number_problems():
    assert number_problems(DEMO) == []


def levels(*values: int) -> Directory:
    return dataclasses.replace(DEMO, floors=tuple(
        dataclasses.replace(f, level=v) for f, v in zip(DEMO.floors, values)))


@pytest.mark.parametrize("values", [
    (MIN_LEVEL, MIN_LEVEL + 1, MIN_LEVEL + 2, MIN_LEVEL + 3),  # the deepest basements
    (MAX_LEVEL - 3, MAX_LEVEL - 2, MAX_LEVEL - 1, MAX_LEVEL),  # the top of a tower
    (-1, 1, 2, 3),  # B1 beside 1F: no floor 0
    (1, 2, 3, 3 + MAX_FLIGHT_LEVELS),  # a flight that skips floors without a door
])
def test_levels_a_building_has_are_taken(values):
    assert number_problems(levels(*values)) == []


def test_stairs_over_too_many_floors_name_the_edge_and_its_floors():
    found = [p for p in number_problems(levels(1, 2, 3, 4 + MAX_FLIGHT_LEVELS))
             if p.key == "edge.flight"]
    assert found and all(p.table == "nav_edges" and p.values["kind"] != "elevator"
                         for p in found)
    assert {p.values["levels"] for p in found} == {1 + MAX_FLIGHT_LEVELS}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_is_named_with_its_entry_and_field(name):
    directory, key = BAD[name]
    found = [p for p in number_problems(directory) if p.key == key]
    assert found, number_problems(directory)
    assert all(p.table and p.field for p in found)


@pytest.mark.parametrize("name", sorted(set(BAD) - {"no kiosk"}))
def test_the_router_crosses_no_edge_of_an_unusable_cost_and_every_route_ends(name):
    directory, _key = BAD[name]
    way = Wayfinder(directory)
    graph = way.graph
    for adjacency in (graph.all, graph.step_free):
        costs = [w for links in adjacency for _v, w in links]
        assert all(math.isfinite(w) and w >= 0 for w in costs)
    assert all(math.isfinite(u) and u >= 0 for u in graph.unit)
    for room in directory.rooms:
        for step_free in (False, True):
            try:
                route = way.route(("rooms", room.id), step_free=step_free)
            except NoRoute:
                continue
            assert math.isfinite(route.length_m) and route.length_m >= 0


def test_a_graph_of_usable_numbers_keeps_every_edge():
    graph = NavGraph(DEMO)
    assert sum(map(len, graph.all)) == 2 * len(DEMO.nav_edges)
