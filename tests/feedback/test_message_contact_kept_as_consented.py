"""A message's name and phone number are kept by the rule a card's are (calls/keeping.py):
until the retention period ends, or until the message is due if that is later, and the consent
says so. Before, the consent said the retention period alone (one day, say) while the notes and
the records kept a message left on a Friday evening until Monday's call-back was due."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_card_contact_kept_as_consented import Clock, contacts
from test_card_working_days import offices

from kiosk.calls import note_form
from kiosk.calls.keeping import DAY
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store
from kiosk.records.log import Records

FIELDS = {"purpose": "전화 부탁드립니다", "callback": "", "name": "홍길동", "phone": "010-2345-6789"}


@settings(max_examples=60, deadline=None)
@given(office=offices(), retention_days=st.integers(1, 14),
       consented=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 10, 31)),
       opened_after=st.floats(0, 1800), sent_after=st.floats(0, 1800), pick=st.integers(0, 9))
def test_a_message_contact_goes_when_the_consent_said(office, retention_days, consented,
                                                      opened_after, sent_after, pick):
    now = consented.timestamp()
    days = note_form.consent_days_for_message(now, retention_days, office)  # the consent
    opened = now + opened_after  # the form offers its call-back times as it opens
    choices = note_form.callback_choices(opened, office)
    _text, preferred = choices[pick % len(choices)]
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(opened + sent_after)
        records = Records(Path(tmp) / "records")
        with Store(Path(tmp) / "kiosk") as store:
            notes = KioskNotes("lobby", NoteBox(store), retention=retention_days * DAY,
                               clock=clock, records=records)
            note = notes.send_message("ga-admin", FIELDS, preferred=preferred, office=office)
            assert note.keep_until >= note.due  # the desk may call back until it is due
            assert note.keep_until <= note.at + days * DAY
            clock.now = note.at + days * DAY
            notes.purge_expired()
            assert contacts(notes, records, note.id, "messages", "phone") == ("", "")
