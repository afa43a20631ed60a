"""A department's card and rows: the way there whenever it has a place, where to ask when it
has none, and its people on the card itself, each a tap from their own card."""
from __future__ import annotations

import dataclasses

from helpers import find, row_of, tap
from looks import LARGEST, SMALLEST, in_looks, wear
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QScrollArea

from kiosk.directory.accessibility import Profile

from kiosk.ui.app import build
from kiosk.ui.widgets.answer_row import ANSWER_ROLE
from kiosk.wayfinding.wayfinder import Wayfinder


def way_buttons(window):
    return [b for b in window.page("card").findChildren(QPushButton, "ShowWayButton")
            if b.isVisible()]


def way_rect(view, row):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    return view.itemDelegate().way_rect(view.visualRect(index), index.data(ANSWER_ROLE))


def kiosk_of(qtbot, directory, cfg):
    window = build(directory, cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_department_card_shows_the_way_to_it(qtbot, window, demo):
    wayfinder = Wayfinder(demo)
    for dept in demo.departments:
        window.navigate(("card", "departments", dept.id))
        room = wayfinder.room_of("departments", dept.id)
        buttons = way_buttons(window)
        assert len(buttons) == 1, dept.id
        tap(qtbot, buttons[0])
        assert window.route == ("route", "departments", dept.id)
        page = window.page("route")
        page.map.finish_animation()
        assert page.problem is None and page.pager.steps, dept.id
        assert page.route.end in {n.id for n in demo.nav_nodes if n.room == room}, dept.id


def test_every_department_row_shows_the_way_to_it(qtbot, window, demo):
    for dept in demo.departments:
        window.navigate(("people",))
        departments = find(window, "DepartmentList", QListView)
        button = way_rect(departments, row_of(departments, "departments", dept.id))
        assert button is not None, dept.id
        tap(qtbot, departments.viewport(), button.center())
        assert window.route == ("route", "departments", dept.id)


def without_rooms(demo, *dept_ids):
    departments = tuple(dataclasses.replace(d, room=None) if d.id in dept_ids else d
                        for d in demo.departments)
    return dataclasses.replace(demo, departments=departments)


def test_a_team_without_a_room_is_found_in_its_parents(qtbot, demo, cfg):
    team = next(d for d in demo.departments if d.parent is not None)
    window = kiosk_of(qtbot, without_rooms(demo, team.id), cfg)
    window.navigate(("card", "departments", team.id))
    tap(qtbot, way_buttons(window)[0])
    assert window.route == ("route", "departments", team.id)
    page = window.page("route")
    parent_room = demo.department(team.parent).room
    assert page.problem is None
    assert page.route.end in {n.id for n in demo.nav_nodes if n.room == parent_room}


def test_a_department_with_no_place_says_where_to_ask(qtbot, demo, cfg):
    top = next(d for d in demo.departments if demo.sub_departments(d.id))
    homeless = [top.id] + [d.id for d in demo.sub_departments(top.id)]
    window = kiosk_of(qtbot, without_rooms(demo, *homeless), cfg)
    for dept_id in homeless:
        window.navigate(("card", "departments", dept_id))
        assert way_buttons(window) == [], dept_id
        ask = find(window.page("card"), "AskDesk")
        assert window.ctx.desk_phone and window.ctx.desk_phone in ask.text()
        window.navigate(("people",))
        departments = find(window, "DepartmentList", QListView)
        assert way_rect(departments, row_of(departments, "departments", dept_id)) is None


def test_a_department_with_a_place_names_no_desk(qtbot, window, demo):
    window.navigate(("card", "departments", demo.departments[0].id))
    assert way_buttons(window)
    assert not [w for w in window.page("card").findChildren(QLabel, "AskDesk") if w.isVisible()]


def test_every_departments_people_are_on_its_card(qtbot, window, demo):
    for dept in demo.departments:
        window.navigate(("home",))
        window.navigate(("card", "departments", dept.id))
        people = find(window.page("card"), "CardStaffList", QListView)
        shown = [(t, i) for t, i, _m in people.model().items]
        assert shown == [("staff", p.id) for p in demo.staff_in(dept.id)], dept.id
        # all of them on the card, none hidden in a list that scrolls by itself
        last = people.visualRect(people.model().index(len(shown) - 1, 0))
        assert last.bottom() <= people.viewport().height(), dept.id


@in_looks(lang="ko", shape="landscape", zoom=(SMALLEST, LARGEST))
def test_a_person_on_a_department_card_is_one_tap_away(qtbot, window, demo, look):
    wear(window, look)
    dept = next(d for d in demo.departments if len(demo.staff_in(d.id)) > 3)
    person = demo.staff_in(dept.id)[-1]
    window.navigate(("card", "departments", dept.id))
    people = find(window.page("card"), "CardStaffList", QListView)
    index = people.model().index(row_of(people, "staff", person.id), 0)
    row = index.data(ANSWER_ROLE)
    assert (row.name, row.detail, row.presence, row.photo) == (
        person.name.ko, person.position.ko, person.presence, person.photo)
    rect = people.visualRect(index)
    area = next(w for w in window.page("card").findChildren(QScrollArea) if w.isVisible())
    area.verticalScrollBar().setValue(people.mapTo(area.widget(), rect.topLeft()).y())
    assert area.viewport().rect().contains(
        people.viewport().mapTo(area.viewport(), rect.center()))  # scrolled into sight
    tap(qtbot, people.viewport(), QPoint(rect.left() + rect.width() // 4, rect.center().y()))
    assert window.route == ("card", "staff", person.id)


def test_names_on_a_department_card_stay_whole_at_twice_the_size(qtbot, window, demo):
    """Magnified on a portrait screen, the rows give the name the room of the way button: the
    person's own card shows the way, one tap on."""
    window.resize(1080, 1920)
    window.ctx.session.set_language("en")
    window.ctx.session.set_profile(Profile(zoom=2.0))
    theme = window.ctx.theme
    metrics = QFontMetrics(theme.font(32, bold=True))
    for dept in demo.departments:
        window.navigate(("home",))
        window.navigate(("card", "departments", dept.id))
        people = find(window.page("card"), "CardStaffList", QListView)
        for row, person in enumerate(demo.staff_in(dept.id)):
            rect = people.visualRect(people.model().index(row, 0))
            assert way_rect(people, row) is None
            room_for_name = rect.width() - rect.height() - theme.px(16)
            assert metrics.horizontalAdvance(person.name.en) <= room_for_name, person.id
