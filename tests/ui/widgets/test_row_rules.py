"""Where one list row ends, on the pixels: the rule under each row stands out 3:1 from the
row above it and from what lies under it (non-text contrast, WCAG 1.4.11), in both palettes,
on the row the keys are on too: the kiosk's lists, the desk console's (open calls, messages,
today's closed calls) and the staff screen's (a stick's problems, an update's changes). Each
was a line in the light grey `surface_alt`, 1.1:1 against a row."""
from __future__ import annotations

import pytest
from looks import Look, in_looks, settle, wear
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListView

from kiosk.directory import config
from kiosk.directory.accessibility import Profile, contrast_ratio
from kiosk.ui.screenshots.console import desk_theme, desk_window
from kiosk.ui.screenshots.messages import _messages, away_person
from kiosk.ui.screenshots.staff import staff_tour

LEAST = 3.0
GROUND = 8  # px of a row's ground on each side of its rule, at least, to measure it
SCREENS = [("people",), ("staff", "*"), ("floor", "1F"), ("tables",), ("search",)]


def _hex(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def rule_between(image: QImage, x: int, top: int, bottom: int) -> tuple[str, str, str, int]:
    """(the rule's colour, the pixel over it, the pixel under it, its thickness) on the column
    `x` from the middle of one row (`top`) to the middle of the next (`bottom`): the run of
    pixels that stands out most from the row's own ground."""
    ground = _hex(image, x, top)
    column = [_hex(image, x, y) for y in range(top, bottom)]
    best = (ground, ground, ground, 0)
    y = 0
    while y < len(column):
        run = y
        while run < len(column) and column[run] == column[y]:
            run += 1
        if column[y] != ground and run < len(column) and contrast_ratio(
                column[y], ground) > contrast_ratio(best[0], ground):
            best = (column[y], column[y - 1], column[run], run - y)
        y = run
    return best


def faint_rules(window, view: QListView, where: str,
                inset=lambda rect: rect.left() + 2) -> tuple[list[str], int]:
    """The rules under the rows `view` shows, each too faint or too thin: measured down the
    column `inset(row)` (where nothing but the row's ground is painted), from the middle of
    one row to the middle of the next, or as far as each shows (rows magnified past half
    the list's height), some ground on each side of the rule in view."""
    image = window.grab().toImage()
    model, viewport = view.model(), view.viewport()
    shown = viewport.visibleRegion().boundingRect()
    found, measured = [], 0
    for row in range(model.rowCount() - 1):
        upper, lower = (view.visualRect(model.index(r, 0)) for r in (row, row + 1))
        top, bottom = max(upper.center().y(), shown.top()), min(lower.center().y(), shown.bottom())
        if top > upper.bottom() - GROUND or bottom < lower.top() + GROUND:
            continue
        at = viewport.mapTo(window, QPoint(inset(upper), top))
        end = viewport.mapTo(window, QPoint(0, bottom)).y()
        colour, over, under, thick = rule_between(image, at.x(), at.y(), end)
        measured += 1
        worst = min(contrast_ratio(colour, over), contrast_ratio(colour, under))
        if thick < 2 or worst < LEAST:
            found.append(f"{where}: under row {row}: {colour} {thick} px between {over} and "
                         f"{under}: {worst:.2f}:1")
    return found, measured


@in_looks(lang="ko", zoom=(1.0, 2.0), high_contrast=(False, True))
def test_rows_are_ruled_apart_on_the_pixels(window, look):
    wear(window, look)
    found, measured = [], 0
    for route in SCREENS:
        window.navigate(route)
        if route == ("search",):
            window.page("search").set_query("ㅈㅎㅈㅂ")
        settle()
        view = window.current_page().findChild(QListView)
        for focused in (False, True):  # the row the keys are on has a fill of its own
            if focused:
                view.setFocus()
                view.setCurrentIndex(view.model().index(0, 0))
                settle()
            more, count = faint_rules(window, view, f"{route[0]}{' focused' * focused}")
            found += more
            measured += count
    assert measured >= len(SCREENS)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high"])
@pytest.mark.parametrize("zoom", [1.0, 2.0], ids=["100%", "200%"])
def test_the_consoles_rows_are_ruled_apart_on_the_pixels(qtbot, demo, zoom, high_contrast):
    """Measured inside the rows' right margin: a card's or an overdue row's stripe fills the
    left one. The open calls between flashes, each on its own ground."""
    theme = desk_theme(Profile(zoom=zoom, high_contrast=high_contrast))
    win = desk_window(demo, _messages(demo, away_person(demo)), "en", theme, (1920, 1080))
    qtbot.addWidget(win)
    win.tick.stop()
    win.ctx.flash_on = False
    win.open_model.repaint()
    settle()
    found, measured = [], 0
    for view in (win.calls_view, win.messages.view, win.history_view):
        more, count = faint_rules(win, view, view.objectName(),
                                  lambda rect: rect.right() - theme.px(10))
        found += more
        measured += count
    assert measured >= 2  # between the open calls, and between the messages
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("built_in_assets")
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high"])
@pytest.mark.parametrize("zoom", [1.0, 2.0], ids=["100%", "200%"])
def test_the_staff_screens_rows_are_ruled_apart_on_the_pixels(qtbot, demo, tmp_path, zoom,
                                                               high_contrast):
    """A stick's problems and an update's changes, as the staff tour shows them, each rule
    scrolled to the middle of its list (magnified, a list shows one row or less)."""
    look = Look("en", "landscape", zoom, high_contrast)
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False})
    found, lists = [], set()
    tour = staff_tour(demo, cfg, look.size, look.lang, look.profile)
    for shots, step in tour:
        if step not in ("problems", "preview"):
            continue
        for name in ("ProblemList", "ChangeList"):
            view = shots.window.findChild(QListView, name)
            if view is None or not view.isVisible():
                continue
            bar = view.verticalScrollBar()
            for row in range(min(3, view.model().rowCount() - 1)):
                rule = view.visualRect(view.model().index(row, 0)).bottom()
                bar.setValue(bar.value() + rule - view.viewport().height() // 2)
                settle()
                more, count = faint_rules(shots.window, view, f"{step} {name}")
                found += [line for line in more if line not in found]
                lists.add(name) if count else None
        if step == "preview":
            break
    tour.close()
    assert lists == {"ProblemList", "ChangeList"}
    assert found == [], "\n".join(found)
