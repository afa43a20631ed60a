"""The arrow under a scroll bar's handle: there exactly while the view can scroll down, in the
track the handle leaves under it (never over the handle), at least the least arrow's height,
in a short view too (the help and survey dialogs lowered at 200 %, 119 px tall: the handle's
least height had filled the track), else at the handle's foot; a tap on it pages down, as a
tap on the track does."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.bar_cue import BarCue, handle, room_below
from kiosk.ui.widgets.strip_cue import cue_room


def scrolled(qtbot, theme, height: int) -> QScrollArea:
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setStyleSheet(theme.stylesheet())
    page = QWidget()
    page.setLayout(QVBoxLayout())
    for n in range(12):
        page.layout().addWidget(QLabel(f"Reason {n}"))
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(400, height)
    return area


@pytest.mark.parametrize("zoom", [1.0, 2.0])
@pytest.mark.parametrize("height", [119, 400])
def test_the_arrow_shows_under_the_handle_while_more_lies_below(qtbot, zoom, height):
    theme = Theme()
    theme.set_look(zoom, theme.palette)
    area = scrolled(qtbot, theme, height)
    bar = area.verticalScrollBar()
    arrow = BarCue(bar, theme)
    area.show()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and arrow.isVisible())
    assert room_below(bar).contains(arrow.geometry())  # under the handle, in the track
    assert arrow.height() >= cue_room(theme) * 3 // 4 and arrow.height() >= 16
    for value in range(1, bar.maximum()):  # scrolled on: under the handle, or at its foot
        bar.setValue(value)
        assert arrow.isVisible() and arrow.height() >= 16
        assert (handle(bar) if arrow.on_handle else room_below(bar)).contains(
            arrow.geometry())
    bar.setValue(bar.maximum())  # at the end: nothing lies below
    assert not arrow.isVisible()


def test_a_tap_on_the_arrow_pages_down(qtbot):
    theme = Theme()
    area = scrolled(qtbot, theme, 300)
    bar = area.verticalScrollBar()
    arrow = BarCue(bar, theme)
    area.show()
    qtbot.waitUntil(lambda: arrow.isVisible())
    qtbot.mouseClick(bar, Qt.LeftButton, pos=arrow.geometry().center())
    assert bar.value() > 0


def test_an_area_that_does_not_scroll_has_no_arrow(qtbot):
    theme = Theme()
    area = scrolled(qtbot, theme, 1200)
    arrow = BarCue(area.verticalScrollBar(), theme)
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().maximum() == 0 and not arrow.isVisible()
