"""Bundles that validated and then stalled a screen by their size alone: a department of
20,000 people (its card sized every row before it showed) and a floor of 8,000 rooms (its
plan names every one). The card lists a first few and offers the rest, one tap on, in the
people list, which makes its rows as they are shown; a floor holds ROOMS_PER_FLOOR places at
most, and validate says so. Counted in rows built and places, never in time."""
from __future__ import annotations

import csv
import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QListView

from kiosk.bundle.export import building_toml
from kiosk.bundle.limit_checks import ROOMS_PER_FLOOR
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo
from kiosk.directory.model import NavEdge, NavNode, Text
from kiosk.directory.values import Rect
from kiosk.ui.screens.cards import CARD_PEOPLE
from kiosk.ui.widgets.basic import Tile

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
STAFF_COLUMNS = ("id", "name_ko", "name_en", "position_ko", "position_en", "department",
                 "duties_ko", "duties_en", "extension", "room", "presence", "photo")
PEOPLE = 20_000  # as many rows as a sheet may have


def crowded_department(folder, people: int) -> str:
    """A bundle whose staff sheet puts `people` people in the demo's first department."""
    folder.mkdir(parents=True)
    (folder / "building.toml").write_text(building_toml(DEMO, ("staff",)), encoding="utf-8")
    department = DEMO.departments[0].id
    with open(folder / "staff.csv", "w", encoding="utf-8", newline="") as sheet:
        rows = csv.writer(sheet)
        rows.writerow(STAFF_COLUMNS)
        rows.writerows((f"p{n}", f"직원{n}", f"Person {n}", "주무관", "Officer", department,
                        "민원 안내", "Help", "02-123-4567", "", "in", "")
                       for n in range(people))
    return department


def test_a_department_of_twenty_thousand_shows_its_card_with_a_few_and_the_rest_a_tap_on(
        qtbot, window, cfg, tmp_path):
    from kiosk.ui.directory_services import switch_directory
    folder = tmp_path / "stick" / "kiosk-directory"
    department = crowded_department(folder, PEOPLE)
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    switch_directory(window, checked.directory, cfg)

    window.navigate(("card", "departments", department))
    card = window.page("card")
    view = card.findChild(QListView, "CardStaffList")
    assert view.model().rowCount() == CARD_PEOPLE  # rows the card sizes, whatever the count
    more = card.findChild(Tile, "AllPeopleButton")
    assert more is not None and str(PEOPLE) in more.heading.text()
    more.click()
    qtbot.waitUntil(lambda: window.route == ("staff", department), timeout=20000)
    people = window.page("staff")
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    window.grab()
    assert people.model.rowCount() >= PEOPLE
    # The list makes the rows it shows (and a screenful around them), not 20,000.
    assert 0 < len(people.model._answers) < 500


def crowded_floor(folder, rooms: int) -> tuple[str, int]:
    """A bundle with `rooms` offices added on the demo's first floor; (its id, the line of
    the first added room past the limit)."""
    floor = DEMO.floors[0]
    on_floor = [r for r in DEMO.rooms if r.floor == floor.id]
    w, h = floor.plan_size
    added = tuple(dataclasses.replace(on_floor[0], id=f"x{n}", kind="office", number="",
                                      name=Text(f"사무실 {n}", f"Office {n}"), department=None,
                                      rect=Rect(w * (n % 50) / 50, h * (n // 50) / 200,
                                                w / 60, h / 250))
                  for n in range(rooms - len(on_floor)))
    hub = next(n for n in DEMO.nav_nodes if n.floor == floor.id)
    doors = tuple(NavNode(f"{r.id}-door", floor.id, r.rect.x, r.rect.y, "door", room=r.id)
                  for r in added)
    ways = tuple(NavEdge(hub.id, door.id) for door in doors)
    folder.mkdir(parents=True)
    text = building_toml(dataclasses.replace(DEMO, rooms=DEMO.rooms + added,
                                             nav_nodes=DEMO.nav_nodes + doors,
                                             nav_edges=DEMO.nav_edges + ways), ())
    (folder / "building.toml").write_text(text, encoding="utf-8")
    past = added[ROOMS_PER_FLOOR - len(on_floor)].id if rooms > ROOMS_PER_FLOOR else ""
    lines = text.split("\n")
    line = next((n for n, t in enumerate(lines, 1) if t == f'id = "{past}"'), 0)
    return floor.id, line + 1  # the room's floor key, on the line after its id


def test_a_floor_of_more_rooms_than_the_limit_is_refused_at_the_first_one_past_it(tmp_path):
    folder = tmp_path / "kiosk-directory"
    floor, line = crowded_floor(folder, ROOMS_PER_FLOOR + 1)
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    found = [p for p in checked.problems if p.key == "floor.too_many_rooms"]
    assert not checked.ok and len(found) == 1, [p.text("en") for p in checked.problems]
    assert found[0].file == "building.toml" and found[0].line == line
    said = found[0].text("en")
    assert f"'{floor}'" in said and str(ROOMS_PER_FLOOR + 1) in said and "Keep" in said


def test_a_floor_at_the_limit_validates_and_its_screen_shows_it(qtbot, window, cfg, tmp_path):
    from kiosk.ui.directory_services import switch_directory
    folder = tmp_path / "stick" / "kiosk-directory"
    floor, _line = crowded_floor(folder, ROOMS_PER_FLOOR)
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    switch_directory(window, checked.directory, cfg)
    window.navigate(("floor", floor))
    page = window.page("floor")
    assert not window.grab().isNull()
    assert len(page.plan.rooms) == ROOMS_PER_FLOOR
