"""An attendant console's side of notes: the messages (and feedback) of the departments it
serves, a receipt for each, and "called back".

The console keeps notes in memory only, never on disk: a note leaves it when its kiosk clears
the note's retained message (done or purged), and at the latest when the note's retention
period ends on the console's own clock, so personal data never outlives it here either. Which
notes reach it at all is the broker's ACL: a console reads only its departments' topics. A
note is its kiosk and its id together (Note.key), as a call is: another kiosk's account can
neither replace nor clear it by writing the same id on its own topics.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

import paho.mqtt.client as mqtt

from kiosk.calls import note_protocol as np
from kiosk.calls.note import Note
from kiosk.calls.protocol import QOS

NoteKey = tuple[str, str]  # (kiosk, note id): Note.key
RESEND_AFTER = 1.0  # seconds between receipts (and "done"s) the kiosk has not applied yet


class ConsoleNotes:
    """Notes seen by one console (its link: a ConsoleAlerts), by (kiosk, id)."""

    def __init__(self, link, *, clock: Callable[[], float] | None = None,
                 ticks: Callable[[], float] = time.monotonic) -> None:
        self.link = link
        self.clock = clock or link.clock
        self.ticks = ticks
        self._lock = threading.RLock()
        self._seen: dict[NoteKey, Note] = {}
        self._sent: dict[tuple[NoteKey, str], float] = {}  # (note, state) -> ticks last sent
        self._done: dict[NoteKey, float] = {}  # note -> when this console called back
        link.channels.append(self)

    @property
    def notes(self) -> dict[NoteKey, Note]:
        """Open notes, without those this console has called back or past their retention."""
        self.forget_expired()
        with self._lock:
            return {k: n for k, n in self._seen.items() if k not in self._done}

    def forget_expired(self) -> bool:
        """Drop notes past their retention period (the kiosk's clearing may never come)."""
        now = self.clock()
        with self._lock:
            old = [k for k, n in self._seen.items() if now >= n.keep_until]
            for key in old:
                self._forget(key)
        return bool(old)

    def called_back(self, key: NoteKey) -> None:
        """Someone called the visitor back (answered the card): tell the kiosk, which records
        this console and the time and then destroys the note's personal data."""
        with self._lock:
            note = self._seen[key]  # KeyError: a note this console never saw
            self._done[key] = self.clock()
        self._answer(note, np.DONE)
        self.link._notify()

    # -- the link's channel -------------------------------------------------------------------
    def subscriptions(self) -> list[tuple[str, int]]:
        return [(np.NOTES_ALL, QOS)]  # the broker delivers only the departments' notes

    def wants(self, topic: str) -> bool:
        return np.is_note_topic(topic)

    def connected(self) -> None:
        with self._lock:
            pending = [self._seen[i] for i in self._done if i in self._seen]
        for note in pending:
            self._answer(note, np.DONE, force=True)

    def message(self, msg: mqtt.MQTTMessage) -> None:
        key, note = np.parse_note(msg.topic, msg.payload)
        with self._lock:
            if note is None or not note.open:
                changed = key in self._seen
                self._forget(key)
            else:
                old = self._seen.get(key)
                self._seen[key] = note
                changed = old != note
                if key in self._done:
                    self._answer(note, np.DONE)  # the kiosk has not applied it yet
                elif not note.received_by:
                    self._answer(note, np.RECEIVED)
        if changed:
            self.link._notify()

    def _answer(self, note: Note, state: str, force: bool = False) -> None:
        now = self.ticks()
        last = self._sent.get((note.key, state))
        if not force and last is not None and now - last < RESEND_AFTER:
            return
        self._sent[(note.key, state)] = now
        self.link.publish(np.answer_topic(note.kiosk, self.link.console_id, note.id),
                          np.answer_payload(note, state, self.link.console_id,
                                            self.link.attendant_name, self.clock()))

    def _forget(self, key: NoteKey) -> None:
        self._seen.pop(key, None)
        self._done.pop(key, None)
        for sent in [s for s in self._sent if s[0] == key]:
            del self._sent[sent]
