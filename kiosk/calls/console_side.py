"""An attendant console's side of the alert service: every call, and the answers to them.

A console never changes a call itself: it asks the kiosk (ack topic, QoS 1) and shows its
answer at once while the kiosk applies it. A call is its kiosk and its id together (its
`key`): everything here is held, merged, answered, aged and forgotten by that pair, since a
kiosk's account writes only its own topics and a copy on kiosk B's topic, whatever id it
carries, must never change kiosk A's call. Copies are merged forward only, since QoS 1
delivers twice and republished states repeat. If the kiosk's state still
lags the console's answer a while later, the answer is sent again.

On receiving an open call the console sends a receipt (the ack topic, state "received"), and
again while the kiosk's republished state still lacks one: the kiosk tells the visitor the desk
has the call only once a receipt is in its record.

The kiosk's own word wins over time: its heartbeat lists every open call with its state and
its record's digest, and a call that two new heartbeats in a row leave out is forgotten,
while one whose copy here is another record than they name (forged with the kiosk's
account) goes back to the kiosk's own copy.

Who is online, each kiosk's place and the greeting beat to a kiosk's new run are
console_presence.py's (ConsolePresence, which this class extends).
"""
from __future__ import annotations

import logging
import time
from typing import Callable

import paho.mqtt.client as mqtt

from kiosk.calls import protocol as proto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import Call, CallKey
from kiosk.calls.console_presence import PRESENCE_QOS, ConsolePresence
from kiosk.calls.copies import Copies, digest, digests_from, held_back
from kiosk.calls.presence_message import PresenceMessage
from kiosk.calls.protocol import rank

log = logging.getLogger(__name__)

RESEND_AFTER = 1.0  # seconds the kiosk's state may lag this console's answer before resending
# New heartbeats of a kiosk in a row that must leave out an open call before this console
# forgets it: one heartbeat may have been written just before the call was raised.
# The same count of heartbeats that name an open call's state behind this console's copy
# (a resolve published just after a heartbeat was written is not contradicted by it).
UNLISTED_HEARTBEATS = 2


class ConsoleAlerts(ConsolePresence):
    """An attendant console: sees every call (by kiosk and id) and answers them."""

    def __init__(self, console_id: str, attendant_name: str, settings: BrokerSettings, *,
                 clock: Callable[[], float] = time.time,
                 ticks: Callable[[], float] = time.monotonic,
                 on_change: Callable[[], None] | None = None) -> None:
        # The console id is its broker account: it answers on acks/<kiosk>/<console id>/...
        super().__init__("console", console_id, settings, name=attendant_name,
                         on_change=on_change)
        self.console_id, self.attendant_name, self.clock = console_id, attendant_name, clock
        self._seen: dict[CallKey, Call] = {}  # as the kiosks published them
        self._copies = Copies()  # the last copies of each call, for a heartbeat to name
        self._pending: dict[CallKey, list] = {}  # [state, at, monotonic last sent]
        self._receipts: dict[CallKey, float] = {}  # monotonic time this console sent one
        # call -> when it was raised, on this console's monotonic clock: the earliest of
        # (received - age said), since a message's delay (a retained one's included) can
        # only make a call look younger
        self.ticks = ticks
        self._opened: dict[CallKey, float] = {}
        self._unlisted: dict[CallKey, int] = {}  # open call -> new heartbeats that left it out
        self._behind: dict[CallKey, int] = {}  # call -> new heartbeats that said an earlier state
        self._kiosk_beats: dict[str, tuple[str, int]] = {}  # kiosk id -> last beat counted
        self._listed: dict[str, set[str]] = {}  # kiosk id -> its last heartbeat's open calls
        # Kiosks whose latest presence said offline (a Will, a goodbye), and the calls first
        # heard while their kiosk was so: a login with a kiosk's account takes its session,
        # and the broker says the kiosk's Will before anything that login sends.
        self._away: set[str] = set()
        self._doubted: set[CallKey] = set()

    @property
    def opened(self) -> dict[CallKey, float]:
        """(kiosk, call id) -> when it was raised, on `ticks` (time.monotonic): the wait is
        ticks() - opened[key], whatever the kiosk's clock says the time is."""
        with self._lock:
            return dict(self._opened)

    @property
    def calls(self) -> dict[CallKey, Call]:
        """Every call seen, by (kiosk, id), with this console's own transitions applied at
        once; at most MAX_OPEN open calls of one kiosk (copies.held_back)."""
        with self._lock:
            views = {key: self._view(key) for key in self._seen}
            held = held_back(views, self._listed, self._doubted)
        return {key: call for key, call in views.items() if key not in held}

    def acknowledge(self, key: CallKey) -> Call:
        return self._transition(key, "acknowledged")

    def arrived(self, key: CallKey) -> Call:
        return self._transition(key, "arrived")

    def resolve(self, key: CallKey) -> Call:
        return self._transition(key, "resolved")

    def _view(self, key: CallKey) -> Call:
        seen, pending = self._seen[key], self._pending.get(key)
        if pending is None or rank(pending[0]) <= rank(seen.state):
            return seen
        return seen.advance(pending[0], pending[1], self.attendant_name, self.console_id)

    def _transition(self, key: CallKey, state: str) -> Call:
        with self._lock:
            seen = self._seen[key]  # KeyError: a call this console never saw
            if not seen.is_open or rank(self._view(seen.key).state) >= rank(state):
                return self._view(seen.key)
            at = self.clock()
            self._pending[seen.key] = [state, at, time.monotonic()]
            payload = proto.ack_payload(seen, state, self.attendant_name, self.console_id, at)
            view = self._view(seen.key)
        self.publish(proto.ack_topic(seen.kiosk, self.console_id, seen.id), payload)
        self._notify()
        return view

    def _connected(self) -> None:
        self._subscribe([(proto.CALLS_ALL, proto.QOS), (proto.PRESENCE_ALL, PRESENCE_QOS)])
        with self._lock:
            resend = list(self._pending.items())
        for key, p in resend:
            self._send(key, p)

    def _send(self, key: CallKey, pending: list) -> None:
        seen = self._seen[key]
        pending[2] = time.monotonic()
        self.publish(proto.ack_topic(seen.kiosk, self.console_id, seen.id), proto.ack_payload(
            seen, pending[0], self.attendant_name, self.console_id, pending[1]))

    def _message(self, msg: mqtt.MQTTMessage) -> None:
        kind = proto.split(msg.topic)[0]
        if kind == "presence":
            self._presence_message(msg)
            return
        call, age = proto.parse_call_state(msg.topic, msg.payload)
        if call is None:
            return  # the kiosk cleared a closed call's retained state; keep what we saw
        resend = None
        with self._lock:
            if age is None:  # an older kiosk: only its clock against ours is left
                age = max(0.0, self.clock() - proto.raised_time(call))
            older = self._heard_age(call.key, age)
            old = self._seen.get(call.key)
            if old is None and call.kiosk in self._away:
                self._doubted.add(call.key)
            new = self._seen[call.key] = old.merge(call) if old is not None else call
            self._copies.keep(call)
            pending = self._pending.get(call.key)
            if pending is not None:
                if rank(new.state) >= rank(pending[0]):
                    del self._pending[call.key]  # the kiosk has applied it
                elif time.monotonic() - pending[2] >= RESEND_AFTER:
                    resend = pending  # our transition got lost: say it again
            if self._receipt_due(new):  # under the lock: before any answer of ours to it
                self.publish(proto.ack_topic(call.kiosk, self.console_id, call.id),
                             proto.receipt_payload(call, self.console_id, self.attendant_name,
                                                   self.clock()))
        if resend is not None:
            self._send(call.key, resend)
        if new != old or older:
            self._notify()

    def _calls_said(self, said: PresenceMessage) -> bool:
        """A kiosk's presence: its open calls' ages, and, a new heartbeat, which calls are
        open and their states and records' digests (under the lock)."""
        if said.role == "kiosk":
            (self._away.discard if said.online else self._away.add)(said.ident)
        older = any([self._heard_age(key, age) for key, age in self._ages_of(said)])
        forgot = (said.listed is not None and said.beat is not None and said.online
                  and self._kiosk_heartbeat(said.ident, said.listed, said.states or {},
                                            digests_from(said.digests) or {}, said.beat))
        return older or forgot

    def _kiosk_heartbeat(self, kiosk: str, listed: set[str], states: dict[str, str],
                         digests: dict[str, str], beat: tuple[str, int]) -> bool:
        """A kiosk's new heartbeat lists all its open calls (and, newer kiosks, their
        states and their records' digests): the kiosk's word, taken when
        UNLISTED_HEARTBEATS in a row say it. True if a call changed."""
        if self._kiosk_beats.get(kiosk) == beat:
            return False  # a copy (a retained one, again on resubscribing): no news
        self._kiosk_beats[kiosk] = beat
        self._listed[kiosk] = set(listed)
        self._doubted -= {(kiosk, cid) for cid in listed}  # the kiosk's own word
        # The kiosk speaks for its own calls only: their ids are looked up in what it said.
        mine = [key for key in self._seen if key[0] == kiosk]
        for key in (k for k in mine if k[1] not in states):  # not open by the kiosk's word
            self._behind.pop(key, None)
            if not self._seen[key].is_open:  # over: no copy of it will be named again
                self._copies.drop(key)
        restored = [self._restore(key, states[key[1]], digests.get(key[1]))
                    for key in mine if key[1] in states]
        return self._forget_unlisted(mine, listed) or any(restored)

    def _restore(self, key: CallKey, said: str, named: str | None) -> bool:
        """The kiosk's heartbeat says its open call is in state `said`, its record the one
        of digest `named` (None: an older kiosk, which says the state only): a copy here
        that is another record, or ahead of `said` (closed, or further on), was not the
        kiosk's word (forged with its account); after UNLISTED_HEARTBEATS such heartbeats
        in a row the kiosk's own copy is shown again, logged. True if it was."""
        seen = self._seen[key]
        if (digest(seen) == named if named is not None
                else seen.is_open and rank(seen.state) <= rank(said)):
            self._behind.pop(key, None)
            return False
        self._behind[key] = self._behind.get(key, 0) + 1
        own = self._copies.own(key, named, said)
        if self._behind[key] < UNLISTED_HEARTBEATS or own is None:
            return False
        self.refusals.limited(seen.kiosk, "forged copies corrected",
                              "call %s of kiosk %r is %s by its kiosk's heartbeats, not "
                              "this %s copy: forged; the kiosk's own shown again",
                              seen.id, seen.kiosk, said, seen.state, log=log, about=seen.id)
        self._seen[key] = own
        del self._behind[key]
        return True

    def _forget_unlisted(self, mine: list[CallKey], listed: set[str]) -> bool:
        """An open call a kiosk's heartbeat left out UNLISTED_HEARTBEATS in a row is not
        open (a state the kiosk never recorded, sent with its account; a kiosk that lost
        its store): forgotten, logged. True if one was."""
        forgot = False
        for key in mine:
            call = self._seen[key]
            if not self._view(key).is_open or call.id in listed:
                self._unlisted.pop(key, None)
                continue
            self._unlisted[key] = self._unlisted.get(key, 0) + 1
            if self._unlisted[key] >= UNLISTED_HEARTBEATS:
                self.refusals.limited(call.kiosk, "calls forgotten",
                                      "call %s of kiosk %r forgotten: its "
                                      "kiosk's heartbeats do not list it as open", call.id,
                                      call.kiosk, log=log, about=call.id)
                for known in (self._seen, self._unlisted, self._pending, self._opened,
                              self._receipts, self._behind):
                    known.pop(key, None)
                self._doubted.discard(key)
                self._copies.drop(key)
                forgot = True
        return forgot

    def _ages_of(self, said: PresenceMessage) -> list[tuple[CallKey, float]]:
        """The ages a kiosk's heartbeat says of its own calls that this console holds (under
        the lock). Another kiosk's call is not its to age, and an id of no call here is
        dropped: a call's start is first taken from its own state, which carries its age,
        and keeping ids of nothing would grow with every heartbeat that names new ones."""
        if said.role != "kiosk":
            return []
        return [((said.ident, cid), age) for cid, age in (said.ages or {}).items()
                if (said.ident, cid) in self._seen]

    def _heard_age(self, key: CallKey, age: float) -> bool:
        """A kiosk said the call was `age` seconds old just now; True if that moves the
        call's start visibly earlier than this console thought (under the lock)."""
        at, known = self.ticks() - age, self._opened.get(key, float("inf"))
        if at >= known:
            return False
        self._opened[key] = at
        return known - at >= 0.5  # the shown seconds move; not every heartbeat's jitter

    def _receipt_due(self, call: Call) -> bool:
        """Whether to tell the kiosk this console has the call: while the call, as the kiosk
        published it, records no receipt and no answer; at most once every RESEND_AFTER."""
        if not call.is_open or call.received:
            self._receipts.pop(call.key, None)
            return False
        now = time.monotonic()
        last = self._receipts.get(call.key)
        if last is not None and now - last < RESEND_AFTER:
            return False
        self._receipts[call.key] = now
        return True
