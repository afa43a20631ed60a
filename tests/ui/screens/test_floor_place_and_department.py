"""On the floor plan and its list of places, the General Reading Room (a room, and the team
that runs it under the same name) opens the one card search opens for both: its kind says
both, it shows the way and the people there, and the room's own card is one tap on. A place
that is no department's keeps its own card."""
from __future__ import annotations

import pytest
from demo_places import SHARED_NAME
from helpers import find, row_of, tap, tap_row
from PySide6.QtWidgets import QLabel

from kiosk.directory.strings import tr
from kiosk.ui.widgets.basic import Tile

MERGED = ("card", "departments", "pi-general-room")


def _floor(qtbot, window, lang):
    window.ctx.session.set_language(lang)
    window.ctx.navigate(("floor", "2F"))
    return window.page("floor")


def _is_the_merged_card(window, lang):
    assert window.route == MERGED
    words = [w.text() for w in window.page("card").findChildren(QLabel)]
    assert tr("kind.place_department", lang) in words
    assert find(window, "ShowWayButton").isVisible()
    assert find(window, "CardStaffList").model().rowCount() >= 1  # the people there


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_the_reading_room_row_opens_the_card_of_the_place_and_department(qtbot, window, lang):
    page = _floor(qtbot, window, lang)
    tap_row(qtbot, page.list, row_of(page.list, "rooms", "2F-general"))
    _is_the_merged_card(window, lang)


def test_the_reading_room_on_the_plan_opens_the_same_card(qtbot, window, demo):
    page = _floor(qtbot, window, "en")
    room = demo.room("2F-general")
    tap(qtbot, page.plan, page.plan.room_rect(room).center().toPoint())
    _is_the_merged_card(window, "en")
    # The room's own card (its services and amenities) is one tap on, as from search.
    name = tr("card.show_room", "en", room=room.name.get("en"))
    link = next(t for t in window.page("card").findChildren(Tile) if t.accessibleName() == name)
    tap(qtbot, link)
    assert window.route == ("card", "rooms", "2F-general")


def test_a_place_that_is_no_department_keeps_its_own_card(qtbot, window):
    page = _floor(qtbot, window, "en")
    tap_row(qtbot, page.list, row_of(page.list, "rooms", "2F-group-study"))
    assert window.route == ("card", "rooms", "2F-group-study")


def test_the_places_named_for_their_department_are_the_demos(demo):
    """demo_places.SHARED_NAME, which the reach tests expect, is what the demo's data says:
    each department is in its room, and the two bear one name in both languages."""
    for room_id, department_id in SHARED_NAME.items():
        department, room = demo.department(department_id), demo.room(room_id)
        assert department.room == room_id
        assert department.name.ko == room.name.ko
        assert department.name.en.casefold() == room.name.en.casefold()
