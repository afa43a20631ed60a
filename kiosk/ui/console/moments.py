"""A moment as the desk reads it against the console's clock, in local time: the one way the
console says when something happened or is due (a closed call's time, when a card was left,
since when the day's history knows, when a message is due). Pure functions, no Qt.

The same day gives the time alone ("14:05"); the day before, "어제 22:26" / "yesterday 22:26";
a day in the week ahead, its weekday ("월요일 10:00" / "Mon 10:00"); any other day, its date
("12월 14일 월요일 10:00" / "Mon 14 Dec 10:00"). A time alone is read as today's, so it is
never given for another day: at 02:26 a call raised at 22:26 was raised yesterday.
"""
from __future__ import annotations

import datetime as dt

from kiosk.directory.strings import tr


def moment_text(t: float, now: float, lang: str) -> str:
    """`t` said against `now` (both seconds since the epoch), by the local calendar."""
    when, today = dt.datetime.fromtimestamp(t), dt.datetime.fromtimestamp(now).date()
    clock = when.strftime("%H:%M")
    days = (when.date() - today).days
    if days == 0:
        return clock
    if days == -1:
        return tr("console.moment.yesterday", lang, time=clock)
    weekday = tr(f"console.weekday.{when.weekday()}", lang)
    if 0 < days < 7:
        return tr("console.due.week", lang, weekday=weekday, time=clock)
    return tr("console.due.date", lang, weekday=weekday, day=when.day, time=clock,
              month=tr(f"console.month.{when.month}", lang))
