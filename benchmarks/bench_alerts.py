"""Call delivery latency, kiosk -> console, with 20 kiosks and 20 consoles on loopback.

How: the kiosk's own broker (ManagedBroker: the generated Mosquitto config, ACLs and
passwords) on a free loopback port; 20 KioskAlerts (each with its own outbox store) and 20
ConsoleAlerts in this process, each with its own paho network thread, as 40 separate clients.
Each round, every kiosk raises a call, one after another with a short gap; the time from
just before KioskAlerts.call() to each console holding the call (its on_change callback,
in that console's network thread) is one sample: 20 x 20 samples a round. Then the first
console acknowledges and resolves every call and the round ends when every kiosk has
closed its call. Also measured: acknowledgement -> the calling kiosk showing it (the
attendant's name on the visitor's screen).

The outbox write (a fsynced store file) is inside the measured time: a call is on disk
before it is sent.

    python benchmarks/bench_alerts.py [--kiosks 20] [--consoles 20] [--rounds 10]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import benchlib

TARGET_P99_MS = 50.0


class Seen:
    """Records, per console, when each call id first reached it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.first: dict[tuple[str, str], float] = {}
        self.event = threading.Event()

    def watcher(self, name: str, get_console):
        def changed() -> None:
            now = time.perf_counter()
            console = get_console()
            if console is None:
                return
            with self.lock:
                for _kiosk, cid in console.calls:
                    self.first.setdefault((name, cid), now)
            self.event.set()
        return changed


def wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.002)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=20)
    parser.add_argument("--consoles", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--gap-ms", type=float, default=20.0,
                        help="pause between two kiosks' calls within a round")
    args = parser.parse_args(argv)

    from kiosk.calls.broker import ManagedBroker
    from kiosk.calls.broker_settings import BrokerSettings
    from kiosk.calls.console_side import ConsoleAlerts
    from kiosk.calls.kiosk_side import KioskAlerts
    from kiosk.calls.outbox import CallOutbox
    from kiosk.directory.store import Store

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-alerts-"))
    folder.chmod(0o755)  # Mosquitto runs as the mosquitto user when started as root
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    broker = ManagedBroker(folder, port=port, bind="127.0.0.1",  # one account per device
                           kiosks=[f"k{i:02d}" for i in range(args.kiosks)],
                           consoles=[f"desk{i:02d}" for i in range(args.consoles)])
    if not broker.start():
        raise SystemExit(f"cannot start mosquitto: {broker.problem}")

    def settings(account: str) -> BrokerSettings:
        user, password = broker.credentials(account)
        return BrokerSettings(host="127.0.0.1", port=port, username=user, password=password)

    seen = Seen()
    consoles: list[ConsoleAlerts] = []
    stores, kiosks = [], []
    try:
        for i in range(args.consoles):
            name = f"desk{i:02d}"
            holder: list = []
            c = ConsoleAlerts(name, f"Attendant {i}", settings(name),
                              on_change=seen.watcher(name, lambda h=holder: h[0] if h else None))
            holder.append(c)
            consoles.append(c)
            c.start()
        for i in range(args.kiosks):
            store = Store(folder / f"kiosk{i:02d}")
            stores.append(store)
            k = KioskAlerts(f"k{i:02d}", "1F", settings(f"k{i:02d}"), CallOutbox(store),
                            republish_every=2.0)
            kiosks.append(k)
            k.start()
        wait(lambda: all(c.connected for c in consoles) and all(k.connected for k in kiosks)
             and all(k.consoles_online == args.consoles for k in kiosks), 30,
             "every client to connect and see every console")

        delivery, acked = [], []
        for _round in range(args.rounds):
            started: dict[str, float] = {}
            for k in kiosks:
                t0 = time.perf_counter()
                call = k.call("mobility")
                started[call.id] = t0
                time.sleep(args.gap_ms / 1000)
            wait(lambda: all((c.console_id, cid) in seen.first for c in consoles
                             for cid in started), 30, "every console to see every call")
            with seen.lock:
                delivery += [seen.first[(c.console_id, cid)] - t0
                             for c in consoles for cid, t0 in started.items()]
            answer = consoles[0]
            for k in kiosks:
                key = k.open_call.key
                t0 = time.perf_counter()
                answer.acknowledge(key)
                wait(lambda: k.open_call.state == "acknowledged", 30, "the acknowledgement")
                acked.append(time.perf_counter() - t0)
                answer.resolve(key)
            wait(lambda: all(k.open_call is None for k in kiosks), 30, "every call to close")
    finally:
        for k in kiosks:
            k.stop()
        for c in consoles:
            c.stop()
        for s in stores:
            s.close()
        broker.stop()
        shutil.rmtree(folder, ignore_errors=True)

    d, a = benchlib.summary(delivery, 1000), benchlib.summary(acked, 1000)
    benchlib.print_table(
        f"Call delivery on loopback: {args.kiosks} kiosks, {args.consoles} consoles, "
        f"{args.rounds} rounds (ms)", ["", "n", "median", "p90", "p99", "max"],
        [["kiosk -> every console", d["n"], d["median"], d["p90"], d["p99"], d["max"]],
         ["acknowledge -> kiosk shows it", a["n"], a["median"], a["p90"], a["p99"], a["max"]]])
    met = d["p99"] < TARGET_P99_MS
    print(f"\ntarget: delivery p99 under {TARGET_P99_MS:g} ms: {'met' if met else 'MISSED'}")
    result = {"kiosks": args.kiosks, "consoles": args.consoles, "rounds": args.rounds,
              "delivery_ms": d, "ack_to_kiosk_ms": a, "target_p99_ms": TARGET_P99_MS,
              "target_met": met}
    benchlib.write_json("alerts", result)
    return result


if __name__ == "__main__":
    main()
    sys.exit(0)
