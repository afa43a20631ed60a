"""The alert service: a kiosk raises calls for an attendant, consoles acknowledge them.

This module is the kiosk's side (KioskAlerts); the console's is console_side.py.

The kiosk's outbox (its store) is the source of truth, not the broker: a call is saved before
anything is sent, and its state is republished (retained, QoS 1) until a console acknowledges
it (call_publisher.py). Consoles only ask for transitions on the ack topic; the kiosk applies
them to its record, saves and republishes, so what every console sees is what the kiosk
recorded. A console's receipt on the same topic is recorded the same way: it, not the
broker's PUBACK ("delivered"), is what lets the screen say the desk has the call.
Callbacks (on_change) come from paho's network thread or the kiosk's publisher thread.
"""
from __future__ import annotations

import logging
import time
from typing import Callable

import paho.mqtt.client as mqtt

from kiosk.calls import protocol as proto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import MAX_OPEN, Call, CallError
from kiosk.calls.call_publisher import CLOSED_LINGER
from kiosk.calls.call_topic_check import CallTopicCheck
from kiosk.calls.copies import digest
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence import Presence
from kiosk.calls.presence_message import Place, parse_presence
from kiosk.directory.model import EMPTY, Text

log = logging.getLogger(__name__)

__all__ = ["KioskAlerts", "CLOSED_LINGER"]

# A console's heartbeat is believed up to the longer of this kiosk's own interval
# (broker.keepalive) and TRUST_FLOOR: "sent to the N desks connected now" must not count a desk
# that left without a Will for long on the word of a long `every` (60 s: 90 s), nor may a desk
# whose PC was set to beat every 30 s, while the kiosk beats every 10, count as gone for half of
# every beat, the visitor told the desk's screen is off while the desk is staffed.
TRUST_FLOOR = 30.0


def trusted_every(keepalive: float, floor: float = TRUST_FLOOR) -> float:
    """The longest heartbeat interval a kiosk believes of a console."""
    return max(float(keepalive), floor)


class KioskAlerts(CallTopicCheck):
    """A kiosk's side: its visitor's open call, published until a console acknowledges it,
    and beside it any call earlier visitors left open (a new visitor's own request is a call
    of its own: `call(..., own=True)`)."""

    def __init__(self, kiosk_id: str, floor: str, settings: BrokerSettings, outbox: CallOutbox,
                 *, clock: Callable[[], float] = time.time,
                 on_change: Callable[[], None] | None = None, republish_every: float = 2.0,
                 closed_linger: float = CLOSED_LINGER, place: Place | None = None,
                 trust_floor: float = TRUST_FLOOR) -> None:
        super().__init__(kiosk_id, settings, outbox, clock=clock, on_change=on_change,
                         republish_every=republish_every, closed_linger=closed_linger,
                         place=place)
        self.floor = floor
        # A console counts once heard live: after a power cut the broker restores its
        # retained "online" with no Will to follow (calls/presence.py).
        self._consoles = Presence(trusted_every=trusted_every(settings.keepalive, trust_floor),
                                  live_first=True)

    # -- state for the screen -----------------------------------------------------------------
    @property
    def open_call(self) -> Call | None:
        """The open call raised last (the one the visitor at the screen is told about)."""
        with self._lock:
            return next(reversed(self._open.values()), None)

    @property
    def open_calls(self) -> list[Call]:
        """Every open call, the oldest first."""
        with self._lock:
            return list(self._open.values())

    def closed_call(self, call_id: str) -> Call | None:
        """A call's final state while it is still kept to be published (CLOSED_LINGER), for
        the screen to tell how it ended: resolved at the desk, or expired unanswered."""
        with self._lock:
            final = self._closed.get(call_id)
            return final[0] if final is not None else None

    @property
    def consoles_online(self) -> int:
        return self._consoles.count()

    @property
    def online_consoles(self) -> set[str]:
        """The ids of the consoles heard online now (the notes ask which of them may read a
        department's messages)."""
        return {ident for ident, online in self._consoles.online().items() if online}

    def relocate(self, floor: str, place: Place | None) -> None:
        """A directory update gave this kiosk another place: new calls carry its new floor,
        and the consoles hear its new name and floor at once (its presence, again)."""
        with self._lock:
            self.floor = floor
        self.move(place)

    # -- what the visitor does ----------------------------------------------------------------
    def call(self, need: str = "", destination: Text = EMPTY, own: bool = False) -> Call:
        """Raise a call, or return the open one raised last (repeated taps; a need or a
        destination given now is added to it). With `own`, a new call even beside open ones:
        a new visitor's request, while the call an earlier visitor left is still open; not
        beside MAX_OPEN open calls (CallError: the screen gives the desk's phone instead). It
        is in the outbox before this returns, so the screen may say it was sent."""
        with self._lock:
            last = self.open_call
            if last is not None and not own:
                now = self.clock()
                call = last.asked_again(need, destination, now)
                if call != last:
                    self._apply(call)
                    self._changed()
                return call
            if len(self._open) >= MAX_OPEN:
                raise CallError(f"{len(self._open)} calls of this kiosk are open already "
                                f"(at most {MAX_OPEN})")
            call = Call.raise_new(self.kiosk_id, self.floor, self.clock(), need, destination)
            self._apply(call)
        self._changed()
        return call

    def refuse(self, reason: str, need: str = "", destination: Text = EMPTY) -> Call:
        """Record that a visitor asked for help and no call could be sent (`reason`:
        calls.call.REFUSALS), straight to the records: the charter's figures count the
        visitors who could not call. Each refusal given is one visitor's: the screens,
        which know where a visit ends, give one a visit (ui/services/call_service.py)."""
        with self._lock:
            call = Call.refused(self.kiosk_id, self.floor, self.clock(), reason, need,
                                destination)
        self.outbox.save(call)
        return call

    def refine(self, call_id: str, need: str) -> Call | None:
        """The visitor said what they need after calling: added to their call `call_id`,
        never to another open call (None: that call is no longer open)."""
        return self._change(call_id, lambda c: c.with_need(need, self.clock()))

    def cancel(self, call_id: str) -> Call | None:
        """The visitor cancelled their call `call_id`: another visitor's open call beside it
        stays open (None: that call is no longer open)."""
        return self._change(call_id, lambda c: c.advance("cancelled", self.clock()))

    def _change(self, call_id: str, change: Callable[[Call], Call]) -> Call | None:
        with self._lock:
            mine = self._open.get(call_id)
            if mine is None:
                return None
            call = change(mine)
            if call != mine:
                self._apply(call)
        self._changed()
        return call

    # -- internals ----------------------------------------------------------------------------
    def _connected(self) -> None:
        self._subscribe([(proto.acks_of(self.kiosk_id), proto.QOS),
                         # QoS 0: no console's beats queued while the kiosk is away
                         # (they would arrive as live); the retained one comes anyway.
                         (proto.CONSOLES_PRESENCE, 0),
                         (proto.call_topic(self.kiosk_id, "+"), proto.QOS)])
        super()._connected()  # then what the broker may have lost goes out again

    def _message(self, msg: mqtt.MQTTMessage) -> None:
        kind = proto.split(msg.topic)[0]
        if kind == "presence":
            said = parse_presence(msg.topic, msg.payload)
            if self._consoles.heard(said.ident, said.online, said.every, said.beat,
                                    stored=bool(msg.retain)):
                self._notify()
        elif kind == "acks":
            if msg.retain:  # the broker's stored copy: answers are never retained
                raise proto.ProtocolError("a retained answer (answers are not retained)")
            ack = proto.parse_ack(msg.topic, msg.payload)
            if ack["kiosk"] != self.kiosk_id:  # only its own subscribed; said, not assumed
                raise proto.ProtocolError(f"an answer to kiosk {ack['kiosk']!r}'s call")
            self._acknowledged(ack)
        elif kind == "calls" and not self._forged(msg):
            self._retained(msg)

    def _acknowledged(self, ack: dict) -> None:
        with self._lock:
            mine = self._open.get(ack["call"])
            if mine is None:
                return  # a late or repeated message about a closed call
            # ack["console"] is the topic's console, which only that console's account writes
            if ack["state"] == proto.RECEIPT:  # a console has the call; nobody answered yet
                if mine.state == "raised":  # so the broker took it: the PUBACK not yet seen
                    mine = mine.advance("delivered", self.clock())
                call = mine.receive(ack["console"], self.clock())
            else:
                call = mine.advance(ack["state"], self.clock(), ack["attendant"],
                                    ack["console"])
            if call == mine:
                if ack["state"] != proto.RECEIPT:  # not in the record: said here
                    self.refusals.limited(ack["console"], "answers ignored",
                                          "call %s: %s from console %r ignored, the call is %s",
                                          call.id, ack["state"], ack["console"], call.state,
                                          level=logging.INFO, log=log, about=call.id)
                return
            self._apply(call)
        self._changed()

    def _open_calls(self) -> dict[str, dict]:
        """Said with every heartbeat, for each open call: its age on this kiosk's clock
        (consoles add their own time since, and forget a call it leaves out), its state and
        its record's digest, the kiosk's word: a console whose copy is ahead or differs (forged
        with this kiosk's account) takes the kiosk's own again."""
        now, calls = self.clock(), self.open_calls
        return {"ages": {c.id: now - proto.raised_time(c) for c in calls},
                "states": {c.id: c.state for c in calls},
                "digests": {c.id: digest(c) for c in calls}}

    def _next_expiry(self) -> float | None:
        return self._consoles.next_expiry()

    def _presence_stale(self) -> bool:
        return self._consoles.refresh()

    def _link_lost(self) -> None:
        self._consoles.lost()
