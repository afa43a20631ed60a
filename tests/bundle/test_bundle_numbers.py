"""A bundle that validates is a directory the kiosk can show and route: the demo directory's
building.toml with hostile numbers (0, below 0, NaN, infinities, huge, tiny) in its floors,
rooms, kiosks and navigation graph. Whenever check_bundle says ok, every route from each kiosk
to every room ends (a route when the graph holds one) and every floor plan paints offscreen;
and numbers within the documented ranges are never refused.

KIOSK_BUNDLE_NUMBER_EXAMPLES raises the number of examples (default 20, a few seconds)."""
from __future__ import annotations

import dataclasses
import math
import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from kiosk.bundle.export import building_toml
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.directory.model import Rect
from kiosk.ui.services.session import Session
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.floorplan import FloorPlanView
from kiosk.ui.widgets.route_map import RouteMap
from kiosk.ui.window import Context
from kiosk.wayfinding.number_checks import MAX_LEVEL, MIN_LEVEL
from kiosk.wayfinding.route import NoRoute
from kiosk.wayfinding.wayfinder import Wayfinder, route_text

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
EXAMPLES = int(os.environ.get("KIOSK_BUNDLE_NUMBER_EXAMPLES", "20"))
W, H = DEMO.floors[0].plan_size  # every demo floor's plan is this size
assert all(f.plan_size == (W, H) for f in DEMO.floors)

HOSTILE = st.one_of(
    st.sampled_from([0.0, -0.0, -1.0, -0.03, math.nan, math.inf, -math.inf, 1e308, -1e308,
                     5e-324, 1e-300, 10 ** 30, 10 ** 400, -(10 ** 400), 1e12]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10 ** 40), 10 ** 40))


def either(benign, hostile=HOSTILE):
    """(value, whether it lies within the documented range); in range two times in three,
    so that some bundles with several changes still validate."""
    ok = benign.map(lambda v: (v, True))
    return st.one_of(ok, ok, hostile.map(lambda v: (v, False)))


def replaced(items: tuple, index: int, **changes) -> tuple:
    if not items:
        return items
    items = list(items)
    items[index % len(items)] = dataclasses.replace(items[index % len(items)], **changes)
    return tuple(items)


@st.composite
def edit(draw):
    """One changed number: (what it does to a directory, whether it stays in range)."""
    kind = draw(st.sampled_from(["scale", "plan_size", "level", "rect", "kiosk", "node",
                                 "length", "no_kiosk"]))
    i = draw(st.integers(0, 200))
    if kind == "scale":
        value, ok = draw(either(st.floats(0.001, 1.0)))
        return (lambda d: dataclasses.replace(d, floors=replaced(d.floors, i,
                                                                  metres_per_unit=value))), ok
    if kind == "plan_size":  # in range only as the plan's own viewBox (plan.viewbox)
        (w, w_ok), (h, h_ok) = draw(either(st.just(W), st.one_of(HOSTILE, st.floats(
            W * 1.01, 5000.0)))), draw(either(st.just(H), st.one_of(HOSTILE, st.floats(
                H * 1.01, 5000.0))))
        return (lambda d: dataclasses.replace(d, floors=replaced(d.floors, i,
                                                                  plan_size=(w, h)))), \
            w_ok and h_ok
    if kind == "level":  # in range: every floor moved alike (the flights stay one floor)
        shift, ok = draw(either(st.integers(MIN_LEVEL - 1, MAX_LEVEL - len(DEMO.floors)),
                                st.sampled_from([10 ** 30, -(10 ** 400), 1000, -1000,
                                                 MAX_LEVEL + 1, MIN_LEVEL - 1])))
        if ok:  # from the demo's levels: two such edits in one case do not add up
            return (lambda d: dataclasses.replace(d, floors=tuple(
                dataclasses.replace(f, level=DEMO.floors[n].level + shift)
                for n, f in enumerate(d.floors)))), True
        return (lambda d: dataclasses.replace(d, floors=replaced(d.floors, i, level=shift))), \
            False
    if kind == "rect":
        box = [draw(either(st.floats(0, W / 2))), draw(either(st.floats(0, H / 2))),
               draw(either(st.floats(1, W / 2))), draw(either(st.floats(1, H / 2)))]
        rect = Rect(*(v for v, _ok in box))
        rooms = [n for n, r in enumerate(DEMO.rooms) if r.rect is not None]
        at = rooms[i % len(rooms)]
        return (lambda d: dataclasses.replace(d, rooms=replaced(d.rooms, at, rect=rect))), \
            all(ok for _v, ok in box)
    if kind in ("kiosk", "node"):
        table = "kiosks" if kind == "kiosk" else "nav_nodes"
        name = draw(st.sampled_from(["x", "y"]))
        value, ok = draw(either(st.floats(0, W if name == "x" else H)))
        return (lambda d: dataclasses.replace(d, **{table: replaced(
            getattr(d, table), i, **{name: value})})), ok
    if kind == "length":
        value, ok = draw(either(st.floats(0.1, 100.0)))
        return (lambda d: dataclasses.replace(d, nav_edges=replaced(d.nav_edges, i,
                                                                     length=value))), ok
    return (lambda d: dataclasses.replace(d, kiosks=())), False


def check(directory: Directory):
    """check_bundle over a bundle of building.toml alone (the rest is the kiosk's: DEMO)."""
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-numbers-"))
    try:
        folder = scratch / "kiosk-directory"
        folder.mkdir()
        (folder / "building.toml").write_text(building_toml(directory), encoding="utf-8")
        checked = check_bundle(folder, scratch / "data", DEMO, public_key=None)
        discard(checked)
        return checked
    finally:
        shutil.rmtree(scratch)


def context(directory: Directory) -> Context:
    theme = Theme()
    return Context(directory=directory, session=Session(theme), theme=theme, kiosk=None,
                   search_index=lambda: None)


@contextmanager
def never_hangs(seconds: int = 20):
    """Fail, rather than hang, if a search never ends (a cost below 0 made it go round for
    ever, taking 9 GB in three minutes). A bundle's routes all take well under a second."""
    def stuck(*_args):
        raise TimeoutError("a route search did not end")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def routes_end(directory: Directory) -> list:
    """Every route from each kiosk to every room, both ways of going; the ones found."""
    with never_hangs():
        return _routes(directory)


def _routes(directory: Directory) -> list:
    found = []
    for kiosk in directory.kiosks:
        way = Wayfinder(directory, kiosk)
        for room in directory.rooms:
            for step_free in (False, True):
                try:
                    route = way.route(("rooms", room.id), step_free=step_free)
                except NoRoute:
                    assert step_free, room.id  # the check keeps the graph in one piece
                    continue
                assert math.isfinite(route.length_m) and route.length_m >= 0
                # Finite and told in minutes a visitor can read. An hour is not a bound: edges
                # and plans up to 10 km (MAX_METRES) are valid, and a 3.6 km edge walks an
                # hour; a level slip of ±1000 (168 min by elevator) is what the checks refuse.
                assert 0 <= route.seconds < 24 * 3600, (room.id, route.seconds)
                assert route_text(route, "ko") and route_text(route, "en")
                found.append(route)
    return found


def paints(qtbot, directory: Directory, route) -> None:
    ctx = context(directory)
    kiosk = directory.kiosks[0]
    for floor in directory.floors:
        view = FloorPlanView(ctx)
        qtbot.addWidget(view)
        view.resize(320, 180)
        view.set_floor(floor, directory.rooms_on(floor.id), kiosk)
        assert not view.grab().isNull()
    for floor in route.floors:
        view = RouteMap(ctx)
        qtbot.addWidget(view)
        view.resize(320, 180)
        view.show_floor(route, floor, route.nodes[-1], animate=False)
        assert not view.grab().isNull()


@settings(deadline=None, max_examples=EXAMPLES,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(edit(), min_size=1, max_size=3), pick=st.integers(0, 10 ** 6))
@example(edits=[((lambda d: dataclasses.replace(d, floors=replaced(
    d.floors, 0, metres_per_unit=-0.03))), False)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, floors=replaced(
    d.floors, 0, plan_size=(0.0, 0.0)))), False)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, kiosks=replaced(
    d.kiosks, 0, x=math.nan))), False), ((lambda d: dataclasses.replace(d, nav_nodes=replaced(
        d.nav_nodes, 3, y=math.inf))), False)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, kiosks=())), False)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, floors=replaced(d.floors, 3, level=1000))),
                 False)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, floors=tuple(
    dataclasses.replace(f, level=f.level + MAX_LEVEL - len(d.floors)) for f in d.floors))),
    True)], pick=0)
@example(edits=[((lambda d: dataclasses.replace(d, floors=replaced(
    d.floors, 1, metres_per_unit=0.05, plan_size=(W, H)))), True)], pick=7)
@example(edits=[((lambda d: dataclasses.replace(d, floors=replaced(
    d.floors, 1, plan_size=(2 * W, 2 * H)))), False)], pick=0)
def test_a_bundle_that_validates_routes_and_paints(qtbot, edits, pick):
    directory = DEMO
    for change, _ok in edits:
        directory = change(directory)
    checked = check(directory)
    event("ready" if checked.ok else "refused")
    if all(ok for _change, ok in edits):
        assert checked.ok, [p.text("en") for p in checked.problems]
    if not checked.ok:
        assert any(p.severity == "error" for p in checked.problems)
        return
    found = routes_end(checked.directory)
    assert found
    paints(qtbot, checked.directory, found[pick % len(found)])
