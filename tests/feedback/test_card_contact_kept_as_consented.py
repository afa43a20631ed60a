"""A card's name and phone number follow one rule wherever they are kept (calls/keeping.py):
the kiosk's note (the desk's copy) and the records keep them until the answer is due when
that is later than the retention period, and both are gone by the time the consent promised.
Before, the records' copy went at the retention period even when the answer fell due later."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_card_working_days import PHONE, cards, offices

from kiosk.calls.keeping import DAY, MAX_KEEP, consent_days, keep_until, kept_for
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store
from kiosk.feedback.cards import Card, due_time
from kiosk.records.log import Records


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def contacts(notes: KioskNotes, records: Records, note_id: str, kind: str = "feedback",
             field: str = "contact") -> tuple[str, str]:
    """The contact as the desk's copy (the kiosk's note) and the records' copy hold it."""
    [record] = [r for r in records.latest(kind) if r["id"] == note_id]
    return notes.note(note_id).fields[field], record[field]


@settings(max_examples=60, deadline=None)
@given(office=offices(), card=cards, retention_days=st.integers(1, 14),
       consented=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 10, 31)),
       sent_after=st.floats(0, 3600))
def test_the_contact_stays_until_due_and_goes_when_the_consent_said(
        office, card, retention_days, consented, sent_after):
    colour, category = card
    retention = retention_days * DAY
    now = consented.timestamp()
    # what the consent screen says (ui/screens/feedback.py): for a card sent within the hour
    days = consent_days(now, due_time(colour, category, now + 3600, True, office), retention)
    left = Card.make(colour, category, "기다렸어요", phone=PHONE)
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(now + sent_after)
        records = Records(Path(tmp) / "records")
        with Store(Path(tmp) / "kiosk") as store:
            notes = KioskNotes("lobby", NoteBox(store), retention=retention, clock=clock,
                               records=records)
            note = notes.send("feedback", "ga-admin", left.fields(),
                              due_by=lambda at: left.due(at, office))
            assert note.due is not None
            # the desk may call until the answer is due: both copies still hold the contact
            clock.now = max(note.due, note.at + retention) - 1
            notes.purge_expired()
            assert contacts(notes, records, note.id) == (left.contact, left.contact)
            # the consent's "after N days at the latest", counted from the card
            assert note.keep_until <= note.at + days * DAY
            clock.now = note.at + days * DAY
            notes.purge_expired()
            assert contacts(notes, records, note.id) == ("", "")
            assert PHONE.replace("-", "") not in "".join(
                p.read_text(encoding="utf-8") for p in Path(tmp, "records").rglob("*.jsonl"))


def test_a_record_left_without_the_notes_is_kept_by_its_own_due(tmp_path):
    """A card the screen wrote straight to the records (the notes' store could not open) is
    swept by the same rule, from its own "at" and "due"."""
    from kiosk.calls.note_records import NoteRecords

    at = dt.datetime(2026, 12, 23, 10, 0).timestamp()
    due = dt.datetime(2027, 1, 4, 10, 0).timestamp()  # 7 working days over Christmas
    records = Records(tmp_path / "records")
    record = Card.make("yellow", "improvement", phone=PHONE).record("lobby", at)
    records.append("feedback", {**record, "due": due})
    keeper = NoteRecords(records, retention=7 * DAY)
    assert keeper.sweep(at + 7 * DAY) == 0  # the retention period is over, the due is not
    assert keeper.sweep(due - 1) == 0
    assert keeper.sweep(due) == 1
    assert records.latest("feedback")[0]["contact"] == ""


def test_a_due_nobody_can_believe_keeps_nothing_longer_than_the_bound():
    at = 1_800_000_000.0
    for due in (float("nan"), float("inf"), 1e300, True, "soon"):
        assert keep_until(at, due, 7 * DAY) in (at + 7 * DAY, at + MAX_KEEP)
    assert kept_for(at, None, 7 * DAY) == 7 * DAY  # anonymous: the retention period
    assert kept_for(at, at - DAY, 7 * DAY) == 7 * DAY  # a due in the past: the same
    assert consent_days(at, at + 11.2 * DAY, 7 * DAY) == 12
    assert consent_days(at, at + DAY, 7 * DAY) == 7
