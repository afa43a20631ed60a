"""The looks a visitor can give the kiosk (language x orientation x text size x contrast x
position), for the tests that check a screen in each look. The text sizes and the screen's
shapes are the kiosk's own (accessibility.ZOOMS, the screenshots' SIZES): a new one reaches
every such test, as a language or palette added here does.

A test takes its looks with `@in_looks(...)` (a `look` argument), puts the window in it with
`wear(window, look)`, and asks `hidden_part` whether something shows whole."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from kiosk.directory import config
from kiosk.directory.accessibility import ZOOMS, Profile
from kiosk.ui.screenshots.visitor import SIZES

LANGS = ("ko", "en")
SHAPES = tuple(SIZES)
CONTRASTS = (False, True)  # normal, high
POSITIONS = (False, True)  # full screen, low (the wheelchair's reach band)
SMALLEST, LARGEST = min(ZOOMS), max(ZOOMS)
# Mounted where the reach band cuts the screen: a landscape panel higher than usual (its top
# edge at 1,298 mm), a portrait one at the usual height (its top above reach).
BAND_CUTS = {"landscape": {"screen.bottom": 900.0}, "portrait": {"screen.bottom": 700.0}}
NEVER = 2**31 - 1  # ms: a slow check is no idle visitor


@dataclass(frozen=True)
class Look:
    lang: str
    shape: str
    zoom: float
    high_contrast: bool = False
    low_position: bool = False

    @property
    def size(self) -> tuple[int, int]:
        return SIZES[self.shape]

    @property
    def profile(self) -> Profile:
        return Profile(zoom=self.zoom, high_contrast=self.high_contrast,
                       low_position=self.low_position)

    def __str__(self) -> str:  # the test's id: ko-portrait-150-high-low
        parts = [self.lang, self.shape, str(round(self.zoom * 100))]
        parts += [part for part, on in (("high", self.high_contrast),
                                        ("low", self.low_position)) if on]
        return "-".join(parts)


def _values(axis) -> tuple:
    return tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)


def looks(where=None, *, lang=LANGS, shape=SHAPES, zoom=ZOOMS, high_contrast=False,
          low_position=False) -> list[Look]:
    """Every look made of the values given for each part (one value or several; by default
    every language, shape and text size, in normal contrast at full height), kept where
    `where(look)` holds when given (for pairs of values: 'low, or at 200 %')."""
    every = (Look(*parts) for parts in product(_values(lang), _values(shape), _values(zoom),
                                               _values(high_contrast), _values(low_position)))
    return [look for look in every if where is None or where(look)]


def in_looks(where=None, **parts):
    """Runs the test once in each of `looks(where, **parts)`, given as its `look`."""
    return pytest.mark.parametrize("look", looks(where, **parts), ids=str)


def wear(window, look: Look):
    """Puts the kiosk's window in `look`, with the idle reset held off."""
    window.resize(*look.size)
    window.ctx.session.set_language(look.lang)
    window.ctx.session.set_profile(look.profile)
    # After the profile, which sets the idle time again (help chosen doubles it).
    window.idle.idle_timer.setInterval(NEVER)
    return window


def kiosk_in(look: Look, demo, folder, qtbot=None, settings=None, speech=None, alerts=None):
    """A kiosk of the test's own, shown in `look`: for settings of its own (where the screen
    is mounted), or a walk shared by several tests (no qtbot: the caller closes it)."""
    from kiosk.ui.app import build

    window = build(demo, config.Config({"data.folder": str(folder), **(settings or {})}),
                   speech, alerts)
    if qtbot is not None:
        qtbot.addWidget(window)
    window.resize(*look.size)
    window.show()
    if qtbot is not None:
        qtbot.waitExposed(window)
    return wear(window, look)


def each_look(qtbot, demo, folder, shape: str, low_position: bool):
    """A kiosk of the test's own in `shape`, at full height or lowered (mounted where the band
    cuts the screen), put in each look of that shape and position in turn (every language,
    text size and palette): yields (window, look)."""
    window = kiosk_in(Look(LANGS[0], shape, SMALLEST, low_position=low_position), demo, folder,
                      qtbot, BAND_CUTS[shape] if low_position else None)
    for look in looks(shape=shape, high_contrast=CONTRASTS, low_position=low_position):
        yield wear(window, look), look


def settle(qtbot=None) -> None:
    """As the visitor sees it: posted layouts done (a scroll bar that appears posts more)."""
    for _ in range(6):
        QApplication.processEvents()
    if qtbot is not None:
        qtbot.wait(1)


def hidden_part(window, widget) -> str:
    """'' when `widget` shows whole (not scrolled or cut away) inside the window's content,
    which is the reach band in the low position; else what hides it."""
    if not widget.isVisible():
        return "not shown"
    if widget.visibleRegion().boundingRect() != widget.rect():
        return f"only {widget.visibleRegion().boundingRect()} of {widget.rect()} shows"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.content_rect().contains(rect):
        return f"{rect} leaves {window.content_rect()}"
    return ""
