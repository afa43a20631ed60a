"""The kiosk's side of notes (messages for absent staff, feedback cards): kept, sent, answered
and forgotten.

`NoteBox` is the store's "notes" table, the one record: a note is saved there before the
screen says anything, and its personal fields are emptied there (one atomic rewrite of the
data file) once a console says it was called back, or its retention period is over.
`KioskNotes` carries the notes on the kiosk's alert connection (KioskAlerts: one account, one
connection): each open note is published retained until it is done or purged, then its
retained message is cleared, so the broker keeps no personal data either.

The send API, for every screen that leaves a note (docs/alerts.md, "Messages and feedback"):

    note = notes.send(kind, department, fields, staff=staff_id, due=epoch or None)
    note = notes.send("feedback", department, card.fields(), staff=staff_id,
                      due_by=lambda at: card.due(at, office))  # None: anonymous, no clock
    note = notes.send_message(department, {"purpose": .., "callback": .., "name": ..,
                              "phone": ..}, staff=staff_id, preferred=epoch or None)
    notes.delivery(note.id)  # "received" | "waiting" | "stored" | "done"
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import paho.mqtt.client as mqtt
from tinydb import Query

from kiosk.calls import note_protocol as np
from kiosk.calls.note import Note, NoteError, message_due
from kiosk.calls.note_records import NoteRecords
from kiosk.calls.protocol import QOS, ProtocolError
from kiosk.calls.refusals import excerpt
from kiosk.directory.office_time import OfficeHours
from kiosk.directory.store import Store

log = logging.getLogger(__name__)
TABLE = "notes"
RETENTION_DAYS = 7
# Delivery, as the screen may tell it: a console's receipt is in the record; sent and a
# console of its department is online to get it; only kept on the kiosk (no broker, or no
# console of its department online).
RECEIVED, WAITING, STORED, DONE = "received", "waiting", "stored", "done"


class NoteBox:
    """Notes by id in the store. Safe from several threads."""

    def __init__(self, store: Store) -> None:
        self._table = store.table(TABLE)
        self._lock = threading.Lock()

    def save(self, note: Note) -> None:
        record = note.to_wire()
        with self._lock:
            if self._table.contains(Query().id == note.id):
                self._table.update(record, Query().id == note.id)
            else:
                self._table.insert(record)

    def get(self, note_id: str) -> Note | None:
        with self._lock:
            doc = self._table.get(Query().id == note_id)
        return _note(doc) if doc is not None else None

    def all(self) -> list[Note]:
        with self._lock:
            docs = self._table.all()
        return sorted((n for n in map(_note, docs) if n is not None), key=lambda n: n.at)


def _note(doc) -> Note | None:
    try:
        return Note.from_wire(dict(doc))
    except NoteError as exc:
        log.warning("skipped note record %s: %s", doc.get("id"), exc)
        return None


class KioskNotes:
    """Notes on a kiosk's alert link. `serves(console, department)`: whether that console may
    answer that department's notes (the consoles' departments, broker.console_departments)."""

    def __init__(self, kiosk_id: str, box: NoteBox, *,
                 retention: float = RETENTION_DAYS * 86400.0,
                 clock: Callable[[], float] = time.time,
                 serves: Callable[[str, str], bool] = lambda console, department: True,
                 on_change: Callable[[], None] | None = None, records=None) -> None:
        # records: a kiosk.records.log.Records, the reports' history (None: none kept)
        self.kiosk_id, self.box, self.retention, self.clock = kiosk_id, box, retention, clock
        self.serves, self.on_change = serves, on_change
        self.records = NoteRecords(records, retention) if records is not None else None
        self.link = None
        self._lock = threading.RLock()

    def attach(self, link) -> None:
        """Travel on `link` (a KioskAlerts): its connection, its consoles' presence."""
        self.link = link
        link.channels.append(self)

    # -- what the screens do ----------------------------------------------------------------
    def send(self, kind: str, department: str, fields: dict[str, str], *, staff: str = "",
             due: float | None = None,
             due_by: Callable[[float], float | None] | None = None,
             recipient: tuple[str, str] = ("", "")) -> Note:
        """Keep the note (in the store before this returns) and publish it. `due`: when it
        must be answered, or `due_by`: when, given the note's own time (a card's clock, in
        working days: feedback/cards.py); neither: nothing to answer. `recipient`: whom it
        is for, (Korean, English), as the consoles show it. Raises NoteError for a malformed
        note and the store's errors when it cannot be kept."""
        now = self.clock()
        if due_by is not None:
            due = due_by(now)
        return self._keep(kind, department, fields, staff, due, recipient, now)

    def send_message(self, department: str, fields: dict[str, str], *, staff: str = "",
                     preferred: float | None = None,
                     recipient: tuple[str, str] = ("", ""),
                     office: OfficeHours | None = None) -> Note:
        """A message for absent staff, due within the hour of `office` time (the wall clock
        when not given) or at the `preferred` time."""
        now = self.clock()
        return self._keep("message", department, fields, staff,
                          message_due(now, preferred, office), recipient, now)

    def _keep(self, kind: str, department: str, fields: dict[str, str], staff: str,
              due: float | None, recipient: tuple[str, str], now: float) -> Note:
        note = Note.new(kind, self.kiosk_id, department, fields, now, self.retention,
                        staff=staff, due=due, recipient=recipient)
        with self._lock:
            self.box.save(note)
        if self.records is not None:
            self.records.keep(note)
        self._publish(note)
        self._notify()
        return note

    def note(self, note_id: str) -> Note | None:
        return self.box.get(note_id)

    def delivery(self, note_id: str) -> str:
        """What the visitor may be told about the note: RECEIVED only on a console's word;
        WAITING only while a console that may read the note's department is online (one of
        another department never gets it); else STORED."""
        note = self.box.get(note_id)
        if note is None:
            return STORED
        if note.done:
            return DONE
        if note.received_by:
            return RECEIVED
        if self.readers_online(note.department):
            return WAITING
        return STORED

    def readers_online(self, department: str) -> bool:
        """A console that serves `department` is online now, on a connected link."""
        link = self.link
        if link is None or not link.connected:
            return False
        return any(self.serves(console, department) for console in link.online_consoles)

    def purge_expired(self) -> int:
        """Empty the personal fields of every note past its retention period, and clear
        its retained message; returns how many were purged."""
        now, purged = self.clock(), 0
        for note in self.box.all():
            if note.purged_at is None and now >= note.keep_until:
                note = note.purge(now)
                with self._lock:
                    self.box.save(note)
                if self.records is not None:
                    self.records.purge(note)
                self._clear(note)
                purged += 1
        if self.records is not None:
            self.records.sweep(now)
        if purged:
            self._notify()
        return purged

    # -- the link's channel -------------------------------------------------------------------
    def subscriptions(self) -> list[tuple[str, int]]:
        return [(np.answers_of(self.kiosk_id), QOS), (np.notes_of(self.kiosk_id), QOS)]

    def wants(self, topic: str) -> bool:
        return np.is_note_topic(topic)

    def connected(self) -> None:
        """(Re)connected: publish every open note again (the broker may have lost it)."""
        for note in self.box.all():
            if note.open:
                self._publish(note)

    def message(self, msg: mqtt.MQTTMessage) -> None:
        if "/noteacks/" in msg.topic:
            if msg.retain:  # the broker's stored copy: answers are never retained
                raise ProtocolError("a retained answer (answers are not retained)")
            self._answered(np.parse_answer(msg.topic, msg.payload))
        elif msg.payload:  # our own notes: clear what is over, and what is not ours
            note_id = msg.topic.rsplit("/", 1)[-1]
            mine = self.box.get(note_id)
            if mine is None:  # retained or live: each note we publish is in the box first
                self.link.refusals.limited(
                    self.kiosk_id, "forged states corrected", "note %s: a note this kiosk "
                    "has no record of (forged with its account, or from a store since "
                    "lost) is on its topic; clearing it", excerpt(note_id), log=log,
                    about=note_id)
            if mine is None or (msg.retain and not mine.open):
                self.link.publish(msg.topic, b"", retain=True)

    def _answered(self, answer: dict) -> None:
        console = answer["console"]  # the topic's: only that console's account writes it
        with self._lock:
            note = self.box.get(answer["note"])
            if note is None or not note.open:
                return  # late, repeated, or about a note already purged
            if not self.serves(console, note.department):
                raise ProtocolError(f"console {console!r} does not serve department "
                                    f"{note.department!r}")
            now = self.clock()
            new = (note.finish(console, now) if answer["state"] == np.DONE
                   else note.receive(console, now))
            if new == note:
                return
            self.box.save(new)
        if new.open:
            self._publish(new)  # consoles see the receipt: no more receipts needed
        else:
            if self.records is not None:
                self.records.purge(new)
            self._clear(new)
        self._notify()

    def _publish(self, note: Note) -> None:
        """Retained at QoS 0: the broker keeps the retained copy only, which it forgets when
        the note is cleared. At QoS 1 it would also queue a copy, name and phone, for every
        console of the department that is away (persistent sessions), saved in its database
        for up to 30 days and handed over whole on reconnecting, after the callback too. A
        console that connects gets the retained copy; one lost on the way is sent again on
        the next reconnect (connected())."""
        if self.link is not None:
            self.link.publish(np.note_topic(self.kiosk_id, note.department, note.id),
                              np.note_payload(note), retain=True, qos=0)

    def _clear(self, note: Note) -> None:
        """An empty retained message: the broker forgets the note (and its personal data)."""
        if self.link is not None:
            self.link.publish(np.note_topic(self.kiosk_id, note.department, note.id), b"",
                              retain=True)

    def _notify(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception:
                log.exception("notes on_change callback failed")
