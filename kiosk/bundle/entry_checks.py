"""Entries a bundle may write well formed that the screens would still show wrongly (a place
without a name is meaning_checks.name_problems'): a room of a kind the kiosk does not know, two opening hours for one room (the card showed the first, silently), a
closed day named in one language, the same closed day twice. Messages:
kiosk/bundle/messages_entries.py."""
from __future__ import annotations

import re
from typing import Iterator

from kiosk.bundle import korean
from kiosk.bundle.parts import BundleParts
from kiosk.bundle.problems import Problem, problem
from kiosk.directory.directory import Directory
from kiosk.directory.model import ROOM_KINDS

def entry_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    def at(table: str, item_id: str, key: str, name: str, **values) -> Problem:
        file, line = parts.where(table, item_id, key)
        return problem(name, file, line, record=korean.record(table, item_id), field=key,
                       **values)

    if "rooms" in parts.tables:
        for room in after.rooms:
            if room.kind not in ROOM_KINDS:
                yield at("rooms", room.id, "kind", "room.kind", value=room.kind,
                         known=", ".join(ROOM_KINDS))
    if "hours" in parts.tables:
        yield from _hours_twice(after, parts)
    if "closed_days" in parts.tables:
        for day in after.closed_days:
            ko, en = (part.strip() for part in day.name.both())
            if bool(ko) != bool(en):
                yield at("closed_days", day.id, "name", "text.one_language", severity="warning",
                         missing="ko" if not ko else "en")


def _hours_twice(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A room named by two [[hours]] entries: which hours hold?"""
    first: dict[str, str] = {}
    for hours in after.hours:
        for room in hours.rooms:
            seen = first.setdefault(room, hours.id)
            if seen != hours.id:
                file, line = parts.where("hours", hours.id, "rooms")
                _other_file, other_line = parts.where("hours", seen, "rooms")
                yield problem("hours.room_twice", file, line, room=room, id=hours.id,
                              other=seen, other_line=other_line or "-", line=line or "-")


def closed_day_lines(parts: BundleParts, date: str) -> list[int]:
    """The lines of building.toml that write the closed day `date` (quoted or not)."""
    pattern = re.compile(rf'^[ \t]*date[ \t]*=[ \t]*["\']?[ \t]*{re.escape(date)}')
    return [n for n, text in enumerate(parts.toml_lines, 1) if pattern.match(text)]
