"""Opening hours as the kiosk reads them: a weekday's "09:00-18:00" (spans.py: the forms it is
read in), the dates the building is closed, whether a place is open now, and when it opens
next.

Times are minutes after midnight; a day's hours close by 24:00 at the latest (a place open past
midnight writes the hours after it on the next weekday). A value that does not read is treated
as "not known", never as open: the bundle's checks (kiosk.bundle.charter_checks) refuse it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

from kiosk.directory.model import ClosedDay, Hours
from kiosk.directory.spans import TimeError, parse_span

LOOKAHEAD_DAYS = 14  # how far "opens next" looks before it says no opening is known
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits: "２０２６" is not


def parse_date(text: str) -> dt.date:
    """"2026-12-25" -> a date; raises TimeError("form") or TimeError("date") (2026-02-30)."""
    if not isinstance(text, str) or not _DATE.match(text):
        raise TimeError("form", str(text))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TimeError("date", text) from None


def closed_dates(days: Iterable[ClosedDay]) -> dict[dt.date, ClosedDay]:
    out = {}
    for day in days:
        try:
            out[parse_date(day.date)] = day
        except TimeError:
            continue
    return out


def hours_on(hours: Hours, date: dt.date, closed: dict[dt.date, ClosedDay]
             ) -> tuple[int, int] | None:
    """The span open on a date, None if closed (its weekday, or a closed date) or unknown."""
    if date in closed:
        return None
    try:
        return parse_span(hours.day(date.weekday()))
    except TimeError:
        return None


@dataclass(frozen=True)
class Status:
    """Where a place stands at a moment."""

    state: str  # "open" | "before" (opens later today) | "after" (closed for today) | "closed"
    today: tuple[int, int] | None  # today's span, None when closed all day
    closed_day: ClosedDay | None  # the closed date that closes it today, if any
    next_open: tuple[dt.date, int] | None  # when it next opens (not while open)


def status(hours: Hours, days: Iterable[ClosedDay], now: dt.datetime,
           lookahead: int = LOOKAHEAD_DAYS) -> Status:
    closed = closed_dates(days)
    today = now.date()
    span = hours_on(hours, today, closed)
    minute = now.hour * 60 + now.minute
    if span is not None and span[0] <= minute < span[1]:
        return Status("open", span, None, None)
    if span is not None and minute < span[0]:
        return Status("before", span, None, (today, span[0]))
    state = "after" if span is not None else "closed"
    following = None
    for ahead in range(1, lookahead + 1):
        date = today + dt.timedelta(days=ahead)
        later = hours_on(hours, date, closed)
        if later is not None:
            following = (date, later[0])
            break
    return Status(state, span, closed.get(today), following)


def next_change(hours: Iterable[Hours], now: dt.datetime) -> dt.datetime:
    """The next moment any of these opens or closes, or midnight: when a "now" line changes."""
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
    out = midnight
    base = dt.datetime.combine(now.date(), dt.time(), now.tzinfo)
    for item in hours:
        try:
            span = parse_span(item.day(now.weekday()))
        except TimeError:
            continue
        for minute in span or ():
            moment = base + dt.timedelta(minutes=minute)
            if now < moment < out:
                out = moment
    return out
