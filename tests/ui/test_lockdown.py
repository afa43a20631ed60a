"""The kiosk cannot be left from its screen (ui/services/lockdown.py): no menu, no tip, no
link, no close, no key that closes or switches; a scripted visitor tries them all."""
from __future__ import annotations

import os

import pytest
from helpers import find, tap
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QHelpEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolTip

from kiosk.ui.screens.search_page import MAX_LENGTH

LONG_PRESS_MS = 2000
LEAVING_KEYS = [
    (Qt.Key_F4, Qt.AltModifier), (Qt.Key_Q, Qt.ControlModifier), (Qt.Key_W, Qt.ControlModifier),
    (Qt.Key_O, Qt.ControlModifier), (Qt.Key_P, Qt.ControlModifier),
    (Qt.Key_S, Qt.ControlModifier), (Qt.Key_F1, Qt.NoModifier), (Qt.Key_F11, Qt.NoModifier),
    (Qt.Key_Escape, Qt.NoModifier), (Qt.Key_Tab, Qt.AltModifier),
    (Qt.Key_F10, Qt.ShiftModifier), (Qt.Key_Menu, Qt.NoModifier),
]


def child_processes() -> set[int]:
    """Processes whose parent is this one (the test runs the kiosk in its own process)."""
    me, found = str(os.getpid()), set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if fields[1] == me:
            found.add(int(entry))
    return found


def top_levels() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def visible_buttons(window) -> list[QAbstractButton]:
    found = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]

    def place(button):
        at = button.mapTo(window, QPoint())
        return at.y(), at.x()
    return sorted(found, key=place)


def press(qtbot, target, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(target, key, modifier)


@pytest.fixture
def kiosk(qtbot, window):
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    return window


def test_no_context_menu_by_right_click_shift_f10_or_the_menu_key(qtbot, kiosk):
    # Whatever a widget may offer one day, the request never reaches it: neither the clicks
    # and keys nor the context-menu events the window system makes of them.
    asked = []
    kiosk.setContextMenuPolicy(Qt.CustomContextMenu)
    kiosk.customContextMenuRequested.connect(asked.append)
    for widget in [kiosk, *(b for b in kiosk.findChildren(QAbstractButton) if b.isVisible())]:
        centre = widget.rect().center()
        qtbot.mouseClick(widget, Qt.RightButton, pos=centre)
        for reason in (QContextMenuEvent.Mouse, QContextMenuEvent.Keyboard):
            QApplication.sendEvent(widget, QContextMenuEvent(reason, centre,
                                                             widget.mapToGlobal(centre)))
    kiosk.setFocus()
    press(qtbot, kiosk, Qt.Key_F10, Qt.ShiftModifier)
    press(qtbot, kiosk, Qt.Key_Menu)
    assert asked == []


def test_no_tooltip_shows(qtbot, kiosk):
    button = kiosk.help_button
    button.setToolTip("a tip nobody should see")
    where = button.rect().center()
    QApplication.sendEvent(button, QHelpEvent(QEvent.ToolTip, where, button.mapToGlobal(where)))
    try:
        assert not QToolTip.isVisible()
    finally:
        QToolTip.hideText()


def test_no_link_is_opened(qtbot, kiosk):
    before = child_processes()
    link = QLabel('<a href="https://example.org/">example</a>', kiosk)
    link.setOpenExternalLinks(True)
    link.show()
    assert not link.openExternalLinks()
    assert not link.textInteractionFlags() & Qt.LinksAccessibleByMouse
    qtbot.mouseClick(link, Qt.LeftButton, pos=QPoint(8, link.height() // 2))
    # Opened by any other way, an address goes to the kiosk, which refuses it.
    assert QDesktopServices.openUrl(QUrl("https://example.org/"))
    assert QDesktopServices.openUrl(QUrl("file:///etc/passwd"))
    assert kiosk.lockdown.refused_urls == ["https://example.org/", "file:///etc/passwd"]
    assert child_processes() == before


def test_the_window_refuses_to_close(qtbot, kiosk):
    assert not kiosk.close()
    kiosk.windowHandle().close()
    assert kiosk.isVisible() and kiosk.isFullScreen()


def test_escape_still_means_back(qtbot, kiosk):
    tap(qtbot, find(kiosk, "Tile-people"))
    kiosk.setFocus()
    press(qtbot, kiosk, Qt.Key_Escape)
    assert kiosk.route == ("home",)
    assert kiosk.isFullScreen()


def test_full_screen_taken_away_comes_back(qtbot, kiosk):
    kiosk.showNormal()
    qtbot.waitUntil(kiosk.isFullScreen)


def test_a_scripted_attack_leaves_the_kiosk_as_it_was(qtbot, kiosk, demo):
    windows, children = top_levels(), child_processes()
    person = demo.staff[0]
    # Every key that closes, switches or leaves, at the focus and at the window.
    for route in (("home",), ("card", "staff", person.id), ("search",)):
        kiosk.navigate(route)
        for key, modifier in LEAVING_KEYS:
            press(qtbot, QApplication.focusWidget() or kiosk, key, modifier)
            press(qtbot, kiosk, key, modifier)
    # A long press on every button of home and of a card, each from a fresh visit.
    for route in (("home",), ("card", "staff", person.id)):
        kiosk.ctx.session.reset()
        kiosk.navigate(route)
        # Screens build some buttons again as they open: found again by place each time.
        count = len(visible_buttons(kiosk))
        assert count >= 5
        for n in range(count):
            kiosk.ctx.session.reset()
            kiosk.navigate(route)
            buttons = visible_buttons(kiosk)
            if n >= len(buttons):
                break
            button = buttons[n]
            QTest.mousePress(button, Qt.LeftButton, pos=button.rect().center())
            qtbot.wait(LONG_PRESS_MS)
            QTest.mouseRelease(button, Qt.LeftButton, pos=button.rect().center())
    kiosk.ctx.session.reset()
    # A megabyte of text into the search field: by a keyboard, pasted, and set.
    kiosk.navigate(("search",))
    page = kiosk.page("search")
    megabyte = "도서관 library " * (1_000_000 // 12)
    QApplication.clipboard().setText(megabyte)
    press(qtbot, QApplication.focusWidget() or page, Qt.Key_V, Qt.ControlModifier)
    QApplication.sendEvent(QApplication.focusWidget() or page,
                           QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, megabyte))
    assert 0 < len(page.composer.text) <= MAX_LENGTH
    page.set_query("가" * (MAX_LENGTH + 1))
    assert len(page.composer.text) == MAX_LENGTH
    page.set_query(megabyte)
    assert len(page.composer.text) <= MAX_LENGTH
    # Still answering, still whole, still alone.
    tap(qtbot, kiosk.home_button)
    tap(qtbot, find(kiosk, "Tile-floors"))
    assert kiosk.route == ("floors",)
    assert kiosk.isVisible() and kiosk.isFullScreen()
    assert [w for w in top_levels() if w not in windows] == []  # no menu, tip or dialog
    assert child_processes() == children


def test_started_at_the_first_frame_it_catches_up_on_what_came_before(qtbot, demo, cfg):
    # As run() does: the window built, shown and painted before the filter starts.
    from kiosk.ui.app import build

    window = build(demo, cfg, filter_now=False)
    qtbot.addWidget(window)
    link = QLabel('<a href="https://example.org/">example</a>', window.stack)
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitExposed(window)
    # Polished already, links on, as if no filter had seen it (the earlier tests' windows,
    # which refuse to close, still filter their own way).
    link.setOpenExternalLinks(True)
    link.setTextInteractionFlags(Qt.TextBrowserInteraction)
    assert not window.inputs.running
    window.inputs.start()
    assert not link.openExternalLinks()
    assert not link.textInteractionFlags() & Qt.LinksAccessibleByMouse
    assert not window.close()  # refused from now on
    window.showNormal()  # and full screen, known from before, comes back
    qtbot.waitUntil(window.isFullScreen)
