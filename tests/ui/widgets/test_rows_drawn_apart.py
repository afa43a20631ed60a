"""A list's rows are drawn where their heights say, the first time the list is painted: a
scroll bar that came as the rows were first laid out narrowed the viewport without resizing
the list, and each floor's places were drawn wrapped for the narrower width in the places the
wider one had left, every "Show me the way" over the next place's name (portrait, 100 %)."""
from __future__ import annotations

import pytest

from kiosk.directory.accessibility import Profile


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0])
def test_a_floors_places_are_drawn_apart_at_first_sight(qtbot, window, demo, size, zoom):
    window.resize(*size)
    window.ctx.session.set_profile(Profile(zoom=zoom))
    for floor in demo.floors:
        window.navigate(("floor", floor.id))
        window.grab()  # painted once, as the visitor first sees it
        view = window.page("floor").list
        model = view.model()
        rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
        overlapping = [(model.items[r][1], model.items[r + 1][1])
                       for r in range(len(rects) - 1)
                       if rects[r].bottom() >= rects[r + 1].top()]
        assert not overlapping, f"{floor.id}: rows drawn over the next: {overlapping}"
