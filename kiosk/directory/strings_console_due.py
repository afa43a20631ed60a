"""The words of a due time at the desk console (ui/console/note_rows.py): a countdown only
while it is near; further off, the moment itself ("월요일 10:00까지" / "Due by Mon 10:00").
And a moment of another day, as the console says any (ui/console/moments.py)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "console.message.due_at": ("{time}까지", "Due by {time}"),
    "console.card.due_at": ("{promise} {time}까지", "{promise} by {time}"),
    "console.moment.yesterday": ("어제 {time}", "yesterday {time}"),
    # another day this week: "월요일 10:00" / "Mon 10:00"; a week or more away: with the date
    "console.due.week": ("{weekday} {time}", "{weekday} {time}"),
    "console.due.date": ("{month}월 {day}일 {weekday} {time}", "{weekday} {day} {month} {time}"),
    "console.weekday.0": ("월요일", "Mon"),
    "console.weekday.1": ("화요일", "Tue"),
    "console.weekday.2": ("수요일", "Wed"),
    "console.weekday.3": ("목요일", "Thu"),
    "console.weekday.4": ("금요일", "Fri"),
    "console.weekday.5": ("토요일", "Sat"),
    "console.weekday.6": ("일요일", "Sun"),
    "console.month.1": ("1", "Jan"),
    "console.month.2": ("2", "Feb"),
    "console.month.3": ("3", "Mar"),
    "console.month.4": ("4", "Apr"),
    "console.month.5": ("5", "May"),
    "console.month.6": ("6", "Jun"),
    "console.month.7": ("7", "Jul"),
    "console.month.8": ("8", "Aug"),
    "console.month.9": ("9", "Sep"),
    "console.month.10": ("10", "Oct"),
    "console.month.11": ("11", "Nov"),
    "console.month.12": ("12", "Dec"),
}
