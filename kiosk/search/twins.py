"""A place and the department of the same name in it, found as one answer.

Searched, 종합정보자료실 / General Reading Room came twice, once as a place and once as a
department, the two rows alike but for their kind, and nothing told a visitor which to tap.
Where the department's own room bears its name (directory/same_place.py), search gives one
answer, the department's: its card shows the way, the place's hours and description, the
people there and the room's own card one tap on, and its kind says both ("장소·부서 / Place
and department"). Whatever finds the place (its door number, keywords, description, floor)
finds that answer, at no cost per keystroke: the room's words are indexed under the
department's entry. The floor plan and its list of places open that card too
(ui/screens/floors.py); the room's own card stays one tap on from it. Names that differ stay two answers, each with its kind.
"""
from __future__ import annotations

from typing import Any

from kiosk.directory.directory import Directory, iter_entities
from kiosk.directory.same_place import twin_room_of, twin_rooms
from kiosk.directory.strings import KIND_LABELS

PLACE_AND_DEPARTMENT = "kind.place_department"


def entries(directory: Directory) -> tuple[list[tuple[str, str]], list[tuple[int, str, Any]]]:
    """The search's entries, (table, id), and every searchable thing with the entry its
    words find: a twin room's are its department's."""
    twins = twin_rooms(directory)
    items = list(iter_entities(directory))
    kept = [(table, item.id) for table, item in items
            if not (table == "rooms" and item.id in twins)]
    entry_of = {key: n for n, key in enumerate(kept)}
    return kept, [(entry_of[("departments", twins[item.id]) if table == "rooms"
                            and item.id in twins else (table, item.id)], table, item)
                  for table, item in items]


def kind_key(directory: Directory, table: str, item) -> str:
    """The strings key of an answer's kind: a department found in its place says both."""
    if table == "departments" and twin_room_of(directory, item) is not None:
        return PLACE_AND_DEPARTMENT
    return KIND_LABELS[table]
