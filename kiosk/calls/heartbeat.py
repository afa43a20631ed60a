"""A link's presence: the device says it is online on connecting and then every `every`
seconds (retained), offline in its Last Will and, numbered, as its goodbye on a clean stop.

The heartbeat thread is the link's clock as well: between beats it wakes when a peer's
heartbeat is due to go stale (calls/presence.py) and flushes the minute's count of what the
device refused (calls/refusals.py). Every online presence is numbered within this run
(session, beat), so a receiver tells a copy of an old one (retained, restored by a
restarted broker) from a new one. MqttLink (link.py) is the connection it speaks through.
"""
from __future__ import annotations

import itertools
import secrets
import threading
import time
from typing import TYPE_CHECKING, Any, Callable

from kiosk.calls import protocol as proto
from kiosk.calls.presence_message import Place, presence_payload

if TYPE_CHECKING:
    import paho.mqtt.client as mqtt

    from kiosk.calls.refusals import Refusals


class Heartbeat:
    """The presence half of MqttLink, which provides the names annotated here."""

    role: str
    ident: str
    name: str
    place: Place | None
    connected: bool
    refusals: Refusals
    _client: mqtt.Client
    _stopping: threading.Event
    publish: Callable[..., mqtt.MQTTMessageInfo]
    _notify: Callable[[], None]

    def __init__(self, every: float) -> None:
        self.heartbeat_every = float(every)
        self._last_beat = 0.0
        self._session = secrets.token_hex(8)
        self._beats = itertools.count(1)
        self._announcing = threading.Lock()  # numbered in the order they are published
        self._beater: threading.Thread | None = None

    def move(self, place: Place | None) -> None:
        """The kiosk's place changed (a directory update renamed it or moved it to another
        floor): say it at once, so the consoles name it anew without a restart; the Last Will
        names it too from the next connection on."""
        if place == self.place:
            return
        self.place = place
        self._client.will_set(proto.presence_topic(self.role, self.ident), self._offline(),
                              qos=proto.QOS, retain=True)
        if self.connected:
            self._announce()

    def _start_beating(self) -> None:
        self._beater = threading.Thread(target=self._heartbeats, daemon=True,
                                        name=f"presence-{self.ident}")
        self._beater.start()

    def _stop_beating(self) -> None:
        """After _stopping is set: the thread's last beat is out before the goodbye."""
        if self._beater is not None and self._beater is not threading.current_thread():
            self._beater.join(timeout=5)

    def _announce(self) -> None:
        """Presence, online (retained): on connecting, then as the heartbeat."""
        self._last_beat = time.monotonic()
        with self._announcing:
            beat = (self._session, next(self._beats))
            self.publish(proto.presence_topic(self.role, self.ident),
                         presence_payload(self.role, self.ident, True, self.name,
                                          self.heartbeat_every, self.place, beat=beat,
                                          **self._open_calls()),
                         retain=True)

    def _offline(self) -> bytes:
        """Presence, offline: the Last Will, and what a clean stop says."""
        return presence_payload(self.role, self.ident, False, self.name, place=self.place)

    def _goodbye(self) -> mqtt.MQTTMessageInfo:
        """A clean stop's offline presence: numbered, so a receiver tells it from the Will
        (which carries no number) and from an old copy."""
        with self._announcing:
            beat = (self._session, next(self._beats))
        return self._client.publish(
            proto.presence_topic(self.role, self.ident),
            presence_payload(self.role, self.ident, False, self.name, place=self.place,
                             beat=beat),
            qos=proto.QOS, retain=True)

    def _heartbeats(self) -> None:
        every = self.heartbeat_every
        while True:
            wait = 1.0  # unconnected, the next beat is the one said on connecting
            if every > 0 and self.connected:
                wait = max(0.0, self._last_beat + every - time.monotonic())
            expiry = self._next_expiry()
            if expiry is not None:
                wait = min(wait, expiry + 0.01)
            if self._stopping.wait(min(wait, 1.0)):
                return
            self.refusals.flush()
            if every > 0 and self.connected and time.monotonic() >= self._last_beat + every:
                self._announce()
            if self._presence_stale():
                self._notify()

    # -- for subclasses -----------------------------------------------------------------------
    def _open_calls(self) -> dict[str, Any]:
        """What every heartbeat says of the sender's open calls: presence_payload's `ages`,
        `states` and `digests`; none from a sender without calls (a console)."""
        return {}

    def _next_expiry(self) -> float | None:
        """Seconds until a peer's heartbeat goes stale (None: no peer to watch)."""
        return None

    def _presence_stale(self) -> bool:
        """Look at the peers' heartbeats; True if one went stale since the last look."""
        return False
