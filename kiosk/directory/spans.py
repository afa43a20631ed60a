"""A span of opening hours as people write it, and as the kiosk shows it: "09:00–18:00".

Read: 24-hour times ("9:00-18:00", "09:00~18:00"), Korean hours ("9시-18시", "9시 30분",
"9시 반", "오전 9시~오후 6시", "9시부터 18시까지") and English ones ("9am-6pm", "9:30 a.m. to
6 p.m."), with a dash, an en or em dash, a tilde, "to" or "until" between them. A bare number
("9-6") is no time: whether 6 is 06:00 or 18:00 is a guess, and the kiosk does not guess
hours. The text is read narrowed (wide_forms.narrow: "０９：００～１８：００" as a Korean input
method types it). Times are minutes after midnight; a span closes by 24:00 at the latest.
"""
from __future__ import annotations

import re

from kiosk.directory.wide_forms import narrow


def _time(n: int) -> str:
    """One time, its groups named with `n` (1: opening, 2: closing)."""
    return (rf"(?:(?P<k{n}>오전|오후)\s*)?(?<![0-9:])(?P<h{n}>[0-9]{{1,2}})"
            rf"(?:\s*시(?:\s*(?P<km{n}>[0-9]{{1,2}})\s*분|\s*(?P<half{n}>반))?"
            rf"|:(?P<m{n}>[0-9]{{2}})(?:\s*(?P<a{n}>[AaPp])\.?\s?[Mm]\.?(?![A-Za-z]))?"
            rf"|\s*(?P<b{n}>[AaPp])\.?\s?[Mm]\.?(?![A-Za-z]))(?![0-9])")


# A span anywhere in a text (kiosk.directory.hours_form) and a whole weekday's cell.
SPAN = re.compile(_time(1) + r"(?:\s*[-–—~]\s*|\s+(?i:to|until|till)\s+|\s*부터\s*)"
                  + _time(2) + r"(?:\s*까지)?")
_CELL = re.compile(r"\s*(?:" + SPAN.pattern + r")\s*")


class TimeError(ValueError):
    """A time or date that does not read; `reason` is one of: form, hour, minute, order,
    opens_at_24 (24:00 ends a day: it can close a span, never open one)."""

    def __init__(self, reason: str, text: str):
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason


def _half_day(match: re.Match, n: int) -> str:
    """"am" or "pm" where the n-th time says it (오전, 오후, a.m., PM), else ""."""
    said = match[f"k{n}"] or match[f"a{n}"] or match[f"b{n}"] or ""
    return "pm" if said in ("오후", "p", "P") else ("am" if said else "")


def _hour_minute(match: re.Match, n: int, text: str) -> tuple[int, int]:
    """The n-th time of a SPAN match as (hour, minute) on the 24-hour clock."""
    hour = int(match[f"h{n}"])
    minute = 30 if match[f"half{n}"] else int(match[f"m{n}"] or match[f"km{n}"] or 0)
    if _half_day(match, n):  # 12-hour clock: 1 to 12, "12 am" is midnight, "12 pm" noon
        if not 1 <= hour <= 12:
            raise TimeError("hour", text)
        hour = hour % 12 + (12 if _half_day(match, n) == "pm" else 0)
    return hour, minute


def span_of(match: re.Match, text: str) -> tuple[int, int]:
    """(opening, closing) in minutes of a SPAN match; raises TimeError. One end said "pm"
    and the other not ("1:00-5:00 pm") is read only where the other's hour is past 12:
    else which half of the day it is would be a guess ("form")."""
    said = (_half_day(match, 1), _half_day(match, 2))
    for n in (1, 2):
        if not said[n - 1] and said[2 - n] and int(match[f"h{n}"]) <= 12:
            raise TimeError("form", text)
    (h1, m1), (h2, m2) = _hour_minute(match, 1, text), _hour_minute(match, 2, text)
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


def plainly_of_the_day(match: re.Match) -> bool:
    """A SPAN match whose half of the day reads for certain in running text: said ("pm"),
    or on the 24-hour clock for certain ("09:00", "13시"), or a morning up to noon ("9:00-
    12:00"). "2:00-4:00" could be the afternoon's as well as the night's."""
    hours = [int(match[f"h{n}"]) for n in (1, 2)]
    return (any(_half_day(match, n) for n in (1, 2)) or any(h == 0 or h > 12 for h in hours)
            or any(match[f"h{n}"].startswith("0") for n in (1, 2))
            or (hours[1] == 12 and 6 <= hours[0] < 12))


def parse_span(text: str) -> tuple[int, int] | None:
    """A weekday's cell: "09:00-18:00" (or any form above) -> (540, 1080); "" -> None
    (closed). Raises TimeError."""
    if not text.strip():
        return None
    match = _CELL.fullmatch(narrow(text))
    if match is None:
        raise TimeError("form", text)
    return span_of(match, text)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def span_text(span: tuple[int, int]) -> str:
    return f"{clock(span[0])}–{clock(span[1])}"
