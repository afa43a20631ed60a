"""The directory of one building: floors, rooms, departments, staff, services, amenities, kiosks.

Plain frozen dataclasses, bilingual text as `Text(ko, en)`. Records (dicts of JSON types)
are the one serialised form, used by the store and the demo loader alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Iterable, Mapping

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


_TEXT_FIELDS = {"name", "address", "hours", "sample_note", "summary", "description",
                "duties", "position", "legal_time", "recommended_time", "fee"}


def _decode(cls, record: Mapping[str, Any]):
    kwargs = {}
    names = {f.name for f in fields(cls)}
    unknown = set(record) - names
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown field(s) {sorted(unknown)}")
    for key, value in record.items():
        if key in _TEXT_FIELDS:
            value = Text.from_record(value)
        elif key == "keywords":
            value = Words.from_record(value)
        elif key == "rect":
            value = Rect.from_record(value)
        elif key == "plan_size":
            value = tuple(float(v) for v in value)
        elif key == "items":
            value = tuple(_decode(ServiceStep, item) for item in value)
        kwargs[key] = value
    return cls(**kwargs)


def _encode(obj) -> dict:
    out = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, (Text, Words, Rect)):
            value = value.to_record()
        elif f.name == "items":
            value = [_encode(item) for item in value]
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
}


@dataclass(frozen=True)
class Directory:
    """Everything the kiosk knows about one building, with lookups by id."""

    building: Building
    floors: tuple[Floor, ...] = ()
    rooms: tuple[Room, ...] = ()
    departments: tuple[Department, ...] = ()
    staff: tuple[Staff, ...] = ()
    services: tuple[Service, ...] = ()
    amenities: tuple[Amenity, ...] = ()
    kiosks: tuple[Kiosk, ...] = ()
    _by_id: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {}
        for table in TABLES:
            items = getattr(self, table)
            object.__setattr__(self, table, tuple(items))
            index[table] = {item.id: item for item in items}
        object.__setattr__(self, "_by_id", MappingProxyType(index))

    # -- lookups ---------------------------------------------------------------------------
    def floor(self, floor_id: str) -> Floor:
        return self._by_id["floors"][floor_id]

    def room(self, room_id: str | None) -> Room | None:
        return self._by_id["rooms"].get(room_id) if room_id else None

    def department(self, dept_id: str | None) -> Department | None:
        return self._by_id["departments"].get(dept_id) if dept_id else None

    def person(self, staff_id: str) -> Staff:
        return self._by_id["staff"][staff_id]

    def service(self, service_id: str) -> Service:
        return self._by_id["services"][service_id]

    def amenity(self, amenity_id: str) -> Amenity:
        return self._by_id["amenities"][amenity_id]

    def kiosk(self, kiosk_id: str) -> Kiosk | None:
        return self._by_id["kiosks"].get(kiosk_id)

    def get(self, table: str, item_id: str):
        return self._by_id[table][item_id]

    def floors_top_down(self) -> list[Floor]:
        return sorted(self.floors, key=lambda f: -f.level)

    def rooms_on(self, floor_id: str) -> list[Room]:
        return [r for r in self.rooms if r.floor == floor_id]

    def staff_in(self, dept_id: str) -> list[Staff]:
        """Staff of a department and of its sub-departments."""
        wanted = {dept_id} | {d.id for d in self.departments if d.parent == dept_id}
        return [s for s in self.staff if s.department in wanted]

    def staff_in_room(self, room_id: str) -> list[Staff]:
        return [s for s in self.staff if s.room == room_id]

    def services_in(self, room_id: str) -> list[Service]:
        return [s for s in self.services if s.room == room_id]

    def amenities_in(self, room_id: str) -> list[Amenity]:
        return [a for a in self.amenities if a.room == room_id]

    def departments_in(self, room_id: str) -> list[Department]:
        return [d for d in self.departments if d.room == room_id]

    def floor_of(self, room_id: str | None) -> Floor | None:
        room = self.room(room_id)
        return self.floor(room.floor) if room else None

    # -- records ----------------------------------------------------------------------------
    def to_records(self) -> dict[str, Any]:
        out: dict[str, Any] = {"building": _encode(self.building)}
        for table in TABLES:
            out[table] = [_encode(item) for item in getattr(self, table)]
        return out

    @classmethod
    def from_records(cls, records: Mapping[str, Any]) -> "Directory":
        building = _decode(Building, records["building"])
        tables = {t: [_decode(kind, r) for r in records.get(t, ())] for t, kind in TABLES.items()}
        directory = cls(building=building, **tables)
        problems = directory.problems()
        if problems:
            raise ValueError("; ".join(problems[:10]))
        return directory

    def problems(self) -> list[str]:
        """Broken references and duplicate ids, as messages naming the record."""
        out: list[str] = []
        for table in TABLES:
            seen: set[str] = set()
            for item in getattr(self, table):
                if item.id in seen:
                    out.append(f"{table}: duplicate id {item.id!r}")
                seen.add(item.id)
        ids = self._by_id

        def check(table: str, item, attr: str, target: str, optional: bool = True) -> None:
            value = getattr(item, attr)
            if (value is None or value == "") and optional:
                return
            if value not in ids[target]:
                out.append(f"{table} {item.id!r}: {attr} {value!r} is not in {target}")

        for r in self.rooms:
            check("rooms", r, "floor", "floors", optional=False)
            check("rooms", r, "department", "departments")
        for d in self.departments:
            check("departments", d, "parent", "departments")
            check("departments", d, "room", "rooms")
        for s in self.staff:
            check("staff", s, "department", "departments", optional=False)
            check("staff", s, "room", "rooms")
            if s.presence not in PRESENCE:
                out.append(f"staff {s.id!r}: presence {s.presence!r} is not one of {PRESENCE}")
        for s in self.services:
            check("services", s, "department", "departments")
            check("services", s, "room", "rooms")
        for a in self.amenities:
            check("amenities", a, "room", "rooms", optional=False)
        for k in self.kiosks:
            check("kiosks", k, "floor", "floors", optional=False)
        return out


def iter_entities(directory: Directory) -> Iterable[tuple[str, Any]]:
    """(table, item) for every searchable thing in the directory."""
    for table in ("rooms", "departments", "staff", "services", "amenities"):
        for item in getattr(directory, table):
            yield table, item
