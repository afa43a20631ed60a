"""Every office, service and person is on screen within three taps from home."""
from __future__ import annotations

from demo_places import card_of_place
from helpers import find, row_of, tap, tap_row
from PySide6.QtWidgets import QListView

from kiosk.ui.widgets.basic import Tile


class Taps:
    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.count = qtbot, window, 0

    def tap(self, widget, pos=None):
        tap(self.qtbot, widget, pos)
        self.count += 1

    def row(self, view, table, item_id):
        tap_row(self.qtbot, view, row_of(view, table, item_id))
        self.count += 1


def shows_card(window, table, item_id):
    return window.route == ("card", table, item_id)


def shows_place(window, room) -> bool:
    """The place's card: for a place and the department of its name in it, their one card
    (demo_places), titled with that name."""
    return (window.route == card_of_place(room.id)
            and window.title.text() == room.name.ko)


def test_every_room_from_the_floor_plan(qtbot, window, demo):
    for room in demo.rooms:
        if room.kind == "hall":
            continue
        window.navigate(("home",))
        taps = Taps(qtbot, window)
        taps.tap(find(window, "Tile-floors"))
        taps.tap(find(window, f"Floor-{room.floor}"))
        plan = window.page("floor").plan
        taps.tap(plan, plan.room_rect(room).center().toPoint())
        assert shows_place(window, room), room.id
        assert taps.count <= 3


def test_every_room_from_the_list_beside_the_plan(qtbot, window, demo):
    for room in [r for r in demo.rooms if r.kind != "hall"]:
        window.navigate(("home",))
        taps = Taps(qtbot, window)
        taps.tap(find(window, "Tile-floors"))
        taps.tap(find(window, f"Floor-{room.floor}"))
        taps.row(window.page("floor").list, "rooms", room.id)
        assert shows_place(window, room) and taps.count <= 3


def test_every_person_by_department(qtbot, window, demo):
    for person in demo.staff:
        window.navigate(("home",))
        taps = Taps(qtbot, window)
        taps.tap(find(window, "Tile-people"))
        taps.row(find(window, "DepartmentList", QListView), "departments", person.department)
        taps.row(find(window, "StaffList", QListView), "staff", person.id)
        assert shows_card(window, "staff", person.id) and taps.count <= 3
        assert window.title.text() == person.name.ko


def test_every_service(qtbot, window, demo):
    for service in demo.services:
        window.navigate(("home",))
        taps = Taps(qtbot, window)
        taps.tap(find(window, "Tile-services"))
        taps.row(find(window, "ServiceList", QListView), "services", service.id)
        assert shows_card(window, "services", service.id) and taps.count <= 2


def test_card_links_lead_on(qtbot, window, demo):
    person = demo.staff[0]
    window.navigate(("card", "staff", person.id))
    room = demo.room(person.room)
    link = next(b for b in window.page("card").findChildren(Tile)
                if b.isVisible() and room.name.ko in b.heading.text())
    tap(qtbot, link)
    assert shows_card(window, "rooms", room.id)
    tap(qtbot, find(window, "BackButton"))
    assert shows_card(window, "staff", person.id)
    tap(qtbot, find(window, "HomeButton"))
    assert window.route == ("home",)
