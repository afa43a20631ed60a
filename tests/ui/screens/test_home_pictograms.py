"""Home's four ways in lead with a pictogram (floors, a person, a magnifier, a form), drawn in
the tile's own words' colour: 3:1 at least against the tile (non-text contrast), in both
palettes, and each tile's pictogram its own; at 200 % on a landscape screen, where the four
ways in must show whole together, the words go without them."""
from __future__ import annotations

from collections import Counter

import pytest
from looks import LARGEST, SMALLEST, Look, wear
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from kiosk.directory.accessibility import contrast_ratio


def ink_of(pixmap) -> tuple[str, int]:
    image = pixmap.toImage()
    ink = Counter(image.pixelColor(x, y).name() for x in range(image.width())
                  for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255)
    colour, count = ink.most_common(1)[0]
    return colour, count


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("shape, zoom", [("landscape", SMALLEST), ("landscape", 1.5),
                                         ("portrait", LARGEST)])
def test_every_way_in_has_its_pictogram_and_it_stands_out(window, shape, zoom, high_contrast):
    wear(window, Look("en", shape, zoom, high_contrast))
    window.navigate(("home",))
    tiles = window.current_page().tiles
    shapes = set()
    for tile in tiles:
        assert tile.icon.isVisible(), tile.objectName()
        pixmap = tile.icon.pixmap()
        assert pixmap.height() >= tile.heading.fontMetrics().capHeight(), tile.objectName()
        colour, count = ink_of(pixmap)
        shapes.add(pixmap.toImage().bits().tobytes())
        area = QRect(tile.mapTo(window, QPoint(0, 0)), tile.size())
        image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
        fill = Counter(image.pixelColor(x, image.height() // 2).name()
                       for x in range(image.width())).most_common(1)[0][0]
        assert contrast_ratio(colour, fill) >= 3.0, (tile.objectName(), colour, fill)
        assert count > 50, "something is drawn"
    assert len(shapes) == len(tiles) == 4  # one pictogram each, none shared


def test_at_200_in_landscape_the_words_go_without_them(window):
    wear(window, Look("en", "landscape", LARGEST, False))
    window.navigate(("home",))
    page = window.current_page()
    assert not any(tile.icon.isVisible() for tile in page.tiles)
    assert page._columns == 2
