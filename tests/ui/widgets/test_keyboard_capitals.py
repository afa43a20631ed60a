"""The English keys have a shift for capitals: a name on the message form starts with one
("Kim Minsu"). Shift applies to the next letter, the keys show capitals while it is on, it is
named with its state for speech, and the keypad reaches and presses it; the Korean keys' shift
(쌍자음) still types double consonants."""
from __future__ import annotations

from helpers import keep_messages, tap
from keypad_support import PAD
from looks import settle

from kiosk.ui.screenshots.messages import away_person
from kiosk.ui.services.reading import describe


def name_field(qtbot, window, tmp_path, lang="en"):
    keep_messages(window, tmp_path / "notes")
    window.ctx.session.set_language(lang)
    window.navigate(("message", "staff", away_person(window.ctx.directory).id))
    page = window.current_page()
    page._agreed()
    page.form.edit("name")
    settle()
    return page.form


def letter(keyboard, char):
    return next(k for k in keyboard.keys[keyboard.mode] if k.text() == char)


def type_on_keys(qtbot, keyboard, text):
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.space)
            continue
        if char.isupper():
            tap(qtbot, keyboard.shifts["en"])
        tap(qtbot, letter(keyboard, char))


def test_a_name_typed_with_capitals_reaches_the_field(qtbot, window, tmp_path):
    form = name_field(qtbot, window, tmp_path)
    keyboard = form.keyboard
    assert keyboard.mode == "en"
    shift = keyboard.shifts["en"]
    tap(qtbot, shift)
    assert [k.text() for k in keyboard.keys["en"]][:3] == ["Q", "W", "E"]  # capitals shown
    assert describe(shift, "en") == "button, Shift, on"
    tap(qtbot, letter(keyboard, "K"))
    assert [k.text() for k in keyboard.keys["en"]][:3] == ["q", "w", "e"]  # the next letter
    assert describe(shift, "en") == "button, Shift, off"
    type_on_keys(qtbot, keyboard, "im Minsu")
    assert form.composers["name"].text == "Kim Minsu"
    assert form.boxes["name"].heading.text().endswith(": Kim Minsu")  # shown as typed


def test_shift_pressed_twice_types_small_letters(qtbot, window, tmp_path):
    form = name_field(qtbot, window, tmp_path)
    keyboard = form.keyboard
    tap(qtbot, keyboard.shifts["en"])
    tap(qtbot, keyboard.shifts["en"])
    tap(qtbot, letter(keyboard, "k"))
    assert form.composers["name"].text == "k"


def test_the_keypad_presses_shift_and_a_capital(qtbot, window, tmp_path):
    form = name_field(qtbot, window, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keyboard = form.keyboard
    select = PAD["5"]
    keyboard.shifts["en"].setFocus()
    qtbot.waitUntil(keyboard.shifts["en"].hasFocus)
    qtbot.keyClick(keyboard.shifts["en"], *select)
    assert keyboard.shifted
    key = letter(keyboard, "M")
    key.setFocus()
    qtbot.waitUntil(key.hasFocus)
    qtbot.keyClick(key, *select)
    assert form.composers["name"].text == "M"


def test_korean_shift_still_types_double_consonants(qtbot, window, tmp_path):
    form = name_field(qtbot, window, tmp_path, lang="ko")
    keyboard = form.keyboard
    assert keyboard.mode == "ko"
    assert keyboard.shifts["ko"].text() == "쌍자음"
    tap(qtbot, keyboard.shifts["ko"])
    assert describe(keyboard.shifts["ko"], "ko") == "버튼, 쌍자음, 켜짐"
    tap(qtbot, letter(keyboard, "ㅆ"))
    tap(qtbot, letter(keyboard, "ㅣ"))
    assert form.composers["name"].text == "씨"
