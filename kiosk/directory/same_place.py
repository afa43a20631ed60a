"""A department and the place it is in that are one thing to a visitor.

The demo's 종합정보자료실 / General Reading Room is a room on the 2nd floor and the team that
runs it, in that room, under the same name. Where a department's own room bears the
department's name (in Korean or in English; case, spaces and punctuation aside), the kiosk
treats the two as one: search gives one answer for them (search/twins.py), the floor plan and
its list of places open that answer's card (ui/screens/floors.py), and the way to the
department does not name the place twice (wayfinding/wayfinder.py).
"""
from __future__ import annotations

import re
import unicodedata

from kiosk.directory.directory import Directory
from kiosk.directory.model import Department, Text

_NOT_LETTERS = re.compile(r"[\W_]+")


def name_key(text: str) -> str:
    """A name as compared here: NFC, case-folded, without spaces or punctuation."""
    return _NOT_LETTERS.sub("", unicodedata.normalize("NFC", text).casefold())


def same_name(a: Text, b: Text) -> bool:
    """The same name to a visitor in either language (a name left empty matches nothing)."""
    return any(name_key(x) and name_key(x) == name_key(y)
               for x, y in ((a.ko, b.ko), (a.en, b.en)))


def twin_room_of(directory: Directory, department: Department | None) -> str | None:
    """The id of the department's own room when it bears the department's name (and no
    department before it in the directory claims that room so)."""
    room = directory.room(department.room) if department is not None else None
    if room is None or not same_name(room.name, department.name):
        return None
    first = next(d for d in directory.departments
                 if d.room == room.id and same_name(room.name, d.name))
    return room.id if first.id == department.id else None


def twin_rooms(directory: Directory) -> dict[str, str]:
    """Room id -> the department found in its place (the first, should two claim it)."""
    twins: dict[str, str] = {}
    for department in directory.departments:
        if department.room is not None and department.room not in twins:
            room = directory.room(department.room)
            if room is not None and same_name(room.name, department.name):
                twins[room.id] = department.id
    return twins
