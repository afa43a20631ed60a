"""Messages for absent staff: called back within 1 hour, or by the time the visitor asked."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from kiosk.records import report_promises
from kiosk.records.period import Period
from kiosk.records.report_messages import report

KST = timezone(timedelta(hours=9))
MARCH = Period(2026, 3)


def at(*when: int) -> float:
    return datetime(*when, tzinfo=KST).timestamp()


def message(mid: str, made: float, back_after: float | None = None, due: float | None = None,
            **more) -> dict:
    return {"id": mid, "at": made, "kiosk": "lobby", "staff": None, "department": "info",
            "purpose": "", "callback": "", "due": made + 3600 if due is None else due,
            "name": "", "phone": "", "called_back_at": None if back_after is None
            else made + back_after, "called_back_by": "desk", "purged_at": None, **more}


T = at(2026, 3, 10, 9)
RECORDS = [
    message("on-time", T, back_after=3600),  # exactly 1 h: met
    message("late", T, back_after=3601),  # missed
    message("asked-later", T, back_after=3 * 3600, due=T + 4 * 3600),  # by the asked time: met
    message("waiting", T),  # not called back, due passed: missed
    message("young", at(2026, 3, 31, 23, 30)),  # due after `now`: not counted
    message("april", at(2026, 4, 1, 0, 0, 1), back_after=10),  # another month
]
NOW = at(2026, 3, 31, 23, 45)


def test_met_missed_and_not_counted():
    r = report(RECORDS, MARCH, tz=KST, now=NOW)
    k = r.promises["callback"]
    assert (k.records, k.share.met, k.share.missed, k.done, k.open) == (5, 2, 2, 3, 2)
    assert k.median_s == 3601
    assert r.counts == {"messages": 5} and r.unreadable == 0


def test_nothing_counted_is_not_100_percent():
    r = report([message("young", NOW - 60)], MARCH, tz=KST, now=NOW)
    assert r.promises["callback"].share.value is None
    assert "— (0/0)" in report_promises.format_text(r, "en")


def test_a_message_without_due_gets_one_hour():
    r = report([message("old", T, back_after=3000, due=None) | {"due": None}], MARCH, KST, NOW)
    assert r.promises["callback"].share.met == 1


def test_unreadable_records_are_counted():
    bad = [{"id": "x"}, {"id": "y", "at": "noon"}, message("z", T, due=None) | {"due": "soon"},
           message("w", T) | {"called_back_at": True}]
    r = report(bad + RECORDS, MARCH, tz=KST, now=NOW)
    assert r.unreadable == 4 and r.counts["messages"] == 5


def test_year_has_each_month():
    r = report(RECORDS, Period(2026), tz=KST, now=NOW)
    assert list(r.months) == [f"2026-{m:02d}" for m in range(1, 13)]
    assert r.months["2026-03"]["callback"].records == 5
    assert r.months["2026-04"]["callback"].share.met == 1
    assert r.promises["callback"].records == 6
    rows = list(csv.DictReader(io.StringIO(report_promises.format_csv(r))))
    assert tuple(rows[0]) == report_promises.CSV_COLUMNS
    assert [(x["scope"], x["key"]) for x in rows][:2] == [("period", "2026"), ("month", "2026-01")]
    assert rows[-1] == {"scope": "count", "key": "messages", "promise": "", "records": "6",
                        "met": "", "counted": "", "share": "", "done": "", "open": "",
                        "median_s": ""}
    text = report_promises.format_text(r, "en")
    assert "By month" in text and "2026-12" in text and "Messages for absent staff, 2026" in text


def test_text_in_both_languages():
    r = report(RECORDS, MARCH, tz=KST, now=NOW)
    en, ko = report_promises.format_text(r, "en"), report_promises.format_text(r)
    assert "Called back within 1 hour" in en and "50% (2/4)" in en and "5 messages" in en
    assert "1시간 안에 회신" in ko and "메시지 5건" in ko
    empty = report([], MARCH, KST, NOW)
    assert "No messages in 2026-03" in report_promises.format_text(empty, "en")


def test_a_message_left_after_closing_is_kept_when_called_back_in_the_next_openings_hour():
    """The records count the charter's hour in office time: the note's own "due"."""
    from kiosk.calls.note import Note, message_due
    from kiosk.directory.model import Hours, Text
    from kiosk.directory.office_time import OfficeHours

    office = OfficeHours(Hours("o", Text("사무실", "Office"), mon="09:00-18:00",
                               sat="09:00-17:00"))
    saturday = datetime(2026, 3, 7, 18, 24).timestamp()  # after closing (local time)
    monday = datetime(2026, 3, 9, 9, 50).timestamp()
    note = Note.new("message", "lobby", "info", {}, saturday, 86400,
                    due=message_due(saturday, None, office)).finish("desk", monday)
    r = report([note.to_record()], MARCH, now=monday + 86400)
    assert (r.promises["callback"].share.met, r.promises["callback"].share.missed) == (1, 0)
