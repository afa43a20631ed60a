"""Green and yellow cards: an apology call for unkind service within 1 working day, an answer
to other cards with a contact within 3, an improvement told within 7. The deadline is the
record's "due", which the kiosk counted in the answering office's working days when the card
was left (feedback/cards.py); an anonymous card (no "due": nobody to answer) is counted, not
measured."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo
from typing import Any

from kiosk.records import report_promises
from kiosk.records.fields import BadRecord, number, text
from kiosk.records.period import Period
from kiosk.records.promises import Clock

PROMISES = ("apology", "answer", "improvement")
COUNTS = ("cards", "green", "yellow", "anonymous")
COLOURS = ("green", "yellow")


def promise_of(category: str) -> str:
    return {"unkind": "apology", "improvement": "improvement"}.get(category, "answer")


def classify(record: dict[str, Any], at: float) -> report_promises.Classified:
    colour = text(record, "colour")
    if colour not in COLOURS:
        raise BadRecord(f"record {record.get('id')!r}: colour {colour!r}")
    due = number(record, "due")
    if due is None:
        return ["cards", colour, "anonymous"], None
    clock = Clock(at, due, number(record, "answered_at"))
    return ["cards", colour], (promise_of(text(record, "category")), clock)


def report(records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None = None,
           now: float | None = None) -> report_promises.PromiseReport:
    return report_promises.build("feedback", PROMISES, COUNTS, classify, records, period,
                                 tz, now)
