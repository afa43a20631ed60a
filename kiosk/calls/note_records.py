"""Notes in the kiosk's records (kiosk/records, docs/records.md): the reports' history.

A note's line is appended to `messages/` (or `feedback/`) when it is left, and again when it
is done. Once a note is done or past its retention period its month file is rewritten
(Records.rewrite: temporary file, fsync, rename) with the personal fields emptied, which also
drops the superseded lines that still held them. `sweep` rewrites any month that still holds
personal data it should not (a rewrite that failed, a record of an older kiosk, a record
left while the notes could not open), so the records keep no name or number past the note's
keeping time (calls/keeping.py: the retention period, or the answer's due time if later; the
time the desk's copy goes and the consent names), whatever happened before, and keep it as
long as the desk may still need it.
"""
from __future__ import annotations

import logging

from kiosk.calls.keeping import keep_until
from kiosk.calls.note import PERSONAL, Note
from kiosk.records.log import RecordError

log = logging.getLogger(__name__)
KIND_OF = {"message": "messages", "feedback": "feedback"}  # note kind -> records kind
_PERSONAL = {KIND_OF[k]: fields for k, fields in PERSONAL.items()}
_DONE_AT = {"messages": "called_back_at", "feedback": "answered_at"}


class NoteRecords:
    """`records`: a kiosk.records.log.Records; `retention`: seconds personal data is kept."""

    def __init__(self, records, retention: float) -> None:
        self.records, self.retention = records, retention

    def keep(self, note: Note) -> None:
        """The note's line as it is now (left, or done)."""
        self._safely(note.id, lambda: self.records.append(KIND_OF[note.kind], note.to_record()))

    def purge(self, note: Note) -> None:
        """`note` is purged: its line again, then its month without the older lines."""
        kind = KIND_OF[note.kind]

        def rewrite() -> None:
            self.records.append(kind, note.to_record())
            self.records.rewrite(kind, self.records.month_of(note.at), lambda r: r)
        self._safely(note.id, rewrite)

    def sweep(self, now: float) -> int:
        """Empty the personal fields of every record done, purged or past its keeping time
        (keep_until, by the record's own "at" and "due"); returns how many were changed."""
        changed = 0
        for kind, fields in _PERSONAL.items():
            for month in self.records.months(kind):
                due = {r["id"] for r in self.records.latest(kind, month)
                       if any(r.get(f) for f in fields) and self._over(kind, r, now)}
                if due:
                    self._safely(month, lambda k=kind, m=month, d=due: self.records.rewrite(
                        k, m, lambda r: _emptied(r, _PERSONAL[k], now) if r["id"] in d else r))
                    changed += len(due)
        return changed

    def _over(self, kind: str, record: dict, now: float) -> bool:
        at = record.get("at")
        expired = (isinstance(at, (int, float)) and not isinstance(at, bool)
                   and now >= keep_until(at, record.get("due"), self.retention))
        return (expired or record.get(_DONE_AT[kind]) is not None
                or record.get("purged_at") is not None)

    @staticmethod
    def _safely(what: str, action) -> None:
        """The records' trouble (a full disk) must not stop the note's own keeping; said
        without the note's content, and the next sweep tries the purge again."""
        try:
            action()
        except (OSError, RecordError, ValueError) as exc:
            log.warning("records of note %s: %s", what, exc)


def _emptied(record: dict, fields, now: float) -> dict:
    out = {**record, **{f: "" for f in fields}}
    if out.get("purged_at") is None:
        out["purged_at"] = now
    return out
