"""At 200 %, in every look (ko/en, landscape and portrait, both palettes, full height and
lowered) and every place the keyboard shows, each key focused in turn, measured on its
pixels: the ring is whole (no letter's stroke drawn over it), the pixels just inside it are
the key's own fill (no letter touches it), and the ring stands out 3:1 from that fill. With
the card's keys at their own height beside its step, "ㅔ" once touched its ring (1.9:1), and
beside the search answers "ㅛ"'s bar ran into it."""
from __future__ import annotations

from helpers import keep_messages
from keyboard_places import modes, places
from keypad_support import RING_CHANGE
from looks import BAND_CUTS, LARGEST, in_looks, kiosk_in, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.directory.accessibility import contrast_ratio


def ring_problem(window, key) -> str:
    """'' when `key`, focused, shows its ring whole with its fill just inside it."""
    theme = window.ctx.theme
    key.setFocus(Qt.TabFocusReason)
    settle()
    assert key.hasFocus(), f"{key.text()!r} cannot take the focus: the window lost it"
    image = key.grab().toImage()
    ring, corner = theme.px(6), theme.px(10) + 1  # the ring, the rounded corners left out
    w, h = image.width(), image.height()
    colour = image.pixel(0, h // 2)

    def edges(depth: int):
        for x in range(corner, w - corner):
            yield x, depth
            yield x, h - 1 - depth
        for y in range(corner, h - corner):
            yield depth, y
            yield w - 1 - depth, y

    crossed = sum(image.pixel(x, y) != colour for d in range(ring) for x, y in edges(d))
    if crossed:
        return f"{key.text()!r}: {crossed} px of the ring drawn over"
    inside = {image.pixel(x, y) for x, y in edges(ring)}
    if len(inside) != 1:
        return f"{key.text()!r}: its words touch the ring"
    ratio = contrast_ratio(QColor(colour).name(), QColor(inside.pop()).name())
    return "" if ratio >= RING_CHANGE else f"{key.text()!r}: ring {ratio:.2f}:1 to its fill"


def every_key(keyboard):
    for mode in modes(keyboard):
        keyboard.set_mode(mode)
        settle()
        for shifted in (False, True) if mode in keyboard.shifts else (False,):
            if shifted:
                keyboard.shifts[mode].click()
                settle()
            keys = keyboard.keys[mode] + [keyboard.shifts.get(mode)] + [
                b for b in keyboard.mode_buttons.values() if not b.isHidden()] + [
                keyboard.space, keyboard.backspace, keyboard.clear]
            yield from ((f"{mode}{' shifted' if shifted else ''}", k) for k in keys if k)


@in_looks(zoom=LARGEST, high_contrast=(False, True), low_position=(False, True))
def test_no_letter_touches_its_keys_ring(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      BAND_CUTS[look.shape] if look.low_position else None)
    keep_messages(window, tmp_path / "notes")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wrong = []
    for place, keyboard in places(window):
        for what, key in every_key(keyboard):
            if key.isVisible() and (problem := ring_problem(window, key)):
                wrong.append(f"{place}, {what}: {problem}")
    assert wrong == [], "\n".join(wrong)
