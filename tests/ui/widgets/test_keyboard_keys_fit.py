"""Every key of the on-screen keyboard holds its words with room to its border, at every
text size, in both orientations and languages (magnified in portrait, "모두 지우기" touched
its key's border)."""
from __future__ import annotations

from looks import in_looks, settle, wear


@in_looks()
def test_the_edit_and_mode_keys_hold_their_words(window, look):
    wear(window, look).navigate(("search",))
    settle()
    keyboard = window.current_page().keyboard
    room = window.ctx.theme.px(8)  # free on each side of the words, inside the border
    tight = []
    for key in (keyboard.space, keyboard.backspace, keyboard.clear,
                *keyboard.mode_buttons.values()):
        words = key.fontMetrics().horizontalAdvance(key.text())
        if words + 2 * room > key.width():
            tight.append(f"{key.text()!r}: {words} px of words in a {key.width()} px key")
    assert tight == []
