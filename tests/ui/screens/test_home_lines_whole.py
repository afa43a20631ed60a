"""On home no line of words is cut, in every look (ko/en × landscape/portrait × 100/150/200 %
× both palettes × full height and lowered), at rest and while the closing question lies over
its bottom edge: each line of each label shows whole or lies wholly out of view (scrolled to),
and each of its buttons too; the question coming moves none of them."""
from __future__ import annotations

import pytest
from helpers import end_a_visit
from label_lines import line_spans
from looks import each_look, settle
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from test_strip_keeps_ways_in import home_drawn, on_window


def shown_band(window, home, strip) -> tuple[int, int]:
    """The rows of the window home's view shows: its viewport, above the question while it
    shows."""
    view = on_window(window, home.scroll.viewport())
    bottom = view.bottom() + 1
    if strip is not None and strip.asking():
        bottom = min(bottom, on_window(window, strip).top())
    return view.top(), bottom


def cut(window, home, strip=None) -> list[str]:
    """Home's lines and buttons that show only in part."""
    first, last = shown_band(window, home, strip)

    def partly(top: int, bottom: int) -> bool:
        return top < last and bottom > first and not (first <= top and bottom <= last)

    found = []
    for widget in home.findChildren(QWidget):
        if not widget.isVisible() or not home.scroll.viewport().isAncestorOf(widget):
            continue
        if isinstance(widget, QLabel) and widget.text():
            found += [f"line {words!r}: rows {top}-{bottom} of {first}-{last}"
                      for words, top, bottom in line_spans(window, widget)
                      if partly(top, bottom)]
        elif isinstance(widget, QAbstractButton):
            rect = on_window(window, widget)
            if partly(rect.top(), rect.bottom() + 1):
                found.append(f"button {widget.objectName()}: {rect} of rows {first}-{last}")
    return found


@pytest.mark.parametrize("low_position", [False, True], ids=["full", "low"])
@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_no_line_on_home_is_cut_with_or_without_the_question(qtbot, demo, tmp_path, shape,
                                                             low_position):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low_position):
        settle(qtbot)
        home = window.page("home")
        found += [f"{look} at rest: {problem}" for problem in cut(window, home)]
        before = home_drawn(window, home)
        strip = end_a_visit(qtbot, window)
        found += [f"{look} asked: {problem}" for problem in cut(window, home, strip)]
        if home_drawn(window, home) != before:
            found.append(f"{look}: home moved as the question came")
        strip.release()
        settle(qtbot)
    assert found == [], "\n".join(found)
