"""Office time: the charter's clock for a message runs only while the office it is for is
open (its [[hours]] and the building's [[closed_days]]), so a promise made after closing,
on a closed day or near closing falls in the next opening, never at a time nobody works.
A promise in days (a feedback card's answer) counts working days, the days the office opens
(`add_days`).

`office_for` picks a recipient's hours: the [[hours]] entry naming its room (a member of
staff's own room, else their department's, else the nearest parent department's), else one
naming no rooms (the building's). With none, or no opening within LOOKAHEAD_DAYS, the hours
are not known and the clock runs on the wall clock, as it does without a directory.
Moments are local (the kiosk's clock), naive datetimes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.directory.model import ClosedDay, Hours
from kiosk.directory.opening import closed_dates, hours_on
from kiosk.directory.strings import tr

LOOKAHEAD_DAYS = 60  # past the longest holidays (설 and 추석 with a weekend)
_DAY = (0, 24 * 60)


@dataclass(frozen=True)
class OfficeHours:
    hours: Hours | None = None  # None: not known, the wall clock
    closed: dict[dt.date, ClosedDay] = field(default_factory=dict)

    def span(self, date: dt.date) -> tuple[int, int] | None:
        """Minutes open on `date`, None when closed."""
        if self.hours is None:
            return _DAY
        return hours_on(self.hours, date, self.closed)

    def is_open(self, moment: dt.datetime) -> bool:
        span = self.span(moment.date())
        minute = moment.hour * 60 + moment.minute + moment.second / 60
        return span is not None and span[0] <= minute < span[1]

    def spans(self, start: dt.datetime):
        """The open stretches (from, to) at or after `start`, in order."""
        for ahead in range(LOOKAHEAD_DAYS + 1):
            date = start.date() + dt.timedelta(days=ahead)
            span = self.span(date)
            if span is None:
                continue
            base = dt.datetime.combine(date, dt.time())
            begin = max(start, base + dt.timedelta(minutes=span[0]))
            end = base + dt.timedelta(minutes=span[1])
            if begin < end:
                yield begin, end

    def add(self, start: dt.datetime, seconds: float) -> dt.datetime:
        """`seconds` of office time after `start`: counted only while open. Left while
        closed, the count starts at the next opening; left near closing, what is left of it
        carries over to the next opening."""
        left = dt.timedelta(seconds=seconds)
        for begin, end in self.spans(start):
            if left <= end - begin:
                return begin + left
            left -= end - begin
        return start + dt.timedelta(seconds=seconds)  # no opening known: the wall clock

    def add_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """`days` working days after `start`: the count starts at `start` when open, else at
        the next opening, and ends at the same time of day on the `days`-th open day after
        (at its opening if that is later; at the next opening if that day closes sooner).
        So it is never earlier than `days` calendar days after `start`, and never falls
        while the office is closed. Hours not known: calendar days."""
        fallback = start + dt.timedelta(days=days)
        begin = next(self.spans(start), (None,))[0]
        if begin is None:
            return fallback
        date = begin.date()
        for _ in range(days):
            date = next((d for d in (date + dt.timedelta(days=n)
                                     for n in range(1, LOOKAHEAD_DAYS + 1))
                         if self.span(d) is not None), None)
            if date is None:
                return fallback
        return next(self.spans(dt.datetime.combine(date, begin.time())), (fallback,))[0]


def office_for(directory, department: str, staff: str = "") -> OfficeHours:
    """The hours that hold for a message to `staff` (an id, or "") of `department`."""
    if directory is None:
        return OfficeHours()
    rooms = []
    person = next((s for s in directory.staff if s.id == staff), None) if staff else None
    if person is not None and person.room:
        rooms.append(person.room)
    room = directory.department_room(directory.department(department))
    if room is not None:
        rooms.append(room.id)
    entries = list(directory.hours)
    chosen = next((h for r in rooms for h in entries if r in h.rooms), None)
    if chosen is None:
        chosen = next((h for h in entries if not h.rooms), None)
    return OfficeHours(chosen, closed_dates(directory.closed_days))


def _later(now: float, move) -> float:
    """Epoch seconds: `now` moved by `move` (a datetime to a later one), added to `now` as an
    interval. A datetime keeps whole microseconds: a deadline read back from one fell up to a
    microsecond short of an hour or a day after `now`."""
    start = dt.datetime.fromtimestamp(now)
    return now + (move(start) - start).total_seconds()


def office_deadline(office: OfficeHours, now: float, seconds: float) -> float:
    """Epoch seconds: `seconds` of office time after `now` (epoch seconds)."""
    return _later(now, lambda start: office.add(start, seconds))


def office_days_deadline(office: OfficeHours, now: float, days: int) -> float:
    """Epoch seconds: `days` working days of `office` after `now` (OfficeHours.add_days)."""
    return _later(now, lambda start: office.add_days(start, days))


def office_open(office: OfficeHours, moment: float) -> bool:
    return office.is_open(dt.datetime.fromtimestamp(moment))


def due_words(due: float, now: float, lang: str) -> str:
    """When a promise falls, as the visitor and the desk read it: "19:25" today, "10:00 on
    Monday 7 December" another day (a bare "10:00" after closing would read as tonight)."""
    when, today = dt.datetime.fromtimestamp(due), dt.datetime.fromtimestamp(now).date()
    clock = when.strftime("%H:%M")
    if when.date() == today:
        return tr("office.due.today", lang, time=clock)
    return tr("office.due.day", lang, time=clock, day=when.day,
              weekday=tr(f"office.weekday.{when.weekday()}", lang),
              month=tr(f"office.month.{when.month}", lang))
