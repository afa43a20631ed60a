"""What the hostile bundles (test_bundle_hostile.py) found, each kept as a test of its own:
the bundle as staff would write it, and what must hold."""
from __future__ import annotations

import dataclasses
import shutil
import unicodedata
from pathlib import Path

import pytest
from hostile_bundle import demo_bundle, edited, write
from hostile_checks import check_and_use
from hostile_crowds import MARKUPS, PLAN

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo
from kiosk.wayfinding.directions import subject, toward
from kiosk.wayfinding.wayfinder import Wayfinder

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
BASE = demo_bundle(DEMO)


def checked(tmp_path: Path, changes: list):
    folder = tmp_path / "kiosk-directory"
    write(edited(BASE, changes), folder)
    result = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(result)
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
    return result


def test_a_building_whose_id_is_no_text_is_named_at_its_line(tmp_path):
    """[building] with id = 5 was refused without a line: its line was found by its id."""
    found = checked(tmp_path, [("building", 0, "id", 5)])
    bad = [p for p in found.problems if p.key == "record.types"]
    assert bad and bad[0].line is not None and bad[0].file == "building.toml"
    lines = (tmp_path / "kiosk-directory" / "building.toml").read_text().split("\n")
    assert lines[bad[0].line - 1] == "id = 5"


@pytest.mark.parametrize("name", [" ", "", "#", "\u3000"])
def test_a_floor_with_a_blank_korean_name_is_routed(name):
    """A floor named " " in Korean passed the check, and every route to it by elevator
    raised TypeError (the particle after an empty word)."""
    floors = [dataclasses.replace(f, name=dataclasses.replace(f.name, ko=name))
              for f in DEMO.floors]
    directory = dataclasses.replace(DEMO, floors=floors)
    way = Wayfinder(directory, DEMO.kiosks[0])
    for room in directory.rooms:
        try:
            route = way.route(("rooms", room.id))
        except Exception as exc:  # noqa: BLE001 - NoRoute is fine, nothing else is
            assert type(exc).__name__ == "NoRoute", exc
            continue
        assert all(step.text.ko for step in route.steps)


def test_particles_in_directions_follow_the_reading():
    assert [toward(w) for w in ("3층", "열람실", "1F", "B1", "")] == \
        ["3층으로", "열람실로", "1F로", "B1로", "로"]
    assert [subject(w) for w in ("자료실", "엘리베이터", "관장실 (3층)")] == \
        ["자료실이", "엘리베이터가", "관장실 (3층)이"]




LONG = "가" * 10_000
CASES = {
    # The floor's blank Korean name raised TypeError in every route by elevator to it.
    "a floor without its Korean name": ([("floors", 1, "name", {"ko": " ", "en": "2F"}),
                                         ("staff", 1, "name_ko", " ")], True),
    # They passed the check without a word, and their cards and rows showed a blank; now
    # a place with no name in either language is refused, in one message (name.empty).
    "entries without a name": ([("floors", 1, "name", " "),
                                ("rooms", 2, "name", {"ko": " ", "en": " "})], False),
    "names of 10,000 letters": ([("rooms", 0, "name", LONG), ("staff", 0, "name_ko", LONG),
                                 ("departments", 0, "name_en", "A" * 10_000),
                                 ], False),  # over the names' length limit (text.too_long)
    "texts of 10,000 letters": ([("services", 0, "items", [{"name": LONG, "fee": LONG}]),
                                 ("notices", 0, "title", LONG),
                                 ("rooms", 0, "keywords", {"ko": [LONG] * 3, "en": []})],
                                False),  # over the texts' length limits (text.too_long)
    "NFD Hangul": ([("rooms", 3, "name", unicodedata.normalize("NFD", "한글 자료실")),
                    ("staff", 2, "name_ko", unicodedata.normalize("NFD", "홍길동"))], True),
    "phones of 1,100 characters": ([("rooms", 0, "phone", "02-123-4567" * 100),
                                    ("departments", 0, "phone", "02-123-4567" * 100)],
                                   False),  # over the plain values' limit (value.too_long)
    "a phone at its limit": ([("rooms", 0, "phone", "02-123-4567" * 3 + "-123456")], True),
    "the least length": ([("nav_edges", 0, "length", 5e-324)], True),
    "a lone surrogate": ([("staff", 0, "name_ko", "a\udfffb")], False),
    "ESC in a building name": ([("building", 0, "name", "\x1b[2J")], False),
    "a notice ending before it starts": ([("notices", 0, "start", "2026-12-31"),
                                          ("notices", 0, "end", "2026-01-01")], False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_named_hostile_bundle(qtbot, name):
    changes, ready = CASES[name]
    assert check_and_use(qtbot, DEMO, BASE, changes, set()) is ready


def test_an_entry_without_a_name_is_named_in_one_error(tmp_path):
    found = checked(tmp_path, [("rooms", 2, "name", {"ko": " ", "en": ""}),
                               ("staff", 1, "name_ko", ""), ("staff", 1, "name_en", "\u3000")])
    empty = [p for p in found.problems if p.key == "name.empty"]
    assert {(p.file, p.severity) for p in empty} == {("building.toml", "error"),
                                                       ("staff.csv", "error")}
    # one message a row: the error is not said again as text.required
    lines = [(p.file, p.line) for p in found.problems]
    assert len(lines) == len(set(lines)), [p.text("en") for p in found.problems]
    assert all(p.line for p in empty)
    assert any("name_ko, name_en 열에 이름을 쓰세요" in p.fix.ko for p in empty)


def test_a_floor_of_control_characters_is_quoted_in_the_message_not_taken_for_english(tmp_path):
    """A room's floor of junk with a Latin letter among control characters: the message quotes
    it with the controls written out (<U+0001>), and that quotation is the data's, not English
    words in a Korean message."""
    from korean_report import english_words

    junk = "\x01\U0007eca7\rY\U000e6692"
    found = checked(tmp_path, [("rooms", 0, "floor", junk)])
    said = [p.message.ko for p in found.problems if "<U+0001>" in p.message.ko]
    assert said, [p.message.ko for p in found.problems]
    for text in said:
        assert english_words(text, (junk,)) == [], text


@pytest.mark.parametrize("change, ready", [
    (("crowd", 0, "rooms", 0), True),
    (("crowd", 0, "rooms", 1), False),
    (("crowd", 0, "staff", 2_000), True),
    (("plan", 0, PLAN, MARKUPS[0]), False),
    (("plan", 0, PLAN, MARKUPS[2]), False),
    (("plan", 0, PLAN, MARKUPS[3]), True),
], ids=["floor-at-its-limit", "floor-past-it", "department-of-2000", "plan-blur",
        "plan-style-filter", "plan-hatching"])
def test_crowds_and_plan_effects_are_refused_clearly_or_shown(qtbot, change, ready):
    """A floor of as many places as it may hold, a department of thousands and a plan with a
    hatching pattern apply, route and show the tour in Korean; one place more, a blur: refused
    with file, line and fix (they had validated and then stalled the floor or the card)."""
    shown: set = set()
    assert check_and_use(qtbot, DEMO, BASE, [change], shown, ("ko",)) is ready
    assert bool(shown) is ready
