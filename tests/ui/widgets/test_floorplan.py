"""A floor plan widget paints whatever the floor's numbers: a plan_size of 0, below 0 or NaN
(which the bundle check refuses) draws no plan instead of dividing by it, which took the
whole kiosk down (SIGSEGV in `kiosk screenshots`), and a tap on it finds no room."""
from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPointF

from kiosk.directory.files import load_demo
from kiosk.ui.services.session import Session
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.floorplan import FloorPlanView
from kiosk.ui.widgets.route_map import RouteMap
from kiosk.ui.window import Context
from kiosk.wayfinding.wayfinder import Wayfinder

DEMO = load_demo()


def context(directory=DEMO) -> Context:
    theme = Theme()
    return Context(directory=directory, session=Session(theme), theme=theme, kiosk=None,
                   search_index=lambda: None)


@pytest.mark.parametrize("size", [(0.0, 0.0), (1600.0, 0.0), (-1600.0, 900.0),
                                  (math.nan, 900.0), (math.inf, math.inf)])
def test_a_plan_of_no_usable_size_paints_nothing_and_finds_no_room(qtbot, size):
    floor = dataclasses.replace(DEMO.floors[0], plan_size=size)
    directory = dataclasses.replace(DEMO, floors=(floor, *DEMO.floors[1:]))
    ctx = context(directory)
    for view in (FloorPlanView(ctx), RouteMap(ctx)):
        qtbot.addWidget(view)
        view.resize(480, 270)
        if isinstance(view, RouteMap):
            route = Wayfinder(DEMO).route(("rooms", DEMO.rooms[0].id))
            view.show_floor(route, floor.id, None, animate=False)
            view.zoom_in()
        else:
            view.set_floor(floor, directory.rooms_on(floor.id), DEMO.kiosks[0])
        assert not view.grab().isNull()
        assert view.room_at(QPointF(240, 135)) is None


def test_a_usable_plan_still_finds_its_rooms(qtbot):
    view = FloorPlanView(context())
    qtbot.addWidget(view)
    view.resize(1600, 900)
    floor = DEMO.floors[0]
    room = next(r for r in DEMO.rooms_on(floor.id) if r.rect is not None and r.kind != "hall")
    view.set_floor(floor, DEMO.rooms_on(floor.id), DEMO.kiosks[0])
    assert view.room_at(QPointF(*room.rect.center)).id == room.id


@pytest.mark.parametrize("plan", ["", " ", "no-such-plan.svg"])
def test_a_floor_without_a_plan_file_paints_its_rooms_without_asking_qt_for_one(qtbot, plan):
    """A plan name that is empty named the plans' folder itself: Qt warned that it cannot
    open a directory (Qt warnings fail tests). The floor is drawn without a plan."""
    floor = dataclasses.replace(DEMO.floors[0], plan=plan)
    view = FloorPlanView(context())
    qtbot.addWidget(view)
    view.resize(480, 270)
    view.set_floor(floor, DEMO.rooms_on(floor.id), DEMO.kiosks[0])
    assert not view.grab().isNull()
