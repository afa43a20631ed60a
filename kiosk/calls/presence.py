"""Who is online: presence messages, their Last Wills, and heartbeats.

A Last Will covers a kiosk or console that dies while the broker runs. It does not cover one
that dies while the broker is down: the restarted broker restores the retained "online" from
its database and no Will ever comes. So every link repeats its presence (a heartbeat, every
`every` seconds, said in the message), and a peer whose heartbeat is more than 1.5 x `every`
old counts as offline, as MQTT's own keep-alive rule has it. The age is measured on the
receiver's clock from when the message arrived, so the PCs' clocks need not agree.

A retained presence comes again whenever the receiver resubscribes, and a restarted broker
restores the one it saved: a copy of a heartbeat that says nothing about now. So each
heartbeat is numbered (`beat`, within the sender's `session`, a random id of each run) and
one already heard is no news: its age stays that of the first copy. A peer frozen (SIGSTOP)
or gone while the broker restarts is not shown online again by its old "online". An older
sender numbers nothing, and each of its messages counts as heard when it arrives.

What a receiver cannot know is the age of a stored "online" (a retained copy, the message's
retain flag set on delivery) from a peer it never heard live: after a power cut took the
broker and the peer down together, the restarted broker hands it out with no Will to follow.
A kiosk (`live_first`) counts such a peer online only once a live message of it arrives.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable

STALE_FACTOR = 1.5
SESSIONS_KEPT = 8  # a peer's runs whose highest beat is remembered (it restarts now and then)

Beat = tuple[str, int]  # (session, number): wire_check.beat


def since_boot() -> float:
    """Seconds on a clock that never goes back and, unlike `time.monotonic` on Linux, goes
    on while the PC is suspended (CLOCK_BOOTTIME); `time.monotonic` where there is none."""
    return time.clock_gettime(BOOT_CLOCK) if BOOT_CLOCK is not None else time.monotonic()


BOOT_CLOCK = getattr(time, "CLOCK_BOOTTIME", None)


@dataclass
class _Peer:
    online: bool  # what its latest message said
    heard: float  # when that message arrived (the first copy of a numbered one)
    every: float
    beat: Beat | None = None  # the beat that message carried
    muted: bool = False  # our own link dropped since: nothing it said is current
    leaving: float | None = None  # when an offline message came, still within the grace
    beats: dict[str, int] = field(default_factory=dict)  # session -> highest beat heard
    live: bool = False  # a message of it came live (not a stored copy) since we knew it

    def repeats(self, beat: Beat | None) -> bool:
        """A copy of a beat heard before (or older than one heard): no news about now."""
        return beat is not None and beat[1] <= self.beats.get(beat[0], 0)

    def shown(self, now: float, grace: float = 0.0) -> bool:
        return (self.online and not self.muted
                and (self.every <= 0 or now - self.heard <= STALE_FACTOR * self.every)
                and (self.leaving is None or now - self.leaving < grace))


class Presence:
    """Peers of one role (kiosks, or consoles), by id."""

    def __init__(self, clock: Callable[[], float] = since_boot,
                 trusted_every: float | None = None, offline_grace: float = 0.0,
                 live_first: bool = False) -> None:
        """`trusted_every`: the longest heartbeat interval believed (None: any the wire
        allows). A peer saying `every: 60` and leaving without a Will (a clean disconnect)
        would count as online for 90 s; capped, it counts 1.5 x the cap. `offline_grace`:
        seconds a peer shown online still counts after an offline message without a beat
        (its Will), unless it says online again first: a peer the broker dropped because
        someone logged in with its account is back sooner, and is never shown gone. A
        goodbye (a stopped peer's, numbered) counts at once. `live_first`: a peer counts
        online only once a message of it came live, not only a stored copy (module doc)."""
        self.clock = clock
        self.live_first = live_first
        self.trusted_every = trusted_every
        self.offline_grace = offline_grace
        self._lock = threading.Lock()
        self._peers: dict[str, _Peer] = {}
        self._shown: dict[str, bool] = {}

    def heard(self, ident: str, online: bool, every: float, beat: Beat | None = None,
              stored: bool = False) -> bool:
        """A presence message arrived (`beat`: its number, None from an older sender;
        `stored`: the broker's retained copy, not a live message); True if what is shown
        changed."""
        with self._lock:
            peer = self._peers.get(ident)
            if (peer is not None and not online and beat is None and self.offline_grace > 0
                    and peer.shown(self.clock(), self.offline_grace)):
                if peer.leaving is None:  # counted from its first offline message
                    peer.leaving = self.clock()
                return self._refresh()
            if peer is not None and online and peer.repeats(beat):
                if beat == peer.beat and peer.online:
                    peer.muted = False  # what we heard before our link dropped, still latest
                return self._refresh()
            if peer is None:
                peer = self._peers[ident] = _Peer(online, 0.0, 0.0)
            if self.trusted_every is not None:
                every = min(every, self.trusted_every)
            peer.online, peer.heard, peer.every = online, self.clock(), max(0.0, every)
            peer.beat, peer.muted, peer.leaving = (beat if online else None), False, None
            peer.live = peer.live or not stored
            if beat is not None:  # re-inserted last: the newest run is the last dropped
                peer.beats[beat[0]] = max(beat[1], peer.beats.pop(beat[0], 0))
                while len(peer.beats) > SESSIONS_KEPT:
                    del peer.beats[next(iter(peer.beats))]
            return self._refresh()

    def lost(self) -> bool:
        """Our own link to the broker dropped: no peer can be heard, so none is shown online
        (their retained presence comes again when we resubscribe). True if that changed."""
        with self._lock:
            for peer in self._peers.values():
                peer.muted = True
            return self._refresh()

    def online(self) -> dict[str, bool]:
        """Id -> online now, for every peer ever heard of."""
        with self._lock:
            return self._state()

    def count(self) -> int:
        return sum(self.online().values())

    def refresh(self) -> bool:
        """Called now and then: True if a heartbeat went stale since the last look."""
        with self._lock:
            return self._refresh()

    def next_expiry(self) -> float | None:
        """Seconds until the next peer shown online goes stale (None: none will)."""
        now = self.clock()
        with self._lock:
            due = [p.heard + STALE_FACTOR * p.every - now for p in self._peers.values()
                   if p.online and not p.muted and p.every > 0]
            due += [p.leaving + self.offline_grace - now for p in self._peers.values()
                    if p.leaving is not None and not p.muted]
        due = [d for d in due if d >= 0]  # already stale: nothing left to wait for
        return min(due) if due else None

    def _state(self) -> dict[str, bool]:
        now = self.clock()
        return {ident: peer.shown(now, self.offline_grace)
                and (peer.live or not self.live_first)
                for ident, peer in self._peers.items()}

    def _refresh(self) -> bool:
        state = self._state()
        changed, self._shown = state != self._shown, state
        return changed
