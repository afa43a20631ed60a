"""Which notices and events a visitor sees on a given day: past events disappear by date."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from kiosk.directory.model import Notice
from kiosk.directory.opening import TimeError, parse_date


def _date(text: str) -> dt.date | None:
    try:
        return parse_date(text) if text else None
    except TimeError:
        return None


def dates(notice: Notice) -> tuple[dt.date | None, dt.date | None]:
    """(first, last) day; for an event without `end`, its one day. None: not given (or not
    a date, which the bundle's checks refuse)."""
    start, end = _date(notice.start), _date(notice.end)
    if notice.kind == "event" and end is None:
        end = start
    return start, end


def current_notices(notices: Iterable[Notice], today: dt.date) -> list[Notice]:
    """Notices posted by today and not yet over, in the directory's order."""
    out = []
    for n in notices:
        if n.kind != "notice":
            continue
        start, end = dates(n)
        if (start is None or start <= today) and (end is None or today <= end):
            out.append(n)
    return out


def month_events(notices: Iterable[Notice], today: dt.date) -> list[Notice]:
    """Events of this month not yet over (those running on from an earlier month too), by
    first day. An event without a readable date is left out: it cannot be placed."""
    # The day before the next month's first, without importing `calendar` before the home
    # screen's first frame (performance.md §1e).
    last = (today.replace(day=31) if today.month == 12
            else today.replace(month=today.month + 1, day=1) - dt.timedelta(days=1))
    found = []
    for n in notices:
        if n.kind != "event":
            continue
        start, end = dates(n)
        if start is not None and end is not None and end >= today and start <= last:
            found.append((start, n))
    return [n for _start, n in sorted(found, key=lambda pair: pair[0])]
