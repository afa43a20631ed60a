"""Every word of the desk console is readable as drawn, in the normal and the high-contrast
palette, at 100 and 200 %, in both flash phases of the calls nobody answered: each label's and
button's words, and each painted text of each row of its three lists (tags, place, need,
waiting time, who is on the way; the history's; the messages'), read from the rendered pixels
(tests/support/pixel_contrast.py): 4.5:1, 7:1 in high contrast. In high contrast the
unanswered calls' words were white on the yellow flash (1.1:1), and so was "sound
unavailable" on its yellow banner, and the selected call's frame was yellow on its yellow
flash, the selection seen every other second."""
from __future__ import annotations

import pytest
from pixel_contrast import drawn_contrast, drawn_row_contrast
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.directory.accessibility import Profile, contrast_ratio
from kiosk.ui.screenshots.console import desk_theme, desk_window
from kiosk.ui.screenshots.messages import _messages, away_person


def _shown(win):
    for widget in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if (widget.isVisible() and widget.text().strip()
                and widget.visibleRegion().boundingRect() == widget.rect()):
            yield widget


@pytest.mark.parametrize("flash", [True, False], ids=["flash-on", "flash-off"])
@pytest.mark.parametrize("zoom", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_console_text_is_readable_as_drawn(qtbot, demo, lang, high_contrast, zoom,
                                                  flash):
    win = desk_window(demo, _messages(demo, away_person(demo)), lang,
                      desk_theme(Profile(zoom=zoom, high_contrast=high_contrast)), (1920, 1080))
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.tick.stop()
    win.chime.problem = "no_device"  # the yellow "sound unavailable" banner, measured too
    win._show_sound()
    win.ctx.flash_on = flash
    win.open_model.repaint()
    least = 7.0 if high_contrast else 4.5
    low, measured = [], 0
    for widget in _shown(win):
        drawn = drawn_contrast(widget)
        measured += 1
        if drawn.ratio < least:
            low.append(str(drawn))
    for view in (win.calls_view, win.history_view, win.messages.view):
        for drawn in drawn_row_contrast(view):
            measured += 1
            if drawn.ratio < least:
                low.append(f"{view.objectName()}: {drawn}")
    assert measured > 20
    assert low == [], "\n".join(low)


@pytest.mark.parametrize("flash", [True, False], ids=["flash-on", "flash-off"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high"])
def test_the_selected_calls_frame_shows_in_both_flash_phases(qtbot, demo, high_contrast,
                                                             flash):
    """The frame (right edge) against the row's fill inside it: 3:1, as a focus ring."""
    theme = desk_theme(Profile(zoom=1.0, high_contrast=high_contrast))
    win = desk_window(demo, _messages(demo, away_person(demo)), "en", theme, (1920, 1080))
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.tick.stop()
    win.ctx.flash_on = flash
    win.open_model.repaint()
    view = win.calls_view
    row = view.visualRect(win.open_model.index(0))
    assert view.selectionModel().isRowSelected(0)  # the first call, new: it flashes
    image = view.viewport().grab().toImage()
    frame = QColor(image.pixel(row.right() - 1, row.center().y())).name()
    fill = QColor(image.pixel(row.right() - theme.px(10), row.center().y())).name()
    assert contrast_ratio(frame, fill) >= 3.0, (frame, fill)
