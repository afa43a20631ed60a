"""The survey: each face's count, the mean, the share satisfied, the top reasons."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from kiosk.records.period import Period
from kiosk.records.report_satisfaction import CSV_COLUMNS, format_csv, format_text, report

KST = timezone(timedelta(hours=9))


def answer(aid: str, face, reason: str = "", month: int = 3) -> dict:
    return {"id": aid, "at": datetime(2026, month, 5, tzinfo=KST).timestamp(),
            "kiosk": "lobby", "face": face, "reason": reason, "lang": "ko"}


ANSWERS = [answer("a", 5, "found_it"), answer("b", 4, "found_it"), answer("c", 1, "too_slow"),
           answer("d", 3), answer("e", 5, "staff_helped", month=4)]


def test_faces_mean_and_share():
    r = report(ANSWERS, Period(2026, 3), tz=KST)
    assert r.overall.counts == (1, 0, 1, 1, 1) and r.overall.answers == 4
    assert r.overall.mean == 3.25 and r.overall.satisfied == 0.5
    assert r.reasons == [("found_it", 2), ("too_slow", 1)]


def test_faces_out_of_range_are_unreadable():
    bad = [answer("x", 0), answer("y", 6), answer("z", True), answer("w", "5"),
           answer("v", 4.0), answer("u", 3) | {"reason": 7}]
    r = report(ANSWERS + bad, Period(2026, 3), tz=KST)
    assert r.unreadable == 6 and r.overall.answers == 4


def test_no_answers_is_no_share():
    r = report([], Period(2026, 3), tz=KST)
    assert r.overall.mean is None and r.overall.satisfied is None
    assert "No answers in 2026-03" in format_text(r, "en")


def test_year_csv_and_text():
    r = report(ANSWERS, Period(2026), tz=KST)
    rows = list(csv.DictReader(io.StringIO(format_csv(r))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["answers"] == "5" and rows[0]["satisfied_share"] == "0.6"
    months = [x for x in rows if x["scope"] == "month"]
    assert len(months) == 12 and months[3]["face_5"] == "1" and months[0]["mean"] == ""
    assert [(x["key"], x["answers"]) for x in rows if x["scope"] == "reason"] == [
        ("found_it", "2"), ("staff_helped", "1"), ("too_slow", "1")]
    en = format_text(r, "en")
    assert "Visitor satisfaction, 2026" in en and "60%" in en and "1. found_it  2" in en
    assert "5 매우 만족" in format_text(r)


def test_a_reason_key_with_control_characters_is_shown_escaped():
    r = report([answer("a", 2, "x\x1b[2J")], Period(2026, 3), tz=KST)
    assert "\x1b" not in format_text(r, "en") and "<U+001B>" in format_text(r, "en")
