"""The call transport the screenshots picture: a desk online, as a kiosk whose attendants can
be called shows its buttons ("Call for help", "Call staff to take me there") and the help
dialog calling. It holds the call the tour raises in memory and sends nothing: pictures make no
claim that a call reaches anyone (the tests that do use a real broker and console).

The tour also pictures a kiosk with no call system (visitor.render_all builds one without a
transport), whose buttons offer the desk's phone instead."""
from __future__ import annotations

import time

from kiosk.calls.call import Call
from kiosk.directory.model import EMPTY


class PicturedDesk:
    """What CallService reads of calls.kiosk_side.KioskAlerts: connected, one console
    online, at most one open call (the tour's), never escalated or expired."""

    connected = True
    consoles_online = 1

    def __init__(self, kiosk_id: str = "lobby", floor: str = "1F"):
        self.kiosk_id, self.floor = kiosk_id, floor
        self.on_change = None
        self.open_call: Call | None = None

    @property
    def open_calls(self) -> list[Call]:
        return [self.open_call] if self.open_call is not None else []

    def relocate(self, floor: str, _place) -> None:
        self.floor = floor

    def call(self, need: str = "", destination=EMPTY, own: bool = False) -> Call:
        if self.open_call is None:
            self.open_call = Call.raise_new(self.kiosk_id, self.floor, time.time(), need,
                                            destination)
        elif need:
            self.open_call = self.open_call.with_need(need, time.time())
        return self.open_call

    def refine(self, call_id: str, need: str) -> Call | None:
        if self.open_call is None or self.open_call.id != call_id:
            return None
        return self.call(need)

    def cancel(self, call_id: str) -> Call | None:
        call = self.open_call
        if call is None or call.id != call_id:
            return None
        self.open_call = None
        return call

    def closed_call(self, _call_id: str) -> None:
        return None  # the tour cancels its call: nothing to tell of how it ended

    def refuse(self, *_args) -> None:
        pass  # never: a call can always go

    def check_escalation(self) -> None:
        pass  # the tour's call is pictured as it is raised
