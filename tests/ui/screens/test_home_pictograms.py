"""Home's four ways in lead with a pictogram (floors, a person, a magnifier, a form), drawn in
the tile's own words' colour: 3:1 at least against the tile (non-text contrast), in both
palettes and at every text size, and each tile's pictogram its own."""
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
@pytest.mark.parametrize("zoom", [SMALLEST, LARGEST])
def test_every_way_in_has_its_pictogram_and_it_stands_out(window, zoom, high_contrast):
    wear(window, Look("en", "landscape", zoom, high_contrast))
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
