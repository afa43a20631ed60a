"""A place is written with the same capitals on every screen that names it (docs/
wayfinding.md, "Names in English"): its card, the plan, the way there, its department, the
search answers and the floors' lists all take its name from the directory, so the directory
writes every English name of one place one way, and a floor's list of what is on it joins the
names as they are written, not lower-cased as running text."""
from __future__ import annotations

from collections import defaultdict

from kiosk.directory.directory import Directory


def english_names(directory: Directory) -> dict[str, set[str]]:
    """Every English name the directory gives, and each item of a floor's summary (a list of
    names), by where it comes from."""
    found: dict[str, set[str]] = defaultdict(set)
    for table in ("floors", "rooms", "departments", "services", "amenities", "kiosks"):
        for record in getattr(directory, table):
            found[record.name.en].add(f"{table}:{record.id}")
    for floor in directory.floors:
        for item in floor.summary.en.split(", "):
            found[item].add(f"floors:{floor.id} summary")
    return found


def test_every_english_name_of_a_place_has_the_same_capitals(demo):
    """"Information desk" (the room) and "Information Desk" (its department), "Meeting
    room" (the plan) and "meeting room" (the 4th floor's list) were one place each."""
    by_letters: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for name, where in english_names(demo).items():
        by_letters[name.casefold()][name] = where
    assert {k: v for k, v in by_letters.items() if len(v) > 1} == {}
