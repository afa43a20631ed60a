"""A called-back note leaves no name or phone in the broker: not in its database, and not in
the queue of a console that was away when the note was left (a persistent session), which
would otherwise be handed the whole note on reconnecting."""
from __future__ import annotations

from alert_support import Changes, needs_mosquitto, settings_for, until
from test_notes import FIELDS, console, dept_broker, kiosk, retained  # noqa: F401 (a fixture)

from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.note_console import ConsoleNotes

pytestmark = needs_mosquitto
SECRETS = (FIELDS["phone"].encode(), FIELDS["name"].encode("utf-8"))


def broker_db(broker) -> bytes:
    """The broker's saved database, after a stop (Mosquitto saves it as it exits)."""
    return b"".join(p.read_bytes() for p in broker.state_dir.glob("mosquitto.db*"))


def test_a_called_back_note_is_kept_nowhere_in_the_broker(dept_broker, store, started):
    # desk-a was online once (its session and subscription persist) and is now switched off.
    away = ConsoleAlerts("desk-a", "A", settings_for(dept_broker, "desk-a"))
    ConsoleNotes(away)
    away.start()
    until(lambda: away.listening, what="desk-a subscribed")
    away.stop()
    _, kiosk_notes, changes = kiosk(dept_broker, store, started)
    _, desk_all, _ = console(dept_broker, "desk-all", started)
    note = kiosk_notes.send("message", "dept-a", FIELDS)
    until(lambda: note.key in desk_all.notes, what="desk-all has the note")
    desk_all.called_back(note.key)
    changes.until(lambda: kiosk_notes.note(note.id).done, what="the kiosk recorded it")
    until(lambda: not retained(dept_broker, "desk-all"), what="the kiosk cleared it")
    dept_broker.stop()
    saved = broker_db(dept_broker)
    assert saved and not [s for s in SECRETS if s in saved]

    # desk-a comes back: it is not handed the note it missed, only what is current.
    assert dept_broker.start(), dept_broker.problem
    heard: list[bytes] = []
    desk_a = ConsoleAlerts("desk-a", "A", settings_for(dept_broker, "desk-a"),
                           on_change=Changes())
    notes_a = ConsoleNotes(desk_a)
    read = notes_a.message
    notes_a.message = lambda msg: (heard.append(msg.payload), read(msg))
    started(desk_a)
    later = kiosk_notes.send("message", "dept-a", FIELDS | {"phone": "010-1111-2222"})
    until(lambda: later.key in notes_a.notes, timeout=20, what="desk-a got the next note")
    assert note.key not in notes_a.notes
    assert not [p for p in heard if FIELDS["phone"].encode() in p]
