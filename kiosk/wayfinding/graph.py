"""The navigation graph as the router uses it: nodes by integer index, adjacency lists with
edge costs in metres, built once per directory, and the shortest-path search over them.

Costs: an edge's `length` if given, else the straight distance on the plan times the floor's
scale. Between floors a length is a walking equivalent (what the trip costs, not what is
walked): stairs STAIRS_M_PER_LEVEL per level; an elevator ELEVATOR_WAIT_M for the wait plus
ELEVATOR_M_PER_LEVEL per level, so an elevator linking every pair of floors it serves costs
one wait per ride.
"""
from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.directory.model import NavEdge, NavNode
from kiosk.wayfinding.bounds import SearchBounds

if TYPE_CHECKING:
    from kiosk.directory.directory import Directory

STAIRS_M_PER_LEVEL = 12.0
ESCALATOR_M_PER_LEVEL = 10.0
RAMP_M_PER_LEVEL = 20.0
ELEVATOR_WAIT_M = 20.0
ELEVATOR_M_PER_LEVEL = 4.0
RIDES = ("elevator", "escalator")  # ridden, not walked: not in a route's walking distance


def _number(value: float) -> float:
    """A coordinate or scale as a float; NaN for one that is not a finite number."""
    try:
        number = float(value)
    except (OverflowError, TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


class NavGraph:
    """Integer-indexed nodes and two adjacency lists: every edge, and step-free edges only."""

    def __init__(self, directory: "Directory") -> None:
        self.nodes: tuple[NavNode, ...] = directory.nav_nodes
        self.index = {n.id: i for i, n in enumerate(self.nodes)}
        floors = {f.id: f for f in directory.floors}
        self.level = [floors[n.floor].level if n.floor in floors else 0 for n in self.nodes]
        self.scale = [_number(floors[n.floor].metres_per_unit) if n.floor in floors else 0.0
                      for n in self.nodes]
        self.floor_no = [list(floors).index(n.floor) if n.floor in floors else -1
                         for n in self.nodes]
        self.x = [_number(n.x) for n in self.nodes]
        self.y = [_number(n.y) for n in self.nodes]
        self.all: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        self.step_free: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        # (a, b) -> the edge a search crosses between them: of parallel edges the cheaper.
        self.edge_all: dict[tuple[int, int], NavEdge] = {}
        self.edge_free: dict[tuple[int, int], NavEdge] = {}
        for edge in directory.nav_edges:
            a, b = self.index.get(edge.a), self.index.get(edge.b)
            if a is None or b is None or a == b:
                continue  # reported by graph_problems
            cost = self._usable_cost(edge, a, b)
            if cost is None:
                continue  # reported by number_problems
            modes = ((self.all, self.edge_all), (self.step_free, self.edge_free))
            for adjacency, chosen in modes[:2 if edge.is_step_free else 1]:
                adjacency[a].append((b, cost))
                adjacency[b].append((a, cost))
                for key in ((a, b), (b, a)):
                    if key not in chosen or self.cost(chosen[key]) > cost:
                        chosen[key] = edge
        self._bounds()

    def cost(self, edge: NavEdge) -> float:
        if edge.length is not None:
            return float(edge.length)
        a, b = self.index[edge.a], self.index[edge.b]
        if self.nodes[a].floor == self.nodes[b].floor:
            return math.hypot(self.x[a] - self.x[b], self.y[a] - self.y[b]) * self.scale[a]
        levels = abs(self.level[a] - self.level[b])
        if edge.kind == "elevator":
            return ELEVATOR_WAIT_M + ELEVATOR_M_PER_LEVEL * levels
        per_level = {"stairs": STAIRS_M_PER_LEVEL, "escalator": ESCALATOR_M_PER_LEVEL}
        return per_level.get(edge.kind, RAMP_M_PER_LEVEL) * max(levels, 1)

    def _usable_cost(self, edge: NavEdge, a: int, b: int) -> float | None:
        """The edge's cost, or None if a search must not cross it: a cost below 0 (a negative
        scale or length) makes the search go round forever, NaN or infinity makes it
        meaningless, and the heuristic needs both ends' places."""
        if not all(map(math.isfinite, (self.x[a], self.y[a], self.x[b], self.y[b]))):
            return None
        try:
            cost = self.cost(edge)
        except (OverflowError, TypeError, ValueError):  # 10**400 levels apart, a text length
            return None
        return cost if math.isfinite(cost) and cost >= 0 else None

    def edge(self, a: int, b: int, step_free: bool = False) -> NavEdge:
        return (self.edge_free if step_free else self.edge_all)[(a, b)]

    def walked(self, a: int, b: int, step_free: bool = False) -> float:
        """Metres walked from node a to node b (0 for a ride)."""
        edge = self.edge(a, b, step_free)
        return 0.0 if edge.kind in RIDES else self.cost(edge)

    # -- search ---------------------------------------------------------------------------------
    def _bounds(self) -> None:
        """The least cost per plan unit on any floor (`ratio`, below 1 where a given length is
        shorter than the drawing), then per mode what the A* heuristic needs (nav_bounds)."""
        self.ratio = 1.0
        for (a, b), edge in self.edge_all.items():
            if self.floor_no[a] == self.floor_no[b]:
                plan = math.hypot(self.x[a] - self.x[b], self.y[a] - self.y[b]) * self.scale[a]
                if plan > 0:
                    self.ratio = min(self.ratio, self.cost(edge) / plan)
        # The least cost of a plan unit; 0 (no estimate) on a floor without a usable scale.
        self.unit = [s * self.ratio if s > 0 else 0.0 for s in self.scale]
        self.bounds = {False: SearchBounds(self, self.all),
                       True: SearchBounds(self, self.step_free)}

    def estimator(self, targets: set[int], step_free: bool = False) -> Callable[[int], float]:
        """The A* heuristic: a lower bound of a node's cost to the nearest of `targets`
        (math.inf if it reaches none); see kiosk.wayfinding.bounds."""
        return self.bounds[step_free].estimator(targets)

    def shortest(self, start: int, targets: set[int], step_free: bool = False
                 ) -> tuple[list[int], float] | None:
        """The cheapest path from `start` to the nearest of `targets` and its cost, or None.

        A* over the adjacency lists with `estimator`'s heuristic; targets in another connected
        part than `start` are dropped first, so an unreachable target costs no search.
        """
        if start in targets:
            return [start], 0.0
        bounds = self.bounds[step_free]
        part = bounds.part
        targets = {t for t in targets if part[t] == part[start]}
        if not targets:
            return None
        adjacency = bounds.adjacency
        estimate = bounds.estimator(targets)
        cost = {start: 0.0}
        came_from = {start: -1}
        heap = [(estimate(start), 0.0, start)]
        pop, push, inf = heapq.heappop, heapq.heappush, math.inf
        while heap:
            _f, g, u = pop(heap)
            if g > cost[u]:
                continue  # a stale entry: u was reached more cheaply since
            if u in targets:
                path = [u]
                while came_from[path[-1]] >= 0:
                    path.append(came_from[path[-1]])
                return path[::-1], g
            for v, w in adjacency[u]:
                total = g + w
                if total < cost.get(v, inf):
                    cost[v] = total
                    came_from[v] = u
                    h = estimate(v)
                    if h < inf:  # no way on from v to any target
                        push(heap, (total + h, total, v))
        return None
