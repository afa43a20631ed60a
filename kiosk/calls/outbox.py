"""The kiosk's outbox of calls: every open call, one document each, in the store's "calls"
table.

It is the alert service's source of truth: a call is saved here before the screen says it was
sent, and a restarted kiosk resumes its open calls from here. With a `history` (the kiosk's
records, kiosk/records/log.py), a call that ends (resolved, cancelled) moves there, every
timestamped transition with it, so the store's file, rewritten whole on each save, stays
small; finished calls an older kiosk left in the table move on start. Without one, closed
calls stay in the table. The report reads both (kiosk/cli/report.py).

The store is not an open call's only copy: with a history, every state of an open call is
appended there too (the records keep the last line of each id). A damaged store (a file
that cannot be read is set aside at start by bundle/recover.py; a calls table or call
documents of the wrong shape are found here, the file copied aside and the unreadable
documents taken out) so loses no open call: one the records hold open and the table does
not is put back, and the kiosk resumes it (or expires it, if it is old).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from tinydb import Query

from kiosk.calls.call import SCHEMA, Call, CallError
from kiosk.directory.store import Store, keep_aside
from kiosk.records.log import RecordError, Records

log = logging.getLogger(__name__)
TABLE = "calls"
KIND = "calls"  # the records' kind of finished calls


class CallOutbox:
    """Calls by id. Safe to use from several threads (the alert service's and the screen's)."""

    def __init__(self, store: Store, history: Records | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        _drop_damaged(store)
        self._table = store.table(TABLE)
        self._history = history
        self._clock = clock
        self._lock = threading.Lock()
        # The ids of the table's calls and of this and last month's records, each with the
        # month it was raised in: a call id from the wire that is none of them (made up)
        # costs no read of any file. When the month turns, the ids that left the window and
        # the table are forgotten, so a kiosk that runs for years holds two months of them.
        self._window = self._months() if history is not None else ()
        with self._lock:
            self._known = {str(doc.get("id")): self._month_of_doc(doc)
                           for doc in self._table.all()}
        if history is not None:
            self.move_finished()
            self.restore_lost()

    def save(self, call: Call) -> None:
        """Insert or replace the call's document: one atomic write of the data file. With a
        history, every state is appended there too, and a finished call then leaves the
        table (kept in it when the append fails, and moved on the next start)."""
        with self._lock:
            self._forget_old()
            self._known[call.id] = self._month_at(_at(call))
            if self._history is not None and not call.is_open and _at(call) is not None:
                try:
                    self._history.append(KIND, history_record(call))
                except (OSError, RecordError) as exc:  # kept in the table; moved on next start
                    log.warning("call %s stays in the store: %s", call.id, exc)
                else:
                    self._table.remove(Query().id == call.id)
                    return
            elif self._history is not None and _at(call) is not None:
                try:  # a second copy of the open call: the store may be damaged
                    self._history.append(KIND, history_record(call))
                except (OSError, RecordError) as exc:
                    log.warning("call %s is only in the store: %s", call.id, exc)
            record = call.to_record()
            if self._table.contains(Query().id == call.id):
                self._table.update(record, Query().id == call.id)
            else:
                self._table.insert(record)

    def get(self, call_id: str) -> Call | None:
        """The call from the table, or a finished one from this month's or last month's
        history (the broker's retained states of recent calls are matched on start). An id
        of none of them is answered without reading either."""
        with self._lock:
            if call_id not in self._known:
                return None
            doc = self._table.get(Query().id == call_id)
        if doc is None and self._history is not None:
            doc = self._recent_history().get(call_id)
        return _call(doc) if doc is not None else None

    def move_finished(self) -> int:
        """Move the finished calls of the table to the history: a call's final state is
        appended unless the history's last line of its id already is it (however often this
        runs or was cut short); return how many left the table."""
        if self._history is None:
            return 0
        with self._lock:
            finished = [c for c in map(_call, self._table.all())
                        if c is not None and not c.is_open and _at(c) is not None]
            known: dict[str, set[str]] = {}
            try:
                for call in finished:
                    month = self._history.month_of(_at(call))
                    if month not in known:
                        known[month] = {r["id"]: r for r in
                                        self._history.latest(KIND, month=month)}
                    if known[month].get(call.id) != history_record(call):  # not yet there
                        self._history.append(KIND, history_record(call))
            except (OSError, RecordError) as exc:  # all stay in the table until the next start
                log.warning("finished calls stay in the store: %s", exc)
                return 0
            if finished:
                ids = {c.id for c in finished}
                self._table.remove(Query().id.one_of(list(ids)))
        return len(finished)

    def restore_lost(self) -> list[Call]:
        """Put back in the table the open calls of this and last month's records that it
        lacks (a damaged store lost them), logged; returns them."""
        with self._lock:
            kept = {c.id for c in map(_call, self._table.all()) if c is not None}
            recent = self._recent_history()
            self._known.update((i, self._month_at(r.get("at"))) for i, r in recent.items())
        lost = [c for c in map(_call, recent.values())
                if c is not None and c.is_open and c.id not in kept]
        for call in lost:
            log.warning("call %s (%s) was open and missing from the store: restored from "
                        "the records", call.id, call.state)
            with self._lock:
                self._table.insert(call.to_record())
        return lost

    def _recent_history(self) -> dict[str, dict[str, Any]]:
        history = self._history
        assert history is not None
        return {r["id"]: r for m in self._months() for r in history.latest(KIND, month=m)}

    def _months(self) -> tuple[str, str]:
        """Last month and this one ("YYYY-MM"), the history's window of recent calls."""
        assert self._history is not None
        year, month = map(int, self._history.month_of(self._clock()).split("-"))
        return f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}", f"{year:04d}-{month:02d}"

    def _month_at(self, at: Any) -> str:
        """The month a call was raised in; "" without a history or a time to place."""
        if self._history is None or at is None:
            return ""
        try:
            return self._history.month_of(at)
        except RecordError:
            return ""

    def _month_of_doc(self, doc: Any) -> str:
        call = _call(doc, quiet=True)
        return self._month_at(_at(call)) if call is not None else ""

    def _forget_old(self) -> None:
        """Once the month has turned (checked at each save, the lock held): forget the ids
        raised before last month that the table no longer holds."""
        if self._history is None or (window := self._months()) == self._window:
            return
        self._window = window
        in_table = {str(doc.get("id")) for doc in self._table.all()}
        self._known = {i: m for i, m in self._known.items() if m in window or i in in_table}

    def all_calls(self) -> list[Call]:
        """Every readable call of the table (with a history: the open ones), oldest raised
        first."""
        with self._lock:
            docs = self._table.all()
        calls = [c for c in map(_call, docs) if c is not None]
        return sorted(calls, key=lambda c: c.time_of("raised") or 0.0)

    def open_calls(self) -> list[Call]:
        return [c for c in self.all_calls() if c.is_open]

    def open_calls_of(self, kiosk: str) -> list[Call]:
        """The kiosk's open calls, the oldest first: an earlier visitor's may be open beside
        a new visitor's own."""
        return [c for c in self.open_calls() if c.kiosk == kiosk]


def history_record(call: Call) -> dict[str, Any]:
    """A call's state as the records keep it (every state of an open call, and the final
    one): Call.to_record() and "at", when it was raised."""
    return {**call.to_record(), "at": _at(call)}


def _at(call: Call) -> float | None:
    return call.time_of("raised")


def _call(doc, quiet: bool = False) -> Call | None:
    try:
        return Call.from_record(dict(doc))
    except (CallError, TypeError, ValueError) as exc:  # another schema, or damaged
        if not quiet:  # report, do not crash the kiosk
            log.warning("skipped call record %s: %s", doc.get("id"), exc)
        return None


def _drop_damaged(store: Store) -> None:
    """Call documents that cannot be read (wrong types, times that are no clock's, a key
    that is not a document id, a table that is no table) leave the table, after the file is
    copied aside and a warning names it: kept for whoever looks into it, and out of the way
    of the kiosk's next call. A record of another schema (a newer kiosk's) is not damage: it
    stays, skipped."""
    def readable(key: Any, doc: Any) -> bool:
        # TinyDB reads every key as a whole number: one other fails the whole table
        return (isinstance(key, str) and key.isascii() and key.isdigit()
                and isinstance(doc, dict)
                and (doc.get("schema") != SCHEMA or _call(doc, quiet=True) is not None))

    table = store.contents().get(TABLE, {})
    if isinstance(table, dict) and all(readable(k, doc) for k, doc in table.items()):
        return
    aside = keep_aside(store.path, move=False)
    dropped = store.drop_unreadable(TABLE, readable)
    log.warning("%d unreadable call record(s) taken out of %s; the file as it was is kept "
                "as %s (an open call the records hold is restored from them)",
                len(dropped), store.path, aside)
