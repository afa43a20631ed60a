"""Helpers of the alert tests: free ports, waits with deadlines, client settings.

The fixtures (alert_dir, broker, external_broker) are in conftest.py.
"""
from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from kiosk.calls.broker import ManagedBroker, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts

# How long an end-to-end test (qtbot.waitUntil, in ms) waits for what crosses the broker: a
# console's presence heard, a call or message shown at the other end. Seconds at most on an
# idle PC; a CI machine running other tests beside them can take many times that.
LINK_WAIT_MS = 20_000

needs_mosquitto = pytest.mark.skipif(find_mosquitto() is None,
                                     reason="needs mosquitto (apt-get install mosquitto)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise AssertionError(f"nothing listens on port {port}")


class Changes:
    """An on_change callback that sets an Event, and a wait for a condition with a deadline."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.count = 0

    def __call__(self) -> None:
        self.count += 1
        self.event.set()

    def until(self, predicate, timeout: float = LINK_WAIT_MS / 1000, what: str = "a condition"):
        """The predicate's first true value; it waits as long as a link may take on a loaded
        machine (a wait wakes on each change, so a test that passes waits no longer)."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            self.event.wait(min(left, 0.05))  # also polls: a change may come before the wait
            self.event.clear()


def until(predicate, timeout: float = LINK_WAIT_MS / 1000, what: str = "a condition"):
    return Changes().until(predicate, timeout, what)


# The accounts of the test brokers: a device's id is its account's name.
KIOSKS = ("lobby", "lobby-2")
CONSOLES = ("desk", "desk1", "desk2", "desk8", "desk9", "frozen-desk", "screen")


def accounts_broker(folder: Path, port: int) -> ManagedBroker:
    """A managed broker on loopback with the accounts the tests use."""
    return ManagedBroker(folder, port=port, bind="127.0.0.1", kiosks=KIOSKS, consoles=CONSOLES)


def run_mosquitto(gen: ManagedBroker, conf: Path) -> subprocess.Popen:
    """A Mosquitto the test starts itself with `conf` (a fleet's broker), logging where the
    managed broker does (gen.dir/mosquitto.log), which broker_report.py prints on a failure.
    The caller stops it by its PID."""
    with open(gen.dir / "mosquitto.log", "ab") as log:
        return subprocess.Popen([find_mosquitto(), "-c", str(conf)], stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)


def settings_for(b: ManagedBroker, account: str, **overrides) -> BrokerSettings:
    """The settings of the device whose id (and account) is `account`."""
    user, password = b.credentials(account)
    values = dict(host="127.0.0.1", port=b.port, username=user, password=password)
    values.update(overrides)
    return BrokerSettings(**values)


def kiosk_and_desk(b: ManagedBroker, started, outbox, **kiosk_options):
    """The kiosk "lobby" at 1F and a console (desk1, Kim), both started, once the kiosk counts
    the console online: (kiosk, console, the kiosk's Changes, the console's)."""
    keepalive = kiosk_options.pop("keepalive", None)
    settings = settings_for(b, "lobby", **({"keepalive": keepalive} if keepalive else {}))
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings, outbox, on_change=kc, **kiosk_options))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(b, "desk1"), on_change=cc))
    kc.until(lambda: k.connected and k.consoles_online == 1, what="the kiosk sees the console")
    return k, c, kc, cc


def gone(pid: int) -> bool:
    """The process has exited (a zombie not yet reaped counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z"
    except (OSError, IndexError):
        return True
