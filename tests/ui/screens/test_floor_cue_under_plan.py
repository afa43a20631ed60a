"""A floor at 200 % in landscape, its places under the fold: "▼ More below" lies in words on
the blank under the plan's drawing, clear of the plan and its key. The plan's widget was
taken as drawn to its edges, so the cue, shut out from under it, was an arrow squeezed under
the key on 2F and 4F, touching its box and pointing at Call for help."""
from __future__ import annotations

import pytest
from looks import Look, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics

from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.strip_cue import WORDS_SIZE


def in_window(widget, rect: QRect) -> QRect:
    return rect.translated(widget.mapTo(widget.window(), QPoint(0, 0)))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_cue_under_a_floors_plan_is_in_words_clear_of_plan_and_key(qtbot, demo, tmp_path,
                                                                      lang):
    window = kiosk_in(Look(lang, "landscape", 2.0), demo, tmp_path, qtbot)
    theme = window.ctx.theme
    line = QFontMetrics(theme.font(WORDS_SIZE)).height()
    said = []
    for floor in demo.floors:
        window.navigate(("floor", floor.id))
        settle(qtbot)
        page = window.page("floor")
        view = window._holders["floor"].viewport()
        cues = [cue for cue in view.findChildren(MoreBelow) if cue.isVisible()]
        if not cues or cues[0].covers:
            continue  # nothing below, or a strip over what the edge cuts
        cue = in_window(view, cues[0].geometry())
        assert cue.height() >= line, f"{floor.id}: an arrow alone, {cue.height()} px"
        plan = [in_window(page.plan, part) for part in page.plan.drawn_parts()]
        key = [in_window(page.legend, part) for part in page.legend.drawn_parts()]
        assert not any(cue.intersects(part) for part in plan + key), floor.id
        said.append(floor.id)
    assert said  # some floor has its places under the fold here
