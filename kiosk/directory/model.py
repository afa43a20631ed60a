"""What a building's directory is made of: floors, rooms, departments, staff, services,
amenities and kiosks, and the charter's tables: pledges, opening hours, closed days, notices.

Plain frozen dataclasses, bilingual text as `Text(ko, en)`. Records (dicts of JSON types)
are the one serialised form, used by the store and the demo loader alike (`encode`/`decode`).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from typing import Any, Mapping

from kiosk.directory.phone_form import PHONE_FIELDS, in_text, one_form

LANGUAGES = ("ko", "en")
PRESENCE = ("in", "away", "leave")
ROOM_KINDS = (
    "office", "reading_room", "desk", "service_window", "hall", "meeting",
    "toilet", "elevator", "stairs", "lounge", "entrance",
)


@dataclass(frozen=True)
class Text:
    """A string in Korean and English."""

    ko: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ko

    def both(self) -> tuple[str, str]:
        return (self.ko, self.en)

    @classmethod
    def from_record(cls, value: Any) -> "Text":
        if isinstance(value, Text):
            return value
        if isinstance(value, str):
            return cls(value, value)
        if value is None:
            return cls("", "")
        return cls(str(value.get("ko", "")), str(value.get("en", "")))

    def to_record(self) -> dict:
        return {"ko": self.ko, "en": self.en}


EMPTY = Text("", "")


@dataclass(frozen=True)
class Words:
    """Search keywords per language (what visitors might type)."""

    ko: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        return self.ko + self.en

    @classmethod
    def from_record(cls, value: Any) -> "Words":
        if isinstance(value, Words):
            return value
        value = value or {}
        return cls(tuple(value.get("ko", ())), tuple(value.get("en", ())))

    def to_record(self) -> dict:
        return {"ko": list(self.ko), "en": list(self.en)}


@dataclass(frozen=True)
class Rect:
    """A rectangle in floor-plan units (the SVG's viewBox coordinates)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h

    @classmethod
    def from_record(cls, value: Any) -> "Rect | None":
        if value is None or isinstance(value, Rect):
            return value
        x, y, w, h = (float(v) for v in value)
        return cls(x, y, w, h)

    def to_record(self) -> list:
        return [self.x, self.y, self.w, self.h]


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


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
NOTICE_KINDS = ("notice", "event")


@dataclass(frozen=True)
class Pledge:
    """One promise of the service charter, under its section's heading."""

    id: str
    text: Text
    section: Text = EMPTY


@dataclass(frozen=True)
class Hours:
    """Opening hours of some rooms (or of the building, with no rooms), per weekday:
    "09:00-18:00", or "" when closed that day. See kiosk.directory.opening."""

    id: str
    name: Text
    rooms: tuple[str, ...] = ()
    mon: str = ""
    tue: str = ""
    wed: str = ""
    thu: str = ""
    fri: str = ""
    sat: str = ""
    sun: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.rooms, list):
            object.__setattr__(self, "rooms", tuple(self.rooms))

    def day(self, weekday: int) -> str:
        """The hours of a weekday, 0 for Monday."""
        return getattr(self, WEEKDAYS[weekday])


@dataclass(frozen=True)
class ClosedDay:
    """A date the whole building is closed (a public holiday), whatever its weekday."""

    date: str  # "2026-12-25"
    name: Text = EMPTY

    def __post_init__(self) -> None:
        _iso_dates(self, ("date",))

    @property
    def id(self) -> str:
        return self.date


@dataclass(frozen=True)
class Notice:
    """A notice (shown from `start`, or always, until `end`, or until removed) or an event
    (listed in its month until it is over; `end` empty: one day). Dates "YYYY-MM-DD"."""

    id: str
    title: Text
    kind: str = "notice"  # one of NOTICE_KINDS
    text: Text = EMPTY
    start: str = ""
    end: str = ""
    time: str = ""  # "14:00-16:00", optional
    room: str | None = None

    def __post_init__(self) -> None:
        _iso_dates(self, ("start", "end"))


_MIDNIGHT = (" 00:00:00", "T00:00:00", " 00:00", "T00:00")


def _iso_dates(item, names: tuple[str, ...]) -> None:
    """A TOML date written without quotes (date = 2026-12-25) is kept as its text; so is a
    date at midnight as Excel or TOML writes it ("2026-12-25 00:00:00"), without its time,
    and a date with spaces around it, without them."""
    for name in names:
        value = getattr(item, name)
        if isinstance(value, datetime.datetime) and value.time() == datetime.time() \
                and value.tzinfo is None:
            value = value.date()
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            object.__setattr__(item, name, value.isoformat())
        elif isinstance(value, str):
            text = value.strip()
            for midnight in _MIDNIGHT:
                if text.endswith(midnight) and len(text) == 10 + len(midnight):
                    text = text[:10]
            object.__setattr__(item, name, text)


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
