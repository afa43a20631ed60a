"""NavGraph.shortest against networkx's Dijkstra on generated buildings
(kiosk.wayfinding.synthetic): the same optimum, real paths, step-free routes without stairs, a route exactly when networkx
finds one; the A* heuristic never overestimates and is consistent; and every room of the demo
building reachable step-free from every kiosk."""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import pairwise

import networkx as nx
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kiosk.directory.files import load_demo
from kiosk.wayfinding.graph import NavGraph
from kiosk.wayfinding.synthetic import nav_building, networkx_reference

PROPERTY = settings(deadline=None, max_examples=80)



@lru_cache(maxsize=64)
def building(floors: int, cols: int, rows: int, seed: int, quirks: bool):
    directory = nav_building(floors, cols, rows, seed, rooms=0.6, elevators=1 + seed % 2,
                             stairs=1, quirks=quirks)
    graph = NavGraph(directory)
    return graph, {mode: networkx_reference(graph, directory, mode) for mode in (False, True)}


buildings = st.builds(building, floors=st.integers(1, 4), cols=st.integers(1, 6),
                      rows=st.integers(1, 5), seed=st.integers(0, 40), quirks=st.booleans())


def check_route(graph: NavGraph, ref: nx.Graph, start: int, targets: set[int],
                step_free: bool) -> None:
    """shortest() agrees with networkx's multi-source Dijkstra, and its path is real."""
    best = nx.multi_source_dijkstra_path_length(ref, targets, weight="weight").get(start)
    found = graph.shortest(start, targets, step_free)
    if best is None:
        assert found is None
        return
    assert found is not None
    path, cost = found
    assert math.isclose(cost, best, rel_tol=1e-9, abs_tol=1e-9)
    assert path[0] == start and path[-1] in targets
    assert len(set(path)) == len(path)
    edges = [graph.edge(a, b, step_free) for a, b in pairwise(path)]
    assert math.isclose(sum(graph.cost(e) for e in edges), cost, rel_tol=1e-9, abs_tol=1e-9)
    if step_free:
        assert all(e.is_step_free and e.kind not in ("stairs", "escalator") for e in edges)


@PROPERTY
@given(buildings, st.data())
def test_one_target_costs_the_networkx_optimum(built, data):
    graph, refs = built
    nodes = st.integers(0, len(graph.nodes) - 1)
    start, target = data.draw(nodes), data.draw(nodes)
    check_route(graph, refs[False], start, {target}, step_free=False)


@PROPERTY
@given(buildings, st.data())
def test_nearest_of_several_targets_costs_the_networkx_optimum(built, data):
    graph, refs = built
    nodes = st.integers(0, len(graph.nodes) - 1)
    start, targets = data.draw(nodes), data.draw(st.sets(nodes, min_size=1, max_size=5))
    assume(targets - {start})
    check_route(graph, refs[False], start, targets - {start}, step_free=False)


@PROPERTY
@given(buildings, st.data())
def test_step_free_routes_cost_the_optimum_without_stairs_or_escalators(built, data):
    graph, refs = built
    nodes = st.integers(0, len(graph.nodes) - 1)
    start, targets = data.draw(nodes), data.draw(st.sets(nodes, min_size=1, max_size=3))
    assume(targets - {start})
    check_route(graph, refs[True], start, targets - {start}, step_free=True)


@PROPERTY
@given(buildings, st.data())
def test_no_route_exactly_when_networkx_finds_none(built, data):
    graph, refs = built
    nodes = st.integers(0, len(graph.nodes) - 1)
    start, target, mode = data.draw(nodes), data.draw(nodes), data.draw(st.booleans())
    found = graph.shortest(start, {target}, step_free=mode)
    assert (found is not None) == nx.has_path(refs[mode], start, target)


@PROPERTY
@given(buildings, st.data())
def test_a_start_among_the_targets_is_its_own_route(built, data):
    graph, _refs = built
    nodes = st.integers(0, len(graph.nodes) - 1)
    start, others = data.draw(nodes), data.draw(st.sets(nodes, max_size=3))
    for mode in (False, True):
        assert graph.shortest(start, others | {start}, step_free=mode) == ([start], 0.0)


@PROPERTY
@given(buildings, st.data())
def test_the_heuristic_never_overestimates_and_is_consistent(built, data):
    graph, refs = built
    target = data.draw(st.integers(0, len(graph.nodes) - 1))
    for mode in (False, True):
        truth = nx.single_source_dijkstra_path_length(refs[mode], target, weight="weight")
        estimate = graph.estimator({target}, mode)
        for v in range(len(graph.nodes)):
            h = estimate(v)
            assert h <= truth.get(v, math.inf) * (1 + 1e-9) + 1e-9
            if v in truth:
                for u, w in (graph.step_free if mode else graph.all)[v]:
                    assert h <= w + estimate(u) + 1e-9
            if v == target:
                assert h == 0


def test_every_demo_room_is_reachable_step_free_from_every_kiosk():
    demo = load_demo()
    graph = NavGraph(demo)
    ref = networkx_reference(graph, demo, step_free=True)
    assert demo.kiosks and demo.rooms
    for kiosk in demo.kiosks:
        start = graph.index[kiosk.id]
        for room in demo.rooms:
            doors = {i for i, n in enumerate(graph.nodes) if n.room == room.id}
            found = graph.shortest(start, doors, step_free=True)
            assert found is not None, f"{room.id} from {kiosk.id}"
            best = nx.multi_source_dijkstra_path_length(ref, doors, weight="weight")[start]
            assert math.isclose(found[1], best, rel_tol=1e-9, abs_tol=1e-9)
