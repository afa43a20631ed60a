"""How long the broker's supervisor waits before starting a Mosquitto that died again.

Two kinds of death need opposite answers. A broker that never came up (it exits at start or
never accepts a connection: a broken config, a port taken) will fail the same way at once, so
each retry waits twice as long, up to `cap`. A broker that came up and was then killed (an OOM
killer, a flaky disk, someone's kill) is healthy: what matters is having it back, or no call
gets through. So the wait starts again from `first` whenever the broker had stayed up at least
as long as the supervisor last waited for it (or `steady` seconds): however often it is
killed, the broker is down no longer than it was up, plus its start. Only a broker that dies
sooner than the wait before it (a crash loop) backs off further, and never beyond `cap`, so
the kiosk is back within `cap` plus a start once the kills stop.

The clock is injected, so the policy is tested without waiting
(tests/calls/test_restart_backoff.py).
"""
from __future__ import annotations

import time
from typing import Callable

FIRST = 0.5  # seconds before restarting a broker that was killed after it had come up
CAP = 30.0  # the longest wait, for a broker that cannot stay up
STEADY = 10.0  # up this long, a broker's death resets the wait whatever came before


class RestartBackoff:
    """The supervisor calls up() when the broker accepts connections and died() when it
    finds the process gone; died() says how long to wait before the next start."""

    def __init__(self, first: float = FIRST, cap: float = CAP, steady: float = STEADY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.first, self.cap, self.steady, self.clock = first, cap, steady, clock
        self.wait = 0.0  # the wait before the start that is running (none before the first)
        self._up_since: float | None = None

    def up(self) -> None:
        """The broker accepts connections."""
        self._up_since = self.clock()

    def died(self) -> float:
        """The broker's process is gone: the seconds to wait before starting it again."""
        uptime = 0.0 if self._up_since is None else self.clock() - self._up_since
        self._up_since = None
        if uptime > 0 and uptime >= min(max(self.wait, self.first), self.steady):
            self.wait = self.first  # it had been healthy: it was killed, not broken
        else:
            self.wait = min(max(self.wait * 2, self.first), self.cap)
        return self.wait
