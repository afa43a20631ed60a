"""What a building's directory is made of: floors, rooms, departments, staff, services,
amenities, kiosks and the way between them; the charter's tables (pledges, opening hours,
closed days, notices) are in charter_tables.py, the value types (`Text`, `Words`, `Rect`) in
values.py, and every table is named here (`TABLES`), so this module is where the directory's
types are imported from.

Plain frozen dataclasses, bilingual text as `Text(ko, en)`. Records (dicts of JSON types)
are the one serialised form, used by the store and the demo loader alike (`encode`/`decode`).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping
from unicodedata import east_asian_width

from kiosk.directory.charter_tables import ClosedDay, Hours, Notice, Pledge
from kiosk.directory.hours_form import hours_form
from kiosk.directory.phone_form import PHONE_FIELDS, in_text, one_form
from kiosk.directory.values import EMPTY, Rect, Text, Words

LANGUAGES = ("ko", "en")
PRESENCE = ("in", "away", "leave")
MARK_WIDTH = 4  # a floor's mark at most: "200F", "B20", "1층" (Hangul is two wide); Floor.mark
ROOM_KINDS = (
    "office", "reading_room", "desk", "service_window", "hall", "meeting",
    "toilet", "elevator", "stairs", "lounge", "entrance",
)


@dataclass(frozen=True)
class Building:
    id: str
    name: Text
    address: Text = EMPTY
    phone: str = ""
    fax: str = ""
    hours: Text = EMPTY
    sample_note: Text = EMPTY


@dataclass(frozen=True)
class Floor:
    id: str  # "1F", "B1"
    level: int  # sort key; basement negative
    name: Text
    summary: Text = EMPTY
    plan: str = ""  # file name under assets/floorplans/
    plan_size: tuple[float, float] = (1600.0, 900.0)
    metres_per_unit: float = 0.03  # plan scale: 1600 units = 48 m

    @property
    def mark(self) -> str:
        """The floor as its badge and tab show it: its id where that is short ("1F", "B1",
        "1층"), else its level's ("3F", "B2", "G" for 0). A bundle's id may be 64
        characters long; a badge the size of a finger holds four narrow ones."""
        mark = self.id.strip()
        if 0 < sum(2 if east_asian_width(c) in "WF" else 1 for c in mark) <= MARK_WIDTH:
            return mark
        if self.level > 0:
            return f"{self.level}F"
        return f"B{-self.level}" if self.level < 0 else "G"


@dataclass(frozen=True)
class Room:
    id: str
    floor: str
    name: Text
    kind: str = "office"
    number: str = ""  # door sign, e.g. "201"
    department: str | None = None
    phone: str = ""
    fax: str = ""
    hours: Text = EMPTY
    description: Text = EMPTY
    keywords: Words = Words()
    rect: Rect | None = None
    accessible: bool = True


@dataclass(frozen=True)
class Department:
    id: str
    name: Text
    parent: str | None = None
    duties: Text = EMPTY
    phone: str = ""
    fax: str = ""
    room: str | None = None
    keywords: Words = Words()


@dataclass(frozen=True)
class Staff:
    id: str
    name: Text
    position: Text
    department: str
    duties: Text = EMPTY
    extension: str = ""
    room: str | None = None
    presence: str = "in"
    photo: str = ""  # file name under assets/staff_photos/
    sample: bool = True  # fictional person for the demo directory


@dataclass(frozen=True)
class ServiceStep:
    """One row of a processing-time table (e.g. certificate issuing)."""

    name: Text
    legal_time: Text = EMPTY
    recommended_time: Text = EMPTY
    fee: Text = EMPTY


@dataclass(frozen=True)
class Service:
    id: str
    name: Text
    description: Text = EMPTY
    department: str | None = None
    room: str | None = None
    phone: str = ""
    fax: str = ""
    keywords: Words = Words()
    items: tuple[ServiceStep, ...] = ()
    person: str | None = None  # the staff id answerable for it (민원행정실명제)
    complaint_window: bool = False  # takes complaints, unkind-service reports among them


@dataclass(frozen=True)
class Amenity:
    id: str
    name: Text
    kind: str
    room: str
    description: Text = EMPTY
    keywords: Words = Words()
    paid: bool = False
    accessible: bool = False


@dataclass(frozen=True)
class Kiosk:
    """A kiosk's own position: the "you are here" marker."""

    id: str
    name: Text
    floor: str
    x: float
    y: float


NAV_NODE_KINDS = ("corridor", "door", "elevator", "stairs", "escalator", "ramp", "entrance",
                  "desk", "kiosk")
NAV_EDGE_KINDS = ("corridor", "door", "stairs", "elevator", "ramp", "escalator")
STEP_FREE_EDGE_KINDS = ("corridor", "door", "elevator", "ramp")


@dataclass(frozen=True)
class NavNode:
    """A point of the navigation graph, in its floor's plan units.

    `room` makes the node that room's way in (its door); a kiosk's node has the kiosk's id.
    """

    id: str
    floor: str
    x: float
    y: float
    kind: str = "corridor"  # one of NAV_NODE_KINDS
    room: str | None = None
    label: Text = EMPTY  # a landmark name for the directions ("the water dispenser")


@dataclass(frozen=True)
class NavEdge:
    """A walkable link between two nodes, both ways.

    `length` in metres; omitted, it is the straight distance on the plan (same floor) or a
    walking equivalent per level (see kiosk.wayfinding.graph). `step_free` omitted follows the
    kind: stairs and escalators are not step-free.
    """

    a: str
    b: str
    kind: str = "corridor"  # one of NAV_EDGE_KINDS
    length: float | None = None
    step_free: bool | None = None

    @property
    def id(self) -> str:
        return f"{self.a}~{self.b}"

    @property
    def is_step_free(self) -> bool:
        """Stairs and escalators never are; `step_free = false` marks e.g. a door sill."""
        return self.kind in STEP_FREE_EDGE_KINDS and self.step_free is not False


_TEXT_FIELDS = {"text", "title", "section", "name", "address", "hours", "sample_note", "summary",
                "description",
                "duties", "position", "legal_time", "recommended_time", "fee", "label"}


def decode(cls, record: Mapping[str, Any]):
    kwargs = {}
    names = {f.name for f in fields(cls)}
    unknown = set(record) - names
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown field(s) {sorted(unknown)}")
    for key, value in record.items():
        kwargs[key] = field_value(key, value)
    return cls(**kwargs)


def field_value(key: str, value: Any) -> Any:
    """A record's value as its field holds it (Text, Words, Rect, ...); raises TypeError,
    ValueError, AttributeError or OverflowError on a value that cannot be one."""
    if key == "hours":  # a place's hours text: its days and times as the hours table's
        text = Text.from_record(value)
        return Text(hours_form(in_text(text.ko), "ko"), hours_form(in_text(text.en), "en"))
    if key in _TEXT_FIELDS:
        text = Text.from_record(value)
        return Text(in_text(text.ko), in_text(text.en))  # its phone numbers as fields are
    if key in PHONE_FIELDS and isinstance(value, str):
        return one_form(value)  # "0371~2" and "0371~0372" shown alike
    if key == "keywords":
        return Words.from_record(value)
    if key == "rect":
        return Rect.from_record(value)
    if key == "plan_size":
        return tuple(float(v) for v in value)
    if key == "items":
        return tuple(decode(ServiceStep, item) for item in value)
    return value


def encode(obj) -> dict:
    out = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, (Text, Words, Rect)):
            value = value.to_record()
        elif f.name == "items":
            value = [encode(item) for item in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


TABLES = {
    "floors": Floor,
    "rooms": Room,
    "departments": Department,
    "staff": Staff,
    "services": Service,
    "amenities": Amenity,
    "kiosks": Kiosk,
    "nav_nodes": NavNode,
    "nav_edges": NavEdge,
    "pledges": Pledge,
    "hours": Hours,
    "closed_days": ClosedDay,
    "notices": Notice,
}
