"""Find a person leads to every department's own card too: its people's list starts with a
tap to the department's card, with its way and "Leave a message", in both languages (the
README promises "Leave a message" on every department's card)."""
from __future__ import annotations

import pytest
from helpers import find, keep_messages, row_of, tap, tap_row
from PySide6.QtWidgets import QListView, QPushButton

from kiosk.ui.widgets.basic import Tile


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_department_card_from_find_a_person(qtbot, window, demo, tmp_path, lang):
    keep_messages(window, tmp_path / "notes")
    window.ctx.session.set_language(lang)
    for dept in demo.departments:
        window.navigate(("home",))
        tap(qtbot, find(window, "Tile-people"))
        departments = find(window, "DepartmentList", QListView)
        tap_row(qtbot, departments, row_of(departments, "departments", dept.id))
        assert window.route == ("staff", dept.id)
        entry = find(window, "DepartmentCardButton", Tile)
        assert dept.name.get(lang) in entry.heading.text()
        tap(qtbot, entry)
        assert window.route == ("card", "departments", dept.id)
        card = window.page("card")
        assert [b for b in card.findChildren(Tile, "LeaveMessageButton") if b.isVisible()], dept.id
        ways = [b for b in card.findChildren(QPushButton, "ShowWayButton") if b.isVisible()]
        offers_way = window.ctx.session.tr("people.department_card.way") in \
            entry.subtitle.text()
        assert bool(ways) == offers_way, dept.id


def test_the_list_of_everyone_has_no_department_to_open(qtbot, window):
    window.navigate(("staff", "*"))
    assert not [b for b in window.findChildren(Tile, "DepartmentCardButton") if b.isVisible()]


def test_without_messages_the_entry_does_not_offer_one(qtbot, window, demo):
    dept = demo.departments[0]
    window.navigate(("staff", dept.id))
    entry = find(window, "DepartmentCardButton", Tile)
    assert window.ctx.session.tr("people.department_card.message") not in entry.subtitle.text()
