"""A plan's key lists exactly the marks its plan draws: on every floor page and on every
floor of the routes, at each of their steps, in both languages. What is drawn is found on
the test's own terms: the pins' tags as painted, the demo's rooms on that floor (the toilets'
signs by their names, the rooms whose door opens onto steps), the grey of what is no room in
the plan's pixels, the route's destination, legs and steps."""
from __future__ import annotations

import pytest
from looks import Look, settle, wear
from PySide6.QtGui import QColor, QImage

from kiosk.directory.strings import tr
from kiosk.ui.widgets.plan_legend import PICTOGRAMS as SAMPLES
from kiosk.ui.widgets.plan_legend import PlanLegend
from kiosk.wayfinding.plan_colours import SERVICE

PICTOGRAMS = {"desk": "legend.desk", "elevator": "legend.elevator",
              "stairs": "legend.stairs"}  # the room kinds the drawing marks with a pictogram
# Upstairs and on the kiosk's floor, by stairs and without, to a room with steps at its door
# and to every floor: ways over one and two floors.
ROUTES = (("rooms", "3F-study"), ("rooms", "1F-children"), ("rooms", "4F-planning"),
          ("rooms", "3F-lecture-2"), ("rooms", "2F-digital"))


def room_marks(demo, floor_id: str) -> set[str]:
    """The pictograms and badges the demo's rooms on this floor are drawn with."""
    out = set()
    for room in demo.rooms_on(floor_id):
        if room.rect is None:
            continue
        if room.kind in PICTOGRAMS:
            out.add(PICTOGRAMS[room.kind])
        if room.kind == "toilet":  # the wheelchair on the accessible one, people on the rest
            out.add("legend.accessible_toilet" if "accessible" in room.name.en.lower()
                    else "legend.toilet")
        if not room.accessible and room.kind != "stairs":
            out.add("legend.entrance_steps")
    return out


def grey_drawn(plan) -> bool:
    """The plan's pixels show the grey of the space that is no room (a few hundred of them:
    no edge's blend matches it so often)."""
    image = plan.grab().toImage().convertToFormat(QImage.Format_RGB32)
    grey = QColor(SERVICE)
    pixel = bytes((grey.blue(), grey.green(), grey.red(), 0xFF))  # RGB32, little-endian
    return bytes(image.constBits()).count(pixel) > 300


def listed(legend: PlanLegend) -> list[str]:
    """The key's entries as drawn, bar the rooms it names by their letter."""
    return [key for key, _words in legend.texts() if not key.startswith("#")]


def tags(plan) -> set[str]:
    return {text for _point, text, _colour in plan.pins()}


def drawn_by_plan(demo, plan, lang: str, floor_id: str) -> set[str]:
    want = room_marks(demo, floor_id)
    if tr("you_are_here", lang) in tags(plan):
        want.add("you_are_here")
    if grey_drawn(plan):
        want.add("legend.service")
    badges = [r for r in demo.rooms_on(floor_id) if r.rect is not None and not r.accessible
              and r.kind != "stairs"]
    assert len(plan.step_badges()) == len(badges), floor_id
    return want


def check_samples(legend: PlanLegend, lang: str) -> None:
    """Each entry in words of its language, with its mark's sample beside it."""
    for key, words in legend.texts():
        if not key.startswith("#"):
            assert key in SAMPLES and words and words == tr(key, lang), key


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_a_floor_page_keys_only_what_its_plan_draws(window, demo, lang):
    wear(window, Look(lang, "landscape", 1.0))
    kiosk_floors, seen = set(), set()
    for floor in demo.floors:
        window.navigate(("floor", floor.id))
        settle()
        page = window.page("floor")
        want = drawn_by_plan(demo, page.plan, lang, floor.id)
        if "you_are_here" in want:
            kiosk_floors.add(floor.id)
        assert set(listed(page.legend)) == want, floor.id
        assert len(listed(page.legend)) == len(want), floor.id
        check_samples(page.legend, lang)
        words = page.legend.accessibleName()
        assert (tr("you_are_here", lang) in words) == (floor.id in kiosk_floors), floor.id
        seen |= want
        # A tapped room is outlined until the page opens its card: the key names the outline.
        room = next(r for r in demo.rooms_on(floor.id) if r.kind not in PICTOGRAMS and r.rect
                    and r.kind not in ("hall", "toilet"))
        page.plan.select(room.id)
        assert set(listed(page.legend)) == want | {"legend.chosen"}, floor.id
        page.plan.select(None)
        assert set(listed(page.legend)) == want, floor.id
    assert kiosk_floors == {window.ctx.kiosk.floor}  # the kiosk's floor alone
    assert any("legend.desk" not in room_marks(demo, f.id) for f in demo.floors)
    assert any("legend.entrance_steps" not in room_marks(demo, f.id) for f in demo.floors)
    assert {"legend.service", "legend.entrance_steps", "legend.accessible_toilet",
            "legend.toilet"} <= seen


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
        destination = next(r for r in demo.rooms if r.id == item)
        for index, step in enumerate(route.steps):
            if index:
                page.pager.next.click()
                settle()
            floor = page.map.floor.id
            want = drawn_by_plan(demo, page.map, lang, floor)
            if route.destination.get(lang) in tags(page.map):
                want.add("legend.destination")
            if destination.floor == floor:  # its room outlined
                want.add("legend.chosen")
            if any(leg.floor == floor for leg in route.legs):
                want.add("legend.route")
            if any(s.floor == floor and s.kind not in ("start", "arrive") for s in route.steps):
                want.add("legend.step_number")
            if step.floor == floor:
                want.add("legend.current_step")
            assert set(listed(page.legend)) == want, (item, index + 1, floor)
            check_samples(page.legend, lang)
            seen.add((floor, "you_are_here" in want, "legend.destination" in want,
                      "legend.entrance_steps" in want))
    # Every floor; with "you are here" and without, with the destination and without, with a
    # room whose door has steps and without.
    assert {f for f, _h, _d, _s in seen} == {f.id for f in demo.floors}
    assert {here for _f, here, _d, _s in seen} == {True, False}
    assert {there for _f, _h, there, _s in seen} == {True, False}
    assert {steps for _f, _h, _d, steps in seen} == {True, False}
