"""No line of words cut in half by the edge of a view, anywhere on the screenshot tour (every
state of ui/screenshots/visitor.py's tour), in Korean and English, landscape and portrait, at
100, 150 and 200 %, at full height and lowered (mounted where the reach band cuts the screen;
high contrast has the same sizes). At rest, as each state first shows: each line of each label,
each button and each painted list row shows whole in its view (a scroll area's, a list's, the
dialog's; above the footer, inside the reach band) or lies wholly out of it, or under the "▼
more below" strip that says more lies there. Measured on the drawn geometry of the running
kiosk, one kiosk for each shape and position, put in each look in turn: as the screenshots
picture it, one whose desk can be called (help's needs), then one with no call system."""
from __future__ import annotations

import pytest
from fold_check import cut_in_view
from helpers import keep_messages
from looks import BAND_CUTS, POSITIONS, SHAPES, SMALLEST, Look, kiosk_in, looks, settle, wear
from PySide6.QtWidgets import QAbstractItemView, QLabel

from kiosk.directory import config
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.screenshots.visit import no_call_states
from kiosk.ui.screenshots.visitor import tour


def at_rest(window) -> None:
    """As the visitor sees it a moment later: a list lays its rows out again after a resize,
    and a strip follows its view on the next turn of the event loop."""
    settle()
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible():
            view.doItemsLayout()
    settle()


def cut_now(window) -> list[str]:
    """What shows only in part on the window now: inside the open dialog, if one is."""
    dialog = window.keypad.dialog()
    return cut_in_view(window, dialog if dialog is not None else window,
                       window.content_rect())


@pytest.mark.parametrize("low", POSITIONS, ids=["full", "low"])
@pytest.mark.parametrize("shape", SHAPES)
def test_no_line_is_cut_by_a_views_edge_on_the_tour(qtbot, demo, tmp_path, shape, low):
    settings = BAND_CUTS[shape] if low else {}
    desk = PicturedDesk(config.Config(settings)["kiosk.id"])
    first = Look("ko", shape, SMALLEST, low_position=low)
    window = kiosk_in(first, demo, tmp_path / "desk", qtbot, settings, alerts=desk)
    alone = kiosk_in(first, demo, tmp_path / "alone", qtbot, settings)
    keep_messages(window, tmp_path / "notes")  # the cards offer a message: its screens too
    found, names = [], set()
    for look in looks(shape=shape, low_position=low):
        for kiosk, states in ((window, tour), (alone, no_call_states)):
            wear(kiosk, look)
            for name in states(kiosk, demo if states is tour else settle):
                names.add(name)
                at_rest(kiosk)
                found += [f"{look} {name}: {problem}" for problem in cut_now(kiosk)]
    assert {"home", "search-ko", "help", "message-sent", "nocall-help"} <= names  # measured
    assert found == [], "\n".join(found) + f"\n({len(found)} in all)"


def test_a_line_cut_by_a_views_edge_is_found(qtbot, demo, tmp_path):
    """The check can fail: a label moved to lie across the bottom edge of home's view."""
    window = kiosk_in(Look("en", "landscape", SMALLEST), demo, tmp_path, qtbot)
    at_rest(window)
    assert cut_now(window) == []
    home = window.page("home")
    view = home.scroll.viewport()
    page = home.scroll.widget()
    label = QLabel("Across the edge", page)
    label.move(0, page.mapFrom(view, view.rect().bottomLeft()).y() - 10)
    label.show()
    assert any("'Across the edge'" in problem for problem in cut_now(window))
