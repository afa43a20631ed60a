"""A plan's key lists exactly the marks its plan draws: on every floor page and on every
floor of the routes, at each of their steps, in both languages. What is drawn is found on
the test's own terms: the pins' tags as painted, the demo's rooms on that floor, the route's
legs and steps."""
from __future__ import annotations

import pytest
from looks import Look, settle, wear

from kiosk.directory.strings import tr
from kiosk.ui.widgets.plan_legend import PlanLegend

PICTOGRAMS = {"desk": "legend.desk", "elevator": "legend.elevator", "stairs": "legend.stairs",
              "toilet": "legend.toilet"}  # the room kinds the drawing marks with a pictogram
# Upstairs and on the kiosk's floor, by stairs and without: ways over one and two floors.
ROUTES = (("rooms", "3F-study"), ("rooms", "1F-children"), ("rooms", "4F-planning"))


def pictograms(demo, floor_id: str) -> set[str]:
    return {PICTOGRAMS[r.kind] for r in demo.rooms_on(floor_id)
            if r.rect is not None and r.kind in PICTOGRAMS}


def listed(legend: PlanLegend) -> list[str]:
    """The key's entries as drawn, bar the rooms it names by their letter."""
    return [key for key, _words in legend.texts() if not key.startswith("#")]


def tags(plan) -> set[str]:
    return {text for _point, text, _colour in plan.pins()}


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_a_floor_page_keys_only_what_its_plan_draws(window, demo, lang):
    wear(window, Look(lang, "landscape", 1.0))
    kiosk_floors = set()
    for floor in demo.floors:
        window.navigate(("floor", floor.id))
        settle()
        page = window.page("floor")
        want = pictograms(demo, floor.id)
        if tr("you_are_here", lang) in tags(page.plan):
            want.add("you_are_here")
            kiosk_floors.add(floor.id)
        assert set(listed(page.legend)) == want, floor.id
        assert len(listed(page.legend)) == len(want), floor.id
        words = page.legend.accessibleName()
        assert (tr("you_are_here", lang) in words) == (floor.id in kiosk_floors), floor.id
    assert kiosk_floors == {window.ctx.kiosk.floor}  # the kiosk's floor alone
    assert any("legend.desk" not in pictograms(demo, f.id) for f in demo.floors)


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_a_route_map_keys_only_what_each_floor_draws(window, demo, lang):
    wear(window, Look(lang, "landscape", 1.0))
    seen = set()
    for table, item in ROUTES:
        window.navigate(("route", table, item))
        page = window.page("route")
        page.map.finish_animation()
        settle()
        route = page.route
        for index, step in enumerate(route.steps):
            if index:
                page.pager.next.click()
                settle()
            floor = page.map.floor.id
            want = pictograms(demo, floor)
            if tr("you_are_here", lang) in tags(page.map):
                want.add("you_are_here")
            if route.destination.get(lang) in tags(page.map):
                want.add("legend.destination")
            if any(leg.floor == floor for leg in route.legs):
                want.add("legend.route")
            if step.floor == floor:
                want.add("legend.current_step")
            assert set(listed(page.legend)) == want, (item, index + 1, floor)
            seen.add((floor, "you_are_here" in want, "legend.destination" in want))
    # Floors with "you are here" and without, with the destination and without, were seen.
    assert {here for _f, here, _d in seen} == {True, False}
    assert {there for _f, _h, there in seen} == {True, False}
