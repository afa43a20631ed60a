"""Home at 200 %: its opening hours and service windows lie under the fold, which its gap
keeps clean (nothing cut, so no strip): the same "▼ More below" cue as other scrolling
views says so, in a thin band over the page's blank ground right under what shows (at the
view's bottom edge, under the gap's blank, it read as the page's end), in Korean and
English, both shapes. A tap on it scrolls down; at the bottom it goes."""
from __future__ import annotations

import pytest
from looks import SHAPES, Look, kiosk_in
from PySide6.QtCore import QPoint, Qt
from strip_look import cue_drawn

from kiosk.directory.strings import tr
from kiosk.ui.widgets.fold_cue import PAD
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.view_spans import drawn_in

SHARE = 0.15


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_home_says_more_lies_below_at_200(qtbot, demo, tmp_path, lang, shape):
    window = kiosk_in(Look(lang, shape, 2.0), demo, tmp_path, qtbot)
    home = window.page("home")
    view, bar = home.scroll.viewport(), home.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.waitUntil(lambda: any(cue.isVisible() for cue in view.findChildren(MoreBelow)))
    cue = next(cue for cue in view.findChildren(MoreBelow) if cue.isVisible())
    assert cue.words() == tr("more_below", lang)
    shown = max(rect.bottom() for rect in drawn_in(home.scroll, view)
                if rect.top() <= view.rect().bottom())
    # Right under what shows: no more blank over it than its margin and its own height (at
    # the edge it would leave the gap's blank over it).
    assert shown < cue.geometry().top() <= shown + 1 + window.ctx.theme.px(PAD) + cue.height()
    assert cue.height() <= view.height() * SHARE
    image = window.grab().toImage()
    band = cue.geometry().translated(view.mapTo(window, QPoint(0, 0)))
    assert cue_drawn(image, band, window.ctx.theme.color("text_muted"))
    qtbot.mouseClick(cue, Qt.LeftButton, pos=cue.rect().center())
    assert bar.value() > 0  # scrolled down
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not cue.isVisible())  # nothing more below

