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


def test_every_form_of_colour_svg_allows_turns_over():
    """A librarian's plan may name its colours or give them as rgb(): each turns over as its
    #rrggbb does, whatever its case and spacing; out-of-range numbers are clamped, as SVG
    does."""
    white = ["#fff", "#FFFFFF", "white", "White", "WHITE", "rgb(255,255,255)",
             "rgb( 255 , 255 , 255 )", "rgb(100%, 100%, 100%)", "rgb(300, 256, 999)"]
    assert {dark(colour) for colour in white} == {"#000000"}
    assert dark("LightBlue") == dark("#add8e6") and dark("lavender") == dark("#e6e6fa")
    assert dark("rgb(173, 216, 230)") == dark("#add8e6")
    assert dark("rgb(-10, 0, 0)") == "#ffffff"


def test_words_that_name_no_colour_are_left_as_they_are():
    for word in ("none", "currentColor", "inherit", "transparent", "rgb(50%, 10, 0)"):
        assert dark(word) == word
    svg = ('<svg><rect fill="none" stroke="currentColor"/><path fill="url(#a)"/>'
           '<g style="fill:inherit;stroke:LightBlue"/><circle fill="rgb(50%,50%,50%)"/>'
           '<rect fill="Ivory" stroke="rgb(0, 0, 0)"/></svg>').encode("utf-8")
    turned = dark_svg(svg).decode("utf-8")
    assert 'fill="none" stroke="currentColor"' in turned and 'fill="url(#a)"' in turned
    assert f"fill:inherit;stroke:{dark('#add8e6')}" in turned
    assert f'<rect fill="{dark("#fffff0")}" stroke="#ffffff"/>' in turned
    assert f'<circle fill="{dark("#808080")}"/>' in turned
