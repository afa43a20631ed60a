"""Every clock the desk console shows (an open call's waiting time, the history's steps and
totals, a message's countdown and how late it is) is said by one function, read at a glance:
minutes:seconds under an hour, words past an hour and past a day ("5 days 16 h" /
"5일 16시간"), never "OVERDUE by 136:00:00", never negative (two PCs' clocks may disagree),
and whole in the rows at every text size the desk offers."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts
from test_console_messages import Notes
from test_console_rows_whole import ELLIPSIS, painted

from kiosk.calls.call import Call
from kiosk.calls.note import Note
from kiosk.directory.model import Text
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow, note_rows, rows
from kiosk.ui.console.durations import duration_text
from kiosk.ui.console.window import DESK_ZOOM
from kiosk.ui.theme import NORMAL

MINUTE, HOUR, DAY, YEAR = 60, 3600, 86400, 365 * 86400
FIELDS = {"purpose": "책 기증", "callback": "", "name": "홍길동", "phone": "010-1234-5678"}


@pytest.mark.parametrize("seconds, en, ko", [
    (0, "00:00", "00:00"),
    (59, "00:59", "00:59"),
    (42 * MINUTE + 10, "42:10", "42:10"),
    (HOUR - 1, "59:59", "59:59"),
    (HOUR, "1 h", "1시간"),
    (3 * HOUR + 12 * MINUTE + 59, "3 h 12 min", "3시간 12분"),
    (DAY - 1, "23 h 59 min", "23시간 59분"),
    (DAY, "1 day", "1일"),
    (DAY + 3 * HOUR, "1 day 3 h", "1일 3시간"),
    (136 * HOUR, "5 days 16 h", "5일 16시간"),
    (400 * DAY + HOUR, "400 days 1 h", "400일 1시간"),
    (-5, "00:00", "00:00"),
    (-3 * DAY, "00:00", "00:00"),
])
def test_a_duration_in_the_words_of_the_desk(seconds, en, ko):
    assert duration_text(seconds, "en") == en
    assert duration_text(seconds, "ko") == ko


@pytest.mark.parametrize("lang, words", [("en", "⚠ OVERDUE by 5 days 16 h"),
                                         ("ko", "⚠ 기한 지남 5일 16시간")])
def test_a_message_late_by_days_says_how_many(lang, words):
    due = 1_800_000_000.0
    note = Note.new("message", "lobby", "ga-admin", FIELDS, due - HOUR, 30 * DAY, due=due)
    assert note_rows.due_text(note, due + 136 * HOUR, lang) == words


@pytest.mark.parametrize("lang, words", [("en", "Waiting 3 h 5 min"), ("ko", "대기 3시간 5분")])
def test_a_long_wait_and_its_history_say_hours(lang, words):
    raised = 1_800_000_000.0
    call = Call.raise_new("lobby", "1F", raised)
    assert rows.waiting_text(call, raised + 3 * HOUR + 5 * MINUTE, lang) == words
    done = (call.advance("acknowledged", raised + 2 * HOUR, "Kim")
            .advance("resolved", raised + DAY + HOUR, "Kim"))
    assert rows.history_total(done, lang).endswith(("1 day 1 h", "1일 1시간"))


# What each shape says, read back as a number of seconds and the unit it counts in.
SHAPES = {
    "en": [(r"(\d{2}):(\d{2})", (MINUTE, 1)), (r"(\d+) h", (HOUR,)),
           (r"(\d+) h (\d+) min", (HOUR, MINUTE)), (r"(\d+) days?", (DAY,)),
           (r"(\d+) days? (\d+) h", (DAY, HOUR))],
    "ko": [(r"(\d{2}):(\d{2})", (MINUTE, 1)), (r"(\d+)시간", (HOUR,)),
           (r"(\d+)시간 (\d+)분", (HOUR, MINUTE)), (r"(\d+)일", (DAY,)),
           (r"(\d+)일 (\d+)시간", (DAY, HOUR))],
}


def read_back(text: str, lang: str) -> tuple[int, int]:
    """(the seconds `text` says, the smallest unit it names); fails on any other shape."""
    for pattern, units in SHAPES[lang]:
        match = re.fullmatch(pattern, text)
        if match:
            return sum(int(g) * u for g, u in zip(match.groups(), units)), units[-1]
    raise AssertionError(f"not a duration the desk reads: {text!r}")


durations = st.one_of(st.floats(min_value=-10 * YEAR, max_value=10 * YEAR),
                      st.integers(min_value=-10 * YEAR, max_value=10 * YEAR),
                      st.floats(allow_nan=True, allow_infinity=True))


@given(durations, st.sampled_from(["en", "ko"]))
def test_any_duration_reads_as_its_true_figure_and_never_negative(seconds, lang):
    text = duration_text(seconds, lang)
    assert "-" not in text
    shown, unit = read_back(text, lang)
    true = int(seconds) if seconds == seconds and abs(seconds) != float("inf") else 0
    true = max(0, true)
    assert shown <= true < shown + unit  # cut down to its smallest unit, never more


@pytest.mark.parametrize("screen", [(1920, 1080), (1280, 1024)], ids=["1920", "1280"])
@pytest.mark.parametrize("text_size", [1, 1.5, 2], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_clock_is_painted_whole_however_long(qtbot, monkeypatch, lang, text_size,
                                                   screen):
    """An urgent open call and a message, as the clock runs on by any amount, on a full HD
    desk screen and on the narrowest the console is made for."""
    clock = FakeClock()
    start = clock()
    fake = FakeConsoleAlerts("desk", "김지원", clock=clock)
    fake.kiosks = {"lobby": True}
    notes = Notes()
    note = Note.new("message", "lobby", "ga-admin", FIELDS, start - 600, 3650 * DAY,
                    due=start + HOUR, recipient=("최준영 · 총무담당", "Choi Junyoung"))
    notes.notes[note.key] = note
    adapter = ConsoleAdapter(fake, notes=notes)
    win = ConsoleWindow(adapter, "김지원", chime=SilentChime(), clock=clock, ticks=clock,
                        language=lang)
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.resize(*screen)
    win.show()
    qtbot.waitExposed(win)
    win.theme.set_look(DESK_ZOOM * text_size, NORMAL)
    fake.receive(Call.raise_new("lobby", "1F", start - 30, "mobility",
                                Text("종합자료실", "General Reading Room")).escalate(start))
    qtbot.waitUntil(lambda: win.open_model.rowCount() == 1, timeout=20000)
    views = (win.calls_view, win.messages.view)

    @settings(max_examples=12, deadline=None)
    @given(st.integers(min_value=-DAY, max_value=3 * YEAR))
    def runs_on(seconds):
        clock.now = start + seconds
        win._tick()
        drawn = painted(monkeypatch, *views)
        assert [t for t in drawn if ELLIPSIS in t] == []
        for view in views:
            for row in range(view.model().rowCount()):
                index = view.model().index(row)
                need = view.itemDelegate().sizeHint(QStyleOptionViewItem(), index).height()
                assert need <= view.visualRect(index).height(), (row, need)

    runs_on()
