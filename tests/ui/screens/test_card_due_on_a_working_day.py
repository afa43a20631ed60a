"""A card left on Friday afternoon: the answer is due on Monday, a working day of the office
that answers, on the visitor's confirmation, in the note the consoles get and in the records."""
from __future__ import annotations

import datetime as dt

import pytest
from helpers import tap
from test_feedback_cards import cards, open_cards, type_on

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store
from kiosk.records.log import records_of
from kiosk.search.hangul import to_keys
from kiosk.ui.console.note_rows import due_text

FRIDAY_AFTERNOON = dt.datetime(2026, 12, 4, 16, 30)
MONDAY = dt.datetime(2026, 12, 7, 16, 30)  # the demo's offices: Monday to Friday
SAID = {"ko": "12월 7일 월요일까지", "en": "by Monday 7 December"}


@pytest.fixture
def friday_notes(window, cfg):
    with Store(cfg.data_dir) as store:
        box = KioskNotes("lobby", NoteBox(store), records=records_of(cfg.data_dir),
                         clock=FRIDAY_AFTERNOON.timestamp)
        window.ctx.messages.attach(box)
        yield box


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_an_apology_promised_on_friday_is_due_on_monday(qtbot, window, cfg, friday_notes,
                                                        lang):
    window.ctx.session.set_language(lang)
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["unkind"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    type_on(qtbot, page, to_keys("홍길동") if lang == "ko" else "hong")
    tap(qtbot, page.details.fields["phone"])
    type_on(qtbot, page, "010-1234-5678")
    tap(qtbot, page.details.send)
    (note,) = friday_notes.box.all()
    (card,) = cards(cfg)
    assert dt.datetime.fromtimestamp(note.due) == MONDAY == \
        dt.datetime.fromtimestamp(card["due"])  # not Saturday, when nobody calls
    assert SAID[lang] in page.done.text.text()
    friday = FRIDAY_AFTERNOON.timestamp()
    assert due_text(note, friday, "en") == "Apology call by Mon 16:30"
