"""Who is online: presence messages, their Last Wills, and heartbeats.

A Last Will covers a kiosk or console that dies while the broker runs. It does not cover one
that dies while the broker is down: the restarted broker restores the retained "online" from
its database and no Will ever comes. So every link repeats its presence (a heartbeat, every
`every` seconds, said in the message), and a peer whose heartbeat is more than 1.5 x `every`
old counts as offline, as MQTT's own keep-alive rule has it. The age is measured on the
receiver's clock from when the message arrived, so the PCs' clocks need not agree.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

STALE_FACTOR = 1.5


class Presence:
    """Peers of one role (kiosks, or consoles), by id."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._peers: dict[str, tuple[bool, float, float]] = {}  # id -> (online, heard, every)
        self._shown: dict[str, bool] = {}

    def heard(self, ident: str, online: bool, every: float) -> bool:
        """A presence message arrived; True if what is shown changed."""
        with self._lock:
            self._peers[ident] = (online, self.clock(), max(0.0, every))
            return self._refresh()

    def lost(self) -> bool:
        """Our own link to the broker dropped: no peer can be heard, so none is shown online
        (their retained presence comes again when we resubscribe). True if that changed."""
        with self._lock:
            self._peers = {ident: (False, heard, every)
                           for ident, (_, heard, every) in self._peers.items()}
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
            due = [heard + STALE_FACTOR * every - now
                   for online, heard, every in self._peers.values() if online and every > 0]
        due = [d for d in due if d >= 0]  # already stale: nothing left to wait for
        return min(due) if due else None

    def _state(self) -> dict[str, bool]:
        now = self.clock()
        return {ident: online and (every <= 0 or now - heard <= STALE_FACTOR * every)
                for ident, (online, heard, every) in self._peers.items()}

    def _refresh(self) -> bool:
        state = self._state()
        changed, self._shown = state != self._shown, state
        return changed
