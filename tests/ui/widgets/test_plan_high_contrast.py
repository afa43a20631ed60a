"""High contrast reaches the plans, on the drawn pixels: a floor's plan, a route's map and
their keys turn dark beside the black screen (no pastel rooms), with light walls round the
rooms, names at 7:1 on what is drawn behind them, and the pins, the route and the key's samples
at 3:1 against their ground; switched while the screen is open, and back again."""
from __future__ import annotations

from collections import Counter

import pytest
from plan_pixels import drawn_words, key_problems, marker_problems
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile, contrast_ratio

BLACK = "#000000"
DARK = 1.5  # a dark room or key: this close to the black screen at most
STAIRS = ("rooms", "4F-director")  # a route over two floors, with steps on each


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _image(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _colours(image: QImage, rect) -> Counter:
    rect = rect.intersected(image.rect())
    return Counter(f"#{image.pixel(x, y) & 0xFFFFFF:06x}"
                   for x in range(rect.left(), rect.right() + 1)
                   for y in range(rect.top(), rect.bottom() + 1))


def room_problems(view) -> list[str]:
    """Each room in view: its fill (the commonest colour inside it) dark beside the black
    screen, and its outline (the colour along its edges furthest from the fill) 3:1 from it.
    (The chosen room, the destination, is lit on purpose: its mark is measured by the key.)"""
    image, shown = _image(view), view.rect()
    out = []
    for room in view.rooms:
        if room.rect is None or room.id == view.selected:
            continue
        rect = view.room_rect(room).toAlignedRect()
        if not shown.contains(rect.center()) or rect.width() < 12 or rect.height() < 12:
            continue
        fill = _colours(image, rect.adjusted(4, 4, -4, -4)).most_common(1)[0][0]
        if contrast_ratio(fill, BLACK) > DARK:
            out.append(f"{room.id}: filled {fill}, {contrast_ratio(fill, BLACK):.2f}:1 to black")
        edge = _colours(image, rect.adjusted(-2, -2, 2, 2)) - _colours(image, rect.adjusted(
            3, 3, -3, -3))
        wall = max(edge, key=lambda c: contrast_ratio(c, fill))
        if contrast_ratio(wall, fill) < 3.0:
            out.append(f"{room.id}: outline {wall} on {fill}")
    return out


def name_problems(view, minimum: float) -> list[str]:
    """Each room's name (or letter) as painted on its plate: `minimum` against the plate."""
    labels = [label for label in view.placement().labels if label.lines]
    assert labels, "no names placed"
    out = []
    for label, (ground, words, pixels) in zip(labels, drawn_words(view, [
            label.box for label in labels], inset=1)):
        if pixels == 0 or contrast_ratio(words, ground) < minimum:
            out.append(f"{label.lines}: {words} on {ground}")
    return out


def sample_problems(legend) -> list[str]:
    """The key: its ground dark, and each sample (the colour in its box furthest from the
    ground beside it) 3:1 against that ground; the marks' middles measured by key_problems."""
    image = _image(legend)
    ground = f"#{image.pixel(legend.ctx.theme.px(6), legend.height() // 2) & 0xFFFFFF:06x}"
    out = [] if contrast_ratio(ground, BLACK) <= DARK else [f"the key's ground {ground}"]
    for key, icon, _text in legend._places(legend.width()):
        colours = _colours(image, icon.toAlignedRect())
        best = max(colours, key=lambda c: contrast_ratio(c, ground))
        if contrast_ratio(best, ground) < 3.0:
            out.append(f"{key}: {best} on {ground}")
    return out + key_problems(legend, "key")


def high_contrast(window, on: bool = True) -> None:
    window.ctx.session.set_profile(Profile(high_contrast=on))
    settle()


@pytest.mark.parametrize("floor", ["1F", "2F"])
def test_a_floor_plan_switches_to_dark_while_open(window, floor):
    window.navigate(("floor", floor))
    page = window.page("floor")
    settle()
    assert room_problems(page.plan), "the light plan is no dark one"
    high_contrast(window)
    assert room_problems(page.plan) == []
    assert name_problems(page.plan, 7.0) == []
    assert marker_problems(page.plan, floor) == []
    assert sample_problems(page.legend) == []
    high_contrast(window, False)  # and back: the light plan as it was
    assert room_problems(page.plan) and name_problems(page.plan, 4.5) == []


def test_a_routes_map_switches_to_dark_while_open(window):
    window.navigate(("route", *STAIRS))
    page = window.page("route")
    page.map.finish_animation()
    settle()
    assert room_problems(page.map), "the light plan is no dark one"
    high_contrast(window)
    for step in range(len(page.route.steps)):
        page.pager.page_to(step)
        page.map.finish_animation()
        settle()
        where = f"step {step + 1} on {page.map.floor.id}"
        assert room_problems(page.map) == [], where
        assert name_problems(page.map, 7.0) == [], where
        assert marker_problems(page.map, where) == []
        assert sample_problems(page.legend) == [], where
