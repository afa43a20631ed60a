"""Checks that keep a building's navigation graph whole: each finding names the node, edge,
room or kiosk at fault, its field, and what the fix needs (the floors to choose from, the
node's place); the bundle check words it in both languages (kiosk/bundle/messages_graph.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.directory.model import NAV_EDGE_KINDS, NAV_NODE_KINDS
from kiosk.wayfinding.number_checks import NumberProblem as Finding
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


def graph_problems(directory: "Directory") -> list[Finding]:
    """What is wrong with the navigation graph. A directory without any navigation nodes has
    no wayfinding and nothing to report."""
    if not directory.nav_nodes:
        return []
    out: list[Finding] = []
    nodes = {n.id: n for n in directory.nav_nodes}
    floors = {f.id for f in directory.floors}
    rooms = {r.id: r for r in directory.rooms}
    known = ", ".join(sorted(floors)) or "-"
    for n in directory.nav_nodes:
        if n.floor not in floors:
            out.append(Finding("graph.node_floor" if n.floor.strip() else "graph.node_no_floor",
                               "nav_nodes", n.id, "floor", {"value": n.floor, "known": known}))
        if n.kind not in NAV_NODE_KINDS:
            out.append(Finding("graph.node_kind", "nav_nodes", n.id, "kind",
                               {"value": n.kind, "known": ", ".join(NAV_NODE_KINDS)}))
        if n.room is not None and n.room not in rooms:
            out.append(Finding("graph.node_room", "nav_nodes", n.id, "room", {"value": n.room}))
        elif n.room is not None and rooms[n.room].floor != n.floor:
            out.append(Finding("graph.node_room_floor", "nav_nodes", n.id, "floor", {
                "value": n.room, "room_floor": rooms[n.room].floor, "floor": n.floor}))
    for e in directory.nav_edges:
        for end in (e.a, e.b):
            if end not in nodes:
                out.append(Finding("graph.edge_node", "nav_edges", e.id, "a" if end == e.a
                                   else "b", {"value": end}))
        if e.a == e.b:
            out.append(Finding("graph.edge_loop", "nav_edges", e.id, "b", {"value": e.a}))
        if e.kind not in NAV_EDGE_KINDS:
            out.append(Finding("graph.edge_kind", "nav_edges", e.id, "kind",
                               {"value": e.kind, "known": ", ".join(NAV_EDGE_KINDS)}))
        if e.kind in ("stairs", "escalator") and e.step_free:
            out.append(Finding("graph.edge_step_free", "nav_edges", e.id, "step_free",
                               {"kind": e.kind}))
        ends = [nodes.get(e.a), nodes.get(e.b)]
        if all(ends) and ends[0].floor != ends[1].floor and e.kind in ("corridor", "door"):
            out.append(Finding("graph.edge_between_floors", "nav_edges", e.id, "kind", {
                "kind": e.kind, "a": ends[0].floor, "b": ends[1].floor}))
    with_node = {n.room for n in directory.nav_nodes if n.room}
    for r in directory.rooms:
        if r.id not in with_node:
            out.append(Finding("graph.room_no_node", "rooms", r.id, "id", {"room": r.id}))
    for table in ("amenities", "staff", "services"):
        for item in getattr(directory, table):
            room = getattr(item, "room", None)
            if room in rooms and room not in with_node:
                out.append(Finding("graph.in_room_without_node", table, item.id, "room",
                                   {"room": room}))
    for k in directory.kiosks:
        node = nodes.get(k.id)
        if node is None:
            out.append(Finding("graph.kiosk_no_node", "kiosks", k.id, "id", {
                "floor": k.floor, "x": shown(k.x), "y": shown(k.y)}))
        elif node.floor != k.floor:
            out.append(Finding("graph.kiosk_node_floor", "kiosks", k.id, "floor", {
                "node_floor": node.floor, "floor": k.floor}))
    parts = components(directory)
    for part in parts[1:]:
        names = ", ".join(repr(i) for i in sorted(part)[:4]) + (" ..." if len(part) > 4 else "")
        out.append(Finding("graph.cut_off", "nav_nodes", sorted(part)[0], "id",
                           {"nodes": names, "count": len(part)}))
    return out
