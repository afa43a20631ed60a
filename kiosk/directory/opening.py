"""Opening hours as the kiosk reads them: a weekday's "09:00-18:00", the dates the building is
closed, whether a place is open now, and when it opens next.

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
from kiosk.directory.wide_forms import narrow

LOOKAHEAD_DAYS = 14  # how far "opens next" looks before it says no opening is known
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–~]\s*(\d{1,2}):(\d{2})\s*$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits: "２０２６" is not


class TimeError(ValueError):
    """A time or date that does not read; `reason` is one of: form, hour, minute, order,
    opens_at_24 (24:00 ends a day: it can close a span, never open one)."""

    def __init__(self, reason: str, text: str):
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason


def parse_span(text: str) -> tuple[int, int] | None:
    """("09:00-18:00") -> (540, 1080); "" -> None (closed). Raises TimeError."""
    if not text.strip():
        return None
    match = _SPAN.match(narrow(text))  # "０９：００－１８：００" as a Korean input method types it
    if match is None:
        raise TimeError("form", text)
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 == 24 and m1 == 0 and h2 <= 24 and m2 <= 59:
        raise TimeError("opens_at_24", text)
    if h1 > 23 or h2 > 24 or (h2 == 24 and m2):
        raise TimeError("hour", text)
    if m1 > 59 or m2 > 59:
        raise TimeError("minute", text)
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if end <= start:
        raise TimeError("order", text)
    return start, end


def parse_date(text: str) -> dt.date:
    """"2026-12-25" -> a date; raises TimeError("form") or TimeError("date") (2026-02-30)."""
    if not isinstance(text, str) or not _DATE.match(text):
        raise TimeError("form", str(text))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TimeError("date", text) from None


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def span_text(span: tuple[int, int]) -> str:
    return f"{clock(span[0])}–{clock(span[1])}"


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
