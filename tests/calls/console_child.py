"""A console in its own process (test_receipts.py freezes it with SIGSTOP, as an outsider
froze a real one): `python console_child.py PORT USER PASSWORD KEEPALIVE`. Prints "ready"
once connected, then runs until it is killed."""
from __future__ import annotations

import sys
import threading

from kiosk.calls.broker import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts


def main(port: str, user: str, password: str, keepalive: str) -> None:
    connected = threading.Event()
    settings = BrokerSettings(host="127.0.0.1", port=int(port), username=user,
                              password=password, keepalive=int(keepalive))
    console = ConsoleAlerts("frozen-desk", "Kim", settings)
    console.on_change = lambda: console.connected and connected.set()
    console.start()
    if not connected.wait(10):
        sys.exit(f"not connected: {console.problem}")
    print("ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main(*sys.argv[1:])
