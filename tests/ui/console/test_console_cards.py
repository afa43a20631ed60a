"""Feedback cards in the console's messages list: the colour in words (and a stripe), the
card's words, the contact when given, the charter's clock (apology within 1 day, the result of
an improvement within 7, an answer within 3), "cannot be answered" without a contact, and
"Answered" (or "Read") on the selected card; in Korean and English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_console import FakeClock, FakeConsoleAlerts
from test_console_messages import FIELDS, Notes, console_window

from kiosk.calls.note import Note
from kiosk.ui.console import note_rows
from kiosk.ui.console.note_list import STRIPES

DAY = 86400.0


def card(clock, colour, category, text, contact="", name="", due_after=None, ago=60.0):
    at = clock() - ago
    fields = {"colour": colour, "category": category, "text": text, "contact": contact,
              "name": name}
    return Note.new("feedback", "lobby", "ga-admin", fields, at, 7 * DAY,
                    due=None if due_after is None else at + due_after,
                    recipient=("총무담당", "General Affairs"))


@pytest.fixture
def setup(qtbot):
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk", "Kim", clock=clock)
    notes = Notes()
    made = {
        "unkind": card(clock, "yellow", "unkind", "너무 오래 기다렸어요", "01012345678", "홍길동",
                       DAY),
        "improvement": card(clock, "yellow", "improvement", "의자가 더 있으면", "01099998888",
                            "", 7 * DAY),
        "green": card(clock, "green", "praise", "친절했어요", "01055556666", "", 3 * DAY),
        "anonymous": card(clock, "yellow", "facilities", "화장실이 멀어요"),
    }
    at = clock() - 600
    message = Note.new("message", "lobby", "ga-admin", FIELDS, at, 7 * DAY, due=at + 3600,
                       recipient=("최준영", "Choi Junyoung"))
    for note in (*made.values(), message):
        notes.notes[note.key] = note
    win, _chime = console_window(qtbot, fake, notes, clock)
    return win, clock, notes, made, message


def text_of(win, note):
    model = win.messages.model
    return model.data(model.index(model.row_of(note.key)), Qt.AccessibleTextRole)


def test_cards_say_their_colour_words_contact_and_clock(setup):
    win, _clock, _notes, made, message = setup
    order = [n.id for n in win.messages.model.notes]
    # The message (due within the hour) first, then the cards by their clocks; none last.
    assert order == [message.id, made["unkind"].id, made["green"].id,
                     made["improvement"].id, made["anonymous"].id]
    unkind = text_of(win, made["unkind"])
    # a day ahead: the moment, not a countdown of hours (tests/ui/console/test_console_due_moment.py)
    assert unkind.startswith("Apology call by ") and "left" not in unkind.split(",")[0]
    assert "Yellow card: unkind service · General Affairs" in unkind
    assert "너무 오래 기다렸어요" in unkind and "홍길동 · 010-1234-5678" in unkind
    assert text_of(win, made["improvement"]).startswith("Tell the result by ")
    green = text_of(win, made["green"])
    assert green.startswith("Answer by ") and "Green card: praise" in green
    anonymous = text_of(win, made["anonymous"])
    assert anonymous.startswith("No contact: cannot be answered")
    assert "Yellow card: facilities" in anonymous and "left" not in anonymous.split(",")[0]
    assert win.messages.heading.text() == "Messages and cards: 5"


def test_korean_rows_name_the_card_in_words(setup):
    win, clock, _notes, made, _message = setup
    win.set_language("ko")
    assert win.messages.heading.text() == "메시지·카드 5건"
    win.messages.select(made["green"].key)
    assert win.messages.called_back.text() == "답변 완료"
    ko = note_rows.describe(made["unkind"], clock(), "ko")
    assert ko.startswith("사과 전화 ") and "불편·제안 카드: 불친절" in ko and "까지" in ko
    assert note_rows.describe(made["green"], clock(), "ko").count("칭찬 카드") == 1
    assert note_rows.describe(made["anonymous"], clock(), "ko").startswith(
        "연락처 없음: 답변할 수 없는 카드")


def test_an_overdue_card_says_so_in_words(setup):
    win, clock, _notes, made, _message = setup
    clock.advance(DAY + 1)
    win._tick()
    assert text_of(win, made["unkind"]).startswith("⚠ Apology call OVERDUE by 01:01,")
    assert not text_of(win, made["anonymous"]).startswith("⚠")


def test_answered_and_read_act_on_the_selected_card(qtbot, setup):
    win, _clock, notes, made, message = setup
    panel = win.messages
    assert panel.called_back.text() == "Called back"  # the message is selected first
    panel.select(made["unkind"].key)
    assert panel.called_back.text() == "Answered"
    assert "'Answered'" in panel.hint.text()
    qtbot.mouseClick(panel.called_back, Qt.LeftButton)
    panel.select(made["anonymous"].key)
    assert panel.called_back.text() == "Read"
    qtbot.mouseClick(panel.called_back, Qt.LeftButton)
    assert notes.done == [made["unkind"].key, made["anonymous"].key]


def test_a_card_of_unknown_colour_or_category_is_shown_as_yellow_other(setup):
    _win, clock, _notes, _made, _message = setup
    odd = card(clock, "purple", "\x00drop table", "", "0101234567", "", DAY)
    assert note_rows.colour(odd) == "yellow" and note_rows.category(odd) == "other"
    assert STRIPES[note_rows.colour(odd)] == "highlight"
    words = note_rows.describe(odd, clock(), "en")
    assert "Yellow card: other" in words and "(no words)" in words


@pytest.mark.parametrize("digits, shown", [("01012345678", "010-1234-5678"),
                                           ("0236770000", "02-3677-0000"),
                                           ("0311234567", "031-123-4567"),
                                           ("123", "123"), ("０１０１２３４５６７８", "０１０１２３４５６７８")])
def test_a_contact_is_shown_as_it_is_dialled(digits, shown):
    assert note_rows.readable_phone(digits) == shown
