"""A tile makes its pictogram's label only when given a pictogram: of the kiosk's tiles only
home's four ways in show one, and a hidden label in every other tile was a Qt object (and a
layout item) each for nothing. Given one, it leads the words, as before."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QLabel

from kiosk.ui.widgets.basic import Tile
from kiosk.ui.widgets.layout_parts import parts


def pixmap(side: int) -> QPixmap:
    image = QPixmap(side, side)
    image.fill(QColor("black"))
    return image


def test_a_tile_without_a_pictogram_has_no_label_for_one(qtbot):
    tile = Tile(role="rowtile", name="Plain")
    qtbot.addWidget(tile)
    tile.set_texts("Floor directory", "Every floor")
    assert tile.icon is None
    assert set(tile.findChildren(QLabel)) == {tile.heading, tile.subtitle}
    assert tile.layout().count() == 1  # the words only


def test_a_pictogram_goes_before_the_words_and_is_made_once(qtbot):
    tile = Tile(role="tile", name="WayIn")
    qtbot.addWidget(tile)
    tile.set_texts("Find a person", "Departments and their staff")
    tile.set_icon(pixmap(72), gap=16)
    first = tile.icon
    tile.set_icon(pixmap(96), gap=20)  # a new text size draws it again
    assert tile.icon is first
    assert set(tile.findChildren(QLabel)) == {first, tile.heading, tile.subtitle}
    assert parts(tile.layout())[0] is first
    assert first.size().width() == 96 + 20 and first.size().height() == 96
    tile.resize(600, 200)
    tile.show()
    qtbot.waitExposed(tile)
    assert first.isVisible()
    assert first.geometry().right() < tile.heading.geometry().left()
