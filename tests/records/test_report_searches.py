"""Searches that found nothing: the top queries; withheld ones only counted."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from kiosk.records.period import Period
from kiosk.records.report_searches import CSV_COLUMNS, format_csv, format_text, report

KST = timezone(timedelta(hours=9))


def search(sid: str, query: str, withheld: bool = False, month: int = 3) -> dict:
    return {"id": sid, "at": datetime(2026, month, 5, tzinfo=KST).timestamp(),
            "kiosk": "lobby", "lang": "ko", "query": query, "withheld": withheld}


SEARCHES = [search("1", "주차"), search("2", " 주차 "), search("3", "Wi-Fi"),
            search("4", "wi-fi"), search("5", "와이파이"), search("6", "", withheld=True),
            search("7", "김민준 010", withheld=True), search("8", "주차", month=4)]


def test_top_queries_and_withheld():
    r = report(SEARCHES, Period(2026, 3), tz=KST)
    assert r.searches == 7 and r.withheld == 2
    assert r.queries == [("wi-fi", 2), ("주차", 2), ("와이파이", 1)]
    text = format_text(r, "en")
    assert "김민준" not in text and "withheld (personal)" in text and "1. wi-fi" in text


def test_csv_never_runs_a_formula():
    r = report([search("1", "=HYPERLINK(\"http://x\")"), search("2", "+1"), search("3", "@a")],
               Period(2026, 3), tz=KST)
    rows = list(csv.DictReader(io.StringIO(format_csv(r))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert sorted(x["key"] for x in rows if x["scope"] == "query") == [
        "'+1", "'=hyperlink(\"http://x\")", "'@a"]


def test_year_and_csv():
    r = report(SEARCHES, Period(2026), tz=KST)
    assert r.months["2026-03"] == (7, 2) and r.months["2026-04"] == (1, 0)
    rows = list(csv.DictReader(io.StringIO(format_csv(r))))
    assert rows[0] == {"scope": "period", "key": "2026", "searches": "8"}
    assert rows[1] == {"scope": "withheld", "key": "", "searches": "2"}
    assert len([x for x in rows if x["scope"] == "month"]) == 12
    assert "2026-04" in format_text(r)


def test_unreadable_and_empty():
    r = report([search("x", 5), search("y", "a") | {"withheld": "yes"}], Period(2026, 3), KST)
    assert r.unreadable == 2 and r.searches == 0
    assert "찾지 못한 검색이 없습니다" in format_text(r)
