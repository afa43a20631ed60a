"""A kiosk's or a console's link in its own process, for tests that freeze it with SIGSTOP as
an outsider froze a real one (test_receipts.py, test_presence.py):
`python link_child.py ROLE ID PORT USER PASSWORD KEEPALIVE [FOLDER]`, ROLE `kiosk` (its
outbox in the store in FOLDER) or `console`. Prints "ready" once connected, then runs until it
is killed."""
from __future__ import annotations

import sys
import threading

from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.store import Store


def main(role: str, ident: str, port: str, user: str, password: str, keepalive: str,
         folder: str = "") -> None:
    connected = threading.Event()
    settings = BrokerSettings(host="127.0.0.1", port=int(port), username=user,
                              password=password, keepalive=int(keepalive))
    if role == "kiosk":
        link = KioskAlerts(ident, "1F", settings, CallOutbox(Store(folder)))
    else:
        link = ConsoleAlerts(ident, "Kim", settings)
    link.on_change = lambda: link.connected and connected.set()
    link.start()
    if not connected.wait(10):
        sys.exit(f"not connected: {link.problem}")
    print("ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main(*sys.argv[1:])
