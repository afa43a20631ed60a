"""A generated building with a navigation graph, for the router's property tests and its
benchmark. Deterministic for a given seed.

Each floor is a jittered grid of corridor points, some links missing and a few diagonals,
with rooms hanging off it by doors (some with a sill: not step-free). Shafts at a few grid
cells link the floors: elevators (every pair of the floors they serve), stairs (each floor
to the next), and with `quirks` an escalator, a ramp, a parallel shortcut, a floor no
elevator serves (reachable by stairs only), a wing cut off from the rest, lengths given in
metres (some shorter than the drawing) and floors of different scales.
"""
from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

from kiosk.directory.directory import Directory
from kiosk.directory.model import Building, Floor, NavEdge, NavNode, Room, Text

if TYPE_CHECKING:
    from kiosk.wayfinding.graph import NavGraph

SPACING = 60.0  # plan units between corridor points


def nav_building(floors: int = 20, cols: int = 16, rows: int = 16, seed: int = 1, *,
                 rooms: float = 0.9, elevators: int = 3, stairs: int = 2,
                 quirks: bool = True) -> Directory:
    """About floors * cols * rows * (1 + rooms) nodes (16 x 16 with rooms 0.9: 486 a floor)."""
    rng = random.Random(seed)
    floor_list = [Floor(f"L{f}", f, Text(f"{f}층", f"Floor {f}"),
                        metres_per_unit=rng.choice((0.02, 0.03, 0.05)) if quirks else 0.03)
                  for f in range(floors)]
    nodes: list[NavNode] = []
    edges: list[NavEdge] = []
    room_list: list[Room] = []
    where: dict[str, tuple[float, float]] = {}

    def node(node_id: str, floor: Floor, x: float, y: float, **kw) -> str:
        nodes.append(NavNode(node_id, floor.id, x, y, **kw))
        where[node_id] = (x, y)
        return node_id

    def link(a: str, b: str, kind: str = "corridor", scale: float = 0.0, **kw) -> None:
        if quirks and scale and "length" not in kw and rng.random() < 0.1:
            (ax, ay), (bx, by) = where[a], where[b]
            kw["length"] = math.hypot(ax - bx, ay - by) * scale * rng.uniform(0.5, 1.5)
        edges.append(NavEdge(a, b, kind, **kw))

    for floor in floor_list:
        f, scale = floor.id, floor.metres_per_unit
        for r in range(rows):
            for c in range(cols):
                x = 100 + c * SPACING + rng.uniform(-15, 15)
                y = 100 + r * SPACING + rng.uniform(-15, 15)
                node(f"{f}-c{c}-{r}", floor, x, y)
                if c and rng.random() < 0.9:
                    link(f"{f}-c{c - 1}-{r}", f"{f}-c{c}-{r}", scale=scale)
                if r and rng.random() < 0.7:
                    link(f"{f}-c{c}-{r - 1}", f"{f}-c{c}-{r}", scale=scale)
                if c and r and rng.random() < 0.1:
                    link(f"{f}-c{c - 1}-{r - 1}", f"{f}-c{c}-{r}", scale=scale)
                if rng.random() < rooms:
                    room = f"{f}-r{c}-{r}"
                    room_list.append(Room(room, f, Text(f"{room}호", f"Room {room}")))
                    door = node(f"{room}-door", floor, x + rng.uniform(-20, 20), y + 25,
                                kind="door", room=room)
                    sill = {"step_free": False} if quirks and rng.random() < 0.1 else {}
                    link(f"{f}-c{c}-{r}", door, "door", scale=scale, **sill)
        if quirks and rng.random() < 0.3:  # a wing with no way in
            wing = [node(f"{f}-wing{i}", floor, 100 + i * SPACING, 60) for i in range(3)]
            link(wing[0], wing[1], scale=scale)
            link(wing[1], wing[2], "door", scale=scale)

    def shaft(kind: str, name: str, served: list[Floor], pairs: str) -> None:
        c, r = rng.randrange(cols), rng.randrange(rows)
        ids = []
        for floor in served:
            at = f"{floor.id}-c{c}-{r}"
            x, y = where[at]
            ids.append(node(f"{floor.id}-{name}", floor, x + 10, y - 10, kind=kind))
            link(at, ids[-1], scale=floor.metres_per_unit)
        steps = [(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))
                 if pairs == "all" or j == i + 1]
        for i, j in steps:
            link(ids[i], ids[j], kind)

    no_lift = floor_list[-1] if quirks and floors > 2 else None
    for e in range(elevators):
        shaft("elevator", f"lift{e}", [fl for fl in floor_list if fl is not no_lift], "all")
    for s in range(stairs):
        shaft("stairs", f"stairs{s}", floor_list, "next")
    if quirks and floors > 1:
        shaft("escalator", "escalator", floor_list[:2], "next")
        shaft("ramp", "ramp", floor_list[:2], "next")
        a, b = f"{floor_list[0].id}-c0-0", f"{floor_list[1].id}-c0-0"
        link(a, b, "stairs", length=5.0)  # a short stair beside a long ramp: parallel ways
        link(b, a, "ramp", length=30.0)  # b~a: an id of its own
    return Directory(Building("synthetic-nav", Text("생성된 건물", "Generated building")),
                     floors=floor_list, rooms=room_list, nav_nodes=nodes, nav_edges=edges)


def networkx_reference(graph: "NavGraph", directory: Directory, step_free: bool):
    """The same graph for networkx (the reference in tests and the benchmark): weight =
    NavGraph.cost of the cheaper parallel edge. networkx is a test dependency only."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(len(graph.nodes)))
    for edge in directory.nav_edges:
        a, b = graph.index.get(edge.a), graph.index.get(edge.b)
        if a is None or b is None or a == b or (step_free and not edge.is_step_free):
            continue
        w = graph.cost(edge)
        if not g.has_edge(a, b) or g[a][b]["weight"] > w:
            g.add_edge(a, b, weight=w)
    return g
