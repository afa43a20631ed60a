"""Limits a bundle must keep for the screens to show it: how long each text a visitor reads
may be, how many notices, opening hours, closed days and pledges a list may hold, and that
this kiosk itself is among the bundle's kiosks. A 10,000-character name pushed the home
screen's ways in off the screen; 20,000 notices took two minutes and 2.8 GB to show; one
10,000-character keyword made every search take seconds. Plain values (ids, phone numbers, a
door number, times) have limits of their own, so that no field of any length gets through.
docs/bundle-format.md lists the limits; the messages are kiosk/bundle/messages_limits.py."""
from __future__ import annotations

from dataclasses import fields
from typing import Iterator

from kiosk.bundle import korean
from kiosk.bundle.parts import BUILDING_FILE, BundleParts
from kiosk.bundle.problems import Problem, problem
from kiosk.directory.directory import Directory
from kiosk.directory.model import Text, Words

NAME_LENGTH = 120  # a name or title: one to three lines of a card or a button
SHORT_TEXT_LENGTH = 300  # an address, a summary, a line of hours
LONG_TEXT_LENGTH = 1000  # a notice, a pledge, a description: a few paragraphs
LONG_FIELDS = {"text", "description", "duties"}
SHORT_FIELDS = {"address", "hours", "summary", "sample_note"}
KEYWORD_LENGTH = 50  # a search keyword: a word or two a visitor might type
ID_LENGTH = 64  # an id, a reference to one, a kind or a date: a short code
# Plain values with room of their own; every other plain value is an id's length.
VALUE_LENGTHS = {"phone": 40, "fax": 40, "extension": 40, "number": 20, "time": 40,
                 "mon": 40, "tue": 40, "wed": 40, "thu": 40, "fri": 40, "sat": 40, "sun": 40,
                 "photo": 255, "plan": 255}
SHOWN_ID = 40  # an over-long id is named by its start in a message
# The most entries of a charter table the screens show at once (a page of panels each).
COUNT_LIMITS = {"notices": 300, "hours": 50, "closed_days": 200, "pledges": 100}
# The most places on one floor: its plan names and keys every one of them when it is shown
# (8,000 stalled the floor screen for minutes); a large floor has a few dozen.
ROOMS_PER_FLOOR = 100


def length_limit(field: str) -> int:
    if field in LONG_FIELDS:
        return LONG_TEXT_LENGTH
    return SHORT_TEXT_LENGTH if field in SHORT_FIELDS else NAME_LENGTH


def limit_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """Texts too long and tables too long, in what the bundle brings."""
    if parts.building is not None:
        yield from _texts(after.building, "building", after.building.id, parts)
    for table, items in parts.tables.items():
        limit = COUNT_LIMITS.get(table)
        if limit is not None and len(items) > limit:
            yield problem("table.too_many", BUILDING_FILE, parts.table_line(table),
                          table=korean.table(table), count=len(items), limit=limit)
        for item in items:
            yield from _texts(item, table, item.id, parts)
    if "rooms" in parts.tables:
        yield from _crowded_floors(after, parts)


def _crowded_floors(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A floor with more places than ROOMS_PER_FLOOR, named at its first place past it."""
    on_floor: dict[str, list[str]] = {}
    for room in after.rooms:
        on_floor.setdefault(room.floor, []).append(room.id)
    for floor, rooms in on_floor.items():
        if len(rooms) > ROOMS_PER_FLOOR:
            file, line = parts.where("rooms", rooms[ROOMS_PER_FLOOR], "floor")
            yield problem("floor.too_many_rooms", file, line, floor=short_id(floor),
                          count=len(rooms), limit=ROOMS_PER_FLOOR)


def _texts(item, table: str, item_id: str, parts: BundleParts, within: str = ""
           ) -> Iterator[Problem]:
    record = korean.record(table, short_id(item_id))
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name == "items" and isinstance(value, tuple):  # a service's steps
            for n, step in enumerate(value, 1):
                yield from _texts(step, table, item_id, parts, f"items.{n}.")
        for key, field, details in _too_long(f.name, value):
            file, line = parts.where(table, item_id, within.split(".")[0] or f.name)
            yield problem(key, file, line, record=record, field=f"{within}{field}", **details)


def _too_long(name: str, value) -> Iterator[tuple[str, str, dict]]:
    """(message key, field, details) for each part of a field's value over its limit."""
    if isinstance(value, Text):
        limit = length_limit(name)
        for lang in ("ko", "en"):
            if len(value.given(lang)) > limit:
                yield "text.too_long", f"{name}.{lang}", {"size": len(value.given(lang)),
                                                          "limit": limit}
    elif isinstance(value, Words):
        for lang in ("ko", "en"):
            for n, word in enumerate(getattr(value, lang), 1):
                if len(word) > KEYWORD_LENGTH:
                    yield "keyword.too_long", f"{name}.{lang}", {
                        "n": n, "size": len(word), "limit": KEYWORD_LENGTH}
    elif isinstance(value, str) or (isinstance(value, tuple) and name == "rooms"):
        limit = VALUE_LENGTHS.get(name, ID_LENGTH)
        for n, one in enumerate((value,) if isinstance(value, str) else value, 1):
            if len(one) > limit:
                yield "value.too_long", name if isinstance(value, str) else f"{name}.{n}", {
                    "size": len(one), "limit": limit}


def short_id(item_id: str) -> str:
    """An id as a message names it: cut short if it is over-long itself."""
    return item_id if len(item_id) <= SHOWN_ID else item_id[:SHOWN_ID] + "…"


def placement_problems(after: Directory, parts: BundleParts, kiosk_id: str, floor: str
                       ) -> Iterator[Problem]:
    """This kiosk (its configured id, and floor if set) must be among the bundle's kiosks, on
    a floor the bundle has: it would not start with a directory that does not place it."""
    kiosk = after.kiosk(kiosk_id)
    floor = floor or (kiosk.floor if kiosk is not None else "")
    if kiosk is None or floor not in {f.id for f in after.floors}:
        table = "kiosks" if kiosk is None else "floors"
        yield problem("kiosk.not_placed", BUILDING_FILE, parts.table_line(table), id=kiosk_id,
                      floor=floor or "-", known=", ".join(k.id for k in after.kiosks) or "-")
