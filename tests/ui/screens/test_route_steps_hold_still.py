"""The route's Previous and Next stay where they are while the visitor pages: the step's words
have a place as tall as the longest step's, so two taps on the same spot page twice, in
every look (language, shape, text size, the low position)."""
from __future__ import annotations

from helpers import tap
from looks import in_looks, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect

from kiosk.wayfinding.wayfinder import Wayfinder


def longest_way(demo) -> str:
    """The room with the most steps whose words differ most in length."""
    wayfinder = Wayfinder(demo)

    def spread(room) -> tuple[int, int]:
        try:
            steps = wayfinder.route(("rooms", room.id)).steps
        except Exception:  # no way there: not a room to page through
            return (0, 0)
        lengths = [len(s.text.en) for s in steps]
        return (max(lengths) - min(lengths), len(steps)) if len(steps) > 2 else (0, 0)
    return max(demo.rooms, key=spread).id


def where(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@in_looks(low_position=(False, True))
def test_previous_and_next_keep_their_place_while_paging(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    window.navigate(("route", "rooms", longest_way(demo)))
    settle(qtbot)
    pager = window.page("route").pager
    assert len(pager.steps) > 2
    places = []
    for step in range(len(pager.steps)):
        places.append((where(window, pager.previous), where(window, pager.next)))
        if step < len(pager.steps) - 1:
            tap(qtbot, pager.next)
            settle(qtbot)
            assert pager.step == step + 1
    moved = [(step + 1, place) for step, place in enumerate(places) if place != places[0]]
    assert moved == [], f"first at {places[0]}"
