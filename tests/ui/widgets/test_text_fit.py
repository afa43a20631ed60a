"""The one fitting function: what it returns fits, and whatever it cuts is counted."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.widgets import text_fit

WORDS = st.lists(st.sampled_from(["안내데스크", "Information", "desk", "02-3677-0371~0372",
                                  "어린이자료실", "a", "Children's", "Room", "·", "W" * 30]),
                 min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=WORDS, width=st.integers(40, 900), lines=st.integers(1, 3))
def test_fitted_lines_fit_and_every_cut_is_counted(qapp, text, width, lines):
    font = QFont()
    font.setPixelSize(28)
    metrics = QFontMetrics(font)
    with text_fit.watch_elisions() as cut:
        out = text_fit.fit(font, text, width, lines)
    assert 1 <= len(out) <= lines
    assert all(metrics.horizontalAdvance(line) <= width for line in out)
    if cut:
        assert cut == [text] and out[-1].endswith("…")
    else:  # nothing lost: the same characters, only broken into lines
        assert "".join(out).replace(" ", "") == text.replace(" ", "")


def test_a_number_shrinks_down_to_its_floor_then_counts(qapp):
    font = QFont()
    font.setPixelSize(64)
    number = "02-3677-0371~0372"
    wide = QFontMetrics(font).horizontalAdvance(number)
    assert text_fit.shrink_to_fit(font, number, wide, 20).pixelSize() == 64
    with text_fit.watch_elisions() as cut:
        smaller = text_fit.shrink_to_fit(font, number, wide * 2 // 3, 20)
        assert 20 < smaller.pixelSize() < 64 and cut == []
        assert text_fit.shrink_to_fit(font, number, 10, 20).pixelSize() == 20
    assert cut == [number]
