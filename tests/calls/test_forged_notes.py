"""A made-up note on the kiosk's own topic (written with the kiosk's account: no record of it
in the kiosk's store) is cleared and logged, as a made-up call is, whether the broker hands
it over retained (on subscribing) or live (written while the kiosk listens)."""
from __future__ import annotations

import logging
import time

from alert_support import needs_mosquitto, until
from test_notes import FIELDS, console, dept_broker, forge, kiosk  # noqa: F401 (a fixture)

from kiosk.calls import note_protocol as np
from kiosk.calls.note import Note

pytestmark = needs_mosquitto
WORDS = "a note this kiosk has no record of"


def test_a_made_up_note_is_cleared_and_logged(dept_broker, store, started, caplog):
    caplog.set_level(logging.WARNING)
    _, kiosk_notes, _ = kiosk(dept_broker, store, started)
    _, desk, desk_changes = console(dept_broker, "desk-all", started)
    phantom = Note.new("message", "lobby", "dept-a", FIELDS, time.time(), 3600)
    forge(dept_broker, "lobby", np.note_topic("lobby", "dept-a", phantom.id),
          np.note_payload(phantom))  # live: the kiosk is subscribed
    until(lambda: WORDS in caplog.text, timeout=20, what="the kiosk logged it")
    assert phantom.id in caplog.text
    # Cleared: the desk that showed it forgets it.
    desk_changes.until(lambda: phantom.key not in desk._seen, timeout=20,
                       what="the desk forgot it")
    assert kiosk_notes.note(phantom.id) is None
