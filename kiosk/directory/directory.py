"""One building's directory, with lookups by id and the checks that keep it whole."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from kiosk.directory.model import (
    PRESENCE,
    TABLES,
    Amenity,
    Building,
    ClosedDay,
    Department,
    Floor,
    Hours,
    Kiosk,
    NavEdge,
    NavNode,
    Notice,
    Pledge,
    Room,
    Service,
    Staff,
    decode,
    encode,
)


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
    nav_nodes: tuple[NavNode, ...] = ()  # the navigation graph (kiosk.wayfinding.graph)
    nav_edges: tuple[NavEdge, ...] = ()
    pledges: tuple[Pledge, ...] = ()  # the charter's tables (kiosk.directory.opening)
    hours: tuple[Hours, ...] = ()
    closed_days: tuple[ClosedDay, ...] = ()
    notices: tuple[Notice, ...] = ()
    _by_id: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False)
    # each department's teams (parent id -> departments, in directory order; "" the top)
    _teams: Mapping[str, tuple[Department, ...]] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {}
        for table in TABLES:
            items = getattr(self, table)
            object.__setattr__(self, table, tuple(items))
            index[table] = {item.id: item for item in items}
        object.__setattr__(self, "_by_id", MappingProxyType(index))
        teams: dict[str, list[Department]] = {}
        for d in self.departments:
            teams.setdefault(d.parent or "", []).append(d)
        object.__setattr__(self, "_teams", MappingProxyType(
            {parent: tuple(below) for parent, below in teams.items()}))

    # -- lookups ---------------------------------------------------------------------------
    def floor(self, floor_id: str) -> Floor:
        return self._by_id["floors"][floor_id]

    def room(self, room_id: str | None) -> Room | None:
        return self._by_id["rooms"].get(room_id) if room_id else None

    def department(self, dept_id: str | None) -> Department | None:
        return self._by_id["departments"].get(dept_id) if dept_id else None




    def staff_member(self, staff_id: str | None) -> Staff | None:
        return self._by_id["staff"].get(staff_id) if staff_id else None

    def kiosk(self, kiosk_id: str) -> Kiosk | None:
        return self._by_id["kiosks"].get(kiosk_id)

    def get(self, table: str, item_id: str):
        return self._by_id[table][item_id]

    def floors_top_down(self) -> list[Floor]:
        return sorted(self.floors, key=lambda f: -f.level)

    def rooms_on(self, floor_id: str) -> list[Room]:
        return [r for r in self.rooms if r.floor == floor_id]

    def sub_departments(self, dept_id: str) -> list[Department]:
        """The department's teams, their teams, and so on (depth first, in directory order).
        Walked with a stack, each department once: a bundle may nest thousands deep, or list
        thousands of departments, each asked for its teams."""
        out: list[Department] = []
        seen = {dept_id}
        stack = list(self._teams.get(dept_id, ())[::-1])
        while stack:
            d = stack.pop()
            if d.id not in seen:
                seen.add(d.id)
                out.append(d)
                stack += self._teams.get(d.id, ())[::-1]
        return out

    def parents(self, dept: Department | None) -> list[Department]:
        """The department itself, then the one above it, up to the top."""
        chain: list[Department] = []
        seen: set[str] = set()
        while dept is not None and dept.id not in seen:
            chain.append(dept)
            seen.add(dept.id)
            dept = self.department(dept.parent)
        return chain

    def department_room(self, dept: Department | None) -> Room | None:
        """Where a department is found: its own room, else the room of the nearest
        department above it that has one (a team without an office sits with its parent)."""
        return next((r for r in (self.room(d.room) for d in self.parents(dept)) if r), None)

    def staff_in(self, dept_id: str) -> list[Staff]:
        """Staff of a department and of all the teams below it."""
        wanted = {dept_id} | {d.id for d in self.sub_departments(dept_id)}
        return [s for s in self.staff if s.department in wanted]

    def staff_in_room(self, room_id: str) -> list[Staff]:
        return [s for s in self.staff if s.room == room_id]

    def services_in(self, room_id: str) -> list[Service]:
        return [s for s in self.services if s.room == room_id]

    def amenities_in(self, room_id: str) -> list[Amenity]:
        return [a for a in self.amenities if a.room == room_id]

    def desk_phone(self) -> str:
        """The number a visitor is given when the kiosk cannot help: the information desk's,
        else the building's."""
        desks = [r for r in self.rooms if r.kind == "desk" and r.phone]
        return desks[0].phone if desks else self.building.phone



    # -- records ----------------------------------------------------------------------------
    def to_records(self) -> dict[str, Any]:
        out: dict[str, Any] = {"building": encode(self.building)}
        for table in TABLES:
            out[table] = [encode(item) for item in getattr(self, table)]
        return out

    @classmethod
    def from_records(cls, records: Mapping[str, Any]) -> "Directory":
        building = decode(Building, records["building"])
        tables = {t: [decode(kind, r) for r in records.get(t, ())] for t, kind in TABLES.items()}
        directory = cls(building=building, **tables)
        problems = directory.problems()
        if problems:
            raise ValueError("; ".join(problems[:10]))
        return directory

    def problems(self) -> list[str]:
        """Broken references and duplicate ids, as English sentences naming the record (for a
        log or an exception); `inconsistencies()` gives the same as data."""
        return [found.text() for found in self.inconsistencies()]

    def inconsistencies(self) -> list["Inconsistency"]:
        """Broken references and duplicate ids. The navigation graph is the wayfinding's to
        check (kiosk.wayfinding.checks); a bundle's check runs both. The charter's tables name
        rooms for visitors to read only: a bundle checks those (kiosk.bundle.charter_checks),
        and a room gone from under them never stops a load."""
        out: list[Inconsistency] = []
        for table in TABLES:
            seen: set[str] = set()
            for item in getattr(self, table):
                if item.id in seen:
                    out.append(Inconsistency("duplicate", table, item.id))
                seen.add(item.id)
        ids = self._by_id

        def check(table: str, item, attr: str, target: str, optional: bool = True) -> None:
            value = getattr(item, attr)
            if (value is None or value == "") and optional:
                return
            if value not in ids[target]:
                out.append(Inconsistency("missing", table, item.id, attr, value, target))

        for r in self.rooms:
            check("rooms", r, "floor", "floors", optional=False)
            check("rooms", r, "department", "departments")
        looping = self._looping_departments()
        for d in self.departments:
            check("departments", d, "parent", "departments")
            check("departments", d, "room", "rooms")
            if d.id in looping:  # a department may not be above itself
                out.append(Inconsistency("cycle", "departments", d.id, "parent", d.parent))
        for s in self.staff:
            check("staff", s, "department", "departments", optional=False)
            check("staff", s, "room", "rooms")
            if s.presence not in PRESENCE:
                out.append(Inconsistency("presence", "staff", s.id, "presence", s.presence))
        for s in self.services:
            check("services", s, "department", "departments")
            check("services", s, "room", "rooms")
        for a in self.amenities:
            check("amenities", a, "room", "rooms", optional=False)
        for k in self.kiosks:
            check("kiosks", k, "floor", "floors", optional=False)
        return out

    def _looping_departments(self) -> set[str]:
        """The departments whose parents lead back round a loop. Each chain is walked once
        (where it meets a department already judged, it is judged alike), so a tree
        thousands deep costs its size, not its size squared."""
        by_id = self._by_id["departments"]
        looping: set[str] = set()
        judged: set[str] = set()
        for d in self.departments:
            path: set[str] = set()
            up: Department | None = d
            while up is not None and up.id not in judged and up.id not in path:
                path.add(up.id)
                up = by_id.get(up.parent)
            if up is not None and (up.id in looping or up.id not in judged):
                looping.update(path)
            judged.update(path)
        return looping


@dataclass(frozen=True)
class Inconsistency:
    """What `Directory.inconsistencies()` finds: an id twice in its table ("duplicate"), a
    reference to no entry ("missing": `attr` = `value` is not in `target`), a department
    above itself ("cycle"), a presence that is none of PRESENCE ("presence")."""

    kind: str
    table: str
    id: str
    attr: str = ""
    value: Any = None
    target: str = ""

    def text(self) -> str:
        if self.kind == "duplicate":
            return f"{self.table}: duplicate id {self.id!r}"
        if self.kind == "missing":
            return (f"{self.table} {self.id!r}: {self.attr} {self.value!r} is not in "
                    f"{self.target}")
        if self.kind == "cycle":
            return (f"departments {self.id!r}: parent {self.value!r} leads back to "
                    f"{self.id!r} (a cycle); give the top department no parent")
        return f"staff {self.id!r}: presence {self.value!r} is not one of {PRESENCE}"


def iter_entities(directory: Directory) -> Iterable[tuple[str, Any]]:
    """(table, item) for every searchable thing in the directory."""
    for table in ("rooms", "departments", "staff", "services", "amenities"):
        for item in getattr(directory, table):
            yield table, item
