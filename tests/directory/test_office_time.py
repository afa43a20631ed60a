"""Office time: the charter's hour for a message runs only while the office is open, so what
the message form offers and what the kiosk promises never fall outside opening hours."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calls import note_form
from kiosk.calls.note import message_due
from kiosk.directory.directory import Directory
from kiosk.directory.model import Building, ClosedDay, Department, Hours, Room, Staff, Text
from kiosk.directory.office_time import OfficeHours, due_words, office_for

OFFICE = Hours("offices", Text("사무실", "Offices"), rooms=("4F-office",),
               mon="09:00-18:00", tue="09:00-18:00", wed="09:00-18:00", thu="09:00-18:00",
               fri="09:00-18:00", sat="09:00-17:00", sun="")
HOLIDAY = ClosedDay("2026-12-07", Text("임시휴관", "Closed"))
SATURDAY_EVENING = dt.datetime(2026, 12, 5, 18, 24)  # after Saturday's 17:00 closing


def office(*closed: ClosedDay) -> OfficeHours:
    return OfficeHours(OFFICE, {dt.date.fromisoformat(c.date): c for c in closed})


def at(moment: dt.datetime) -> float:
    return moment.timestamp()


def test_after_closing_only_as_soon_as_possible_is_offered():
    assert note_form.callback_choices(at(SATURDAY_EVENING), office()) == [("asap", None)]


def test_after_closing_the_promise_is_the_first_hour_after_the_next_opening():
    due = message_due(at(SATURDAY_EVENING), None, office())
    assert dt.datetime.fromtimestamp(due) == dt.datetime(2026, 12, 7, 10, 0)  # Monday
    assert due_words(due, at(SATURDAY_EVENING), "en") == "10:00 on Monday 7 December"
    assert due_words(due, at(SATURDAY_EVENING), "ko") == "12월 7일 월요일 10:00"


def test_a_closed_day_moves_the_promise_to_the_day_after():
    due = message_due(at(SATURDAY_EVENING), None, office(HOLIDAY))
    assert dt.datetime.fromtimestamp(due) == dt.datetime(2026, 12, 8, 10, 0)


def test_near_closing_what_is_left_of_the_hour_carries_to_the_next_opening():
    left = dt.datetime(2026, 12, 4, 17, 40)  # Friday, closing at 18:00: 20 minutes today
    due = message_due(at(left), None, office())
    assert dt.datetime.fromtimestamp(due) == dt.datetime(2026, 12, 5, 9, 40)
    assert note_form.callback_choices(at(left), office()) == [("asap", None)]


def test_while_open_the_hour_and_the_hours_offered_are_as_before():
    morning = dt.datetime(2026, 12, 4, 10, 15)
    assert dt.datetime.fromtimestamp(message_due(at(morning), None, office())) == \
        dt.datetime(2026, 12, 4, 11, 15)
    texts = [t for t, _ in note_form.callback_choices(at(morning), office())]
    assert texts == ["asap", "12:00", "13:00", "14:00"]
    assert due_words(at(morning) + 3600, at(morning), "en") == "11:15"


def test_before_opening_no_time_is_offered_before_the_charters_hour_is_up():
    early = dt.datetime(2026, 12, 4, 7, 10)
    texts = [t for t, _ in note_form.callback_choices(at(early), office())]
    assert texts == ["asap", "10:00", "11:00"]  # 09:00 would be before the promise of 10:00


def test_without_known_hours_the_wall_clock_runs():
    due = message_due(at(SATURDAY_EVENING), None, OfficeHours())
    assert due == at(SATURDAY_EVENING) + 3600


def test_a_recipients_hours_are_those_naming_its_room():
    building = Hours("building", Text("도서관", "Library"), sat="09:00-22:00")
    directory = Directory(
        building=Building("lib", Text("도서관", "Library")),
        rooms=(Room("4F-office", "4F", Text("사무실", "Office")),),
        departments=(Department("ga", Text("총무과", "General affairs"), room="4F-office"),
                     Department("desk", Text("안내", "Desk"))),
        staff=(Staff("kim", Text("김", "Kim"), Text("주무관", "Officer"), department="desk", room="4F-office"),),
        hours=(building, OFFICE), closed_days=(HOLIDAY,))
    assert office_for(directory, "ga").hours is OFFICE
    assert office_for(directory, "desk", "kim").hours is OFFICE
    assert office_for(directory, "desk").hours is building  # no room: the building's
    assert dt.date(2026, 12, 7) in office_for(directory, "ga").closed
    assert office_for(None, "ga").hours is None


days = st.lists(st.sampled_from(["", "09:00-18:00", "10:00-12:00", "13:30-17:00",
                                 "00:00-24:00", "08:00-22:00"]), min_size=7, max_size=7)


@settings(max_examples=300, deadline=None)
@given(week=days, closed=st.sets(st.integers(0, 20), max_size=6),
       minute=st.integers(0, 14 * 24 * 60 - 1), preferred=st.integers(0, 4))
def test_no_offered_time_and_no_promise_falls_outside_opening_hours(week, closed, minute,
                                                                     preferred):
    hours = Hours("h", Text("h", "h"), **dict(zip(
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), week)))
    start = dt.datetime(2026, 11, 30)  # a Monday
    dates = {(start + dt.timedelta(days=d)).date(): HOLIDAY for d in closed}
    hours_known = OfficeHours(hours, dates)
    now = at(start + dt.timedelta(minutes=minute))
    choices = note_form.callback_choices(now, hours_known)
    for _text, when in choices[1:]:
        assert hours_known.is_open(dt.datetime.fromtimestamp(when))
    chosen = choices[preferred][1] if preferred < len(choices) else None
    due = message_due(now, chosen, hours_known)
    assert due >= now + 3600
    if any(hours_known.spans(dt.datetime.fromtimestamp(now))):
        # by the deadline itself, or the minute before it, the office is open
        assert hours_known.is_open(dt.datetime.fromtimestamp(due - 60))


@given(st.floats(min_value=0.0, max_value=0.999999999))
def test_an_hour_or_a_day_after_an_open_moment_is_whole_to_the_last_digit(fraction):
    """Monday 14:11 plus an office hour is 15:11, plus one working day Tuesday 14:11: exactly
    3,600 and 86,400 s, whatever the moment's fraction of a second (read back from a datetime,
    each fell up to 1 µs short)."""
    from kiosk.directory.office_time import office_days_deadline, office_deadline

    now = at(dt.datetime(2026, 12, 14, 14, 11, 3)) + fraction
    assert office_deadline(office(), now, 3600) == now + 3600
    assert office_days_deadline(office(), now, 1) == now + 86400
