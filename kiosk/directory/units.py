"""A number and its unit stay on one line: "go 13 m" wrapped as "go 13 / m" on a magnified
portrait screen. The space between them becomes a no-break space where the visitor's texts
with numbers are made: the route's steps and summary, the service windows' times. (Not in
`tr` itself: reports and files keep plain spaces.)"""
from __future__ import annotations

import re

NBSP = "\u00a0"
# Units written after a number, a space between: Latin ones as whole words ("13 m", not
# "13 members"), Korean ones as they begin the word ("13 분이면").
LATIN_UNITS = ("m", "km", "mm", "min", "minutes", "s", "h", "hours", "day", "days",
               "floor", "floors", "results", "%")
KOREAN_UNITS = ("분", "초", "층", "일", "시간", "건", "개", "호")
_BEFORE_UNIT = re.compile(
    rf"(?<=\d) (?=(?:{'|'.join(map(re.escape, LATIN_UNITS))})(?![A-Za-z])"
    rf"|(?:{'|'.join(KOREAN_UNITS)}))")


def keep_units(text: str) -> str:
    """`text` with a no-break space between each number and the unit after it."""
    return _BEFORE_UNIT.sub(NBSP, text)
