"""The route map marks the current step, on the pixels: its stretch of the way and its spot,
yellow in an edge (black; mid grey on high contrast's dark plans), at least 3:1 against the plan around them in both palettes; the mark
follows the visitor's paging (and a floor's tab) and leaves the stretch it marked before; the
map's description names the step, and the key explains the mark."""
from __future__ import annotations

import pytest
from helpers import tap
from plan_pixels import _plan_behind
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile, contrast_ratio
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL
from kiosk.ui.widgets.step_mark import BAND, stretch

UPSTAIRS = ("rooms", "4F-director")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_route(window):
    window.navigate(("route", *UPSTAIRS))
    page = window.page("route")
    page.map.finish_animation()
    settle()
    return page


def middle(points) -> tuple[float, float]:
    """The middle of a polyline's longest segment, in plan units."""
    a, b = max(zip(points, points[1:]),
               key=lambda ab: abs(ab[0][0] - ab[1][0]) + abs(ab[0][1] - ab[1][1]))
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def colour_at(image, point: QPointF) -> str:
    return image.pixelColor(round(point.x()), round(point.y())).name()


def test_a_steps_stretch_runs_to_the_next_step_on_its_floor(window):
    route = open_route(window).route
    steps = route.steps
    for index, step in enumerate(steps):
        line = stretch(route, index)
        after = steps[index + 1] if index + 1 < len(steps) else None
        if after is None or after.floor != step.floor:
            assert line == [], f"step {index + 1} leaves its floor: no stretch on it"
            continue
        assert line[0] == pytest.approx(step.point) and line[-1] == pytest.approx(after.point)
    assert any(stretch(route, i) for i in range(len(steps)))  # measured, not skipped
    assert stretch(route, -1) == [] and stretch(route, len(steps)) == []


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_current_step_is_marked_and_follows_the_paging(qtbot, window, high_contrast):
    window.ctx.session.set_profile(Profile(high_contrast=high_contrast))
    page = open_route(window)
    route, view = page.route, page.map
    marked = [i for i in range(len(route.steps)) if len(stretch(route, i)) >= 2]
    first = marked[0]
    page.pager.page_to(first)
    settle()
    px = view.ctx.theme.px
    centre = view.to_widget(*middle(stretch(route, first)))
    line = stretch(route, first)
    a, b = line[0], line[1]
    across = QPointF(0, 1) if abs(a[0] - b[0]) >= abs(a[1] - b[1]) else QPointF(1, 0)
    band = (px(10) + px(20)) / 4  # between the route's line and the band's edge
    at = centre + across * band
    image = view.grab().toImage()
    assert colour_at(image, at) == BAND.name()
    # the way reads on, unbroken
    assert colour_at(image, centre) == view.ctx.theme.color("plan_route").name()
    # The edge against the plan just beside it: what a visitor tells apart.
    plan = _plan_behind(view)
    edge, beside = (px(20) + px(28)) / 4, px(28) / 2 + 3
    edge_colour = view.ctx.theme.color("plan_step_edge").name()
    for sign in (1, -1):
        assert colour_at(image, centre + across * edge * sign) == edge_colour
        ratio = contrast_ratio(edge_colour, colour_at(plan, centre + across * beside * sign))
        assert ratio >= 3.0, f"the mark's edge is {ratio:.1f}:1 against the plan"
    assert contrast_ratio(edge_colour, BAND.name()) >= 3.0
    description = view.accessibleDescription()
    assert str(first + 1) in description
    # Paged on: the stretch it marked is the route's line again, the new step marked.
    tap(qtbot, page.pager.next)
    settle()
    step = route.steps[page.pager.step]
    assert view.floor.id == step.floor and view.current == page.pager.step
    image = view.grab().toImage()
    if step.floor == route.steps[first].floor:
        assert colour_at(image, at) != BAND.name()
    spot = view.to_widget(*step.point)
    ring = view.ctx.theme.px(30) - view.ctx.theme.px(6) / 2 - 2  # inside the black ring
    assert colour_at(image, spot + QPointF(ring, 0)) == BAND.name()
    assert str(page.pager.step + 1) in view.accessibleDescription()


def test_the_key_explains_the_mark(window):
    page = open_route(window)
    words = dict(page.legend.texts())
    assert words["legend.current_step"] == "지금 단계"
    window.ctx.session.set_language("en")
    assert dict(page.legend.texts())["legend.current_step"] == "This step"


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST])
def test_the_steps_numbers_read_at_the_high_contrast_bar(palette):
    """A step's number, written in the casing's colour on the route's (white on blue; black on
    light blue over high contrast's dark plans), reaches 7:1, high contrast's bar for text,
    in both palettes. It was 6.39:1 (#0b57d0)."""
    assert contrast_ratio(palette.plan_casing, palette.plan_route) >= 7.0
