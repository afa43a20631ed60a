"""The console says a moment against its own clock, by the local calendar: a time alone only
for the same day, "yesterday 22:26" / "어제 22:26" for the day before, the date for anything
older. At 02:26 the console's history said "Calls closed since 22:26 today" of a console
started at 22:26 the day before, and a call raised before midnight and closed after it was
listed under today's time. Seoul's time (no daylight saving) on a fixed clock; no waiting."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt

from kiosk.calls.note import Note
from kiosk.directory.accessibility import Profile
from kiosk.ui.console import note_rows, status_words
from kiosk.ui.console.moments import moment_text
from kiosk.ui.screenshots.console import PLACES, desk_theme, desk_window
from kiosk.ui.screenshots.messages import _messages, away_person

KST = dt.timezone(dt.timedelta(hours=9))


def at(day: int, hour: int, minute: int, second: int = 0) -> float:
    """December 2026 in Seoul, in seconds since the epoch (7 December is a Monday)."""
    return dt.datetime(2026, 12, day, hour, minute, second, tzinfo=KST).timestamp()


@pytest.fixture
def seoul(monkeypatch):
    monkeypatch.setenv("TZ", "KST-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("then, now, ko, en", [
    (at(7, 14, 5), at(7, 18, 0), "14:05", "14:05"),
    (at(6, 22, 26), at(7, 2, 26), "어제 22:26", "yesterday 22:26"),
    (at(6, 23, 59, 59), at(7, 0, 0, 0), "어제 23:59", "yesterday 23:59"),  # midnight itself
    (at(7, 0, 0, 0), at(7, 0, 0, 0), "00:00", "00:00"),
    (at(7, 0, 0, 0), at(7, 23, 59, 59), "00:00", "00:00"),
    (at(5, 22, 26), at(7, 2, 26), "12월 5일 토요일 22:26", "Sat 5 Dec 22:26"),
    (at(8, 10, 0), at(7, 2, 26), "화요일 10:00", "Tue 10:00"),  # due ahead, as before
])
def test_a_moment_is_said_by_its_day(seoul, then, now, ko, en):
    assert moment_text(then, now, "ko") == ko
    assert moment_text(then, now, "en") == en


@pytest.mark.parametrize("lang, since, whole", [
    ("en", "Calls closed since 14:05 today", "Today's closed calls"),
    ("ko", "오늘 14:05 이후 끝난 호출", "오늘 끝난 호출"),
])
def test_the_history_says_since_when_only_on_the_day_it_started(seoul, lang, since, whole):
    assert status_words.history(at(7, 14, 5), at(7, 18, 0), lang)[0] == since
    assert status_words.history(at(6, 22, 26), at(7, 2, 26), lang)[0] == whole
    assert status_words.history(at(6, 23, 59, 59), at(7, 0, 0, 0), lang)[0] == whole


@pytest.mark.parametrize("lang, left", [("en", "Left at 1F lobby, yesterday 23:50"),
                                        ("ko", "1층 로비 · 어제 23:50에 남김")])
def test_a_card_left_before_midnight_says_yesterday(seoul, lang, left):
    fields = {"colour": "yellow", "category": "facilities", "text": "의자", "contact": "",
              "name": ""}
    card = Note.new("feedback", "lobby", "ga-admin", fields, at(6, 23, 50), 30 * 86400.0)
    assert note_rows.callback(card, at(7, 0, 10), lang, PLACES) == left


@pytest.mark.parametrize("lang, heading, raised", [("en", "Today's closed calls",
                                                    "Yesterday 22:30"),
                                                   ("ko", "오늘 끝난 호출", "어제 22:30")])
def test_the_console_after_midnight(seoul, qtbot, demo, lang, heading, raised):
    """The tour's console at 00:30: started at 20:30 the day before, the history's call raised
    at 22:30 and resolved at 00:20. The window's first reading of the clock was the start's,
    the next one (a change heard, before any tick) is after midnight."""
    win = desk_window(demo, _messages(demo, away_person(demo)), lang,
                      desk_theme(Profile()), (1920, 1080), now=at(7, 0, 30))
    qtbot.addWidget(win)
    win.tick.stop()
    assert win.today_heading.text() == heading
    model = win.history_model
    assert model.rowCount() == 1
    words = model.data(model.index(0, 0), Qt.AccessibleTextRole)
    assert words.startswith(raised + ", "), words
