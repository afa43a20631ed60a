"""The plans' tags ("you are here", the destination) carry words on a coloured fill (white
on the light plans' dark pins, black on high contrast's light ones): 4.5:1 in the normal
palette, 7:1 in high contrast, measured on the drawn pixels of a route's map, not only on the
palette."""
from __future__ import annotations

import pytest
from plan_pixels import drawn_words
from PySide6.QtGui import QColor

from kiosk.directory.accessibility import Profile, contrast_ratio
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, TAG_FILLS
from kiosk.ui.widgets.plan_ink import tag_words


@pytest.mark.parametrize("palette, minimum", [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_the_words_on_every_tag_fill(palette, minimum):
    for fill in TAG_FILLS:
        words = tag_words(QColor(getattr(palette, fill))).name()
        assert contrast_ratio(words, getattr(palette, fill)) >= minimum, fill


@pytest.mark.parametrize("high_contrast, minimum", [(False, 4.5), (True, 7.0)])
def test_a_routes_tags_as_drawn(qtbot, window, demo, high_contrast, minimum):
    window.ctx.session.set_profile(Profile(high_contrast=high_contrast))
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    window.navigate(("route", "rooms", stairs.id))
    page = window.page("route")
    page.map.finish_animation()
    qtbot.wait(10)
    tags = drawn_words(page.map, page.map.placement().tags)
    assert len(tags) == 2, "you are here and the destination"
    for fill, words, pixels in tags:
        assert pixels > 20, f"no words drawn on the tag {fill}"
        assert contrast_ratio(words, fill) >= minimum, f"{words} on {fill}"
