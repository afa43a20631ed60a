"""How long, as an attendant reads it at a glance: the one way the console says a duration
(a call's waiting time, the history's steps and totals, a message's countdown and how late it
is). Pure functions, no Qt.

Under an hour the seconds still matter and the figure ticks on as a clock ("07:42"); past an
hour it is said in words, the largest unit first and never more than two ("3 h 12 min",
"3시간 12분"; "5 days 16 h", "5일 16시간"), because "136:00:00" has to be worked out before
it can be read. A negative duration (two PCs' clocks disagreeing) is shown as none at all,
never as a negative figure.
"""
from __future__ import annotations

import math

from kiosk.directory.strings import tr

MINUTE, HOUR, DAY = 60, 3600, 86400


def whole_seconds(seconds: float) -> int:
    """`seconds` floored, never negative; a figure that is not a number counts as none."""
    return int(seconds) if math.isfinite(seconds) and seconds > 0 else 0


def duration_text(seconds: float, lang: str) -> str:
    """"07:42" under an hour; "3 h 12 min" / "3시간 12분" under a day; "5 days 16 h" /
    "5일 16시간" from a day on (a unit at zero is left out: "2 h", "1 day")."""
    whole = whole_seconds(seconds)
    if whole < HOUR:
        minutes, secs = divmod(whole, MINUTE)
        return f"{minutes:02d}:{secs:02d}"
    if whole < DAY:
        big, big_key, small, small_key = (whole // HOUR, "console.duration.hours",
                                          whole % HOUR // MINUTE, "console.duration.minutes")
    else:
        days = whole // DAY
        big, big_key = days, "console.duration.day" if days == 1 else "console.duration.days"
        small, small_key = whole % DAY // HOUR, "console.duration.hours"
    words = tr(big_key, lang, n=big)
    return f"{words} {tr(small_key, lang, n=small)}" if small else words
