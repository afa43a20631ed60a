"""A kiosk's calls kept in memory, with KioskAlerts' rules and none of its network: one open
call per visitor (a new visitor's own request beside an earlier visitor's, at most MAX_OPEN),
a need or destination added to the call already open, refine and cancel by call id, a closed
call's final state kept to tell how it ended, escalation and expiry by the clock.

It stands in for KioskAlerts where nothing may be sent: the screenshot tour pictures a desk
online with it (ui/screenshots/desk.py), and the screens' tests drive it, with what a
console's answer would do added there. One class, so the two cannot drift from each other;
tests/calls/test_memory_alerts.py plays the same random taps on both and compares the calls."""
from __future__ import annotations

import time
from typing import Callable

from kiosk.calls.call import MAX_OPEN, Call, CallError
from kiosk.directory.model import EMPTY, Text


class MemoryAlerts:
    """What CallService reads of KioskAlerts: connected, consoles online, the open calls (the
    oldest first), the closed ones' final states; on_change is called after every change."""

    def __init__(self, kiosk_id: str = "lobby", floor: str = "1F", *, connected: bool = True,
                 consoles_online: int = 1, clock: Callable[[], float] = time.time) -> None:
        self.kiosk_id, self.floor, self.clock = kiosk_id, floor, clock
        self.connected, self.consoles_online, self.problem = connected, consoles_online, ""
        self.open_calls: list[Call] = []
        self.closed: dict[str, Call] = {}  # call id -> its final state
        self.refusals: list[str] = []  # the reasons of the calls that could not go
        self.raised = 0
        self.on_change: Callable[[], None] | None = None

    @property
    def open_call(self) -> Call | None:
        """The open call raised last (the one the visitor at the screen is told about)."""
        return self.open_calls[-1] if self.open_calls else None

    def closed_call(self, call_id: str) -> Call | None:
        return self.closed.get(call_id)

    def relocate(self, floor: str, _place) -> None:
        self.floor = floor

    def call(self, need: str = "", destination: Text = EMPTY, own: bool = False) -> Call:
        """As KioskAlerts.call: the open call raised last, with the need and destination
        given now, unless `own`; a new call otherwise (CallError beside MAX_OPEN)."""
        destination = destination or EMPTY
        last = self.open_call
        if last is not None and not own:
            now = self.clock()
            call = last.asked_again(need, destination, now)
            if call != last:
                self._put(call)
                self._changed()
            return call
        if len(self.open_calls) >= MAX_OPEN:
            raise CallError(f"{len(self.open_calls)} calls of this kiosk are open already "
                            f"(at most {MAX_OPEN})")
        self.open_calls.append(Call.raise_new(self.kiosk_id, self.floor, self.clock(), need,
                                              destination))
        self.raised += 1
        self._changed()
        return self.open_calls[-1]

    def refuse(self, reason: str, need: str = "", destination: Text = EMPTY) -> None:
        self.refusals.append(reason)

    def refine(self, call_id: str, need: str) -> Call | None:
        return self._change(call_id, lambda call: call.with_need(need, self.clock()))

    def cancel(self, call_id: str) -> Call | None:
        return self._change(call_id, lambda call: call.advance("cancelled", self.clock()))

    def check_escalation(self) -> None:
        now = self.clock()
        for call in list(self.open_calls):
            if call.due_to_expire(now):
                self._put(call.expire(now))  # cancelled, "expired" first
            elif call.due_for_escalation(now):
                self._put(call.escalate(now))
            else:
                continue
            self._changed()

    def _change(self, call_id: str, change: Callable[[Call], Call]) -> Call | None:
        """The open call `call_id` only (None once it closed), as KioskAlerts."""
        call = next((c for c in self.open_calls if c.id == call_id), None)
        if call is None:
            return None
        changed = change(call)
        if changed != call:
            self._put(changed)
            self._changed()
        return changed

    def _put(self, call: Call) -> None:
        """A new state of one of the open calls; a closed one leaves them."""
        at = next(i for i, c in enumerate(self.open_calls) if c.id == call.id)
        if call.is_open:
            self.open_calls[at] = call
        else:
            del self.open_calls[at]
            self.closed[call.id] = call

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
