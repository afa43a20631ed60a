"""Opening hours as the kiosk reads them: a weekday's span, closed dates, open now, and when a
closed place opens next (found within 14 days, or said to be unknown)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.directory.charter_text import hours_line, week_text
from kiosk.directory.charter_tables import WEEKDAYS, ClosedDay, Hours
from kiosk.directory.model import Text
from kiosk.directory.opening import (
    LOOKAHEAD_DAYS,
    TimeError,
    next_change,
    parse_date,
    parse_span,
    status,
)

SATURDAY = dt.datetime(2026, 12, 5, 10, 30)  # a Saturday
WEEK = Hours("rooms", Text("자료실", "Reading rooms"), mon="", tue="09:00-22:00",
             wed="09:00-22:00", thu="09:00-22:00", fri="09:00-22:00", sat="09:00-17:00",
             sun="09:00-17:00")
CHRISTMAS = ClosedDay("2026-12-25", Text("성탄절", "Christmas Day"))


@pytest.mark.parametrize("text, span", [
    ("09:00-18:00", (540, 1080)), ("9:00 - 18:00", (540, 1080)), ("09:00–18:00", (540, 1080)),
    ("09:00~18:00", (540, 1080)), ("00:00-24:00", (0, 1440)), ("", None), ("  ", None),
    # as Korean and English staff write hours by hand
    ("9시-18시", (540, 1080)), ("9시 30분~18시", (570, 1080)), ("9시 반~12시", (570, 720)),
    ("오전 9시~오후 6시", (540, 1080)), ("9시부터 18시까지", (540, 1080)),
    ("9am-6pm", (540, 1080)), ("9:30 a.m. to 6 P.M.", (570, 1080)),
    ("12 pm - 12:30 PM", (720, 750)), ("9:00 — 18:00", (540, 1080))])
def test_spans_that_read(text, span):
    assert parse_span(text) == span


@pytest.mark.parametrize("text, reason", [
    ("25:00-26:00", "hour"), ("09:00-24:30", "hour"), ("09:60-18:00", "minute"),
    ("18:00-09:00", "order"), ("09:00-09:00", "order"), ("9-18", "form"),
    ("1:00-5:00 pm", "form"), ("오후 1시~5시", "form"), ("13pm-14pm", "hour"), ("9시-6시", "order"),
    ("09:00", "form"), ("09:00-18:00, 19:00-20:00", "form"), ("nan", "form"),
    ("24:00-24:00", "opens_at_24"), ("24:00-06:00", "opens_at_24"), ("24:30-25:00", "hour")])
def test_spans_that_do_not_read(text, reason):
    with pytest.raises(TimeError) as found:
        parse_span(text)
    assert found.value.reason == reason


@pytest.mark.parametrize("text, reason", [("2026-02-30", "date"), ("2026-13-01", "date"),
                                          ("2026-2-3", "form"), ("25/12/2026", "form"),
                                          ("", "form")])
def test_dates_that_do_not_exist(text, reason):
    with pytest.raises(TimeError) as found:
        parse_date(text)
    assert found.value.reason == reason


def test_open_now_before_after_and_closed():
    assert status(WEEK, (), SATURDAY).state == "open"
    early = status(WEEK, (), SATURDAY.replace(hour=8))
    assert early.state == "before" and early.next_open == (SATURDAY.date(), 540)
    late = status(WEEK, (), SATURDAY.replace(hour=17))  # closing time: closed
    assert late.state == "after" and late.next_open == (dt.date(2026, 12, 6), 540)
    monday = status(WEEK, (), dt.datetime(2026, 12, 7, 10))
    assert monday.state == "closed" and monday.next_open == (dt.date(2026, 12, 8), 540)


def test_a_closed_date_closes_its_weekday_and_names_itself():
    found = status(WEEK, (CHRISTMAS,), dt.datetime(2026, 12, 25, 12))
    assert found.state == "closed" and found.closed_day == CHRISTMAS
    assert found.next_open == (dt.date(2026, 12, 26), 540)
    assert hours_line(WEEK, (CHRISTMAS,), dt.datetime(2026, 12, 25, 12), "ko", "02-1") == \
        "오늘 자료실 휴관 (성탄절) · 다음 운영: 12월 26일 토요일 09:00"
    assert hours_line(WEEK, (CHRISTMAS,), dt.datetime(2026, 12, 25, 12), "en", "02-1") == \
        "Reading rooms closed today (Christmas Day) · opens next Sat 26 Dec 09:00"


def test_no_opening_within_the_lookahead_says_so_with_the_desk():
    closed = Hours("gone", Text("휴관", "Closed"))
    assert status(closed, (), SATURDAY).next_open is None
    assert "02-123" in hours_line(closed, (), SATURDAY, "en", "02-123")
    assert "no opening known" in hours_line(closed, (), SATURDAY, "en", "02-123")


def test_lines_of_the_week_and_of_today():
    assert hours_line(WEEK, (), SATURDAY, "en", "") == \
        "Reading rooms today: 09:00–17:00 · open now"
    assert week_text(WEEK, "en") == "Mon closed · Tue–Fri 09:00–22:00 · Sat–Sun 09:00–17:00"
    assert week_text(WEEK, "ko") == "월요일 휴관 · 화요일–금요일 09:00–22:00 · 토요일–일요일 09:00–17:00"


def test_the_line_changes_at_the_next_opening_closing_or_midnight():
    assert next_change([WEEK], SATURDAY) == SATURDAY.replace(hour=17, minute=0)
    assert next_change([WEEK], SATURDAY.replace(hour=8)) == SATURDAY.replace(hour=9, minute=0)
    assert next_change([WEEK], SATURDAY.replace(hour=20)) == dt.datetime(2026, 12, 6)


spans = st.one_of(st.just(""), st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(
    lambda p: p[0] < p[1]).map(lambda p: f"{p[0] // 60:02d}:{p[0] % 60:02d}-"
                                         f"{p[1] // 60:02d}:{p[1] % 60:02d}"))
weeks = st.lists(spans, min_size=7, max_size=7).map(
    lambda days: Hours("h", Text("곳", "Place"), **dict(zip(WEEKDAYS, days))))
moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(weeks, moments, st.sets(st.integers(0, 20), max_size=10))
def test_any_valid_week_gives_a_consistent_today(week, now, closed_offsets):
    closed = tuple(ClosedDay((now.date() + dt.timedelta(days=n)).isoformat())
                   for n in closed_offsets)
    closed_dates = {dt.date.fromisoformat(c.date) for c in closed}
    found = status(week, closed, now)
    minute = now.hour * 60 + now.minute
    today = parse_span(week.day(now.weekday())) if now.date() not in closed_dates else None
    assert found.today == today
    line = hours_line(week, closed, now, "en", "02-1")
    assert (found.state == "open") == (today is not None and today[0] <= minute < today[1])
    assert ("open now" in line) == (found.state == "open")
    assert ("closed today" in line) == (today is None)
    if found.state == "before":
        assert found.next_open == (now.date(), today[0])
    if found.state in ("after", "closed"):
        # the first later day that is open and not a closed date, within the lookahead
        expected = None
        for ahead in range(1, LOOKAHEAD_DAYS + 1):
            date = now.date() + dt.timedelta(days=ahead)
            span = parse_span(week.day(date.weekday()))
            if span is not None and date not in closed_dates:
                expected = (date, span[0])
                break
        assert found.next_open == expected
        assert ("opens next" in line) == (expected is not None)
        assert ("no opening known" in line) == (expected is None)
