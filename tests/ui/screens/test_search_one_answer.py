"""Searched, the General Reading Room is one row, not a place and a department alike: its
kind says both, and its card shows the way, the place's hours and description, the people
there and the room's own card one tap on."""
from __future__ import annotations

import pytest
from helpers import find, tap, tap_row
from PySide6.QtWidgets import QLabel

from kiosk.search.hangul import to_keys


@pytest.mark.parametrize("lang, typed, kind", (("ko", "종합정보자료실", "장소·부서"),
                                               ("en", "general reading room",
                                                "Place and department")))
def test_the_reading_room_is_one_answer_leading_to_both(qtbot, window, demo, lang, typed,
                                                        kind):
    window.ctx.session.set_language(lang)
    tap(qtbot, find(window, "Tile-search"))
    page = window.page("search")
    for key in (to_keys(typed) if lang == "ko" else typed):
        page.type_key(key)
    names = [page.model.answer(i).name for i in range(page.model.rowCount())]
    assert names.count(demo.room("2F-general").name.get(lang)) == 1, names
    first = page.model.answer(0)
    assert (first.table, first.id, first.kind) == ("departments", "pi-general-room", kind)
    tap_row(qtbot, page.results, 0)
    assert window.route == ("card", "departments", "pi-general-room")
    card = window.page("card")
    words = [w.text() for w in card.findChildren(QLabel)]
    assert kind in words
    room = demo.room("2F-general")
    assert room.description.get(lang) in words  # what the place's card says about it
    assert any(week in w for w in words for week in ("09:00–22:00", "09:00-22:00")), words
    assert find(window, "CardStaffList").model().rowCount() >= 1  # the people there
    tap(qtbot, find(window, "ShowWayButton"))
    assert window.route == ("route", "departments", "pi-general-room")
