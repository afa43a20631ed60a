"""The charter's tables as visitors read them: today's hours line, a week of hours, dates of
notices and events, in Korean or English."""
from __future__ import annotations

import datetime as dt

from kiosk.directory.charter_tables import WEEKDAYS, ClosedDay, Hours, Notice
from kiosk.directory.hours_form import DAY_KEYS
from kiosk.directory.notices import dates
from kiosk.directory.opening import status
from kiosk.directory.spans import TimeError, clock, parse_span, span_text
from kiosk.directory.strings import tr
from kiosk.directory.units import keep_units

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def day_text(date: dt.date, lang: str) -> str:
    weekday = tr(DAY_KEYS[date.weekday()], lang)
    if lang == "en":
        return f"{weekday} {date.day} {MONTHS_EN[date.month - 1][:3]}"
    return f"{date.month}월 {date.day}일 {weekday}"


DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_text(date: dt.date, lang: str) -> str:
    """A date in a sentence, as a person writes it: "Sunday 6 December", "12월 6일 일요일"."""
    if lang == "en":
        return f"{DAYS_EN[date.weekday()]} {date.day} {MONTHS_EN[date.month - 1]}"
    return day_text(date, lang)


def month_text(date: dt.date, lang: str) -> str:
    return MONTHS_EN[date.month - 1] if lang == "en" else f"{date.month}월"


def hours_line(hours: Hours, days: tuple[ClosedDay, ...], now: dt.datetime, lang: str,
               desk_phone: str, named: bool = True) -> str:
    """"Reading rooms today: 09:00–22:00 · open now", or when closed, when it opens next;
    without `named`, the line under the place's own heading ("Today 09:00–22:00 · ...")."""
    found = status(hours, days, now)
    name = hours.name.get(lang)
    if found.today is not None:
        parts = [tr("home.today", lang, name=name, hours=span_text(found.today)) if named
                 else tr("hours.today", lang, hours=span_text(found.today))]
    else:
        parts = [tr("home.today.closed", lang, name=name) if named
                 else tr("hours.today.closed", lang)]
        if found.closed_day is not None and found.closed_day.name.get(lang):
            parts[0] += f" ({found.closed_day.name.get(lang)})"
    if found.state == "open":
        parts.append(tr("hours.open_now", lang))
    elif found.state == "before":
        parts.append(tr("hours.opens_at", lang, time=clock(found.today[0])))
    else:
        if found.state == "after":
            parts.append(tr("hours.over", lang))
        if found.next_open is not None:
            date, minute = found.next_open
            parts.append(tr("hours.next", lang, when=f"{day_text(date, lang)} {clock(minute)}"))
        else:
            parts.append(tr("hours.no_next", lang, phone=desk_phone))
    return " · ".join(parts)


def week_rows(hours: Hours, lang: str) -> list[tuple[str, str]]:
    """(weekday, "09:00–18:00" or "closed") from Monday."""
    out = []
    for weekday, key in zip(range(7), DAY_KEYS):
        try:
            span = parse_span(getattr(hours, WEEKDAYS[weekday]))
        except TimeError:
            span = None
        out.append((tr(key, lang), span_text(span) if span else tr("hours.closed", lang)))
    return out


def week_text(hours: Hours, lang: str) -> str:
    """The week in one line, days of equal hours joined: "Mon closed · Tue–Fri 09:00–22:00"."""
    rows = week_rows(hours, lang)
    groups: list[list] = []
    for day, value in rows:
        if groups and groups[-1][2] == value:
            groups[-1][1] = day
        else:
            groups.append([day, day, value])
    return " · ".join(f"{a}–{b} {v}" if a != b else f"{a} {v}" for a, b, v in groups)


def notice_dates(notice: Notice, lang: str) -> str:
    start, end = dates(notice)
    if start is None and end is None:
        return ""
    shown = [day_text(d, lang) for d in (start, end) if d is not None]
    text = shown[0] if len(shown) == 1 or start == end else f"{shown[0]} – {shown[1]}"
    try:
        span = parse_span(notice.time)
    except TimeError:
        span = None
    return f"{text} {span_text(span)}" if span else text


def window_lines(directory, service, lang: str) -> list[str]:
    """A service's row of the service-window table (민원행정실명제): its department, the
    person in charge, phone and fax, and its processing times. The phone is the service's,
    else the person's extension, else the department's: a row always says whom to call when
    the directory knows any number."""
    department = directory.department(service.department)
    person = directory.staff_member(service.person)
    who = []
    if department is not None:
        who.append(tr("tables.department", lang, name=department.name.get(lang)))
    if person is not None:
        who.append(tr("tables.person", lang, name=person.name.get(lang),
                      position=person.position.get(lang)))
    lines = [" · ".join(who)] if who else []
    phone = service.phone or (person.extension if person else "") or \
        (department.phone if department else "")
    contact = [tr("tables.phone", lang, number=phone)] if phone else []
    if service.fax:
        contact.append(tr("tables.fax", lang, number=service.fax))
    if contact:
        lines.append(keep_units(" · ".join(contact)))  # "Fax" and its number on one line
    # "3 hours" on one line: the table wraps at every text size.
    lines += [keep_units(tr("tables.step", lang, name=step.name.get(lang),
                            legal=step.legal_time.get(lang),
                            recommended=step.recommended_time.get(lang),
                            fee=step.fee.get(lang)))
              for step in service.items]
    return lines
