"""Where one list row ends, on the pixels: the rule under each row stands out 3:1 from the
row above it and from what lies under it (non-text contrast, WCAG 1.4.11), in both palettes,
on the row the keys are on too. It was an antialiased line at half its light grey, 1.1:1."""
from __future__ import annotations

from looks import in_looks, settle, wear
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListView

from kiosk.directory.accessibility import contrast_ratio

LEAST = 3.0
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


def faint_rules(window, view: QListView, where: str) -> tuple[list[str], int]:
    image = window.grab().toImage()
    model, viewport = view.model(), view.viewport()
    shown = viewport.visibleRegion().boundingRect()
    found, measured = [], 0
    for row in range(model.rowCount() - 1):
        upper, lower = (view.visualRect(model.index(r, 0)) for r in (row, row + 1))
        if not (shown.contains(upper) and shown.contains(lower)):
            continue
        # Inside the rows' left margin, where nothing but their ground is painted.
        at = viewport.mapTo(window, QPoint(upper.left() + 2, upper.center().y()))
        end = viewport.mapTo(window, lower.center()).y()
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
