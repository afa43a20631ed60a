"""Checks that keep a building's navigation graph whole: every message names the node, edge,
room or kiosk at fault and says what to change in navigation.toml.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.directory.model import NAV_EDGE_KINDS, NAV_NODE_KINDS
from kiosk.wayfinding.number_checks import finite

if TYPE_CHECKING:
    from kiosk.directory.directory import Directory


def shown(value: float) -> str:
    return f"{value:g}" if finite(value) else repr(value)[:40]


def components(directory: "Directory") -> list[set[str]]:
    """The graph's connected parts (node ids), largest first."""
    neighbours: dict[str, set[str]] = {n.id: set() for n in directory.nav_nodes}
    for e in directory.nav_edges:
        if e.a in neighbours and e.b in neighbours:
            neighbours[e.a].add(e.b)
            neighbours[e.b].add(e.a)
    parts, seen = [], set()
    for start in neighbours:
        if start in seen:
            continue
        part, stack = {start}, [start]
        while stack:
            for other in neighbours[stack.pop()] - part:
                part.add(other)
                stack.append(other)
        seen |= part
        parts.append(part)
    return sorted(parts, key=len, reverse=True)


def graph_problems(directory: "Directory") -> list[str]:
    """What is wrong with the navigation graph, each naming the item and the fix. A directory
    without any navigation nodes has no wayfinding and nothing to report."""
    if not directory.nav_nodes:
        return []
    out: list[str] = []
    nodes = {n.id: n for n in directory.nav_nodes}
    floors = {f.id for f in directory.floors}
    rooms = {r.id: r for r in directory.rooms}
    for n in directory.nav_nodes:
        if n.floor not in floors:
            out.append(f"nav_nodes {n.id!r}: floor {n.floor!r} is not in floors; use one of "
                       f"{', '.join(sorted(floors))}")
        if n.kind not in NAV_NODE_KINDS:
            out.append(f"nav_nodes {n.id!r}: kind {n.kind!r} is not one of "
                       f"{', '.join(NAV_NODE_KINDS)}")
        if n.room is not None and n.room not in rooms:
            out.append(f"nav_nodes {n.id!r}: room {n.room!r} is not in rooms; fix the id "
                       f"or remove room")
        elif n.room is not None and rooms[n.room].floor != n.floor:
            out.append(f"nav_nodes {n.id!r}: room {n.room!r} is on {rooms[n.room].floor}, the "
                       f"node on {n.floor}; move the node to the room's floor")
    for e in directory.nav_edges:
        for end in (e.a, e.b):
            if end not in nodes:
                out.append(f"nav_edges {e.a!r}-{e.b!r}: node {end!r} is not in nav_nodes; add "
                           f"it or fix the id")
        if e.a == e.b:
            out.append(f"nav_edges {e.a!r}-{e.b!r}: links a node to itself; remove it")
        if e.kind not in NAV_EDGE_KINDS:
            out.append(f"nav_edges {e.a!r}-{e.b!r}: kind {e.kind!r} is not one of "
                       f"{', '.join(NAV_EDGE_KINDS)}")
        if e.kind in ("stairs", "escalator") and e.step_free:
            out.append(f"nav_edges {e.a!r}-{e.b!r}: {e.kind} cannot be step-free; remove "
                       f"step_free")
        ends = [nodes.get(e.a), nodes.get(e.b)]
        if all(ends) and ends[0].floor != ends[1].floor and e.kind in ("corridor", "door"):
            out.append(f"nav_edges {e.a!r}-{e.b!r}: a {e.kind} between floors {ends[0].floor} "
                       f"and {ends[1].floor}; make it stairs, elevator, ramp or escalator")
    with_node = {n.room for n in directory.nav_nodes if n.room}
    for r in directory.rooms:
        if r.id not in with_node:
            out.append(f"rooms {r.id!r}: no navigation node leads there; add a nav_nodes entry "
                       f"with room = {r.id!r} at its door")
    for table in ("amenities", "staff", "services"):
        for item in getattr(directory, table):
            room = getattr(item, "room", None)
            if room in rooms and room not in with_node:
                out.append(f"{table} {item.id!r}: its room {room!r} has no navigation node; "
                           f"add a nav_nodes entry with room = {room!r}")
    for k in directory.kiosks:
        node = nodes.get(k.id)
        if node is None:
            out.append(f"kiosks {k.id!r}: no navigation node with the kiosk's id; add a "
                       f"nav_nodes entry id = {k.id!r}, kind = \"kiosk\" at x {shown(k.x)}, "
                       f"y {shown(k.y)}")
        elif node.floor != k.floor:
            out.append(f"kiosks {k.id!r}: its navigation node is on {node.floor}, the kiosk on "
                       f"{k.floor}; put the node on {k.floor}")
    parts = components(directory)
    for part in parts[1:]:
        names = ", ".join(repr(i) for i in sorted(part)[:4]) + (" ..." if len(part) > 4 else "")
        out.append(f"nav_nodes {names}: not connected to the rest of the graph "
                   f"({len(part)} node(s) cut off); add an edge linking them")
    return out
