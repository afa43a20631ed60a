"""Search screen: the touch keyboard composes Hangul, results follow every keystroke."""
from __future__ import annotations

from helpers import find, tap, tap_row
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.search.hangul import to_keys


def open_search(qtbot, window):
    tap(qtbot, find(window, "Tile-search"))
    return window.page("search")


def press_keys(qtbot, window, page, keys):
    """Tap the keys of the on-screen keyboard, switching shift for double consonants."""
    kb = page.keyboard
    shifted = {v: k for k, v in {"ㅂ": "ㅃ", "ㅈ": "ㅉ", "ㄷ": "ㄸ", "ㄱ": "ㄲ", "ㅅ": "ㅆ",
                                  "ㅐ": "ㅒ", "ㅔ": "ㅖ"}.items()}
    for key in keys:
        if key == " ":
            tap(qtbot, kb.space)
            continue
        if key in shifted:
            tap(qtbot, kb.shift)
        button = next(b for b in kb.keys[kb.mode] if b.text() == key)
        tap(qtbot, button)


def test_typing_korean_updates_results_on_every_key(qtbot, window, demo):
    page = open_search(qtbot, window)
    counts = []
    page.results_changed.connect(counts.append)
    keys = to_keys("종합정보")
    press_keys(qtbot, window, page, keys)
    assert page.query.text() == "종합정보"
    assert len(counts) == len(keys)  # one update per key press
    first = page.model.answer(0)
    assert "종합정보" in first.name


def test_double_consonants_with_shift(qtbot, window):
    page = open_search(qtbot, window)
    press_keys(qtbot, window, page, to_keys("씨앗"))
    assert page.query.text() == "씨앗"


def test_initials_mode_finds_the_room(qtbot, window):
    page = open_search(qtbot, window)
    tap(qtbot, page.keyboard.mode_buttons["initials"])
    press_keys(qtbot, window, page, "ㅈㅎㅈㅂㅈㄹㅅ")
    assert page.query.text() == "ㅈㅎㅈㅂㅈㄹㅅ"
    assert page.model.answer(0).name == "종합정보자료실"
    assert page.model.answer(0).match == "initials"


def test_english_mode_and_tap_on_result_opens_its_card(qtbot, window):
    page = open_search(qtbot, window)
    tap(qtbot, page.keyboard.mode_buttons["en"])
    press_keys(qtbot, window, page, "library card")
    table, item_id, _ = page.model.items[0]
    tap_row(qtbot, page.results, 0)
    assert window.route == ("card", table, item_id)


def test_a_tap_on_a_result_leaves_no_focus_ring_on_the_next_screen(qtbot, window):
    """The search screen holds focus for a physical keyboard; when a finger leaves it, focus
    must not fall on the next screen's first button, ringed as if keys had put it there."""
    page = open_search(qtbot, window)
    press_keys(qtbot, window, page, to_keys("복사"))
    tap_row(qtbot, page.results, 0)
    assert window.route[0] == "card"
    assert QApplication.focusWidget() is window
    tap(qtbot, find(window, "ShowWayButton"))
    assert window.route[0] == "route" and QApplication.focusWidget() is window


def test_backspace_and_clear(qtbot, window):
    page = open_search(qtbot, window)
    press_keys(qtbot, window, page, to_keys("닭"))
    tap(qtbot, page.keyboard.backspace)
    assert page.query.text() == "달"
    tap(qtbot, page.keyboard.clear)
    assert page.composer.text == "" and page.model.rowCount() == 0
    assert page.query.property("empty") is True


def test_nothing_found_says_where_to_ask(qtbot, window):
    page = open_search(qtbot, window)
    tap(qtbot, page.keyboard.mode_buttons["en"])
    press_keys(qtbot, window, page, "zqxjq")
    assert page.model.rowCount() == 0
    assert "안내데스크" in page.count.text()


def test_a_physical_keyboard_types_too(qtbot, window):
    page = open_search(qtbot, window)
    qtbot.keyClicks(page, "elevator")
    assert page.composer.text == "elevator"
    assert page.model.rowCount() > 0
    qtbot.keyClick(page, Qt.Key_Backspace)
    assert page.composer.text == "elevato"
