"""The sample records (benchmarks, charts) carry the due times the kiosk's own path gives: a
card's in working days of the answering office, a message's within an hour of office time;
so a report drawn from samples judges its promises as it would the kiosk's records."""
from __future__ import annotations

import datetime as dt

from kiosk.calls.note import message_due
from kiosk.feedback.cards import Card
from kiosk.records.period import Period
from kiosk.records.report_feedback import report
from kiosk.records.synthetic import OFFICE, year_of_records

SAMPLES = list(year_of_records(2026, 6000))


def latest(kind: str) -> list[dict]:
    """The last line of each id, as Records.latest reads them."""
    return list({r["id"]: r for k, r in SAMPLES if k == kind}.values())


def first(kind: str) -> list[dict]:
    """The line each record was made with (before its answer emptied the contact)."""
    made: dict[str, dict] = {}
    for k, r in SAMPLES:
        if k == kind:
            made.setdefault(r["id"], r)
    return list(made.values())


def test_a_sample_card_is_due_when_a_card_left_at_the_kiosk_would_be():
    cards = first("feedback")
    answerable = [r for r in cards if r["contact"]]
    assert len(answerable) > 100
    for record in answerable:
        card = Card.make(record["colour"], record["category"], phone=record["contact"])
        assert record["due"] == card.due(record["at"], OFFICE), record
        assert OFFICE.is_open(dt.datetime.fromtimestamp(record["due"])), record
    assert all(r["due"] is None for r in cards if not r["contact"])
    # by the calendar some would have fallen on a weekend; none does
    weekdays = {dt.datetime.fromtimestamp(r["due"]).weekday() for r in answerable}
    assert weekdays <= {0, 1, 2, 3, 4}


def test_a_sample_message_is_due_as_the_kiosk_would_make_it():
    messages = first("messages")
    assert len(messages) > 100
    for record in messages:
        assert record["due"] == message_due(record["at"], None, OFFICE), record


def test_samples_still_miss_some_promises_and_keep_most():
    figures = report(latest("feedback"), Period(2026), now=dt.datetime(2027, 3, 1).timestamp())
    for name, kept in figures.promises.items():
        if kept.share.counted >= 20:
            assert 0.75 < kept.share.value < 0.99, (name, kept.share)
