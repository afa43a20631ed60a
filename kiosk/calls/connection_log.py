"""What a device's connection says in the log: connected, lost, a problem, and a drop that
was most likely someone else logging in as this device.

Whoever has a device's password can log in as it; the broker keeps one connection per client
id (the account's name), drops the device and publishes its Last Will, and the device is back
a fraction of a second later. Twenty such logins wrote forty lines that no limit bounded. So
every line here counts against the device's own account in its Refusals (refusals.py), ten a
minute of their own kind (KIND) with one sum, so they cannot silence the line of a forged
state, and a drop followed at once by a reconnect that succeeds at its first try
is said for what it most likely is (docs/alerts.md, "A login with the kiosk's password").
"""
from __future__ import annotations

import logging
import time

from kiosk.calls.refusals import Refusals

# A drop followed within this many seconds by a reconnect that succeeds at its first try: the
# broker was up all along and dropped this connection, which is what it does when another
# client logs in with this device's account. A restarted broker refuses the first tries.
TAKEOVER_WINDOW = 5.0
KIND = "connection lines"  # their kind in the minute's sum


class ConnectionLog:
    """The log lines of one link (`role` `ident`, to the broker at `where`)."""

    def __init__(self, log: logging.Logger, refusals: Refusals, role: str, ident: str) -> None:
        self.log, self.refusals, self.role, self.ident = log, refusals, role, ident
        self._dropped_at: float | None = None  # monotonic time of a drop not yet explained

    def dropped(self) -> None:
        """The connection dropped while it was wanted."""
        self._dropped_at = time.monotonic()

    def unreachable(self) -> None:
        """An attempt failed (no broker, or it refused us): what dropped us was no login."""
        self._dropped_at = None

    def problem(self, text: str) -> None:
        self._line(logging.WARNING, "%s %s: %s", self.role, self.ident, text)

    def connected(self, where: str) -> None:
        dropped, self._dropped_at = self._dropped_at, None
        if dropped is not None and time.monotonic() - dropped <= TAKEOVER_WINDOW:
            self._line(logging.WARNING, "%s %s: dropped by the alert broker at %s and back at "
                       "once: most likely another client logged in as this %s (with its "
                       "account and password, which the broker lets hold one connection; or "
                       "the network dropped for a moment). If it repeats, someone else has "
                       "this %s's password: change it", self.role, self.ident, where,
                       self.role, self.role)
        else:
            self._line(logging.INFO, "%s %s: connected to the alert broker at %s", self.role,
                       self.ident, where)

    def _line(self, level: int, msg: str, *args) -> None:
        self.refusals.limited(self.ident, KIND, msg, *args, level=level, log=self.log)
