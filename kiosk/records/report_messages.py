"""Messages for absent staff: called back within 1 hour of office time, or by the visitor's
preferred time (the record's "due", which the kiosk sets to the later of the two, the hour
counted only while the office is open: kiosk/directory/office_time.py)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo
from typing import Any

from kiosk.records import report_promises
from kiosk.records.fields import number
from kiosk.records.period import Period
from kiosk.records.promises import Clock

CALLBACK_LIMIT = 3600.0  # seconds, when a record has no "due"
PROMISES = ("callback",)
COUNTS = ("messages",)


def classify(record: dict[str, Any], at: float) -> report_promises.Classified:
    due = number(record, "due")
    clock = Clock(at, at + CALLBACK_LIMIT if due is None else due,
                  number(record, "called_back_at"))
    return ["messages"], ("callback", clock)


def report(records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None = None,
           now: float | None = None) -> report_promises.PromiseReport:
    return report_promises.build("messages", PROMISES, COUNTS, classify, records, period,
                                 tz, now)
