"""The closing question lies over home's bottom edge without moving anything, in every look
(ko/en × landscape/portrait × 100/150/200 % × both palettes × full height and lowered), on the
drawn geometry: home's four ways in are where they were before it came, and stay there as it
goes; no way in, none of their words and no control of home lies under it; its own words and
buttons show whole and, lowered, inside the reach band."""
from __future__ import annotations

from helpers import end_a_visit
from looks import BAND_CUTS, CONTRASTS, POSITIONS, hidden_part, in_looks, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollBar, QWidget

from kiosk.ui.after_first_frame import build_dialogs


def on_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def drawn(window, home, widget) -> QRect:
    """What shows of `widget` on the window: within home's view for what home scrolls."""
    rect = on_window(window, widget)
    view = home.scroll.viewport()
    return rect.intersected(on_window(window, view)) if view.isAncestorOf(widget) else rect


def ways_in(window, home) -> list[QRect]:
    return [on_window(window, tile) for tile in home.tiles]


def under(window, home, strip) -> list[str]:
    """Home's words and controls whose drawn part meets the question."""
    question = on_window(window, strip)
    found = []
    for widget in home.findChildren(QWidget):
        if (isinstance(widget, (QAbstractButton, QLabel, QScrollBar)) and widget.isVisible()
                and not strip.isAncestorOf(widget)):
            shown = drawn(window, home, widget)
            if not shown.isEmpty() and shown.intersects(question):
                found.append(f"{widget.objectName() or type(widget).__name__} {shown}")
    return found


@in_looks(high_contrast=CONTRASTS, low_position=POSITIONS)
def test_the_question_moves_no_way_in_and_covers_nothing(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      settings=BAND_CUTS[look.shape] if look.low_position else None)
    build_dialogs(window)  # as the kiosk does once its first frame is on screen
    settle(qtbot)
    home = window.page("home")
    before = ways_in(window, home)
    for way_in in before:
        assert window.content_rect().contains(way_in) or not look.low_position

    strip = end_a_visit(qtbot, window)
    assert ways_in(window, home) == before, "a way in moved as the question came"
    for tile, rect in zip(home.tiles, before):
        assert drawn(window, home, tile) == rect, f"{tile.objectName()} not whole"
    assert not under(window, home, strip), under(window, home, strip)
    for widget in (strip.ask, strip.close_button, strip.ask.heading):
        assert not hidden_part(window, widget), f"{widget}: {hidden_part(window, widget)}"
    heading = strip.ask.heading
    assert heading.fontMetrics().horizontalAdvance(heading.text()) <= heading.width()
    assert heading.height() >= heading.fontMetrics().height()

    qtbot.mouseClick(strip.close_button, Qt.LeftButton)
    settle(qtbot)
    assert not strip.asking()
    assert ways_in(window, home) == before, "a way in moved as the question went"


def home_drawn(window, home) -> dict[str, QRect]:
    """Where each word and control of home lies on the window (the strip's aside; what home
    shows of those under it is the test above's). Asked without asking the window for the
    strip, which would build it."""
    def in_strip(widget) -> bool:
        while widget is not None and widget is not home:
            if widget.objectName() == "SurveyStrip":
                return True
            widget = widget.parentWidget()
        return False

    return {f"{widget.objectName() or type(widget).__name__} {i}": on_window(window, widget)
            for i, widget in enumerate(home.findChildren(QWidget))
            if isinstance(widget, (QAbstractButton, QLabel)) and widget.isVisible()
            and not in_strip(widget)}


@in_looks(high_contrast=CONTRASTS, low_position=POSITIONS)
def test_home_is_laid_out_for_the_question_before_it_first_comes(qtbot, demo, tmp_path, look):
    """A kiosk just started, nothing built after its first frame: home as first shown in a
    look is home as it stays when the question first comes (its room is known without the
    strip), every word and control where it was."""
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      settings=BAND_CUTS[look.shape] if look.low_position else None)
    settle(qtbot)
    home = window.page("home")
    before = home_drawn(window, home)
    strip = end_a_visit(qtbot, window)
    after = home_drawn(window, home)
    moved = {name: (rect, after.get(name)) for name, rect in before.items()
             if after.get(name) != rect}
    assert not moved, f"moved as the question first came: {moved}"
    # The room home kept is the strip's height, which the strip's words fill as laid out.
    assert strip.height() == home.room.height
    assert strip.layout().totalHeightForWidth(strip.width()) == strip.height()
