"""High contrast's plans: each colour a plan paints with turned over (light to dark, dark to
light, its hue kept), in any plan's SVG, and nothing else in the file touched."""
from __future__ import annotations

from kiosk.directory.accessibility import contrast_ratio
from kiosk.directory.paths import FLOORPLANS
from kiosk.wayfinding.plan_colours import FILL, ICON, WALL
from kiosk.wayfinding.plan_dark import dark, dark_svg


def test_light_fills_turn_dark_and_dark_walls_light():
    for kind, fill in FILL.items():
        assert contrast_ratio(dark(fill), "#000000") < 1.5, kind
        assert contrast_ratio("#ffffff", dark(fill)) >= 7.0, kind  # the names on them
        assert contrast_ratio(dark(WALL), dark(fill)) >= 3.0, kind  # the outlines
        assert contrast_ratio(dark(ICON), dark(fill)) >= 3.0, kind  # the pictograms
    assert dark("#ffffff") == "#000000" and dark("black") == "#ffffff"
    assert dark("#fff") == "#000000"


def test_the_hue_is_kept():
    # a light green room is a dark green one, not a dark purple one (as inverting would)
    r, g, b = (int(dark(FILL["reading_room"])[i:i + 2], 16) for i in (1, 3, 5))
    assert g > r and g > b


def test_only_the_colours_of_an_svg_change():
    svg = ('<svg><rect fill="#fbfaf6" stroke="#4A4A4A" style="fill:white;stroke: #abc"/>'
           '<use href="#abc"/><path fill="url(#abc)" id="a1b2c3"/>'
           '<text>#123456 한글</text></svg>').encode("utf-8")
    turned = dark_svg(svg).decode("utf-8")
    assert 'fill="#090804"' in turned and 'stroke="#b5b5b5"' in turned
    assert "fill:#000000" in turned and "stroke: #334455" in turned
    assert 'href="#abc"' in turned and 'fill="url(#abc)"' in turned
    assert "<text>#123456 한글</text>" in turned


def test_every_demo_plan_keeps_its_shape():
    for svg in FLOORPLANS.glob("*.svg"):
        data = svg.read_bytes()
        turned = dark_svg(data)
        assert len(turned) == len(data) and turned != data, svg.name
