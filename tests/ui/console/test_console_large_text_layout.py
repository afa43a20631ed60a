"""The console as the tour pictures it (two visitors waiting at one kiosk, a call acknowledged
hours ago, a kiosk offline, a message overdue by a day), on a 1280 x 1024 and a 1920 x 1080
desk screen, at 100, 150 and 200 %, in both languages, as an attendant with low vision reads
it. At 200 % on 1280 x 1024 it once showed one call row ("NEW · Waiting 01:30", no place, no
need); the message's OVERDUE lay out of view; rows were sliced at the list's edge and
"전화 완료" lay half under the status bar."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from test_console_rows_whole import painted

from kiosk.calls.call import Call
from kiosk.directory.accessibility import Profile
from kiosk.directory.strings import tr
from kiosk.ui.console import rows
from kiosk.ui.screenshots.console import desk_theme, desk_window
from kiosk.ui.screenshots.messages import _messages, away_person

SCREENS = {"1280x1024": (1280, 1024), "1920x1080": (1920, 1080)}


@pytest.fixture(params=["ko", "en"])
def lang(request):
    return request.param


@pytest.fixture(params=[1.0, 1.5, 2.0], ids=["100%", "150%", "200%"])
def zoom(request):
    return request.param


def shown_desk(qtbot, demo, lang: str, zoom: float, screen: str):
    win = desk_window(demo, _messages(demo, away_person(demo)), lang,
                      desk_theme(Profile(zoom=zoom)), SCREENS[screen])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.size() == win.size().expandedTo(win.minimumSizeHint()),
                    timeout=20000)
    win.tick.stop()  # a still picture: nothing moves on while it is read
    return win


@pytest.fixture(params=list(SCREENS))
def desk(request, qtbot, demo, lang, zoom):
    return shown_desk(qtbot, demo, lang, zoom, request.param)


def on_screen(win, widget) -> QRect:
    """The part of `widget` the window shows: clipped by every parent on the way up."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(win, shown.topLeft()), shown.size())


def whole(win, widget) -> bool:
    return (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
            and win.rect().contains(on_screen(win, widget)))


def painted_rows(monkeypatch, view) -> list[str]:
    return painted(monkeypatch, view, scroll=False)


def whole_rows(view) -> list[int]:
    model, area = view.model(), view.viewport().rect()
    return [r for r in range(model.rowCount()) if area.contains(view.visualRect(model.index(r)))]


def test_three_whole_call_rows_say_place_need_and_wait(desk, monkeypatch, lang):
    win = desk
    view = win.calls_view
    assert whole(win, view)
    shown = whole_rows(view)
    assert len(shown) >= 3, shown
    drawn = " ".join(painted_rows(monkeypatch, view))
    for row in shown:
        call = win.open_model.calls[row]
        assert rows.kiosk_label(call.kiosk, win.ctx.places, lang) in drawn
        assert rows.need_text(call, lang) in drawn
    waiting = tr("console.waiting", lang, time="").strip()
    assert drawn.count(waiting) >= 3


def test_no_row_is_sliced_at_the_lists_edge(desk):
    """A row the bottom edge cuts lies under the strip that says how many more lie below."""
    for view in (desk.calls_view, desk.history_view, desk.messages.view):
        if not view.isVisible():
            continue
        model, height = view.model(), view.viewport().height()
        cut = view.cut()
        for row in range(model.rowCount()):
            rect = view.visualRect(model.index(row))
            if rect.bottom() < 0 or rect.top() >= height:
                continue  # out of view
            inside = rect.top() >= 0 and rect.bottom() < height
            first = row == 0 or view.visualRect(model.index(row - 1)).bottom() < 0
            covered = cut is not None and rect.top() >= cut[0]
            assert inside or covered or first, (view.objectName(), row, rect, height)


def test_every_control_is_whole_and_clear_of_the_bars(desk):
    """Buttons outside the side panels show whole, inside the window, neither under the
    status bar nor the header; one inside the side panels shows whole once scrolled to."""
    win = desk
    bars = [on_screen(win, win.status_bar), on_screen(win, win.header)]
    for button in win.findChildren(QAbstractButton):
        if not button.isVisibleTo(win):
            continue
        if win.side_scroll.isAncestorOf(button):
            win.side_scroll.ensureWidgetVisible(button, 0, 0)
        assert whole(win, button), (button.objectName(), button.text())
        if not win.header.isAncestorOf(button):
            assert not any(bar.intersects(on_screen(win, button)) for bar in bars), \
                button.objectName()


def test_every_warning_word_is_in_view(desk, monkeypatch, lang):
    """The call acknowledged hours ago (OVERDUE), the new calls (NEW) and the message overdue
    by a day (OVERDUE): each warning is said in words the window shows whole, on a row of
    its list or in the words above it."""
    win = desk
    overdue, new = tr("console.overdue", lang), tr("console.new", lang)
    texts = {w: w.text() for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton)
             if whole(win, w) and w.text()}
    calls = [t for w, t in texts.items() if win.calls_panel.isAncestorOf(w)
             or w is win.page_buttons["calls"]]
    side = [t for w, t in texts.items() if win.messages.isAncestorOf(w)
            or w is win.page_buttons["side"]]
    rows_drawn = " ".join(painted_rows(monkeypatch, win.calls_view)) if whole(
        win, win.calls_view) else ""
    assert overdue in " ".join(calls) + rows_drawn
    assert new in " ".join(calls) + rows_drawn
    assert overdue in " ".join(side)


def test_at_200_on_a_narrow_screen_the_calls_and_the_rest_take_turns(qtbot, demo):
    """The side's page shows the message's OVERDUE whole; a new call brings the calls back."""
    win = shown_desk(qtbot, demo, "en", 2.0, "1280x1024")
    assert win.page_bar.isVisible() and not win.side_scroll.isVisible()
    qtbot.mouseClick(win.page_buttons["side"], Qt.LeftButton)
    qtbot.waitUntil(lambda: win.side_scroll.isVisible() and not win.calls_panel.isVisible(),
                    timeout=20000)
    assert win.side_scroll.width() > win.width() * 3 // 4  # the whole width, not a third
    heading = win.messages.heading
    qtbot.waitUntil(lambda: whole(win, heading), timeout=20000)
    assert tr("console.warn.overdue", "en", n=1) in heading.text()
    alerts = win.adapter.alerts
    call = Call.raise_new("annex", "3F", time.time(), "hearing")
    alerts.calls[call.key], alerts.opened[call.key] = call, call.time_of("raised")
    win.refresh()
    qtbot.waitUntil(lambda: win.calls_panel.isVisible() and not win.side_scroll.isVisible(),
                    timeout=20000)
    assert win.page_buttons["calls"].isChecked()


def test_the_screens_wide_enough_keep_both_side_by_side(qtbot, demo):
    win = shown_desk(qtbot, demo, "ko", 2.0, "1920x1080")
    assert not win.page_bar.isVisible()
    assert win.calls_panel.isVisible() and win.side_scroll.isVisible()
