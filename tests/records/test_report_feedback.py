"""Feedback cards: apology within 1 day, answer within 3 days, improvement within 7 days;
anonymous cards are counted, not measured."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

from kiosk.records import report_promises
from kiosk.records.period import Period
from kiosk.records.report_feedback import report

KST = timezone(timedelta(hours=9))
DAY = 86400.0


def at(*when: int) -> float:
    return datetime(*when, tzinfo=KST).timestamp()


def card(cid: str, made: float, category: str, days: float | None,
         answered_after: float | None = None) -> dict:
    return {"id": cid, "at": made, "kiosk": "lobby",
            "colour": "green" if category == "praise" else "yellow", "category": category,
            "staff": None, "text": "", "contact": "" if days is None else "010-0000-0000",
            "name": "", "due": None if days is None else made + days * DAY,
            "answered_at": None if answered_after is None else made + answered_after,
            "answered_by": "desk", "purged_at": None}


T = at(2026, 6, 1, 10)
NOW = at(2026, 6, 9, 10)
CARDS = [
    card("unkind-ok", T, "unkind", 1, answered_after=DAY),  # exactly 1 day: met
    card("unkind-late", T, "unkind", 1, answered_after=DAY + 1),
    card("facilities", T, "facilities", 3, answered_after=2 * DAY),
    card("praise", T, "praise", 3),  # green with a contact, never answered: missed
    card("improve-late", T, "improvement", 7, answered_after=8 * DAY),
    card("improve-young", NOW - DAY, "improvement", 7),  # due later: not counted
    card("anonymous", T, "unkind", None),  # counted, not measured
    card("anonymous-green", T, "praise", None),
]


def test_each_promise():
    r = report(CARDS, Period(2026, 6), tz=KST, now=NOW)
    apology, answer, improvement = (r.promises[p] for p in ("apology", "answer", "improvement"))
    assert (apology.records, apology.share.met, apology.share.missed) == (2, 1, 1)
    assert (answer.records, answer.share.met, answer.share.missed) == (2, 1, 1)
    assert (improvement.records, improvement.share.met, improvement.share.missed) == (2, 0, 1)
    assert improvement.open == 1 and improvement.share.counted == 1
    assert r.counts == {"cards": 8, "green": 2, "yellow": 6, "anonymous": 2}


def test_only_anonymous_cards_measure_nothing():
    r = report([c for c in CARDS if c["due"] is None], Period(2026, 6), tz=KST, now=NOW)
    assert all(k.records == 0 and k.share.value is None for k in r.promises.values())
    text = report_promises.format_text(r, "en")
    assert "anonymous 2" in text and "— (0/0)" in text and "100%" not in text


def test_a_card_of_no_known_colour_is_unreadable():
    r = report(CARDS + [card("x", T, "other", 3) | {"colour": "red"}], Period(2026, 6), KST, NOW)
    assert r.unreadable == 1 and r.counts["cards"] == 8


def test_csv_and_text():
    r = report(CARDS, Period(2026, 6), tz=KST, now=NOW)
    rows = list(csv.DictReader(io.StringIO(report_promises.format_csv(r))))
    assert [x["promise"] for x in rows if x["scope"] == "period"] == [
        "apology", "answer", "improvement"]
    apology = rows[0]
    assert (apology["met"], apology["counted"], apology["share"]) == ("1", "2", "0.5")
    assert {x["key"]: x["records"] for x in rows if x["scope"] == "count"} == {
        "cards": "8", "green": "2", "yellow": "6", "anonymous": "2"}
    ko = report_promises.format_text(r)
    assert "1일 안에 사과 전화" in ko and "익명 2" in ko
