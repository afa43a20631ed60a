"""A number and its unit stay on one line: "go 13 m" wrapped as "go 13 / m" on a magnified
portrait screen. The space between them becomes a no-break space where the visitor's texts
with numbers are made: the route's steps and summary, the service windows' times. (Not in
`tr` itself: reports and files keep plain spaces.) So does a keypad key and what it does
("0 home"), in the help dialog."""
from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"
# Units written after a number, a space between: Latin ones as whole words ("13 m", not
# "13 members"), Korean ones as they begin the word ("13 분이면").
LATIN_UNITS = ("m", "km", "mm", "min", "minutes", "s", "h", "hours", "day", "days",
               "floor", "floors", "results", "%")
KOREAN_UNITS = ("분", "초", "층", "일", "시간", "건", "개", "호")
_BEFORE_UNIT = (rf"(?<=\d) (?=(?:{'|'.join(map(re.escape, LATIN_UNITS))})(?![A-Za-z])"
                rf"|(?:{'|'.join(KOREAN_UNITS)}))")


# What else a line must not split, the space before the second part: "about" and its number
# ("about" / "1 min"), a word and the phone number it names ("Fax" / "02-507-5895"; Korean
# numbers start with 0 and hold a dash), and a Korean verb and its helping verb after it
# ("함께 가" / "드립니다").
_TOGETHER = (r"(?<=\babout) (?=\d)|(?<=약)(?<![가-힣]약) (?=\d)"
             r"|(?<=\S) (?=0\d{1,3}-\d)"
             r"|(?<=[가-힣]) (?=(?:드립니다|드려요|드릴게요|주세요|줍니다)(?![가-힣]))")


@lru_cache(maxsize=None)
def _pattern(source: str) -> re.Pattern:
    """Compiled when first used: Python's `re` compiles these three in 1.6 ms of CPU, and the
    home screen's first frame uses none of them (docs/performance.md §1e)."""
    return re.compile(source)


def keep_units(text: str) -> str:
    """`text` with a no-break space between each number and the unit after it, "about" and
    its number, a word and its phone number, a Korean verb and its helping verb."""
    return _pattern(_TOGETHER).sub(NBSP, _pattern(_BEFORE_UNIT).sub(NBSP, text))


# The keypad's keys as the help dialog names them, each followed by what it does ("0 home",
# "8 2 4 6 up, down, ..."): keys are one character, alone between spaces and punctuation.
_KEY = r"[0-9./*+−]"
_KEY_RUN = rf"(?<![^\s,;:]){_KEY}(?: {_KEY})* (?=\S)"


def keep_keys(text: str) -> str:
    """`text` with each key (or run of keys) bound by no-break spaces to the word after it,
    so a line never ends with a key whose action starts the next one ("0 home; ." / "back")."""
    return _pattern(_KEY_RUN).sub(lambda m: m.group(0).replace(" ", NBSP), text)
