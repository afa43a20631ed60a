"""Who a console sees online: the kiosks' and the other consoles' presence, each kiosk's
place, and the console's greeting beat to a kiosk's new run.

Presence is heard at QoS 0 (`PRESENCE_QOS`): the broker queues none of it while the console
is away (network lost, PC asleep, console restarted), so a console that comes back hears
each peer's retained presence, then what is said live. Queued heartbeats would arrive as
live messages after a reconnect, and show a kiosk that died meanwhile online until they went
stale, its Will after them keeping it so for KIOSK_OFFLINE_GRACE more (calls/presence.py):
an attendant would believe visitors there can call. The kiosk hears consoles the same way.

What a kiosk's heartbeat says of its open calls (ages, states, digests) is read by the
console's call side (console_side.py, `_calls_said`), under the same lock.
"""
from __future__ import annotations

import threading

import paho.mqtt.client as mqtt

from kiosk.calls.link import RECONNECT_MAX, MqttLink
from kiosk.calls.presence import Presence
from kiosk.calls.presence_message import Place, PresenceMessage, parse_presence

# Presence is never queued for a console while it is away (module doc); the retained copy
# comes on every subscription.
PRESENCE_QOS = 0
# Seconds a kiosk shown online still counts after its Last Will: whoever logs in with a
# kiosk's password takes its session, and the broker publishes the kiosk's Will; the kiosk is
# back within its reconnect (link.RECONNECT_MIN, at most RECONNECT_MAX after failed tries).
# A kiosk really gone is shown offline this much later.
KIOSK_OFFLINE_GRACE = RECONNECT_MAX + 1.0


class ConsolePresence(MqttLink):
    """The presence half of ConsoleAlerts (console_side.py)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.RLock()
        self._presence = {"kiosk": Presence(offline_grace=KIOSK_OFFLINE_GRACE),
                          "console": Presence()}
        self._places: dict[str, Place] = {}  # kiosk id -> the place it last named
        self._kiosk_runs: dict[str, str] = {}  # kiosk id -> the session last answered

    @property
    def kiosks(self) -> dict[str, bool]:
        """Kiosk id -> online, for every kiosk that ever announced itself."""
        return self._presence["kiosk"].online()

    @property
    def consoles(self) -> dict[str, bool]:
        return self._presence["console"].online()

    @property
    def places(self) -> dict[str, Place]:
        """Kiosk id -> its name and floor, for every kiosk that said them (newer kiosks)."""
        with self._lock:
            return dict(self._places)

    def _next_expiry(self) -> float | None:
        due = [d for d in (p.next_expiry() for p in self._presence.values()) if d is not None]
        return min(due) if due else None

    def _presence_stale(self) -> bool:
        return any([p.refresh() for p in self._presence.values()])  # refresh both

    def _link_lost(self) -> None:
        for presence in self._presence.values():
            presence.lost()

    def _presence_message(self, msg: mqtt.MQTTMessage) -> None:
        said = parse_presence(msg.topic, msg.payload)
        self._heard(said)
        if not msg.retain:
            self._greet(said)

    def _calls_said(self, said: PresenceMessage) -> bool:
        """What a presence says of its sender's open calls (under the lock); True if a call
        shown changed."""
        return False

    def _heard(self, said: PresenceMessage) -> None:
        """A kiosk's or console's presence: who is online, and a kiosk's place, its open
        calls' ages, states and records' digests."""
        with self._lock:  # an older message without one leaves the name known
            # A Last Will names the place the kiosk had when it connected: after a
            # directory update renamed it, only its online presence is current.
            place = said.place
            renamed = (place is not None and self._places.get(said.ident) != place
                       and (said.online or said.ident not in self._places))
            if renamed:
                self._places[said.ident] = place
            calls = self._calls_said(said)
        if (self._presence[said.role].heard(said.ident, said.online, said.every, said.beat)
                or renamed or calls):
            self._notify()

    def _greet(self, said: PresenceMessage) -> None:
        """A kiosk's new run said it is online, live: beat at once. A kiosk counts a console
        only once it heard it live (a stored "online" may be from before a power cut), so a
        restarted kiosk offers calls now, not at this console's next heartbeat."""
        if said.role != "kiosk" or not said.online or said.beat is None:
            return
        with self._lock:
            if self._kiosk_runs.get(said.ident) == said.beat[0]:
                return
            self._kiosk_runs[said.ident] = said.beat[0]
        self._announce()
