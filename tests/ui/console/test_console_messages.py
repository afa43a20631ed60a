"""The console's messages: soonest due first, a countdown, OVERDUE in words with one chime when
the due time passes (an injected clock), and Called back for the selected message only while
connected."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts

from kiosk.calls.note import Note
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

FIELDS = {"purpose": "대출·반납 문의", "callback": "asap", "name": "홍길동",
          "phone": "010-2345-6789"}


class Notes:
    """ConsoleNotes' API, in memory."""

    def __init__(self):
        self.notes, self.done = {}, []

    def forget_expired(self):
        return False

    def called_back(self, key):
        self.done.append(key)


@pytest.fixture
def setup(qtbot):
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk", "Kim", clock=clock)
    notes = Notes()
    for minutes_ago in (10, 50):
        at = clock() - minutes_ago * 60
        note = Note.new("message", "lobby", "ga-admin", FIELDS, at, 7 * 86400, staff="s04",
                        due=at + 3600, recipient=("최준영 · 총무담당", "Choi Junyoung"))
        notes.notes[note.key] = note
    win, chime = console_window(qtbot, fake, notes, clock)
    return win, clock, fake, notes, chime


def console_window(qtbot, fake, notes, clock):
    """A console window (in English) over `fake` alerts and `notes`; (window, its chime)."""
    adapter = ConsoleAdapter(fake, notes=notes)
    chime = SilentChime()
    win = ConsoleWindow(adapter, "Kim", chime=chime, clock=clock, ticks=clock, language="en")
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    return win, chime


def row(win, n):
    model = win.messages.model
    return model.data(model.index(n), Qt.AccessibleTextRole)


def test_messages_count_down_then_stand_out_when_overdue(setup):
    win, clock, _fake, _notes, chime = setup
    assert win.messages.model.rowCount() == 2
    assert row(win, 0).startswith("Due ") and "10:00 left" in row(win, 0)
    assert "Choi Junyoung" in row(win, 0) and "010-2345-6789" in row(win, 0)
    chimes = chime.played
    clock.advance(10 * 60 + 1)
    win._tick()
    assert row(win, 0).startswith("⚠ OVERDUE by 00:01")
    assert not row(win, 1).startswith("⚠")
    assert chime.played == chimes + 1
    win._tick()
    assert chime.played == chimes + 1  # once for each message that becomes overdue


def test_called_back_acts_on_the_selected_message_while_connected(qtbot, setup):
    win, _clock, fake, notes, _chime = setup
    first = win.messages.model.notes[0].key
    assert win.messages.selected_key == first  # the soonest due, ready for one click
    qtbot.mouseClick(win.messages.called_back, Qt.LeftButton)
    assert notes.done == [first]
    fake.update(connected=False)
    qtbot.waitUntil(lambda: not win.messages.called_back.isEnabled())
