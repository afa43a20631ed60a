"""The kiosk's notes (calls.note_box.KioskNotes) for the screens: a message's or a feedback
card's send and what the visitor may be told about it, as one `changed` signal in the GUI thread.

A timer purges, once a minute, the personal data of notes past their retention period: on
the kiosk (its store) and on the broker (their retained messages are cleared); and `sweep`,
given by the composition root, deletes what else may hold it (a damaged store file moved
aside, bundle/recover.py forget_damaged), at start and with each purge.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PURGE_EVERY_MS = 60_000
HELD = "held"  # kept on the kiosk, though a call would reach a console (delivery)


class MessageService(QObject):
    changed = Signal()
    attach_later = Signal(object)  # from the thread that started the transport
    _from_network = Signal()

    def __init__(self, notes=None, retention_days: int = 7, parent=None, sweep=None):
        super().__init__(parent)
        self.notes = None
        self.retention_days = retention_days
        self.sweep = sweep
        self._from_network.connect(self.changed)
        self.attach_later.connect(self.attach)
        self.purge_timer = QTimer(self, interval=PURGE_EVERY_MS)
        self.purge_timer.timeout.connect(self.purge)
        if notes is not None:
            self.attach(notes)
        elif sweep is not None:  # without notes (yet), what is set aside still expires
            self.purge()
            self.purge_timer.start()

    def attach(self, notes) -> None:
        self.notes = notes
        notes.on_change = self._from_network.emit  # called from the network thread
        self.purge()
        self.purge_timer.start()
        self.changed.emit()

    @property
    def available(self) -> bool:
        """A message can be kept on this kiosk (its store is open)."""
        return self.notes is not None

    def send_message(self, department: str, staff: str, fields: dict[str, str],
                     preferred: float | None, recipient: tuple[str, str] = ("", ""),
                     office=None):
        """Keep and send a message (see calls/note_box.py), due in `office` time
        (directory/office_time.py); the note, or raises."""
        note = self.notes.send_message(department, fields, staff=staff, preferred=preferred,
                                       recipient=recipient, office=office)
        self.changed.emit()
        return note

    def send_card(self, department: str, staff: str, fields: dict[str, str],
                  due_by, recipient: tuple[str, str] = ("", "")):
        """Keep and send a feedback card (feedback/cards.py Card.fields; `due_by`: the
        answer's due time given the card's, as Card.due in the answering office's working
        days, None for an anonymous card, which has no clock); the note, or raises."""
        note = self.notes.send("feedback", department, fields, staff=staff,
                               due_by=due_by, recipient=recipient)
        self.changed.emit()
        return note

    def delivery(self, note_id: str, can_call: bool = False) -> str:
        """"received" | "waiting" | "stored" | "done" (calls/note_box.py), or HELD: stored
        while `can_call` (CallService.can_call, what the footer's help offers), as when the
        one console online serves other departments. Then the screen may not say the desk
        cannot be reached: the footer, beside it, offers to call someone there."""
        state = self.notes.delivery(note_id) if self.notes is not None else "stored"
        return HELD if state == "stored" and can_call else state

    def note(self, note_id: str):
        return self.notes.note(note_id) if self.notes is not None else None

    def purge(self) -> None:
        if self.notes is not None:
            self.notes.purge_expired()
        if self.sweep is not None:
            self.sweep()
