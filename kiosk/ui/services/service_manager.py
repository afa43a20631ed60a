"""Tells systemd that the kiosk is up and still alive (sd_notify(3), without libsystemd).

READY=1 once the first frame is on screen: `systemctl start` and the boot wait for a kiosk
that shows something. With WatchdogSec= in the unit, WATCHDOG=1 every half interval from a
timer of the event loop: a kiosk frozen on screen stops pinging and systemd restarts it, as it
would one that crashed. Without $NOTIFY_SOCKET (started by hand, in the tests) nothing is sent.

The kiosk is cage's child, not the unit's main process: the unit has NotifyAccess=all, and
WATCHDOG_PID (cage's) is not compared with ours as sd_watchdog_enabled() would.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk")


def notify(message: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Send one notification; False where there is no service manager to tell."""
    address = environ.get("NOTIFY_SOCKET", "")
    if not address.startswith(("/", "@")):
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    import socket  # not before the first frame (performance.md §1c): READY=1 comes after it

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError as exc:
        log.warning("cannot tell the service manager %r: %s", message, exc)
        return False
    return True


def watchdog_ms(environ: Mapping[str, str] = os.environ) -> int | None:
    """Half the unit's watchdog interval in ms, or None when there is no watchdog."""
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return max(usec // 2000, 1) if usec > 0 else None


class ServiceManagerLink(QObject):
    """Says READY=1 when made, then pings the watchdog for as long as the event loop turns."""

    def __init__(self, parent: QObject, environ: Mapping[str, str] = os.environ) -> None:
        super().__init__(parent)
        self._environ = environ
        if notify("READY=1", environ):
            log.info("service manager told the kiosk is ready")
        self.timer = QTimer(self)
        interval = watchdog_ms(environ)
        if interval is not None and environ.get("NOTIFY_SOCKET"):
            self.timer.timeout.connect(lambda: notify("WATCHDOG=1", self._environ))
            self.timer.start(interval)
