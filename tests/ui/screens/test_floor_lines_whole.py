"""Every line of words on the floor screens (the floors' list, each floor's plan with its key,
hint and places) shows whole in the first view or lies wholly under the fold (the footer's top,
or the reach band's edge when lowered), scrolled to: never cut across, in every look (both
languages, every text size, both palettes, full height and lowered where the band cuts the
screen). Labels and buttons are measured, and the places' rows as their list paints them."""
from __future__ import annotations

import pytest
from fold_check import cut_at_the_fold, laid_out, rows_cut_at_the_fold
from looks import POSITIONS, SHAPES, each_look


def cut_on_the_floors(window, directory) -> list[str]:
    found = []
    for route in [("floors",)] + [("floor", f.id) for f in directory.floors_top_down()]:
        window.navigate(route)
        page = window.page(route[0])
        laid_out(page)
        found += [f"{'-'.join(route)}: {problem}"
                  for problem in cut_at_the_fold(page) + rows_cut_at_the_fold(page)]
    return found


@pytest.mark.parametrize("low", POSITIONS, ids=["full", "low"])
@pytest.mark.parametrize("shape", SHAPES)
def test_no_line_on_the_floor_screens_is_cut_at_the_fold(qtbot, demo, tmp_path, shape, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low):
        found += [f"{look}: {problem}" for problem in cut_on_the_floors(window, demo)]
    assert found == [], "\n".join(found[:40]) + f"\n({len(found)} in all)"
