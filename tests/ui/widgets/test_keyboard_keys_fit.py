"""Every key of the on-screen keyboard holds its words with room to its border, at every
text size, in both orientations and languages (magnified in portrait, "모두 지우기" touched
its key's border)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES


@pytest.mark.parametrize("shape", list(SIZES))
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0])
def test_the_edit_and_mode_keys_hold_their_words(qtbot, window, shape, lang, zoom):
    window.resize(*SIZES[shape])
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(zoom=zoom))
    window.navigate(("search",))
    for _ in range(6):
        QApplication.processEvents()
    keyboard = window.current_page().keyboard
    room = window.ctx.theme.px(8)  # free on each side of the words, inside the border
    tight = []
    for key in (keyboard.space, keyboard.backspace, keyboard.clear,
                *keyboard.mode_buttons.values()):
        words = key.fontMetrics().horizontalAdvance(key.text())
        if words + 2 * room > key.width():
            tight.append(f"{key.text()!r}: {words} px of words in a {key.width()} px key")
    assert tight == []
