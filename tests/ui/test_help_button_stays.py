"""The help button keeps its place: the same size at the same spot on home as on every other
screen of the tour, in every look (Korean at 150 and 200 % in portrait had home's footer
measured before its words had their size, and the button sat half width beside "You are
here", its phone number on two lines)."""
from __future__ import annotations

from looks import in_looks, settle, wear
from PySide6.QtCore import QPoint, QRect

from kiosk.ui.screenshots.visitor import scenes


def _where(window) -> QRect:
    button = window.chrome.help_button
    return QRect(button.mapTo(window, QPoint(0, 0)), button.size())


@in_looks(low_position=(False, True))
def test_the_help_button_is_where_it_is_on_every_other_screen(window, demo, qtbot, look):
    wear(window, look)
    settle(qtbot)
    on_home = _where(window)
    elsewhere = {}
    for name, route, _text in scenes(demo):
        if route[0] == "home":
            continue
        window.navigate(route)
        settle(qtbot)
        elsewhere[name] = _where(window)
    moved = {name: rect for name, rect in elsewhere.items() if rect != on_home}
    assert not moved, f"home {on_home}; elsewhere {moved}"
