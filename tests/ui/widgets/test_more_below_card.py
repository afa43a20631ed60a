"""A "more below" strip over a card lies inside the card's frame: drawn across the view, its
white had cut the card's sides off with a bar over the page's beige margins (a card at 200 %,
seen by an outsider on every card of the tour)."""
from __future__ import annotations

import pytest
from looks import Look, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from strip_look import near

from kiosk.ui.screenshots.visitor import scenes
from kiosk.ui.widgets.more_below import MoreBelow


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_a_strip_over_a_card_keeps_the_cards_sides_and_the_page_beside_it(qtbot, demo,
                                                                          tmp_path, shape):
    window = kiosk_in(Look("ko", shape, 2.0), demo, tmp_path, qtbot)
    theme = window.ctx.theme
    seen = 0
    for name, route, _text in scenes(demo):
        if not name.startswith("card-"):
            continue
        window.navigate(route)
        settle(qtbot)
        holder = window._holders["card"]
        strips = [s for s in holder.viewport().findChildren(MoreBelow)
                  if s.isVisible() and s.covers]
        if not strips:
            continue
        strip = strips[0]
        card = next(w for w in holder.widget().findChildren(QWidget, "Card") if w.isVisible())
        at = strip.mapTo(window, QPoint(0, 0))
        rect = QRect(at, strip.size())
        frame = QRect(card.mapTo(window, QPoint(0, 0)), card.size())
        assert frame.left() < rect.left() and rect.right() < frame.right(), name
        image = window.grab().toImage()
        y = rect.center().y()
        # The card's border shows at both sides beside the strip, the page's ground outside.
        for x in (frame.left(), frame.right()):
            assert near(image.pixelColor(x, y), theme.color("border"), 40), (name, x)
        if frame.left() > 2:
            assert near(image.pixelColor(frame.left() - 2, y), theme.color("background")), name
        seen += 1
    assert seen  # some card is cut by the view's edge in this look
