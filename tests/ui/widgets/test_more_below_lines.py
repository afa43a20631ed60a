""""▼ More below" over a scroll area, as drawn. A long label cut by the view's bottom edge
shows its lines down to the edge: only the line the edge cuts lies under the strip, which had
covered the whole label from its top, so at 200 % in landscape the consent's whole text
(purpose, items, how long it is kept, the right to refuse) was a grey panel over **I agree**;
where the cut line leaves too little room for the cue's words, the lines in its band too.
And the strip is painted wherever it lies: left with Qt's "updates disabled", it was never
drawn, and the accessibility panel at 150 and 200 % showed the footer's words through it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from strip_look import cue_drawn
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.fold_cue import cue_room
from kiosk.ui.widgets.label_lines import line_rows
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.view_spans import strip_rect
from kiosk.ui.widgets.strip_cue import cue_band, strip_band

WORDS = " ".join(f"Line of the consent's words number {n}." for n in range(40))


def scrolled_text(qtbot) -> tuple[QScrollArea, QLabel, QLabel]:
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    layout = QVBoxLayout(page)
    title, text = QLabel("Consent to collect personal data"), QLabel(WORDS)
    text.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(text)
    area.setWidget(page)
    area.setWidgetResizable(True)
    return area, title, text


def test_only_the_line_the_edge_cuts_lies_under_the_strip(qtbot):
    area, title, text = scrolled_text(qtbot)
    strip = MoreBelow(area, Theme(), lambda: "More below")
    spacing = QFontMetrics(text.font()).lineSpacing()
    area.resize(400, title.sizeHint().height() + 6 * spacing + 3 * spacing // 2)
    area.show()
    qtbot.waitUntil(lambda: strip.isVisible())
    height = area.viewport().height()
    band = cue_band(Theme(), area.viewport().rect(), height).height()
    rect = strip_rect(area)
    assert rect.top() < height <= rect.top() + spacing  # the cut line
    if rect.height() < band:  # too short for the cue: the lines in its band go under it too
        rect = strip_rect(area, band)
    start = text.mapTo(area.viewport(), QPoint(0, 0)).y()
    tops = [start + top for top, _bottom in line_rows(text)]
    assert rect.top() in tops  # at a line's top
    assert rect.top() - start >= 4 * spacing  # the lines above it show, not the title alone
    assert height - rect.top() <= band + spacing  # the cut line and those in the band only
    assert strip.geometry() == rect


def test_the_strip_is_drawn_though_qt_left_its_updates_disabled(qtbot):
    area, title, text = scrolled_text(qtbot)
    theme = Theme()
    strip = MoreBelow(area, theme, lambda: "More below")
    strip.setAttribute(Qt.WA_UpdatesDisabled)  # as Qt left it, made inside a panel being built
    spacing = QFontMetrics(text.font()).lineSpacing()
    area.resize(400, title.sizeHint().height() + 6 * spacing + 3 * spacing // 2)
    area.show()
    qtbot.waitUntil(lambda: strip.isVisible())
    picture = area.grab().toImage()  # the cue's words, muted, in its top band
    band = strip_band(theme, strip.rect(), area.viewport().height())
    band.moveTopLeft(strip.mapTo(area, band.topLeft()))
    assert cue_drawn(picture, band, theme.color("text_muted"))


def test_a_strip_whose_area_lost_its_page_covers_nothing(qtbot):
    """A dialog closing takes its page away while the strip's placing is still queued."""
    area, title, text = scrolled_text(qtbot)
    strip = MoreBelow(area, Theme(), lambda: "More below")
    area.resize(400, 200)
    area.show()
    qtbot.waitUntil(lambda: strip.isVisible())
    area.takeWidget().deleteLater()
    strip.follow()
    qtbot.waitUntil(lambda: not strip.isVisible())
    assert strip_rect(area) is None


def buttons_column(qtbot, gap: int) -> tuple[QScrollArea, list[QPushButton]]:
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(gap)
    keys = [QPushButton(f"A choice of purpose {n}") for n in range(12)]
    for key in keys:
        key.setFixedHeight(80)
        layout.addWidget(key)
    area.setWidget(page)
    area.setWidgetResizable(True)
    return area, keys


@pytest.mark.parametrize("gap", [10, 60])
def test_a_strip_over_a_buttons_top_rises_over_the_blank_above_it(qtbot, gap):
    """The edge 6 px into a button's top, under a whole button: the strip had been 6 px tall
    and its arrow a 6 px dot (the message form's purposes at 150 %). It takes the blank above
    as well, up to the button above or to the least arrow's height, and covers no button
    that shows whole."""
    theme = Theme()
    area, keys = buttons_column(qtbot, gap)
    strip = MoreBelow(area, theme, lambda: "More below")
    area.resize(400, 300)
    area.show()
    qtbot.waitUntil(lambda: keys[-1].y() > 300)
    view = area.viewport()
    cut = next(key for key in keys if key.mapTo(view, QPoint(0, 0)).y() > 150)
    area.resize(400, area.height() + cut.mapTo(view, QPoint(0, 0)).y() + 6 - view.height())
    qtbot.waitUntil(lambda: strip.isVisible() and strip.covers)
    above = keys[keys.index(cut) - 1]
    whole_bottom = above.mapTo(view, QPoint(0, above.height())).y()  # the row under it
    assert view.height() - cut.mapTo(view, QPoint(0, 0)).y() == 6
    least = cue_room(theme)
    assert strip.geometry().top() == max(whole_bottom, view.height() - least)
    assert strip.geometry().bottom() == view.height() - 1
    assert strip.height() >= min(least, 6 + gap)
