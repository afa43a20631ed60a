"""A place's hours text in one form, whatever way staff typed it: its days as the hours table
tells them (Korean in full, "화요일–금요일"; English in three letters, "Tue–Fri") and its
times as "09:00–18:00". Typed by hand, one cell said "M-F 9:00-18:00", the next "화–금
9시~18시", and the hours table beside them "화요일–금요일 09:00–18:00".

Only what reads for certain is rewritten: a span of times (spans.py), and the days written
right before one ("Mon–Fri", "M/W/F", "토·일", "Sat & Sun 9am-1pm"). Everything else stays
as typed ("매주 월요일 휴관", "closed Mondays", "9-6", which could be 06:00 or 18:00), and so
does a span that is no span (25:00, closing before opening). The result reads the same again
(the export writes it back unchanged). Every `hours` text is read through `hours_form`
(model.field_value), so every screen shows the form the directory holds.
"""
from __future__ import annotations

import re

from kiosk.directory.spans import SPAN, TimeError, plainly_of_the_day, span_of, span_text
from kiosk.directory.strings import tr
from kiosk.directory.wide_forms import narrow

DAY_KEYS = ("day.mon", "day.tue", "day.wed", "day.thu", "day.fri", "day.sat", "day.sun")
# Each weekday as people write it, the full form first; a name of one or two letters ("M",
# "Th") is a day only beside another day ("M-F"): alone, "F" is as likely a floor or a room.
_NAMES = (("월", "monday", "mon", "mo", "m"), ("화", "tuesday", "tues", "tue", "tu"),
          ("수", "wednesday", "wed", "we", "w"), ("목", "thursday", "thurs", "thur", "thu",
                                                    "th"),
          ("금", "friday", "fri", "fr", "f"), ("토", "saturday", "sat", "sa"),
          ("일", "sunday", "sun", "su"))
_WEEKDAY = {name: day for day, names in enumerate(_NAMES) for name in names}
_DAY = (r"(?<![0-9A-Za-z가-힣])(?:(?P<ko>[월화수목금토일])(?:요일)?|(?P<en>(?i:"
        + "|".join(sorted((n for names in _NAMES for n in names[1:]), key=len, reverse=True))
        + r"))\.?)(?![A-Za-z가-힣])")
_TO = r"(?:\s*[-–—~]\s*|\s+(?i:to)\s+)"
_AND = r"(?:\s*[·・,、/&]\s*|\s+(?i:and)\s+|\s*및\s*)"
# The days right before a span (at most LOOK_BACK characters of them), and a colon if any.
_DAYS = re.compile(rf"{_DAY}(?:(?:{_TO}|{_AND}){_DAY})*\s*:?\s*$".replace("?P<ko>", "?:")
                   .replace("?P<en>", "?:"))
_ONE_DAY = re.compile(_DAY)
_JOIN = re.compile(rf"{_TO}|{_AND}")
LOOK_BACK = 80


def hours_form(text: str, lang: str) -> str:
    """`text` with each span of times, and the days written right before it, in the kiosk's
    form for `lang`; the rest as typed."""
    flat = narrow(text)  # one character for one: a match's place in it is its place in text
    out, done = [], 0
    for match in SPAN.finditer(flat):
        if not plainly_of_the_day(match):
            continue  # "2:00-4:00": shown as written, never guessed into 02:00
        try:
            span = span_text(span_of(match, match[0]))
        except TimeError:
            continue  # no span: shown as written
        start, days = match.start(), ""
        found = _DAYS.search(flat, max(done, start - LOOK_BACK), start)
        if found is not None:
            days = _days_text(found[0].rstrip(": \t\n"), lang)
            start = found.start() if days else start
        out += [text[done:start], f"{days} {span}" if days else span]
        done = match.end()
    return "".join(out + [text[done:]])


def _days_text(written: str, lang: str) -> str:
    """"M-F" -> "Mon–Fri", "토·일" -> "토요일–일요일" (days in a row as the hours table
    groups them), "M/W/F" -> "Mon, Wed, Fri"; "" for a lone one- or two-letter name, which
    may be no day at all."""
    days = [(_WEEKDAY[(m["ko"] or m["en"]).lower()], m["en"]) for m in
            _ONE_DAY.finditer(written)]
    if len(days) == 1 and days[0][1] is not None and len(days[0][1]) < 3:
        return ""
    ranges = [bool(re.fullmatch(_TO, j)) for j in _JOIN.findall(written)]
    numbers = [day for day, _typed in days]
    if len(numbers) > 1 and not any(ranges) and numbers == list(range(numbers[0],
                                                                      numbers[-1] + 1)):
        numbers, ranges = [numbers[0], numbers[-1]], [True]  # "토·일": the table's "토요일–일요일"
    joins = ["–" if to else ("·" if lang == "ko" else ", ") for to in ranges]
    names = [tr(DAY_KEYS[day], lang) for day in numbers]
    return "".join(name + join for name, join in zip(names, joins + [""]))
