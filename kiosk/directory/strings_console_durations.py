"""The units of a duration at the desk console past an hour (ui/console/durations.py):
"3 h 12 min" / "3시간 12분", "5 days 16 h" / "5일 16시간"."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "console.duration.day": ("{n}일", "{n} day"),
    "console.duration.days": ("{n}일", "{n} days"),
    "console.duration.hours": ("{n}시간", "{n} h"),
    "console.duration.minutes": ("{n}분", "{n} min"),
}
