"""The "▼ more below" strip is a quiet cue on every view of the screenshot tour that shows one
at 200 %, in Korean and English, landscape and portrait: what it covers is blank in the
ground of its view, and what it draws (the muted words, or the arrow alone) lies in a band at
the strip's top, right under what shows whole, no taller than 15 % of the view. It had been a
grey panel down from the first cut row or button, a third of a short list's height, that
visitors tapped as a button; then its words lay at the view's bottom edge under up to 397 px
of blank, which read as the list's end."""
from __future__ import annotations

import pytest
from looks import LARGEST, SHAPES, Look, kiosk_in, looks, settle, wear
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget
from strip_look import cue_drawn, drawn_rows

from kiosk.directory import config
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.screenshots.visitor import tour
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.rows_below import RowsBelow
from kiosk.ui.widgets.strip_cue import cue_room, strip_band

SHARE = 0.15
SLIVER = 8  # px: a strip over a button's last few pixels has no room for an arrow that shows


def _ground(theme, widget) -> object:
    """The colour behind what a view shows where `widget` lies: a card, a panel, a dialog's
    sheet or a list is "surface"."""
    while widget is not None:
        if isinstance(widget, QListView) or widget.objectName() in ("DialogSheet", "Card") \
                or widget.property("role") == "panel":
            return theme.color("surface")
        widget = widget.parentWidget()
    return theme.color("background")


def _lies_on(strip) -> object:
    """The widget of its area's page under the strip's top edge, or the area."""
    page = strip.area.widget()
    top = strip.geometry().center() - QPoint(0, strip.height() // 2)  # in the view
    at = page.childAt(page.mapFrom(strip.area.viewport(), top)) if page else None
    return at if at is not None else strip.area


def strips(window) -> list[tuple[str, QRect, object, int, object]]:
    """(name, the strip's rect in the window, the ground it lies on, the view's height, the
    view's scroll bar) of each strip shown now, on top (not behind an open dialog)."""
    found, theme = [], window.ctx.theme
    for strip in window.findChildren(MoreBelow):
        if strip.isVisible() and window.childAt(strip.mapTo(window, strip.rect().center())) \
                is strip:
            on = _lies_on(strip)
            found.append((strip.objectName(), QRect(strip.mapTo(window, strip.rect().topLeft()),
                                                    strip.size()),
                          _ground(theme, on), strip.area.viewport().height(),
                          strip.area.verticalScrollBar()))
    for view in window.findChildren(QAbstractItemView):
        cut = view.cut() if isinstance(view, RowsBelow) and view.isVisible() else None
        inner = view.viewport()
        if cut is not None and view.strip is not None \
                and cut[0] + 1 < inner.visibleRegion().boundingRect().bottom():
            # in view: a list under its page's fold shows nothing of it
            top = inner.mapTo(window, inner.rect().topLeft())
            rect = QRect(top.x(), top.y() + cut[0], inner.width(), inner.height() - cut[0])
            found.append((view.objectName(), rect, theme.color("surface"), inner.height(),
                          view.verticalScrollBar()))
    return found


def problems(window) -> tuple[list[str], int]:
    image, found, seen = window.grab().toImage(), [], 0
    muted = window.ctx.theme.color("text_muted")
    theme = window.ctx.theme
    for name, rect, ground, height, bar in strips(window):
        seen += rect.height() >= SLIVER
        rows = drawn_rows(image, rect, ground)
        if rect.height() < SLIVER:
            continue
        band = strip_band(theme, rect, height)
        if rows is None and band.height() < cue_room(theme):
            # Its band lower than the least arrow, it draws none: the arrow under the
            # scroll bar's handle says it instead.
            if not any(arrow.isVisible() for arrow in bar.findChildren(QWidget, "BarCue")):
                found.append(f"{name}: no cue drawn in {rect.height()} px, none in its bar")
            continue
        if rows is None or not cue_drawn(image, rect, muted):
            found.append(f"{name}: no cue drawn in {rect.height()} px")
        elif rows[1] + 1 - rows[0] > height * SHARE:
            found.append(f"{name}: drawn {rows[1] + 1 - rows[0]} px of a view "
                         f"{height} px tall")
        elif rows[1] > band.bottom():
            found.append(f"{name}: its cue drawn {rows[1] - rect.top()} px under the strip's "
                         f"top, below its {band.height()} px band")
    return found, seen


@pytest.mark.parametrize("shape", SHAPES)
def test_the_strip_is_a_thin_cue_on_every_view_of_the_tour_at_200(qtbot, demo, tmp_path,
                                                                  shape):
    desk = PicturedDesk(config.Config({})["kiosk.id"])
    window = kiosk_in(Look("ko", shape, LARGEST), demo, tmp_path, qtbot, alerts=desk)
    found, seen = [], 0
    for look in looks(shape=shape, zoom=LARGEST):
        wear(window, look)
        for name in tour(window, demo):
            settle()
            for view in window.findChildren(QAbstractItemView):
                if view.isVisible():
                    view.doItemsLayout()
            settle()
            some, count = problems(window)
            seen += count
            found += [f"{look} {name}: {problem}" for problem in some]
    assert seen > 0  # strips were measured
    assert found == [], "\n".join(found) + f"\n({len(found)} in all)"
