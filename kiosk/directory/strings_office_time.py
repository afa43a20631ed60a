"""The words of a promise's time (directory/office_time.py): today's "19:25", another day's
"10:00 on Monday 7 December"."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "office.due.today": ("{time}", "{time}"),
    "office.due.day": ("{month}월 {day}일 {weekday}요일 {time}",
                       "{time} on {weekday} {day} {month}"),
    "office.weekday.0": ("월", "Monday"),
    "office.weekday.1": ("화", "Tuesday"),
    "office.weekday.2": ("수", "Wednesday"),
    "office.weekday.3": ("목", "Thursday"),
    "office.weekday.4": ("금", "Friday"),
    "office.weekday.5": ("토", "Saturday"),
    "office.weekday.6": ("일", "Sunday"),
    "office.month.1": ("1", "January"),
    "office.month.2": ("2", "February"),
    "office.month.3": ("3", "March"),
    "office.month.4": ("4", "April"),
    "office.month.5": ("5", "May"),
    "office.month.6": ("6", "June"),
    "office.month.7": ("7", "July"),
    "office.month.8": ("8", "August"),
    "office.month.9": ("9", "September"),
    "office.month.10": ("10", "October"),
    "office.month.11": ("11", "November"),
    "office.month.12": ("12", "December"),
}
