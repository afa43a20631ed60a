"""A floor plan's units are read from its root element: the viewBox, else plain width and
height; plan_size must match them (within a drawing program's rounding)."""
from __future__ import annotations

import pytest

from kiosk.wayfinding.plan_box import matches, plan_box


@pytest.mark.parametrize("root, box", [
    ('<svg viewBox="0 0 1600 900">', (0, 0, 1600, 900)),
    ('<svg viewBox="0,0,1600,900" width="100mm">', (0, 0, 1600, 900)),
    ('<svg viewBox=" -20 10.5  800 4.5e2 ">', (-20, 10.5, 800, 450)),
    ('<svg width="1600" height="900px">', (0, 0, 1600, 900)),
    ('<svg width="160mm" height="90mm">', None),  # no plan units to compare
    ('<svg viewBox="0 0 wide tall">', None),
    ('<svg>', None),
])
def test_the_box_of_a_plan(tmp_path, root, box):
    path = tmp_path / "p.svg"
    path.write_text(f'<?xml version="1.0"?>\n{root}<rect width="1" height="1"/></svg>',
                    encoding="utf-8")
    assert plan_box(path) == box


def test_a_file_that_is_no_xml_has_no_box(tmp_path):
    path = tmp_path / "p.svg"
    path.write_bytes(b"\x89PNG\r\n")
    assert plan_box(path) is None


@pytest.mark.parametrize("box, size, ok", [
    ((0, 0, 1600, 900), (1600, 900), True),
    ((0, 0, 1600.4, 899.6), (1600, 900), True),  # rounding
    ((0, 0, 800, 450), (1600, 900), False),  # drawn at twice the size
    ((0, 0, 1600, 900), (900, 1600), False),  # turned
    ((-200, 0, 1600, 900), (1600, 900), False),  # moved: every place off by 200
])
def test_plan_size_matches_the_box(box, size, ok):
    assert matches(box, size) is ok
