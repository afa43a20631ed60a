"""The route screen by keypad alone, as a blind visitor meets it: the keys start on Next (the
step the visitor acts on), select pages the steps, and no arrow from a step's button lands on
the header's language button (where a following select would switch the language)."""
from __future__ import annotations

from keypad_support import DIRECTION_KEYS, focus_at, focused, name, press
from looks import LARGEST, SMALLEST, in_looks, kiosk_in, settle
from PySide6.QtWidgets import QPushButton

READING_ROOM = "2F-general"


def to_route_by_keys(qtbot, window, target=("rooms", READING_ROOM)):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate(("card", *target))
    settle()
    way = next(b for b in window.page("card").findChildren(QPushButton, "ShowWayButton")
               if b.isVisible())
    focus_at(way)
    press(qtbot, window, "5")
    assert window.route == ("route", *target)
    return window.page("route")


@in_looks(lang=("ko", "en"), zoom=(SMALLEST, LARGEST))
def test_the_keys_start_on_next_and_select_pages(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    page = to_route_by_keys(qtbot, window)
    assert len(page.pager.steps) > 1
    assert focused() is page.pager.next, name(focused())
    press(qtbot, window, "5")
    assert page.pager.step == 1


@in_looks(lang=("ko", "en"), zoom=(SMALLEST, LARGEST))
def test_no_arrow_from_a_step_button_reaches_the_language_button(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    page = to_route_by_keys(qtbot, window)
    wrong = []
    for step in range(len(page.pager.steps)):
        page.pager.page_to(step)
        settle()
        for control in (page.pager.previous, page.pager.next):
            if not control.isEnabled():
                continue
            for direction, key in DIRECTION_KEYS.items():
                focus_at(control)
                press(qtbot, window, key, check=False)
                if focused() is window.lang_button:
                    wrong.append(f"step {step + 1}: {direction} from {name(control)}")
    assert wrong == []
