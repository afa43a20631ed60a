"""Every word of every screen is readable as drawn: the pixels of each label's, button's and
list row's words against the pixels behind them, over the whole screenshot tour, in normal
and high contrast (4.5:1; 7:1 in high contrast; 3:1 for large text in normal contrast)."""
from __future__ import annotations

import pytest
from pixel_contrast import drawn_contrast, drawn_row_contrast
from PySide6.QtWidgets import QAbstractButton, QLabel, QListView

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES, tour
from kiosk.ui.widgets.overlays import Overlay

LARGE_PX = 24  # WCAG's large text: 18 pt, or 14 pt bold (about 19 px)


def _large(widget) -> bool:
    font = widget.font()
    return font.pixelSize() >= LARGE_PX or (font.bold() and font.pixelSize() >= 19)


def _shown(window):
    """The words a visitor can read: with a dialog open, its own (the screen behind is dimmed
    on purpose)."""
    dialogs = [o for o in window.findChildren(Overlay) if o.isVisible()]
    top = dialogs[0].panel if dialogs else window
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        # Whole: a control half scrolled away shows a slice of its frame, not its words (it
        # is measured where it shows whole: the keys on the search screen, for one).
        if widget.isVisible() and widget.text().strip() and \
                widget.visibleRegion().boundingRect().contains(widget.rect()):
            yield widget


def top_level(window) -> bool:
    return not any(o.isVisible() for o in window.findChildren(Overlay))


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("lang, zoom, shape", [("ko", 1.0, "landscape"),
                                               ("en", 1.0, "landscape"),
                                               ("ko", 2.0, "portrait")])
def test_every_text_of_every_screen_is_readable(window, demo, lang, zoom, shape,
                                                high_contrast):
    window.idle.idle_timer.setInterval(2**31 - 1)  # a slow check is no idle visitor
    window.resize(*SIZES[shape])
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(zoom=zoom, high_contrast=high_contrast))
    low, rows = [], 0
    for name in tour(window, demo):
        for widget in _shown(window):
            drawn = drawn_contrast(widget)
            least = 7.0 if high_contrast else 3.0 if _large(widget) else 4.5
            if drawn.ratio < least:
                low.append(f"{name}: {drawn} (needs {least})")
        for view in window.findChildren(QListView) if top_level(window) else ():
            if view.isVisible() and not view.visibleRegion().isEmpty():
                for drawn in drawn_row_contrast(view):
                    rows += 1
                    # Row words are 24 units and more: large from 100 % on a 1080 screen.
                    least = 7.0 if high_contrast else 4.5
                    if drawn.ratio < least:
                        low.append(f"{name} (row): {drawn} (needs {least})")
    assert rows > 10  # the rows were measured, not skipped
    assert low == [], "\n".join(low)


def test_the_row_check_reads_the_pixels(window):
    """A row painted in its background's colour is caught."""
    window.navigate(("floor", "1F"))
    view = window.page("floor").list
    window.grab()
    assert min(d.ratio for d in drawn_row_contrast(view)) > 4.5
    window.ctx.theme.palette = type(window.ctx.theme.palette)(
        **{**window.ctx.theme.palette.__dict__, "text": "#ffffff"})  # names white on white
    view.viewport().repaint()
    assert min(d.ratio for d in drawn_row_contrast(view)) < 1.2
