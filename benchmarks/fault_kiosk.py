"""One kiosk of the fault test (fault_calls.py starts several): raises its share of calls one
after another and says on stdout, one JSON line each, what its visitor would see.

    {"e": "raised" | "resumed" | "acked" | "closed" | "done", "id": ..., "t": unix time}

It is the real KioskAlerts with its own outbox store. Killed and started again on the same
data folder, it resumes its open call and counts the calls already raised from the outbox,
exactly as a restarted kiosk does.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path


def emit(event: str, call_id: str = "", t: float | None = None) -> None:
    print(json.dumps({"e": event, "id": call_id, "t": time.time() if t is None else t}),
          flush=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--id", required=True)
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--calls", type=int, required=True)
    p.add_argument("--interval", type=float, required=True, help="seconds between two calls")
    p.add_argument("--keepalive", type=int, default=5)
    args = p.parse_args()

    from kiosk.calls.broker_settings import BrokerSettings
    from kiosk.calls.kiosk_side import KioskAlerts
    from kiosk.calls.outbox import CallOutbox
    from kiosk.directory.store import Store

    logging.basicConfig(level=logging.ERROR)  # reconnect notices: expected here, by design
    wake = threading.Event()
    store = Store(args.data)
    outbox = CallOutbox(store)
    settings = BrokerSettings(host="127.0.0.1", port=args.port, username=args.user,
                              password=os.environ["KIOSK_PASSWORD"],  # not on argv: public
                              keepalive=args.keepalive)
    kiosk = KioskAlerts(args.id, "1F", settings, outbox, on_change=wake.set)
    raised = sum(1 for c in outbox.all_calls() if c.kiosk == args.id)
    resumed = next(reversed(outbox.open_calls_of(args.id)), None)  # one call at a time
    if resumed is not None:
        emit("resumed", resumed.id, resumed.time_of("raised"))
    kiosk.start()
    began = time.monotonic()
    current, acked = (resumed.id if resumed else None), set()
    while True:
        call = kiosk.open_call
        if current is not None and (call is None or call.id != current):
            emit("closed", current)
            current = None
        if call is None:
            if raised >= args.calls:
                break
            due = began + raised * args.interval
            if time.monotonic() < due:
                wake.wait(due - time.monotonic())
                wake.clear()
                continue
            call = kiosk.call("mobility")
            raised += 1
            current = call.id
            emit("raised", call.id, call.time_of("raised"))
        elif call.state in ("acknowledged", "arrived") and call.id not in acked:
            acked.add(call.id)
            emit("acked", call.id)
        wake.wait(0.05)
        wake.clear()
    kiosk.stop()
    store.close()
    emit("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
