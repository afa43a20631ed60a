"""The green and yellow cards' colour stripe sits inside the card's border, beside its words:
no letter is drawn on it (their contrast is read from the pixels, 4.5:1 and 7:1 in high
contrast) and the card keeps its own border all round."""
from __future__ import annotations

from looks import CONTRASTS, LARGEST, SMALLEST, in_looks, wear
from pixel_contrast import drawn_contrast
from PySide6.QtCore import QPoint, QRect


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
