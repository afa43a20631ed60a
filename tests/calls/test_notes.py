"""Messages for absent staff through a real Mosquitto: each console reads only its departments'
notes, every account speaks only as itself, receipts and "called back" reach the kiosk's
record, and the personal data is destroyed on callback or when the retention period ends."""
from __future__ import annotations

import time
from dataclasses import replace

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, free_port, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import note_protocol as np
from kiosk.calls.broker import ManagedBroker
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note import Note
from kiosk.calls.note_box import RECEIVED, STORED, WAITING, KioskNotes, NoteBox
from kiosk.calls.note_console import ConsoleNotes
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto
FIELDS = {"purpose": "대출 문의", "callback": "asap", "name": "홍길동", "phone": "010-2345-6789"}
DEPARTMENTS = {"desk-a": ["dept-a"], "desk-b": ["dept-b"]}


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def dept_broker(alert_dir):
    b = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1", kiosks=("lobby", "lobby-2"),
                      consoles=("desk-a", "desk-b", "desk-all"), departments=DEPARTMENTS)
    assert b.start(), b.problem
    yield b
    b.stop()


def kiosk(broker, store, started, clock=None, serves=None):
    changes = Changes()
    alerts = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store))
    notes = KioskNotes("lobby", NoteBox(store), clock=clock or time.time, on_change=changes,
                       serves=serves or (lambda c, d: True))
    notes.attach(alerts)
    started(alerts)
    until(lambda: alerts.listening, what="the kiosk connected")
    return alerts, notes, changes


def console(broker, ident, started, clock=None):
    changes = Changes()
    alerts = ConsoleAlerts(ident, ident.upper(), settings_for(broker, ident), on_change=changes)
    notes = ConsoleNotes(alerts, clock=clock)
    started(alerts)
    until(lambda: alerts.listening, what=f"{ident} connected")
    return alerts, notes, changes


def test_a_console_reads_only_its_departments_notes(dept_broker, store, started):
    desk_a, notes_a, _ = console(dept_broker, "desk-a", started)
    desk_b, notes_b, _ = console(dept_broker, "desk-b", started)
    _, notes_all, _ = console(dept_broker, "desk-all", started)
    _, kiosk_notes, changes = kiosk(dept_broker, store, started)
    for_a = kiosk_notes.send("message", "dept-a", FIELDS)
    for_b = kiosk_notes.send("message", "dept-b", FIELDS)
    until(lambda: set(notes_all.notes) == {for_a.key, for_b.key}, what="desk-all got both")
    until(lambda: set(notes_a.notes) == {for_a.key}, what="desk-a got its own")
    until(lambda: set(notes_b.notes) == {for_b.key}, what="desk-b got its own")
    assert for_b.key not in notes_a.notes and for_a.key not in notes_b.notes
    # Every note was received: the kiosk recorded the first console's receipt.
    changes.until(lambda: kiosk_notes.delivery(for_a.id) == RECEIVED, what="receipt of A")
    assert kiosk_notes.note(for_a.id).received_by in ("desk-a", "desk-all")


def test_called_back_records_who_and_when_and_destroys_the_personal_data(
        dept_broker, store, started, alert_dir):
    clock = Clock()
    _, kiosk_notes, changes = kiosk(dept_broker, store, started, clock)
    desk, desk_notes, desk_changes = console(dept_broker, "desk-a", started)
    note = kiosk_notes.send("message", "dept-a", FIELDS, staff="s04", due=clock.now + 3600)
    desk_changes.until(lambda: note.key in desk_notes.notes, what="the console has it")
    assert desk_notes.notes[note.key].fields["phone"] == "010-2345-6789"
    clock.now += 600
    desk_notes.called_back(note.key)
    done = changes.until(lambda: (n := kiosk_notes.note(note.id)) and n.done and n,
                         what="the kiosk recorded the callback")
    assert (done.done_by, done.done_at) == ("desk-a", clock.now)
    assert done.fields["name"] == "" and done.fields["phone"] == ""
    assert done.fields["purpose"] == "대출 문의" and done.purged_at == clock.now
    record = done.to_record()
    assert record["called_back_by"] == "desk-a" and record["staff"] == "s04"
    desk_changes.until(lambda: note.key not in desk_notes._seen, what="the console forgot it")


def test_a_cards_clock_starts_at_the_notes_own_time(store):
    clock = Clock()
    notes = KioskNotes("lobby", NoteBox(store), clock=clock)
    fields = {"colour": "yellow", "category": "unkind", "text": "", "contact": "0101234567",
              "name": ""}
    card = notes.send("feedback", "dept-a", fields, due_by=lambda at: at + 86400.0)
    assert card.due == card.at + 86400.0 == clock.now + 86400.0
    anonymous = notes.send("feedback", "dept-a", {**fields, "contact": ""})
    assert anonymous.due is None and notes.delivery(anonymous.id) == STORED


def test_no_console_online_means_stored_not_received(dept_broker, store, started):
    _, kiosk_notes, _ = kiosk(dept_broker, store, started)
    note = kiosk_notes.send("message", "dept-a", FIELDS)
    assert kiosk_notes.delivery(note.id) == STORED
    _, desk_notes, _ = console(dept_broker, "desk-a", started)
    until(lambda: kiosk_notes.delivery(note.id) == RECEIVED, what="the late console's receipt")
    assert note.key in desk_notes.notes


def serves_by_departments(console_id: str, department: str) -> bool:
    """broker.console_departments as the kiosk reads it: a console not named reads all."""
    return console_id not in DEPARTMENTS or department in DEPARTMENTS[console_id]


def test_waiting_means_a_console_of_the_notes_department_is_online(dept_broker, store,
                                                                   started):
    """A console of another department never gets the note: with only such a console online
    the kiosk must not say the desk is about to confirm it."""
    alerts, kiosk_notes, changes = kiosk(dept_broker, store, started,
                                         serves=serves_by_departments)
    other, _, _ = console(dept_broker, "desk-b", started)  # reads dept-b only
    changes.until(lambda: alerts.online_consoles == {"desk-b"}, what="desk-b online")
    note = kiosk_notes.send("message", "dept-a", FIELDS)
    assert kiosk_notes.delivery(note.id) == STORED
    assert kiosk_notes.readers_online("dept-b") and not kiosk_notes.readers_online("dept-a")
    # A console of dept-a comes online, its calls link only (no notes read yet): waiting.
    own = ConsoleAlerts("desk-a", "A", settings_for(dept_broker, "desk-a"))
    started(own)
    changes.until(lambda: kiosk_notes.delivery(note.id) == WAITING, what="dept-a's console")
    own.stop()  # its goodbye: no console of dept-a online any more
    changes.until(lambda: kiosk_notes.delivery(note.id) == STORED, what="back to stored")
    # A console that reads every department counts for any department.
    console(dept_broker, "desk-all", started)
    changes.until(lambda: kiosk_notes.delivery(note.id) == RECEIVED, what="desk-all's receipt")


def test_retention_purges_the_kiosk_the_console_and_the_broker(dept_broker, store, started):
    clock = Clock()
    _, kiosk_notes, _ = kiosk(dept_broker, store, started, clock)
    _, desk_notes, _ = console(dept_broker, "desk-a", started, clock)
    note = kiosk_notes.send("message", "dept-a", FIELDS)
    until(lambda: note.key in desk_notes.notes, what="the console has it")
    clock.now += 7 * 86400 - 1
    assert kiosk_notes.purge_expired() == 0 and note.key in desk_notes.notes
    clock.now += 1
    assert note.key not in desk_notes.notes  # the console's own clock, whatever the kiosk does
    assert kiosk_notes.purge_expired() == 1
    kept = kiosk_notes.note(note.id)
    assert kept.fields["phone"] == "" and kept.fields["name"] == "" and not kept.done
    until(lambda: not retained(dept_broker, "desk-all"), what="the broker forgot it")


def retained(broker, account: str) -> list[bytes]:
    """The retained notes a fresh session of `account` gets."""
    got = []
    user, password = broker.credentials(account)
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=account, clean_session=True)
    client.username_pw_set(user, password)
    client.on_message = lambda c, u, m: got.append(m.payload)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    try:
        client.subscribe(np.NOTES_ALL, 1)
        time.sleep(0.3)  # a fresh subscription's retained messages arrive at once
    finally:
        client.disconnect()
        client.loop_stop()
    return [p for p in got if p]


def test_a_console_of_another_department_cannot_call_back(dept_broker, store, started):
    _, kiosk_notes, _ = kiosk(dept_broker, store, started,
                              serves=lambda c, d: d in DEPARTMENTS.get(c, [d]))
    _, notes_a, _ = console(dept_broker, "desk-a", started)
    desk_b, _, _ = console(dept_broker, "desk-b", started)
    note = kiosk_notes.send("message", "dept-a", FIELDS)
    until(lambda: note.key in notes_a.notes, what="desk-a has it")
    desk_b.publish(np.answer_topic("lobby", "desk-b", note.id),
                   np.answer_payload(note, np.DONE, "desk-b", "B", time.time()))
    time.sleep(0.3)
    assert kiosk_notes.note(note.id).open


def forge(broker, account: str, topic: str, payload: bytes) -> None:
    user, password = broker.credentials(account)
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=account + "-forger")
    client.username_pw_set(user, password)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    try:
        client.publish(topic, payload, qos=1, retain=True).wait_for_publish(2)
    finally:
        client.disconnect()
        client.loop_stop()


def test_a_kiosk_cannot_write_as_another_kiosk_nor_answer_as_a_console(
        dept_broker, store, started):
    _, kiosk_notes, _ = kiosk(dept_broker, store, started)
    _, notes_all, _ = console(dept_broker, "desk-all", started)
    real = kiosk_notes.send("message", "dept-a", FIELDS)
    until(lambda: real.key in notes_all.notes, what="the real note")
    phantom = Note.new("message", "lobby", "dept-a", FIELDS, time.time(), 3600)
    # lobby-2 writes a note under lobby's name, and a "called back" as desk-a
    forge(dept_broker, "lobby-2", np.note_topic("lobby", "dept-a", phantom.id),
          np.note_payload(phantom))
    forge(dept_broker, "lobby-2", np.answer_topic("lobby", "desk-a", real.id),
          np.answer_payload(real, np.DONE, "desk-a", "A", time.time()))
    # a console writes a note as a kiosk
    forge(dept_broker, "desk-a", np.note_topic("lobby", "dept-a", phantom.id),
          np.note_payload(phantom))
    time.sleep(0.3)
    assert phantom.key not in notes_all.notes
    assert kiosk_notes.note(real.id).open and kiosk_notes.delivery(real.id) in (RECEIVED, WAITING)


def test_the_acl_names_each_console_s_departments_and_refuses_odd_ones(alert_dir):
    from kiosk.calls import accounts as acc

    text = acc.acl_text({"lobby": "kiosk", "desk-a": "console", "desk-all": "console"},
                        {"desk-a": ["dept-a", "dept-b"]})
    desk_a = text.split("user desk-a\n")[1].split("\n\n")[0].splitlines()
    assert "topic read library-kiosk/v1/notes/+/dept-a/+" in desk_a
    assert "topic read library-kiosk/v1/notes/+/dept-b/+" in desk_a
    assert not any("notes/+/+/+" in line for line in desk_a)
    assert "topic read library-kiosk/v1/notes/+/+/+" in text.split("user desk-all\n")[1]
    with pytest.raises(acc.AccountError):  # a department id that is not one topic level
        acc.acl_text({"lobby": "kiosk", "desk": "console"}, {"desk": ["a/#"]})
    with pytest.raises(acc.AccountError):  # departments for an account that is no console
        ManagedBroker(alert_dir, kiosks=("lobby",), consoles=("desk",),
                      departments={"lobby": ["a"]})


def test_a_note_from_the_wire_is_checked():
    from kiosk.calls.note import NoteError

    note = Note.new("message", "lobby", "dept-a", FIELDS, 1000.0, 3600)
    assert Note.from_wire(note.to_wire()) == note
    for broken in ({"kind": "poem"}, {"at": float("nan")}, {"due": "soon"},
                   {"fields": {"password": "x"}}, {"fields": {"name": "x" * 501}},
                   {"for": ["a"]}, {"keep_until": -1}):
        with pytest.raises(NoteError):
            Note.from_wire({**note.to_wire(), **broken})
    purged = note.purge(2000.0)
    assert purged.fields == {**FIELDS, "name": "", "phone": ""} and purged.purged_at == 2000.0


def test_the_records_lose_the_personal_data_on_purge_and_by_the_sweep(tmp_path):
    from kiosk.calls.note_records import NoteRecords
    from kiosk.records.log import Records

    records = Records(tmp_path / "records")
    keeper = NoteRecords(records, retention=7 * 86400)
    done = Note.new("message", "lobby", "dept-a", FIELDS, 1_800_000_000.0, 7 * 86400)
    keeper.keep(done)
    keeper.keep(done.receive("desk", done.at + 5))
    keeper.purge(done.finish("desk", done.at + 600))
    month = tmp_path / "records" / "messages" / f"{records.month_of(done.at)}.jsonl"
    text = month.read_text(encoding="utf-8")
    assert "010-2345-6789" not in text and "홍길동" not in text
    assert len(text.splitlines()) == 1 and '"called_back_by":"desk"' in text.replace(" ", "")
    # A line an older kiosk (or a failed rewrite) left: emptied once its retention is over.
    left = Note.new("message", "lobby", "dept-a", FIELDS, done.at + 60, 7 * 86400)
    records.append("messages", left.to_record())
    assert keeper.sweep(left.at + 7 * 86400 - 1) == 0
    assert "010-2345-6789" in month.read_text(encoding="utf-8")
    assert keeper.sweep(left.at + 7 * 86400) == 1
    assert "010-2345-6789" not in month.read_text(encoding="utf-8")
    [_, swept] = records.latest("messages")
    assert swept["purged_at"] == left.at + 7 * 86400 and swept["purpose"] == "대출 문의"


def test_another_kiosk_can_neither_replace_nor_clear_a_note(dept_broker, store, started):
    """A note is its kiosk and its id, as a call is: lobby-2's account copies lobby's note,
    id and all, onto its own topic, then clears that topic; the desk keeps lobby's note as
    lobby's, and its "called back" goes to lobby."""
    _, kiosk_notes, changes = kiosk(dept_broker, store, started)
    _, notes_all, desk_changes = console(dept_broker, "desk-all", started)
    real = kiosk_notes.send("message", "dept-a", FIELDS)
    until(lambda: real.key in notes_all.notes, what="the real note")
    copy = replace(real, kiosk="lobby-2", fields={**FIELDS, "phone": "010-9999-9999"})
    topic = np.note_topic("lobby-2", "dept-a", real.id)
    forge(dept_broker, "lobby-2", topic, np.note_payload(copy))
    desk_changes.until(lambda: copy.key in notes_all.notes, what="lobby-2's own note")
    assert notes_all.notes[real.key].fields["phone"] == FIELDS["phone"]
    forge(dept_broker, "lobby-2", topic, b"")
    desk_changes.until(lambda: copy.key not in notes_all.notes, what="lobby-2's note cleared")
    assert notes_all.notes[real.key].kiosk == "lobby"
    notes_all.called_back(real.key)
    changes.until(lambda: kiosk_notes.note(real.id).done, what="lobby records the callback")
