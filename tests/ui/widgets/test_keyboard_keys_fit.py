"""Every worded key of the on-screen keyboard (쌍자음 / Shift, the modes, 띄어쓰기, 지우기,
모두 지우기) holds its whole word with room to its border, in every look (ko/en, landscape and
portrait, 100/150/200 %, both palettes, full height and lowered) and in every place it shows:
search, the card's typing steps and the message form. At 200 % "쌍자음" ran past its key's
edges, and magnified in portrait "모두 지우기" touched its key's border."""
from __future__ import annotations

from helpers import keep_messages
from keyboard_places import modes, places, worded_keys
from looks import BAND_CUTS, in_looks, kiosk_in, settle


def tight_keys(window) -> list[str]:
    room = window.ctx.theme.px(8)  # free on each side of the words, inside the border
    tight = []
    for place, keyboard in places(window):
        for mode in modes(keyboard):
            keyboard.set_mode(mode)
            settle()
            for key in worded_keys(keyboard):
                words = key.fontMetrics().horizontalAdvance(key.text())
                if words + 2 * room > key.width():
                    tight.append(f"{place}, {mode}: {key.text()!r}: {words} px of words "
                                 f"in a {key.width()} px key")
    return tight


@in_looks(high_contrast=(False, True), low_position=(False, True))
def test_the_worded_keys_hold_their_words(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      BAND_CUTS[look.shape] if look.low_position else None)
    keep_messages(window, tmp_path / "notes")
    assert tight_keys(window) == []
