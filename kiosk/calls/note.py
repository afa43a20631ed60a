"""A note a visitor leaves at the kiosk for the staff: a message for someone who is away
(kind "message") or a feedback card (kind "feedback"), with its clock and its personal data.

Both travel the same way (calls/note_protocol.py) and are kept the same way
(calls/note_box.py): the personal fields (PERSONAL, by kind) are emptied once the note is done
(called back, answered) and at the latest when its retention period ends.
"""
from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.calls.keeping import keep_until
from kiosk.directory.office_time import OfficeHours, office_deadline

SCHEMA = 1
KINDS = ("message", "feedback")
# The fields holding what identifies a person, emptied by purge(); records-format.md.
PERSONAL = {"message": ("name", "phone"), "feedback": ("name", "contact")}
# The text fields each kind carries, besides the note's own (none of them may hold anything
# but short text: the wire and the records keep them as strings).
FIELDS = {"message": ("purpose", "callback", "name", "phone"),
          "feedback": ("colour", "category", "text", "contact", "name")}
# The names the records format gives the moment a note was done, and by whom.
DONE_NAMES = {"message": ("called_back_at", "called_back_by"),
              "feedback": ("answered_at", "answered_by")}
CALLBACK_WITHIN = 3600.0  # the charter: a message is answered within 1 hour
MAX_FIELD = 500  # characters; the screens allow far less


class NoteError(ValueError):
    """A malformed note (from the wire or the store); the message says what is wrong."""


def _time(value: Any, what: str, optional: bool = True) -> float | None:
    if value is None and optional:
        return None
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or not 0 <= value < 1e11):
        raise NoteError(f"{what} must be epoch seconds, not {value!r}")
    return float(value)


@dataclass(frozen=True)
class Note:
    id: str
    kind: str
    kiosk: str
    department: str  # the department or team id it is for ("-": none named)
    at: float  # when the visitor left it (the kiosk's clock)
    due: float | None  # when it must be answered by; None: nothing to answer (anonymous)
    # when the personal data is gone at the latest: the retention period's end, or the due
    # time if later (calls/keeping.py, the rule the records and the consent follow too)
    keep_until: float
    staff: str = ""  # the person it is for, "" when none
    recipient: tuple[str, str] = ("", "")  # whom it is for, in Korean and English, for consoles
    fields: dict[str, str] = field(default_factory=dict)
    received_by: str = ""  # the first console whose receipt the kiosk recorded
    received_at: float | None = None
    done_by: str = ""  # the console that called back (answered)
    done_at: float | None = None
    purged_at: float | None = None

    @classmethod
    def new(cls, kind: str, kiosk: str, department: str, fields: dict[str, str], now: float,
            retention: float, *, staff: str = "", due: float | None = None,
            recipient: tuple[str, str] = ("", "")) -> "Note":
        note = cls(id=uuid.uuid4().hex, kind=kind, kiosk=kiosk, department=department or "-",
                   at=now, due=due, keep_until=keep_until(now, due, retention),
                   staff=staff or "",
                   fields=dict(fields), recipient=tuple(recipient))
        note.check()
        return note

    @property
    def key(self) -> tuple[str, str]:
        """(kiosk, id): what a console holds and answers the note by, as a call (Call.key):
        another kiosk's note under the same id is another note."""
        return self.kiosk, self.id

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def open(self) -> bool:
        """Still waiting for its answer, with its personal data."""
        return not self.done and self.purged_at is None

    def receive(self, console: str, now: float) -> "Note":
        if self.received_by or not self.open:
            return self
        return replace(self, received_by=console, received_at=now)

    def finish(self, console: str, now: float) -> "Note":
        """Called back (answered) by `console`: recorded once, and the personal data goes."""
        if self.done:
            return self
        return replace(self, done_by=console, done_at=now,
                       received_by=self.received_by or console,
                       received_at=self.received_at if self.received_at is not None else now
                       ).purge(now)

    def purge(self, now: float) -> "Note":
        """The same note without its personal data (emptied, not dropped: the clock stays)."""
        if self.purged_at is not None:
            return self
        kept = {k: ("" if k in PERSONAL[self.kind] else v) for k, v in self.fields.items()}
        return replace(self, fields=kept, purged_at=now)

    def check(self) -> None:
        if (len(self.recipient) != 2 or not all(isinstance(t, str) and len(t) <= MAX_FIELD
                                                 for t in self.recipient)):
            raise NoteError("recipient must be its name in Korean and in English")
        if self.kind not in KINDS:
            raise NoteError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        for name, value in self.fields.items():
            if name not in FIELDS[self.kind]:
                raise NoteError(f"a {self.kind} has no field {name!r}")
            if not isinstance(value, str) or len(value) > MAX_FIELD:
                raise NoteError(f"field {name!r} must be text of at most {MAX_FIELD} characters")

    # -- records ------------------------------------------------------------------------------
    def to_wire(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "kind": self.kind, "id": self.id, "kiosk": self.kiosk,
                "department": self.department, "staff": self.staff, "at": self.at,
                "due": self.due, "keep_until": self.keep_until, "fields": dict(self.fields),
                "for": {"ko": self.recipient[0], "en": self.recipient[1]},
                "received_by": self.received_by, "received_at": self.received_at,
                "done_by": self.done_by, "done_at": self.done_at, "purged_at": self.purged_at}

    @classmethod
    def from_wire(cls, record: dict[str, Any]) -> "Note":
        if not isinstance(record, dict) or record.get("schema") != SCHEMA:
            raise NoteError(f"expected a note of schema {SCHEMA}")
        try:
            fields = record.get("fields") or {}
            recipient = record.get("for") or {}
            if not isinstance(fields, dict) or not isinstance(recipient, dict):
                raise NoteError("fields and for must be objects")
            note = cls(id=str(record["id"]), kind=str(record["kind"]),
                       kiosk=str(record["kiosk"]), department=str(record["department"]),
                       at=_time(record["at"], "at", optional=False),
                       due=_time(record.get("due"), "due"),
                       keep_until=_time(record["keep_until"], "keep_until", optional=False),
                       staff=str(record.get("staff") or ""), fields=dict(fields),
                       recipient=(recipient.get("ko", ""), recipient.get("en", "")),
                       received_by=str(record.get("received_by") or ""),
                       received_at=_time(record.get("received_at"), "received_at"),
                       done_by=str(record.get("done_by") or ""),
                       done_at=_time(record.get("done_at"), "done_at"),
                       purged_at=_time(record.get("purged_at"), "purged_at"))
        except KeyError as exc:
            raise NoteError(f"a note needs {exc}") from exc
        note.check()
        return note

    def to_record(self) -> dict[str, Any]:
        """The note as docs/records-format's "messages" or "feedback" line."""
        done_at, done_by = DONE_NAMES[self.kind]
        record = {"id": self.id, "at": self.at, "kiosk": self.kiosk,
                  "staff": self.staff or None, "department": self.department,
                  "due": self.due, done_at: self.done_at, done_by: self.done_by,
                  "purged_at": self.purged_at}
        record.update({k: self.fields.get(k, "") for k in FIELDS[self.kind]})
        return record


def message_due(now: float, preferred: float | None, office: OfficeHours | None = None
                ) -> float:
    """The charter's clock: within an hour of office time (directory/office_time.py: after
    closing, the first hour after the next opening), or at the time the visitor prefers if
    later."""
    due = office_deadline(office or OfficeHours(), now, CALLBACK_WITHIN)
    return max(due, preferred or 0.0)
