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
from typing import TYPE_CHECKING

from .model import NavEdge, NavNode

if TYPE_CHECKING:
    from .directory import Directory

STAIRS_M_PER_LEVEL = 12.0
ESCALATOR_M_PER_LEVEL = 10.0
RAMP_M_PER_LEVEL = 20.0
ELEVATOR_WAIT_M = 20.0
ELEVATOR_M_PER_LEVEL = 4.0
RIDES = ("elevator", "escalator")  # ridden, not walked: not in a route's walking distance


class NavGraph:
    """Integer-indexed nodes and two adjacency lists: every edge, and step-free edges only."""

    def __init__(self, directory: "Directory") -> None:
        self.nodes: tuple[NavNode, ...] = directory.nav_nodes
        self.index = {n.id: i for i, n in enumerate(self.nodes)}
        floors = {f.id: f for f in directory.floors}
        self.level = [floors[n.floor].level if n.floor in floors else 0 for n in self.nodes]
        self.scale = [floors[n.floor].metres_per_unit if n.floor in floors else 0.0
                      for n in self.nodes]
        self.floor_no = [list(floors).index(n.floor) if n.floor in floors else -1
                         for n in self.nodes]
        self.x = [float(n.x) for n in self.nodes]
        self.y = [float(n.y) for n in self.nodes]
        self.all: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        self.step_free: list[list[tuple[int, float]]] = [[] for _ in self.nodes]
        # (a, b) -> the edge a search crosses between them: of parallel edges the cheaper.
        self.edge_all: dict[tuple[int, int], NavEdge] = {}
        self.edge_free: dict[tuple[int, int], NavEdge] = {}
        for edge in directory.nav_edges:
            a, b = self.index.get(edge.a), self.index.get(edge.b)
            if a is None or b is None or a == b:
                continue  # reported by graph_problems
            cost = self.cost(edge)
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

    def edge(self, a: int, b: int, step_free: bool = False) -> NavEdge:
        return (self.edge_free if step_free else self.edge_all)[(a, b)]

    def walked(self, a: int, b: int, step_free: bool = False) -> float:
        """Metres walked from node a to node b (0 for a ride)."""
        edge = self.edge(a, b, step_free)
        return 0.0 if edge.kind in RIDES else self.cost(edge)

    # -- search ---------------------------------------------------------------------------------
    def _bounds(self) -> None:
        """What the A* heuristic needs, so that it never overestimates (and stays consistent):
        the least cost per plan unit on each floor (`ratio`, below 1 where a given length is
        shorter than the drawing), the least cost per level between floors, and each node's
        straight distance to the nearest node with a link to another floor."""
        self.ratio = 1.0
        self.per_level = math.inf
        exits: dict[int, list[int]] = {}
        for (a, b), edge in self.edge_all.items():
            cost = self.cost(edge)
            if self.floor_no[a] == self.floor_no[b]:
                plan = math.hypot(self.x[a] - self.x[b], self.y[a] - self.y[b]) * self.scale[a]
                if plan > 0:
                    self.ratio = min(self.ratio, cost / plan)
            else:
                exits.setdefault(self.floor_no[a], []).append(a)
                levels = abs(self.level[a] - self.level[b])
                self.per_level = min(self.per_level, cost / levels if levels else 0.0)
        if self.per_level == math.inf:
            self.per_level = 0.0
        self.exit = []
        for i in range(len(self.nodes)):
            doors = exits.get(self.floor_no[i], ())
            self.exit.append(min((math.hypot(self.x[i] - self.x[j], self.y[i] - self.y[j])
                                  for j in doors), default=math.inf) * self.scale[i] * self.ratio)

    def shortest(self, start: int, targets: set[int], step_free: bool = False
                 ) -> tuple[list[int], float] | None:
        """The cheapest path from `start` to the nearest of `targets` and its cost, or None.

        A* over the adjacency lists. Heuristic to a target t: on t's floor the straight
        distance (or leaving the floor and coming back, if that bounds lower); elsewhere the
        way to the nearest link off the floor, the least cost of the levels between, and the
        way from the nearest link on t's floor to t.
        """
        if start in targets:
            return [start], 0.0
        adjacency = self.step_free if step_free else self.all
        xs, ys, fl, lv, sc, ex = self.x, self.y, self.floor_no, self.level, self.scale, self.exit
        ratio, per_level, hypot = self.ratio, self.per_level, math.hypot
        goals = [(fl[t], xs[t], ys[t], lv[t], ex[t]) for t in targets]

        def estimate(v: int) -> float:
            best = math.inf
            for floor, x, y, level, arrive in goals:
                if fl[v] == floor:
                    h = min(hypot(xs[v] - x, ys[v] - y) * sc[v] * ratio, ex[v] + arrive)
                else:
                    h = ex[v] + per_level * abs(lv[v] - level) + arrive
                best = min(best, h)
            return best

        cost = {start: 0.0}
        came_from = {start: -1}
        heap = [(estimate(start), 0.0, start)]
        pop, push = heapq.heappop, heapq.heappush
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
                if total < cost.get(v, math.inf):
                    cost[v] = total
                    came_from[v] = u
                    h = estimate(v)
                    if h < math.inf:  # no way on from v to any target
                        push(heap, (total + h, total, v))
        return None
