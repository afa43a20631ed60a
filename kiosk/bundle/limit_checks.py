"""Limits a bundle must keep for the screens to show it: how long each text a visitor reads
may be, how many notices, opening hours, closed days and pledges a list may hold, and that
this kiosk itself is among the bundle's kiosks. A 10,000-character name pushed the home
screen's ways in off the screen; 20,000 notices took two minutes and 2.8 GB to show.
docs/bundle-format.md lists the limits; the messages are kiosk/bundle/messages_limits.py."""
from __future__ import annotations

from dataclasses import fields
from typing import Iterator

from kiosk.bundle.problems import Problem, problem
from kiosk.bundle.read import BUILDING_FILE, BundleParts
from kiosk.directory.directory import Directory
from kiosk.directory.model import Text

NAME_LENGTH = 120  # a name or title: one to three lines of a card or a button
SHORT_TEXT_LENGTH = 300  # an address, a summary, a line of hours
LONG_TEXT_LENGTH = 1000  # a notice, a pledge, a description: a few paragraphs
LONG_FIELDS = {"text", "description", "duties"}
SHORT_FIELDS = {"address", "hours", "summary", "sample_note"}
# The most entries of a charter table the screens show at once (a page of panels each).
COUNT_LIMITS = {"notices": 300, "hours": 50, "closed_days": 200, "pledges": 100}


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
                          table=table, count=len(items), limit=limit)
        for item in items:
            yield from _texts(item, table, item.id, parts)


def _texts(item, table: str, item_id: str, parts: BundleParts, within: str = ""
           ) -> Iterator[Problem]:
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name == "items" and isinstance(value, tuple):  # a service's steps
            for n, step in enumerate(value, 1):
                yield from _texts(step, table, item_id, parts, f"items.{n}.")
        if not isinstance(value, Text):
            continue
        limit = length_limit(f.name)
        for lang in ("ko", "en"):
            size = len(value.get(lang))
            if size > limit:
                file, line = parts.where(table, item_id, (within.split(".")[0] or f.name))
                yield problem("text.too_long", file, line, record=f"{table} {item_id!r}",
                              field=f"{within}{f.name}.{lang}", size=size, limit=limit)


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
