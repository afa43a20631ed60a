"""What the kiosk answers about a directory entry: kind, where it is, whom to call.

One place turns a room, person, department, service or amenity into the facts a visitor
needs, for the search list, the `find` command and the cards alike.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from kiosk.directory.directory import Directory
from kiosk.directory.model import Room
from kiosk.directory.strings import tr
from kiosk.search.index import Hit, SearchIndex
from kiosk.search.twins import kind_key


@dataclass(frozen=True)
class Answer:
    table: str
    id: str
    kind: str  # translated label: "Room", "Person", ...
    name: str
    detail: str  # position for people, first line of duties/description otherwise
    floor: str  # "1F"
    floor_mark: str  # the floor's badge ("4F"; Floor.mark)
    room: str  # room name (with door number)
    room_id: str
    room_number: str  # door sign, e.g. "201"
    department: str
    phone: str
    match: str = ""  # search tier name
    presence: str = ""  # people only: in / away / leave
    photo: str = ""  # people only: file name under assets/staff_photos/
    duties: str = ""  # people only: what they handle (a department's are its detail)

    def to_json(self) -> dict:
        return asdict(self)


def _room_label(room: Room | None, lang: str) -> str:
    if room is None:
        return ""
    name = room.name.get(lang)
    return f"{name} ({room.number})" if room.number else name


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def where(directory: Directory, table: str, item) -> str | None:
    """The room an entry is in (a room is in itself)."""
    if table == "rooms":
        return item.id
    return getattr(item, "room", None)


def answer(directory: Directory, table: str, item_id: str, lang: str, match: str = "") -> Answer:
    item = directory.get(table, item_id)
    dept = item if table == "departments" else \
        directory.department(getattr(item, "department", None))
    # Where to go: the item's own room, else its department's or the nearest one above it
    # (a person with no desk of their own is found through their office).
    room = directory.room(where(directory, table, item)) or directory.department_room(dept)
    floor = directory.floor(room.floor) if room else None
    phone = getattr(item, "phone", "") or ""
    if table == "services" and not phone:  # as the service-window table: its person's line
        person = directory.staff_member(item.person)
        phone = person.extension if person else ""
    if table == "staff":
        phone = item.extension
        detail = item.position.get(lang)
    else:
        detail = _first_line(getattr(item, "description", None).get(lang)
                             if getattr(item, "description", None) else "")
        if table == "departments":
            detail = _first_line(item.duties.get(lang))
    # Whom to call: the item, its room, its department and the ones above it, the building.
    candidates = [room.phone if room else ""] + [d.phone for d in directory.parents(dept)]
    for number in candidates + [directory.building.phone]:
        phone = phone or number
    return Answer(
        table=table, id=item_id, kind=tr(kind_key(directory, table, item), lang),
        name=item.name.get(lang), detail=detail,
        floor=floor.name.get(lang) if floor else "", floor_mark=floor.mark if floor else "",
        room=_room_label(room, lang), room_id=room.id if room else "",
        room_number=room.number if room else "",
        department=dept.name.get(lang) if dept else "", phone=phone, match=match,
        presence=item.presence if table == "staff" else "",
        photo=item.photo if table == "staff" else "",
        duties=item.duties.get(lang).strip() if table == "staff" else "",
    )


def find(directory: Directory, index: SearchIndex, query: str, lang: str,
         limit: int = 10) -> list[Answer]:
    hits: list[Hit] = index.search(query, limit=limit)
    return [answer(directory, h.table, h.id, lang, h.tier_name) for h in hits]
