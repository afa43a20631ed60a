"""Nothing on the route screen lies half under the footer (or the reach band's edge), in
landscape, where the plan and the steps lie side by side, and in portrait, where the page is one
long column that scrolls: what the first view cannot show whole starts below it, scrolled to,
never cut by the fold; its words whole lines, in every look (both languages, every text size,
both palettes, full height and lowered where the band cuts the screen), for every route of the
demo directory, with the step-free switch off and on (the call for a guide where there is no
step-free way, the way to the desk drawn). The palettes share every size (theme.py): in high
contrast the tour's routes are walked."""
from __future__ import annotations

import pytest
from fold_check import cut_at_the_fold, laid_out
from looks import POSITIONS, SHAPES, each_look

from kiosk.ui.screenshots.visit import no_step_free_place
from kiosk.ui.screenshots.visitor import scenes

PARTS = ("qr", "qr_caption", "legend", "summary", "guide_me")


def every_route(directory):
    """(table, id) of every place a route leads to: each room a visitor may ask for, and each
    person whose room has no step-free way (the guide's words then name them and the room)."""
    rooms = [("rooms", r.id) for r in directory.rooms if r.kind != "hall"]
    closed = {r.id for r in directory.rooms if not r.accessible}
    people = [("staff", p.id) for p in directory.staff if p.room in closed]
    return rooms + people[:1] + [("staff", directory.staff[0].id)]


def tour_routes(directory):
    """The routes the screenshot tour shows: an upstairs room, a person, the guide's place."""
    return [route[1:] for _name, route, _text in scenes(directory) if route[0] == "route"] \
        + [("rooms", no_step_free_place(directory).id)]


def cut_on_the_routes(window, routes) -> list[str]:
    found = []
    for table, item_id in routes:
        for step_free in (False, True):
            window.navigate(("route", table, item_id))
            page = window.page("route")
            page.set_step_free(step_free)
            page.map.finish_animation()
            laid_out(page)
            parts = [(name, getattr(page, name)) for name in PARTS]
            found += [f"{item_id} {'step-free' if step_free else ''}: {problem}"
                      for problem in cut_at_the_fold(page, parts)]
    return found


@pytest.mark.parametrize("low", POSITIONS, ids=["full", "low"])
@pytest.mark.parametrize("shape", SHAPES)
def test_nothing_on_the_route_lies_half_under_the_footer(qtbot, demo, tmp_path, shape, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low):
        routes = tour_routes(demo) if look.high_contrast else every_route(demo)
        found += [f"{look}: {problem}" for problem in cut_on_the_routes(window, routes)]
    assert found == [], "\n".join(found[:40]) + f"\n({len(found)} in all)"
