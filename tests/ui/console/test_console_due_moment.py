"""The console's due time: a countdown only while it is near (at most COUNTDOWN_WITHIN), the
moment itself further off ("Due by Mon 10:00" / "월요일 10:00까지", with the date a week or more
ahead), and overdue counting in words as before; messages and cards, in both languages."""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk.calls.note import Note
from kiosk.ui.console import note_rows
from kiosk.ui.console.note_rows import COUNTDOWN_WITHIN, due_text

DAY = 86400.0
SATURDAY_EVENING = dt.datetime(2026, 12, 5, 20, 17, 27)
MONDAY_10 = dt.datetime(2026, 12, 7, 10, 0)


def ts(moment: dt.datetime) -> float:
    return moment.timestamp()


def message(due: float, at: float) -> Note:
    fields = {"purpose": "책 기증", "callback": "", "name": "홍길동", "phone": "010-1234-5678"}
    return Note.new("message", "lobby", "ga-admin", fields, at, 7 * DAY, due=due)


def card(category: str, due: float, at: float) -> Note:
    fields = {"colour": "yellow", "category": category, "text": "의자", "contact": "01012345678",
              "name": ""}
    return Note.new("feedback", "lobby", "ga-admin", fields, at, 30 * DAY, due=due)


def test_a_message_due_after_the_weekend_says_when_not_how_long():
    now = ts(SATURDAY_EVENING)
    note = message(ts(MONDAY_10), now - 60)
    assert due_text(note, now, "en") == "Due by Mon 10:00"
    assert due_text(note, now, "ko") == "월요일 10:00까지"
    for lang in ("en", "ko"):
        assert "37:42:33" not in due_text(note, now, lang)


@pytest.mark.parametrize("lang, near, far", [
    ("en", "Due 22:17 · 2 h left", "Due by 22:17"),
    ("ko", "22:17까지 · 2시간 남음", "22:17까지"),
])
def test_the_countdown_starts_at_the_threshold(lang, near, far):
    now = ts(SATURDAY_EVENING)
    at_threshold = message(now + COUNTDOWN_WITHIN, now - 60)
    assert due_text(at_threshold, now, lang) == near
    just_past = message(now + COUNTDOWN_WITHIN + 1, now - 60)
    assert due_text(just_past, now, lang) == far


@pytest.mark.parametrize("lang, words", [("en", "⚠ OVERDUE by 1 day 13 h"),
                                         ("ko", "⚠ 기한 지남 1일 13시간")])
def test_overdue_keeps_counting(lang, words):
    due = ts(SATURDAY_EVENING)
    late = ts(MONDAY_10)
    assert due_text(message(due, due - 3600), late, lang) == words


def test_cards_say_their_promise_and_the_moment():
    now = ts(SATURDAY_EVENING)
    far = card("improvement", ts(dt.datetime(2026, 12, 15, 10, 0)), now - 60)
    assert due_text(far, now, "en") == "Tell the result by Tue 15 Dec 10:00"
    assert due_text(far, now, "ko") == "결과 안내 12월 15일 화요일 10:00까지"
    soon = card("unkind", now + 600, now - DAY)
    assert due_text(soon, now, "en") == "Apology call by 20:27 · 10:00 left"
    assert due_text(soon, now, "ko") == "사과 전화 20:27까지 · 10:00 남음"
    monday = card("unkind", ts(MONDAY_10), now - 60)
    assert due_text(monday, now, "en") == "Apology call by Mon 10:00"
    assert note_rows.describe(monday, now, "ko").startswith("사과 전화 월요일 10:00까지, ")
