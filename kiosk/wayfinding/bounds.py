"""What the router's A* heuristic needs, computed once per building and mode (every edge, or
step-free edges only), and the heuristic itself.

The links between floors (stairs, elevators, ramps, escalators) leave from few nodes: each
floor's exits. Any way off a floor walks on that floor to a first exit, and any way onto a
floor ends with a walk on it from a last exit. So, once:
- `near[v]`: the cheapest walk on v's floor from v to each exit of the floor (inf if none),
  one Dijkstra per exit over its floor's edges;
- `between[i][j]`: the cheapest way between exits i and j anywhere in the building, by
  Dijkstra over the exits alone (their links between floors, and `near` on a floor);
- `part[v]`: v's connected part, so a target out of reach costs no search.

The estimate toward a target t: min over v's exits e of near[v][e] + ways[e], where ways[e]
is the least of between[e][e'] + near[t][e'] over t's floor's exits e': the true cost from
a node off t's floor; from one on it, no more than any way through an exit costs. On t's
floor it is also at most the larger of the straight distance at the least cost per
plan unit and, per exit, |near[t][e] - near[v][e]| (exits as landmarks: the triangle
inequality). Never above the true cost, and consistent (it never drops along an edge by
more than the edge costs), so A* expands little more than the path itself.
"""
from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

INF = math.inf
Adjacency = list[list[tuple[int, float]]]


class Positions(Protocol):
    """Where each node (by index) lies: what the bounds need of the graph (graph.NavGraph),
    and no more, so the graph builds its bounds without the bounds knowing the graph."""

    floor_no: Sequence[int]  # the floor's number, as an index
    x: Sequence[float]
    y: Sequence[float]
    unit: Sequence[float]  # the least cost of one plan unit on the node's floor


def _distances(adjacency: Adjacency, source: int, allowed: set[int] | None = None
               ) -> dict[int, float]:
    """Dijkstra from `source`, through `allowed` nodes only when given."""
    dist, heap = {source: 0.0}, [(0.0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adjacency[u]:
            if (allowed is None or v in allowed) and d + w < dist.get(v, INF):
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist


def _parts(adjacency: Adjacency) -> list[int]:
    """Each node's connected part, named by its lowest node."""
    part = [-1] * len(adjacency)
    for seed in range(len(adjacency)):
        if part[seed] < 0:
            part[seed], stack = seed, [seed]
            while stack:
                for v, _w in adjacency[stack.pop()]:
                    if part[v] < 0:
                        part[v] = seed
                        stack.append(v)
    return part


class SearchBounds:
    """One mode's adjacency with its precomputed exits, walks to them and ways between them."""

    def __init__(self, graph: Positions, adjacency: Adjacency) -> None:
        fl, n = graph.floor_no, len(adjacency)
        self.graph, self.adjacency, self.part = graph, adjacency, _parts(adjacency)
        exits: dict[int, set[int]] = {}
        for u in range(n):
            for v, _w in adjacency[u]:
                if fl[u] != fl[v]:
                    exits.setdefault(fl[u], set()).add(u)
        self.exits = {f: sorted(es) for f, es in exits.items()}
        rows = [[INF] * len(self.exits.get(fl[v], ())) for v in range(n)]
        on_floor: dict[int, set[int]] = {}
        for v in range(n):
            on_floor.setdefault(fl[v], set()).add(v)
        for f, es in self.exits.items():
            for i, e in enumerate(es):
                for v, d in _distances(adjacency, e, on_floor[f]).items():
                    rows[v][i] = d
        self.near = [tuple(r) for r in rows]
        order = [e for es in self.exits.values() for e in es]
        self.slot = {e: k for k, e in enumerate(order)}
        self.span, k = {}, 0  # each floor's exits, as a slice of `order`
        for f, es in self.exits.items():
            self.span[f], k = (k, k + len(es)), k + len(es)
        links: Adjacency = [[] for _ in order]
        for e, k in self.slot.items():
            links[k] += [(self.slot[v], w) for v, w in adjacency[e] if fl[v] != fl[e]]
            links[k] += [(self.slot[o], d) for o, d in zip(self.exits[fl[e]], self.near[e])
                         if o != e and d < INF]
        self.between = []
        for k in range(len(order)):
            dist = _distances(links, k)
            self.between.append([dist.get(j, INF) for j in range(len(order))])

    def estimator(self, targets: Iterable[int]) -> Callable[[int], float]:
        """The heuristic toward the nearest of `targets` (see the module's description)."""
        g, near = self.graph, self.near
        fl, xs, ys, unit = g.floor_no, g.x, g.y, g.unit
        by_floor: dict[int, list[int]] = {}
        for t in targets:
            by_floor.setdefault(fl[t], []).append(t)
        ways = [INF] * len(self.between)  # from each exit, the least cost to a target
        for f, ts in by_floor.items():
            for j, e in enumerate(self.exits.get(f, ())):
                arrive = min(near[t][j] for t in ts)
                if arrive < INF:
                    ways = list(map(min, ways, [d + arrive for d in self.between[self.slot[e]]]))
        via = {f: tuple(ways[lo:hi]) for f, (lo, hi) in self.span.items()}
        same = {f: [(xs[t], ys[t], [(j, d) for j, d in enumerate(near[t]) if d < INF])
                    for t in ts] for f, ts in by_floor.items()}
        hypot = math.hypot

        def estimate(v: int) -> float:  # plain comparisons, not min()/max(): the hot loop
            f, row = fl[v], near[v]
            best = INF
            for a, b in zip(row, via.get(f, ())):
                if a + b < best:
                    best = a + b
            for x, y, marks in same.get(f, ()):
                h = hypot(xs[v] - x, ys[v] - y) * unit[v]
                for j, d in marks:
                    gap = abs(d - row[j])
                    if gap > h:
                        h = gap
                if h < best:
                    best = h
            return best

        return estimate
