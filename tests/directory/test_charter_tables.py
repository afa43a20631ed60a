"""The charter's tables in the directory: parsed from building.toml, the demo's copied from
the Gwacheon charter exactly, notices and events by date, and each service's row of the
service-window table naming its department, person in charge and numbers."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.charter_text import notice_dates, window_lines
from kiosk.directory.directory import Directory
from kiosk.directory.model import ClosedDay, Notice, Text, decode
from kiosk.directory.notices import current_notices, month_events

TODAY = dt.date(2026, 12, 5)


def test_records_decode_with_toml_dates_and_room_lists():
    notice = decode(Notice, {"id": "n", "title": {"ko": "공지", "en": "Notice"},
                             "start": dt.date(2026, 12, 1), "end": "2026-12-25"})
    assert notice.start == "2026-12-01" and notice.title.en == "Notice"
    day = decode(ClosedDay, {"date": dt.date(2026, 12, 25), "name": "성탄절"})
    assert day.id == "2026-12-25" and day.name == Text("성탄절", "성탄절")
    from kiosk.directory.model import Hours
    hours = decode(Hours, {"id": "h", "name": "자료실", "rooms": ["1F-hall"], "tue": "09:00-18:00"})
    assert hours.rooms == ("1F-hall",) and hours.day(1) == "09:00-18:00" and hours.day(0) == ""


def test_the_demo_copies_the_charters_tables_exactly(demo):
    certificates = demo.get("services", "certificates")
    assert [(s.legal_time.ko, s.recommended_time.ko, s.fee.ko) for s in certificates.items] == \
        [("3시간", "10분", "무료")] * 2
    complaints = [s for s in demo.services if s.complaint_window]
    assert [(s.department, s.phone, s.fax) for s in complaints] == \
        [("ga-admin", "02-3677-0314", "02-504-7532")]
    assert all(demo.staff_member(s.person) is not None for s in demo.services)
    pledges = {p.id: p for p in demo.pledges}
    assert pledges["remote-8-hours"].text.ko == \
        "접수된 민원은 8시간(업무일 기준) 이내에 담당자에게 전달하겠습니다."
    assert all(p.text.ko and p.text.en for p in demo.pledges)
    assert len([p for p in demo.pledges if p.id.startswith("preamble-")]) == 5
    assert demo.hours and demo.closed_days and demo.notices


def test_each_service_row_names_department_person_and_numbers(demo):
    lines = window_lines(demo, demo.get("services", "complaints"), "ko")
    assert lines[0] == "담당 부서 총무담당 · 담당자 이수진 주무관"
    assert lines[1] == "전화\u00a002-3677-0314 · 팩스\u00a002-504-7532"  # each with its name
    en = window_lines(demo, demo.get("services", "certificates"), "en")
    # each number on one line with its unit (units.py)
    assert any("legal 3\u00a0hours, target 10\u00a0minutes, fee Free" in line for line in en)


def test_a_service_without_its_own_number_gives_the_persons_then_the_departments(demo):
    service = dataclasses.replace(demo.get("services", "courtesy"), phone="", fax="")
    person = demo.staff_member(service.person)
    assert f"전화\u00a0{person.extension}" in window_lines(demo, service, "ko")
    nobody = dataclasses.replace(service, person=None)
    department = demo.department(service.department)
    assert f"전화\u00a0{department.phone}" in window_lines(demo, nobody, "ko")
    gone = dataclasses.replace(service, person="no-such-person")  # left the staff list
    assert window_lines(demo, gone, "ko")[0] == f"담당 부서 {department.name.ko}"


def _notice(id_, kind, start="", end="", **more):
    return Notice(id_, Text(id_, id_), kind=kind, start=start, end=end, **more)


def test_notices_show_from_start_to_end_and_events_in_their_month_until_over():
    items = [_notice("always", "notice"), _notice("posted", "notice", start="2026-12-06"),
             _notice("over", "notice", end="2026-12-04"), _notice("now", "notice",
                                                                  "2026-12-01", "2026-12-05"),
             _notice("past", "event", "2026-12-02", "2026-12-03"),
             _notice("today", "event", "2026-12-05"),
             _notice("running", "event", "2026-11-28", "2026-12-06"),
             _notice("later", "event", "2026-12-31"), _notice("next-month", "event", "2027-01-01"),
             _notice("undated", "event")]
    assert [n.id for n in current_notices(items, TODAY)] == ["always", "now"]
    assert [n.id for n in month_events(items, TODAY)] == ["running", "today", "later"]
    # the next day, today's event is gone
    assert [n.id for n in month_events(items, TODAY + dt.timedelta(days=1))] == \
        ["running", "later"]


@given(today=st.dates(dt.date(1900, 1, 1), dt.date(9998, 12, 31)))
def test_an_event_on_the_month_s_last_day_is_this_month_s_and_the_next_day_s_is_not(today):
    last = today
    while (last + dt.timedelta(days=1)).month == today.month:
        last += dt.timedelta(days=1)
    after = last + dt.timedelta(days=1)
    items = [_notice("last", "event", last.isoformat()), _notice("after", "event",
                                                                 after.isoformat())]
    assert [n.id for n in month_events(items, today)] == ["last"]


def test_event_dates_as_visitors_read_them():
    event = _notice("e", "event", "2026-12-28", "2026-12-31", time="10:00-12:00")
    assert notice_dates(event, "ko") == "12월 28일 월요일 – 12월 31일 목요일 10:00–12:00"
    assert notice_dates(_notice("e", "event", "2026-12-12"), "en") == "Sat 12 Dec"


def test_a_room_gone_from_under_the_charters_tables_never_stops_a_load(demo):
    records = demo.to_records()
    records["hours"] = [{"id": "h", "name": "n", "rooms": ["nowhere"]}]
    records["notices"] = [{"id": "n", "title": "t", "kind": "event", "start": "2026-12-05",
                           "room": "nowhere"}]
    directory = Directory.from_records(records)  # the bundle's checks name such rooms
    assert directory.room(directory.notices[0].room) is None
