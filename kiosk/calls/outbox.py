"""The kiosk's outbox of calls: every call, one document each, in the store's "calls" table.

It is the alert service's source of truth: a call is saved here before the screen says it was
sent, and a restarted kiosk resumes its open call from here. It keeps closed calls too (with
every timestamped transition), so the monthly report is computed from this table alone.
"""
from __future__ import annotations

import logging
import threading

from tinydb import Query

from kiosk.calls.call import Call, CallError
from kiosk.directory.store import Store

log = logging.getLogger(__name__)
TABLE = "calls"


class CallOutbox:
    """Calls by id. Safe to use from several threads (the alert service's and the screen's)."""

    def __init__(self, store: Store) -> None:
        self._table = store.table(TABLE)
        self._lock = threading.Lock()

    def save(self, call: Call) -> None:
        """Insert or replace the call's document: one atomic write of the data file."""
        record = call.to_record()
        with self._lock:
            if self._table.contains(Query().id == call.id):
                self._table.update(record, Query().id == call.id)
            else:
                self._table.insert(record)

    def get(self, call_id: str) -> Call | None:
        with self._lock:
            doc = self._table.get(Query().id == call_id)
        return _call(doc) if doc is not None else None

    def all_calls(self) -> list[Call]:
        """Every readable call, oldest raised first."""
        with self._lock:
            docs = self._table.all()
        calls = [c for c in map(_call, docs) if c is not None]
        return sorted(calls, key=lambda c: c.time_of("raised") or 0.0)

    def open_calls(self) -> list[Call]:
        return [c for c in self.all_calls() if c.is_open]

    def open_call_of(self, kiosk: str) -> Call | None:
        """The kiosk's open call (the latest, should an old one have been left open)."""
        mine = [c for c in self.open_calls() if c.kiosk == kiosk]
        return mine[-1] if mine else None


def _call(doc) -> Call | None:
    try:
        return Call.from_record(dict(doc))
    except CallError as exc:  # a record of another schema: report, do not crash the kiosk
        log.warning("skipped call record %s: %s", doc.get("id"), exc)
        return None
