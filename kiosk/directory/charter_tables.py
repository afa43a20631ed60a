"""The service charter's tables of a directory: its pledges, opening hours, closed days and
notices (model.py has the building's own tables: floors, rooms, people, the way between them).

Dates are kept as "YYYY-MM-DD" text whatever form a bundle's file gave them in.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from kiosk.directory.values import EMPTY, Text


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
