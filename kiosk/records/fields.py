"""Reading one field of a stored record, which is untrusted: another version of the kiosk, a
hand edit, a disk error. A record that cannot be read is counted, never guessed at."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import tzinfo
from typing import Any, TypeVar

from kiosk.records.period import Period

T = TypeVar("T")


class BadRecord(ValueError):
    """A record a report cannot use; reports count these as unreadable."""


def number(record: dict[str, Any], key: str, required: bool = False) -> float | None:
    """The finite number at `key`, None when absent or null (an error when `required`)."""
    value = record.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadRecord(f"record {record.get('id')!r}: {key} is {value!r}, not a time")
    return float(value)


def text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadRecord(f"record {record.get('id')!r}: {key} is {value!r}, not text")
    return value


def placed(records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None,
           read: Callable[[dict[str, Any], float], T]) -> tuple[list[tuple[str, T]], int]:
    """(month, read(record, at)) for each record whose "at" falls in `period`, and how many
    records could not be read (no time, or `read` raised BadRecord)."""
    found: list[tuple[str, T]] = []
    unreadable = 0
    for record in records:
        try:
            at = number(record, "at", required=True)
            month = period.month_of(at, tz)
            if month is not None:
                found.append((month, read(record, at)))
        except BadRecord:
            unreadable += 1
    return found, unreadable
