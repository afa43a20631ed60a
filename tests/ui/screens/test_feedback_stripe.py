"""The green and yellow cards' colour stripe sits inside the card's border, beside its words:
no letter is drawn on it (their contrast is read from the pixels, 4.5:1 and 7:1 in high
contrast) and the card keeps its own border all round."""
from __future__ import annotations

from looks import CONTRASTS, LARGEST, SMALLEST, in_looks, wear
from pixel_contrast import drawn_contrast
from PySide6.QtCore import QPoint, QRect

from kiosk.directory.accessibility import contrast_ratio


def in_tile(tile, widget) -> QRect:
    return QRect(widget.mapTo(tile, QPoint(0, 0)), widget.size())


@in_looks(zoom=(SMALLEST, LARGEST), high_contrast=CONTRASTS)
def test_no_word_on_the_stripe(qtbot, window, look):
    wear(window, look).navigate(("feedback",))
    page = window.page("feedback")
    qtbot.wait(10)
    border = window.ctx.theme.px(2)
    for stripe, tile in zip(page.stripes.values(), (page.green, page.yellow)):
        assert tile.styleSheet() == "", "the card's own border, as every tile's"
        band = stripe.geometry()
        assert stripe.isVisible() and band.width() > 0 and band.height() > tile.height() // 2
        assert tile.rect().adjusted(border, border, -border, -border).contains(band), \
            "the stripe runs over the card's border"
        for words in (tile.heading, tile.subtitle):
            assert in_tile(tile, words).left() > band.right(), \
                f"{words.text()!r} starts on the stripe"
            drawn = drawn_contrast(words)
            least = 7.0 if look.high_contrast else 4.5
            assert drawn.ratio >= least, str(drawn)


@in_looks(zoom=(SMALLEST,), high_contrast=CONTRASTS)
def test_the_yellow_card_is_drawn_yellow_in_an_edge_that_stands_out(qtbot, window, look):
    """Drawn in a mustard dark enough for 3:1 against the page, it read as brown: now its
    stripe is a light, saturated yellow, and its edge keeps the 3:1 against the card's
    ground beside it."""
    wear(window, look).navigate(("feedback",))
    page = window.page("feedback")
    qtbot.wait(10)
    tile, band = page.yellow, page.stripes["card_yellow"].geometry()
    image = tile.grab().toImage()
    middle = image.pixelColor(band.center())
    assert 40 <= middle.hsvHueF() * 360 <= 60, middle.name()
    assert middle.hsvSaturationF() >= 0.6 and middle.valueF() >= 0.9, middle.name()
    y = band.center().y()
    edge, ground = image.pixelColor(band.left() + 1, y), image.pixelColor(band.left() - 2, y)
    assert contrast_ratio(edge.name(), ground.name()) >= 3.0, (edge.name(), ground.name())
