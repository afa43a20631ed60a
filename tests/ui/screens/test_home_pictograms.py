"""Home's four ways in lead with a pictogram (floors, a person, a magnifier, a form), drawn in
the tile's own words' colour: 3:1 at least against the tile (non-text contrast), in both
palettes, and each tile's pictogram its own, in every shape and text size; at 200 % on a
landscape screen, where the four ways in must show whole together, beside the title alone, on
its line, the line under it the tile's whole width."""
from __future__ import annotations

from collections import Counter

import pytest
from label_lines import shown_lines
from looks import BAND_CUTS, LARGEST, SMALLEST, Look, hidden_part, in_looks, kiosk_in, settle, wear
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
                                         ("landscape", LARGEST), ("portrait", LARGEST)])
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


def spans(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@in_looks(shape="landscape", zoom=LARGEST, low_position=(False, True))
def test_at_200_in_landscape_each_pictogram_stands_by_its_title(qtbot, demo, tmp_path, look):
    """Beside the title alone: the title on one line beside it, the line under them from the
    tile's left (as wide as the tile), two columns, all four ways in whole in the first view
    (lowered, mounted where the band cuts the screen)."""
    window = kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS[look.shape])
    window.navigate(("home",))
    settle(qtbot)
    page = window.current_page()
    assert page._columns == 2
    for tile in page.tiles:
        name, icon, title = tile.objectName(), spans(window, tile.icon), spans(window, tile.heading)
        assert tile.icon.isVisible() and hidden_part(window, tile) == "", name
        assert icon.right() < title.left(), name
        assert title.top() <= icon.center().y() <= title.bottom(), name
        assert len(shown_lines(tile.heading)) == 1, (name, shown_lines(tile.heading))
        assert spans(window, tile.subtitle).left() <= icon.left(), name
