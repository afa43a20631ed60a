"""The plans' tags ("you are here", the destination) carry white words on a coloured fill:
4.5:1 in the normal palette, 7:1 in high contrast, measured on the drawn pixels of a route's
map, not only on the palette."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QImage

from kiosk.directory.accessibility import Profile, contrast_ratio
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, TAG_FILLS


@pytest.mark.parametrize("palette, minimum", [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_white_words_on_every_tag_fill(palette, minimum):
    for fill in TAG_FILLS:
        assert contrast_ratio("#ffffff", getattr(palette, fill)) >= minimum, fill


def drawn_tags(plan) -> list[tuple[str, str, int]]:
    """(fill, words' colour, pixels of words) of each tag as painted: the fill is the colour
    most of the tag's inside has, the words the colour furthest from it that is drawn on a
    tenth as many pixels as the commonest other colour (the glyphs' cores, not their edges)."""
    image = plan.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    found = []
    for tag in plan.placement().tags:
        inside = tag.toAlignedRect().adjusted(4, 4, -4, -4)
        counts = Counter(f"#{image.pixel(x, y) & 0xFFFFFF:06x}"
                         for x in range(inside.left(), inside.right() + 1)
                         for y in range(inside.top(), inside.bottom() + 1))
        (fill, _n), *others = counts.most_common()
        common = others[0][1] if others else 0
        cores = [(contrast_ratio(c, fill), c, n) for c, n in others if n >= common / 10]
        _ratio, words, n = max(cores)
        found.append((fill, words, n))
    return found


@pytest.mark.parametrize("high_contrast, minimum", [(False, 4.5), (True, 7.0)])
def test_a_routes_tags_as_drawn(qtbot, window, demo, high_contrast, minimum):
    window.ctx.session.set_profile(Profile(high_contrast=high_contrast))
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    window.navigate(("route", "rooms", stairs.id))
    page = window.page("route")
    page.map.finish_animation()
    qtbot.wait(10)
    tags = drawn_tags(page.map)
    assert len(tags) == 2, "you are here and the destination"
    for fill, words, pixels in tags:
        assert pixels > 20, f"no words drawn on the tag {fill}"
        assert contrast_ratio(words, fill) >= minimum, f"{words} on {fill}"
