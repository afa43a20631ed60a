"""The idle countdown at every text size: its number and unit on one line ("in 40" / "s."
at 200 % in portrait, which docs/accessibility.md promises never happens), and its focused
"Yes, more time" with room between its words and the focus band drawn around them."""
from __future__ import annotations

from label_lines import shown_lines
from looks import in_looks, settle, wear
from PySide6.QtGui import QColor


def _open_countdown(window, qtbot, look):
    wear(window, look)
    overlay = window.idle.overlay
    overlay.remaining = window.idle.countdown_s * 2  # a number as long as the profile makes it
    overlay.open()
    settle(qtbot)
    return overlay


@in_looks(shape="portrait")
def test_the_seconds_left_and_their_unit_share_a_line(window, qtbot, look):
    overlay = _open_countdown(window, qtbot, look)
    number = str(overlay.remaining)
    lines = shown_lines(overlay.text)
    assert [line for line in lines if line.endswith(number)] == [], lines
    overlay.close_overlay()


def _ring_and_words(button, ring: set[QColor]) -> tuple[int, int, int, int]:
    """Inner edges of the focus ring (left, right) on the button's middle row, and the
    leftmost and rightmost columns the words change, as drawn."""
    with_words = button.grab().toImage()
    text = button.text()
    button.setText("")
    without = button.grab().toImage()
    button.setText(text)
    w, h = with_words.width(), with_words.height()
    middle = [x for x in range(w) if without.pixelColor(x, h // 2).name() in ring]
    left = max(x for x in middle if x < w // 2)
    right = min(x for x in middle if x > w // 2)
    changed = [x for x in range(w) for y in range(h // 4, 3 * h // 4, 2)
               if with_words.pixel(x, y) != without.pixel(x, y)]
    return left, right, min(changed), max(changed)


@in_looks(zoom=(1.5, 2.0), high_contrast=(False, True))
def test_the_focused_more_time_words_keep_clear_of_their_focus_ring(window, qtbot, look):
    overlay = _open_countdown(window, qtbot, look)
    button = overlay.more_button
    button.setFocus()
    settle(qtbot)
    assert button.hasFocus()
    theme = window.ctx.theme
    # The ring's colours, the dark edge and the yellow band (a tile draws both), not the
    # yellow a focused primary button is filled with.
    palette = theme.palette
    ring = {QColor(palette.focus).name()}
    if button.property("role") == "tile":
        ring.add(QColor(palette.focus_on_bar).name())
    left, right, first, last = _ring_and_words(button, ring)
    room = theme.px(8)
    assert first - left > room and right - last > room, (left, first, last, right, room)
    # Its words whole, not cut at the top or bottom by the ring's thickness.
    assert button.height() >= button.fontMetrics().height() + 2 * theme.px(6), button.height()
    overlay.close_overlay()
