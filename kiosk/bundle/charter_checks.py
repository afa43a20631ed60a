"""Checks of the charter's tables in a bundle (pledges, hours, closed_days, notices): times
that read ("09:00-18:00", not 25:00, closing after opening), dates that exist, the text a
visitor must see, the rooms they name and the person in charge of each service. Each finding
names the file, the line of the key at fault and the fix."""
from __future__ import annotations

import difflib
from typing import Iterator

from kiosk.bundle import korean
from kiosk.bundle.parts import BundleParts
from kiosk.bundle.problems import MAX_PER_FILE, Problem, problem
from kiosk.directory.charter_tables import NOTICE_KINDS, WEEKDAYS
from kiosk.directory.directory import Directory
from kiosk.directory.model import Text
from kiosk.directory.opening import TimeError, parse_date, parse_span
from kiosk.directory.text_safety import id_key
from kiosk.directory.values import shows_nothing

_TIME_KEYS = {"form": "time.form", "hour": "time.range", "minute": "time.range",
              "order": "time.order", "opens_at_24": "time.opens_at_24"}
# table -> the Text fields a visitor must be able to read
REQUIRED_TEXT = {"pledges": ("text",), "hours": ("name",), "notices": ("title",)}


def charter_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """Findings in the charter's tables the bundle brings (a table kept from the kiosk passed
    these checks when it came)."""
    def at(table: str, item_id: str, key: str, name: str, **values) -> Problem:
        file, line = parts.where(table, item_id, key)
        return problem(name, file, line, record=korean.record(table, item_id), field=key, **values)

    for table, keys in REQUIRED_TEXT.items():
        if table in parts.tables:
            for item in getattr(after, table):
                for key in keys:
                    yield from _text(at, table, item.id, key, getattr(item, key))
    # A warning, not an error: a person leaves with a staff sheet that does not touch the
    # services; the row then shows the department's number until the service names another.
    staff = {p.id for p in after.staff}
    for service in after.services:
        if service.person and service.person not in staff:
            yield at("services", service.id, "person", "service.person", severity="warning",
                     value=service.person)
    yield from _rooms(at, after, parts)
    if "hours" in parts.tables:
        for h in after.hours:
            for day in WEEKDAYS:
                yield from _span(at, "hours", h.id, day, getattr(h, day))
    if "closed_days" in parts.tables:
        for c in after.closed_days:
            yield from _date(at, "closed_days", c.id, "date", c.date)
    if "notices" in parts.tables:
        for n in after.notices:
            yield from _notice(at, n)


def _text(at, table: str, item_id: str, key: str, value: Text) -> Iterator[Problem]:
    # Letters that draw nothing (the Hangul filler, a soft hyphen) are no text to read
    ko, en = not shows_nothing(value.ko), not shows_nothing(value.en)
    if not ko and not en:
        yield at(table, item_id, key, "text.required")
    elif not ko or not en:
        yield at(table, item_id, key, "text.one_language", severity="warning",
                 missing="ko" if not ko else "en")


def _span(at, table: str, item_id: str, key: str, value: str) -> Iterator[Problem]:
    try:
        parse_span(value)
    except TimeError as exc:
        yield at(table, item_id, key, _TIME_KEYS[exc.reason], value=value)


def _date(at, table: str, item_id: str, key: str, value: str) -> Iterator[Problem]:
    try:
        parse_date(value)
    except TimeError as exc:  # "2026/12/31" is not written as asked; "2026-02-30" is no day
        yield at(table, item_id, key, "date.form" if exc.reason == "form" else "date.invalid",
                 value=value)


def _notice(at, n) -> Iterator[Problem]:
    if n.kind not in NOTICE_KINDS:
        yield at("notices", n.id, "kind", "notice.kind", value=n.kind)
    found = []
    for key in ("start", "end"):
        value = getattr(n, key)
        if value:
            found += list(_date(at, "notices", n.id, key, value))
    yield from found
    if n.kind == "event" and not n.start:
        yield at("notices", n.id, "start", "notice.event_date")
    if not found and n.start and n.end and parse_date(n.end) < parse_date(n.start):
        yield at("notices", n.id, "end", "notice.order", start=n.start, end=n.end)
    yield from _span(at, "notices", n.id, "time", n.time)


def _rooms(at, after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A room the hours or notices name that is not in rooms: an error in a table the bundle
    brings; a warning in one the kiosk keeps, whose rooms the bundle changed (the event is
    shown without its place until that table comes again)."""
    rooms = {r.id for r in after.rooms}
    keys = {id_key(r.id): r.id for r in after.rooms}
    searched = 0  # a closest id is looked for among the rooms for the first ones only
    for table, named in (("hours", lambda h: h.rooms), ("notices", lambda n: (n.room,))):
        severity = "error" if table in parts.tables else "warning"
        key = "rooms" if table == "hours" else "room"
        for item in getattr(after, table):
            for room in named(item):
                if room and room not in rooms:
                    searched += 1
                    yield at(table, item.id, key, "charter.room", severity=severity,
                             value=room, expected=_expected(room, keys, searched <= MAX_PER_FILE))


def _expected(value: str, keys: dict[str, str], search: bool) -> Text:
    """What a room id not found was expected to be: the closest id of `keys` (id_key -> id;
    case and spaces aside it would have been found), else a few of the ids there are.
    `search`: look for the closest (100,000 wrong ids would take minutes to compare)."""
    close = difflib.get_close_matches(id_key(value), list(keys), n=1, cutoff=0.6) \
        if search else []
    if close:
        return Text(f"가장 비슷한 id는 '{keys[close[0]]}'입니다.",
                    f"The closest id there is '{keys[close[0]]}'.")
    if not keys:
        return Text("rooms가 비어 있습니다.", "rooms is empty.")
    some = ", ".join(f"'{room}'" for room in list(keys.values())[:3])
    return Text(f"rooms의 id는 예를 들어 {some}입니다.", f"Ids in rooms are, e.g., {some}.")
