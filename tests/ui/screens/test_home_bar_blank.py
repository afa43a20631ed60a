"""Home's scroll bar shows only while something lies below its view: not where home scrolls
into its bottom margin alone, the closing question's room. At some hours the hours' words
made home 4 px taller than its view in Korean at 100 %: the bar showed, and lay under the
closing question, for a scroll into blank."""
from __future__ import annotations

from looks import Look, kiosk_in, settle


def test_the_bar_shows_only_for_what_lies_past_the_bottom_margin(qtbot, demo, tmp_path):
    window = kiosk_in(Look("ko", "landscape", 1.0), demo, tmp_path, qtbot)
    home = window.page("home")
    settle(qtbot)
    page, view = home.scroll.widget(), home.scroll.viewport()
    bar = home.scroll.verticalScrollBar()
    margin = home.layout_.contentsMargins().bottom()
    assert margin > 8
    page.setMinimumHeight(view.height() + 4)  # 4 px of the margin past the view
    settle(qtbot)
    assert bar.maximum() == 4
    assert not bar.isVisible()
    page.setMinimumHeight(view.height() + margin + 40)  # past the margin too
    settle(qtbot)
    assert bar.maximum() > margin
    assert bar.isVisible()
