"""A kiosk's calls on the wire: every state of each of its calls published, retained (QoS 1),
repeated until a console acknowledges it, and what is over cleared from the broker.

The kiosk's outbox (its store) is the source of truth, not the broker: a state is saved
before it is sent (`_apply`), and one publisher thread sends them in order. An unanswered
call's state is repeated with a growing interval; a call unanswered for 30 s is escalated;
the broker's PUBACK of the raised state makes it "delivered". A closed call's final state
stays retained for `closed_linger` seconds and is then cleared; after each reconnect it is
checked against the copy the broker kept, since the broker may have lost anything since its
last save (call_topic_check.py reads what the topics hold). KioskAlerts (kiosk_side.py) is
what the visitor's screen uses on top of both.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import paho.mqtt.client as mqtt

from kiosk.calls import protocol as proto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import Call
from kiosk.calls.link import MqttLink
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import Place

log = logging.getLogger(__name__)

CLOSED_LINGER = 120.0  # seconds a closed call's final state stays retained before it's cleared
# Repeats of an unacknowledged state double their interval up to this: each repeat is queued
# for every console that is away (persistent sessions), so a night would queue thousands.
REPUBLISH_MAX = 30.0
# After reconnecting, a closed call's final state is published again only if the broker's
# retained copy (sent on subscribing) has not shown it kept within this many seconds: a broker
# killed every few seconds would otherwise get every call closed in the last CLOSED_LINGER
# seconds again at each reconnect, queued for every console, and fall ever further behind.
VERIFY_WAIT = 1.0


class CallPublisher(MqttLink):
    """A kiosk's link, publishing its calls' states: the open ones (an earlier visitor's and
    a new visitor's own, at most) and what is over."""

    def __init__(self, kiosk_id: str, settings: BrokerSettings, outbox: CallOutbox,
                 *, clock: Callable[[], float], on_change: Callable[[], None] | None,
                 republish_every: float, closed_linger: float,
                 place: Place | None) -> None:
        # The kiosk id is its broker account (and so its client id): the ACL keys on it.
        # `place`: its name and floor as people say them, for the consoles' rows.
        super().__init__("kiosk", kiosk_id, settings, place=place, on_change=on_change)
        self.kiosk_id, self.outbox, self.clock = kiosk_id, outbox, clock
        self.republish_every, self.closed_linger = republish_every, closed_linger
        self._lock = threading.RLock()
        self._open: dict[str, Call] = {}
        # Every copy of each open call this kiosk published (its record, without `age`):
        # any other on its topics was forged with its account. After a restart, what was
        # saved is taken as published (a state saved and never sent is republished anyway).
        self._said: dict[str, set[Call]] = {}
        self._resume()
        self._dirty: dict[str, Call] = {}  # states to publish, by call id (latest wins)
        self._closed: dict[str, tuple[Call | None, float]] = {}  # id -> (final, clear at)
        self._unverified: dict[str, float] = {}  # closed call id -> republish at (monotonic)
        self._sent: list[tuple[mqtt.MQTTMessageInfo, str]] = []  # raised states awaiting PUBACK
        self._last_publish, self._repeats = 0.0, 0
        self._wake = threading.Event()
        self._worker: threading.Thread | None = None

    def start(self) -> None:
        """Connect and publish; an open call left in the outbox (a restart) is resumed."""
        with self._lock:
            self._resume()
            self._dirty.update(self._open)
        self._worker = threading.Thread(target=self._run, name=f"alerts-{self.kiosk_id}",
                                        daemon=True)
        super().start()
        self._worker.start()

    def stop(self) -> None:
        """Publish what is still unsent (a cancel just before), then disconnect."""
        self._stopping.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join(timeout=5)
        deadline = time.monotonic() + 1.0
        for info in self._publish_due():
            try:
                info.wait_for_publish(timeout=max(0.0, deadline - time.monotonic()))
            except (RuntimeError, ValueError):  # refused (oversize): wait for the rest
                continue
        super().stop()

    def check_escalation(self) -> bool:
        """Escalate (urgent, re-alerted to every console) a call unacknowledged for 30 s;
        close one unchanged for call.EXPIRE_AFTER (Call.expire), so that the next tap on
        Help raises a fresh call instead of telling a later visitor about this one. Stopped
        (the kiosk shutting down, its store closing), it changes nothing: a state it could
        neither save nor publish would be lost or fail on a closed store."""
        if self._stopping.is_set():
            return False
        with self._lock:
            now = self.clock()
            due = [c.expire(now) if c.due_to_expire(now) else c.escalate(now)
                   for c in self._open.values()
                   if c.due_to_expire(now) or c.due_for_escalation(now)]
            for call in due:
                self._apply(call)
        if due:
            self._changed()
        return bool(due)

    # -- internals ----------------------------------------------------------------------------
    def _resume(self) -> None:
        self._open = {c.id: c for c in self.outbox.open_calls_of(self.kiosk_id)}
        self._said = {cid: {call} for cid, call in self._open.items()}

    def _apply(self, call: Call) -> None:
        """Record a new state of a call: outbox first, then queue it for publishing."""
        self.outbox.save(call)
        self._dirty[call.id] = call
        self._repeats = 0
        if call.is_open:
            self._open[call.id] = call
        else:
            self._open.pop(call.id, None)
            self._said.pop(call.id, None)
            self._closed[call.id] = (call, time.monotonic() + self.closed_linger)

    def _changed(self) -> None:
        self._wake.set()
        self._notify()

    def _connected(self) -> None:
        with self._lock:  # the broker may have lost anything since its last save
            check_at = time.monotonic() + VERIFY_WAIT
            for cid, (call, _) in self._closed.items():
                if call is not None:  # unless its retained copy shows it kept (_retained)
                    self._unverified[cid] = check_at
            for cid in self._open:  # an open call's state is expected back as well
                self._unverified[cid] = check_at
            self._dirty.update(self._open)
        self._wake.set()

    def _emptied(self, call_id: str) -> None:
        """An open call's topic held no state when this kiosk reconnected: emptied with its
        account (whoever logs in with it takes the kiosk's session, so the kiosk never sees
        the empty message itself), or lost by a broker restarted before it saved it."""
        self.refusals.limited(self.kiosk_id, "forged states corrected",
                              "call %s: its topic held no state after reconnecting "
                              "(cleared by someone else with this kiosk's account, forged, "
                              "or lost by the broker); published again", call_id, log=log,
                              about=call_id)

    def _published(self, mid: int) -> None:
        """The broker's PUBACK (network thread): a raised state it confirms is delivered now,
        on the thread that applies receipts, which come after it; paho marks the message
        published only after this returns, so the publisher thread's look may come late."""
        with self._lock:
            cid = next((c for info, c in self._sent if info.mid == mid), None)
        if cid is not None and not self._stopping.is_set():  # stopping: nothing is written
            self._deliver({cid})
        self._wake.set()  # the publisher thread looks at which raised state got through

    def _run(self) -> None:
        while not self._stopping.is_set():
            waiting = self._sent and self.connected  # for a PUBACK: look again soon
            self._wake.wait(0.05 if waiting else min(self.republish_every, 0.5))
            self._wake.clear()
            try:
                self.check_escalation()
                self._check_delivered()
                self._publish_due()
            except Exception:
                log.exception("alert publisher failed; going on")

    def _check_delivered(self) -> None:
        with self._lock:
            done = {cid for info, cid in self._sent if info.is_published()}
        self._deliver(done)

    def _deliver(self, done: set[str]) -> None:
        """The raised states of `done` (call ids) got through: their calls are delivered."""
        with self._lock:
            self._sent = [(i, c) for i, c in self._sent if c not in done and i.rc in (0, 4)]
            delivered = [c.advance("delivered", self.clock()) for c in self._open.values()
                         if c.id in done and c.state == "raised"]
            for call in delivered:
                self._apply(call)
        if delivered:
            self._changed()

    def _publish_due(self) -> list[mqtt.MQTTMessageInfo]:
        """The only place call states are published (the worker, then stop() once it has
        ended): one thread at a time keeps them in order."""
        if not self.connected:
            return []
        now = time.monotonic()
        with self._lock:
            batch, self._dirty = list(self._dirty.values()), {}
            every = min(self.republish_every * 2 ** self._repeats, REPUBLISH_MAX)
            unanswered = [c for c in self._open.values() if c.state in ("raised", "delivered")
                          and all(c.id != b.id for b in batch)]
            if unanswered and now - self._last_publish >= every:
                batch += unanswered  # no console acknowledged them yet
                self._repeats += 1
            for cid in [c for c, due in self._unverified.items() if due <= now]:
                del self._unverified[cid]  # no retained copy came: the broker lost it
                if cid in self._open:  # already published again on reconnecting
                    self._emptied(cid)
                    continue
                final = self._closed.get(cid, (None, 0.0))[0]
                if final is not None and all(c.id != cid for c in batch):
                    batch.append(final)
            clears = [cid for cid, (_, due) in self._closed.items() if due <= now]
            for c in batch:  # before it is sent: its echo may come back at once
                if c.is_open:
                    self._said.setdefault(c.id, set()).add(c)
            for cid in clears:
                del self._closed[cid]
                self._unverified.pop(cid, None)
        infos = []
        for c in batch:
            info = self.publish(proto.call_topic(self.kiosk_id, c.id),
                                proto.call_payload(c, self.clock()), retain=True)
            infos.append(info)
            if c.state == "raised" and info.rc in (0, 4):  # queued, or kept for reconnecting
                with self._lock:  # the network thread reads it on each PUBACK
                    self._sent.append((info, c.id))
            if c.is_open:
                self._last_publish = now
        for cid in clears:  # an empty retained message removes the topic's retained state
            infos.append(self.publish(proto.call_topic(self.kiosk_id, cid), b"", retain=True))
        return infos

