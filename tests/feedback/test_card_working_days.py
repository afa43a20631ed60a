"""A card's answer is due in working days of the office that answers (the charter counts its
days in working time: "7일(근무시간)"): never on a closed day or outside opening hours, never
sooner than the calendar days promised; the same due time on the visitor's screen, at the
console and in the records' kept/late."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.directory.model import ClosedDay, Hours, Text
from kiosk.directory.office_time import OfficeHours
from kiosk.feedback.cards import YELLOW_CATEGORIES, Card, due_days
from kiosk.records.period import Period
from kiosk.records.report_feedback import report

OFFICE = Hours("offices", Text("사무실", "Offices"), mon="09:00-18:00", tue="09:00-18:00",
               wed="09:00-18:00", thu="09:00-18:00", fri="09:00-18:00")
CHRISTMAS = ClosedDay("2026-12-25", Text("성탄절", "Christmas Day"))
PHONE = "010-1234-5678"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def office(*closed: ClosedDay) -> OfficeHours:
    return OfficeHours(OFFICE, {dt.date.fromisoformat(c.date): c for c in closed})


def local(due: float | None) -> dt.datetime:
    assert due is not None
    return dt.datetime.fromtimestamp(due)


def ts(*when: int) -> float:
    return dt.datetime(*when).timestamp()


def test_an_apology_promised_on_friday_evening_falls_on_monday_not_the_weekend():
    card = Card.make("yellow", "unkind", "기다렸어요", phone=PHONE)
    assert local(card.due(ts(2026, 12, 4, 17, 0), office())) == dt.datetime(2026, 12, 7, 17, 0)
    # left after closing: the day is counted from Monday's opening
    assert local(card.due(ts(2026, 12, 4, 20, 0), office())) == dt.datetime(2026, 12, 8, 9, 0)
    # left on a Saturday: the same
    assert local(card.due(ts(2026, 12, 5, 11, 0), office())) == dt.datetime(2026, 12, 8, 9, 0)


def test_a_closed_day_is_not_a_working_day():
    answer = Card.make("green", text="친절했어요", phone=PHONE)
    left = ts(2026, 12, 23, 10, 30)  # Wednesday; Christmas on Friday
    assert local(answer.due(left, office())) == dt.datetime(2026, 12, 28, 10, 30)
    assert local(answer.due(left, office(CHRISTMAS))) == dt.datetime(2026, 12, 29, 10, 30)
    improvement = Card.make("yellow", "improvement", phone=PHONE)
    assert local(improvement.due(left, office(CHRISTMAS))) == dt.datetime(2027, 1, 4, 10, 30)


def test_the_record_carries_the_working_days_due_and_kept_counts_by_it():
    """An apology call on Monday morning for a card of Friday afternoon keeps the promise;
    by the calendar (Saturday afternoon) it would have been counted late."""
    left = ts(2026, 12, 4, 15, 0)
    record = Card.make("yellow", "unkind", phone=PHONE).record("lobby", left, office=office())
    assert local(record["due"]) == dt.datetime(2026, 12, 7, 15, 0)
    answered = {**record, "answered_at": ts(2026, 12, 7, 10, 0), "answered_by": "desk"}
    late = {**record, "id": "late", "answered_at": ts(2026, 12, 7, 15, 1),
            "answered_by": "desk"}
    figures = report([answered, late], Period(2026, 12), now=ts(2026, 12, 20))
    apology = figures.promises["apology"]
    assert (apology.share.met, apology.share.missed) == (1, 1)


def test_without_office_hours_the_days_are_calendar_days():
    card = Card.make("yellow", "unkind", phone=PHONE)
    left = ts(2026, 12, 5, 23, 0)
    assert card.due(left) == card.due(left, OfficeHours()) == left + 86400.0


spans = st.one_of(st.just(""), st.tuples(st.integers(0, 22 * 60), st.integers(30, 14 * 60))
                  .map(lambda p: f"{p[0] // 60:02d}:{p[0] % 60:02d}-"
                                 f"{min(24 * 60, p[0] + p[1]) // 60:02d}:"
                                 f"{min(24 * 60, p[0] + p[1]) % 60:02d}"))


@st.composite
def offices(draw):
    week = draw(st.lists(spans, min_size=7, max_size=7).filter(any))
    closed = draw(st.lists(st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)), max_size=12))
    hours = Hours("h", Text("사무실", "Office"), **dict(zip(WEEKDAYS, week)))
    return OfficeHours(hours, {d: ClosedDay(d.isoformat(), Text("휴관", "Closed"))
                               for d in closed})


cards = st.one_of(st.just(("green", "praise")),
                  st.sampled_from(YELLOW_CATEGORIES).map(lambda c: ("yellow", c)))


@settings(max_examples=300, deadline=None)
@given(office=offices(), card=cards,
       left=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 10, 31)))
def test_never_due_while_closed_and_never_sooner_than_the_calendar(office, card, left):
    colour, category = card
    due = local(Card.make(colour, category, phone=PHONE).due(left.timestamp(), office))
    assert office.is_open(due), (left, due)
    assert due >= left + dt.timedelta(days=due_days(colour, category, True))


@pytest.mark.parametrize("category", YELLOW_CATEGORIES)
def test_anonymous_cards_have_no_due_time(category):
    assert Card.make("yellow", category).due(ts(2026, 12, 4, 15, 0), office()) is None
