"""What a kiosk's own call topics (`calls/<kiosk>/<call>`) hold, checked as it comes back.

The broker sends its retained copy of each of the kiosk's calls on subscribing, and the echo
of every state the kiosk publishes; whoever has the kiosk's password can publish there too.
A copy of an open call that the kiosk never published is replaced at once by its own; a
closed call's final state the broker lost (a restart before it saved it) is published again;
a call the kiosk has no record of is cleared. Each correction is logged within the device's
lines a minute (calls/refusals.py). CallPublisher (call_publisher.py) publishes the states
and marks, on each reconnect, which copies are expected back (`_unverified`).
"""
from __future__ import annotations

import logging
import time

import paho.mqtt.client as mqtt

from kiosk.calls import protocol as proto
from kiosk.calls.call_publisher import CallPublisher
from kiosk.calls.refusals import excerpt

log = logging.getLogger(__name__)


class CallTopicCheck(CallPublisher):
    """A kiosk's link, publishing its calls and checking what its call topics hold."""

    def _forged(self, msg: mqtt.MQTTMessage) -> bool:
        """A copy on an open call's topic that is not one this kiosk published (written
        with its account by someone else: a later state, an earlier one with another
        destination or attendant, garbage or a clear) is replaced at once by the kiosk's
        own and logged. Copies it published before (QoS 1 repeats, the broker's retained
        one) are in `_said`."""
        call_id = proto.split(msg.topic)[2]
        with self._lock:
            mine = self._open.get(call_id)
            if mine is None:
                return False
            if msg.retain:  # the topic holds a state, ours or not: it was not emptied
                self._unverified.pop(call_id, None)
            try:
                said = proto.parse_call(msg.topic, msg.payload)
            except proto.ProtocolError as exc:
                said, why = None, str(exc)[:200]
            else:
                why = "a cleared topic" if said is None else f"state {said.state!r}"
            if said is not None and said in self._said.get(call_id, ()):
                return False
            self.refusals.limited(self.kiosk_id, "forged states corrected",
                                  "call %s: a state this kiosk never "
                                  "published, forged with its account (%s), is on its topic; "
                                  "publishing its own (%s) again", mine.id, why, mine.state,
                                  log=log, about=mine.id)
            self._dirty[mine.id] = mine
        self._wake.set()
        return True

    def _retained(self, msg: mqtt.MQTTMessage) -> None:
        """What the broker keeps of our calls (sent on subscribing): clear what is over. A
        call this kiosk has no record of is cleared and logged, retained or live (a live one
        can only be someone else's: each state this kiosk publishes is in its outbox first)."""
        call_id = proto.split(msg.topic)[2]
        if not msg.payload:
            return
        # A call not in hand is looked up before the lock, which the screen's every look
        # takes: a recent call's record is read from its files, a made-up id costs nothing.
        held = call_id in self._open or call_id in self._closed
        mine = None if held else self.outbox.get(call_id)
        with self._lock:
            if held and call_id not in self._open and call_id not in self._closed:
                return  # over and cleared meanwhile
            if call_id in self._open:
                if msg.retain:  # its topic still holds a state (a live copy is our echo)
                    self._unverified.pop(call_id, None)
                return
            if call_id not in self._closed and mine is None:
                self.refusals.limited(self.kiosk_id, "forged states corrected",
                                      "call %s: a call this kiosk has no record of (forged "
                                      "with its account, or from a store since lost) is on "
                                      "its topic; clearing it", excerpt(call_id), log=log,
                                      about=call_id)
            elif not msg.retain:
                return  # a live copy of a state of ours: its echo
            if call_id in self._closed:
                final = self._closed[call_id][0]
                if call_id in self._unverified and final is not None:
                    del self._unverified[call_id]
                    try:
                        kept = proto.parse_call(msg.topic, msg.payload)
                    except proto.ProtocolError:
                        kept = None
                    if kept != final:
                        self._dirty[call_id] = final  # the broker kept an older state
                return
            if mine is not None and mine.is_open:
                return  # an older open call; the screen has the latest
            left = 0.0
            if mine is not None and mine.events:
                left = max(0.0, self.closed_linger - (self.clock() - mine.events[-1][1]))
            self._closed[call_id] = (mine, time.monotonic() + left)
            if mine is not None:
                self._dirty[call_id] = mine
        self._wake.set()
