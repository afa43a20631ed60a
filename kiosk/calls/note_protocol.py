"""Notes on the wire (docs/alerts.md, "Messages and feedback"): topics and JSON payloads.

A kiosk writes its notes, retained, on `notes/<kiosk>/<department>/<note>`: the department is
a topic level so the broker's ACL can give each console the departments it serves. A console
answers on `noteacks/<kiosk>/<console>/<note>`, which only its own account may write: a
receipt ("received") when it gets a note, "done" when someone called back (answered).
"""
from __future__ import annotations

from typing import Any

from kiosk.calls import protocol as proto
from kiosk.calls import wire_check as wire
from kiosk.calls.note import Note, NoteError
from kiosk.calls.protocol import PREFIX, ProtocolError

NOTES_ALL = f"{PREFIX}/notes/+/+/+"
RECEIVED, DONE = "received", "done"
ANSWERS = (RECEIVED, DONE)
NO_DEPARTMENT = "-"  # the topic level of a note for no department (every-department consoles)


def note_topic(kiosk: str, department: str, note_id: str) -> str:
    return f"{PREFIX}/notes/{kiosk}/{department or NO_DEPARTMENT}/{note_id}"


def answer_topic(kiosk: str, console: str, note_id: str) -> str:
    return f"{PREFIX}/noteacks/{kiosk}/{console}/{note_id}"


def notes_of(kiosk: str) -> str:
    return f"{PREFIX}/notes/{kiosk}/+/+"


def answers_of(kiosk: str) -> str:
    return f"{PREFIX}/noteacks/{kiosk}/+/+"


def is_note_topic(topic: str) -> bool:
    return topic.startswith(f"{PREFIX}/notes/") or topic.startswith(f"{PREFIX}/noteacks/")


def note_payload(note: Note) -> bytes:
    return proto.dump(note.to_wire())


def parse_note(topic: str, raw: bytes) -> tuple[tuple[str, str], Note | None]:
    """((the topic's kiosk, the note id), the note; None when the kiosk cleared the topic).
    The note must say the kiosk, department and id of its topic: the ACL vouches for the
    topic only."""
    kiosk, department, note_id = proto.levels(topic, "notes", 3)
    if not raw:
        return (kiosk, note_id), None
    try:
        note = Note.from_wire(wire.load(raw))  # the rules of calls/wire_check.py
    except NoteError as exc:
        raise ProtocolError(str(exc)) from exc
    if (note.kiosk, note.department, note.id) != (kiosk, department, note_id):
        raise ProtocolError(f"note {note.kiosk}/{note.department}/{note.id} on {topic!r}")
    return note.key, note


def answer_payload(note: Note, state: str, console: str, attendant: str, at: float) -> bytes:
    if state not in ANSWERS:
        raise ValueError(f"a console may say {', '.join(ANSWERS)} about a note, not {state!r}")
    return proto.answer_message("note", note.id, note.kiosk, state, at, console=console,
                                attendant=attendant)


def parse_answer(topic: str, raw: bytes) -> dict[str, Any]:
    """A console's receipt or "done"; the console is the topic's, which only it may write."""
    kiosk, console, note_id = proto.levels(topic, "noteacks", 3)
    return proto.parse_answer_message("note", topic, kiosk, console, note_id, raw, ANSWERS)
