"""Everything on every screen is readable as drawn, over the whole screenshot tour, in normal
and high contrast, read from the rendered pixels:
- the words: each label's, button's and list row's against the pixels behind them (4.5:1;
  7:1 in high contrast; 3:1 for large text in normal contrast);
- what is not words (WCAG 1.4.11, 3:1): each control's edge against what surrounds it, the
  plans' "you are here", destination and route against the plan under them, and the same
  marks in the plans' key against its ground. (The focus ring is measured the same way on
  every stop of the same tour by ui/test_keypad.py.)
The tour is walked once per look; both checks read what that walk measured."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from helpers import keep_messages
from looks import CONTRASTS, LARGEST, Look, kiosk_in
from pixel_contrast import drawn_contrast, drawn_edge, drawn_row_contrast
from plan_pixels import NON_TEXT, key_problems, marker_problems
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QListView

from kiosk.ui.screenshots.visitor import tour
from kiosk.ui.widgets.overlays import Overlay

LARGE_PX = 24  # WCAG's large text: 18 pt, or 14 pt bold (about 19 px)
# The tour is long: every palette, with each language at 100 % and the largest text in portrait.
WALKS = [Look(lang, shape, zoom, high_contrast) for high_contrast in CONTRASTS
         for lang, shape, zoom in (("ko", "landscape", 1.0), ("en", "landscape", 1.0),
                                   ("ko", "portrait", LARGEST))]


def _large(widget) -> bool:
    font = widget.font()
    return font.pixelSize() >= LARGE_PX or (font.bold() and font.pixelSize() >= 19)


def _top(window):
    """What a visitor reads: with a dialog open, the dialog (the screen behind is dimmed on
    purpose)."""
    dialogs = [o for o in window.findChildren(Overlay) if o.isVisible()]
    return dialogs[0].panel if dialogs else window


def _whole(widget) -> bool:
    # Whole: a control half scrolled away shows a slice of its frame, not its words (it is
    # measured where it shows whole: the keys on the search screen, for one).
    return widget.isVisible() and widget.visibleRegion().boundingRect().contains(widget.rect())


def _shown(window):
    """The words a visitor can read."""
    top = _top(window)
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if widget.text().strip() and _whole(widget):
            yield widget


def _controls(window):
    """The controls a visitor can use (a disabled one needs no edge: WCAG 1.4.11)."""
    top = _top(window)
    for widget in top.findChildren(QAbstractButton) + top.findChildren(QAbstractItemView):
        if widget.isEnabled() and _whole(widget):
            yield widget


def top_level(window) -> bool:
    return not any(o.isVisible() for o in window.findChildren(Overlay))


@dataclass
class Walk:
    """What one walk of the tour measured."""

    names: list = field(default_factory=list)
    text: list = field(default_factory=list)  # words below their contrast
    rows: int = 0  # list rows' words measured
    non_text: list = field(default_factory=list)  # edges and marks below 3:1
    edges: int = 0  # controls' edges measured
    plans: int = 0  # plans whose marks were measured


def _words(window, name: str, high_contrast: bool, walk: Walk) -> None:
    for widget in _shown(window):
        drawn = drawn_contrast(widget)
        least = 7.0 if high_contrast else 3.0 if _large(widget) else 4.5
        if drawn.ratio < least:
            walk.text.append(f"{name}: {drawn} (needs {least})")
    for view in window.findChildren(QListView) if top_level(window) else ():
        if view.isVisible() and not view.visibleRegion().isEmpty():
            for drawn in drawn_row_contrast(view):
                walk.rows += 1
                # Row words are 24 units and more: large from 100 % on a 1080 screen.
                least = 7.0 if high_contrast else 4.5
                if drawn.ratio < least:
                    walk.text.append(f"{name} (row): {drawn} (needs {least})")


def _non_text(window, name: str, walk: Walk) -> None:
    shown = window.grab().toImage()
    for widget in _controls(window):
        walk.edges += 1
        drawn = drawn_edge(widget, shown)
        if drawn.ratio < NON_TEXT:
            walk.non_text.append(f"{name}: the edge of {drawn} (needs {NON_TEXT})")
    if not top_level(window):
        return
    page = window.current_page()  # a floor's plan, or the route's map
    plan = getattr(page, "plan", None) or getattr(page, "map", None)
    if plan is not None and plan.isVisible() and hasattr(plan, "pins"):
        walk.plans += 1
        walk.non_text += marker_problems(plan, name)
        walk.non_text += key_problems(page.legend, name)


@pytest.fixture(scope="module", params=WALKS, ids=str)
def walked(request, qapp, demo, tmp_path_factory) -> Walk:
    """The tour walked once in one look (language, text size, shape, palette), every word and
    every non-text mark measured on the way."""
    look = request.param
    window = kiosk_in(look, demo, tmp_path_factory.mktemp("data"))
    keep_messages(window, tmp_path_factory.mktemp("notes"))  # the message screens too
    walk = Walk()
    try:
        for name in tour(window, demo):
            walk.names.append(name)
            _words(window, name, look.high_contrast, walk)
            _non_text(window, name, walk)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return walk


def test_every_text_of_every_screen_is_readable(walked):
    assert {"home", "floor-1F", "help", "survey", "message-sent"} <= set(walked.names)
    assert walked.rows > 10  # the rows were measured, not skipped
    assert walked.text == [], "\n".join(walked.text)


def test_every_control_and_mark_stands_out(walked):
    """Controls' edges, the plans' marks and their key: 3:1 against what is beside them."""
    assert walked.edges > 500 and walked.plans >= 5  # measured, not skipped
    assert walked.non_text == [], "\n".join(walked.non_text)


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
