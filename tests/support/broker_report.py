"""What a failed test that used a broker prints below its error (conftest.py's
pytest_runtest_makereport): each Mosquitto's log, each running link's state and last
connection problem, and how many file descriptors the test process holds.

A timed-out wait for presence says only what it waited for; the broker's log says whether the
clients connected, were refused or dropped, and the links say what paho last answered (paho
2.2's select() cannot watch a descriptor numbered 1024 or higher: calls/paho_poll.py).
Objects are found by the garbage collector's list, so no test has to register them: brokers
started by fixtures, by a test itself or by a kiosk in a child process (its log in the
test's folder), and links built anywhere.
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from kiosk.calls.broker import ManagedBroker

LOG_LINES = 60  # of each broker's log, the last


def _live(cls) -> list:
    # type(o), not isinstance: isinstance on a weak proxy whose object is gone raises
    return [o for o in gc.get_objects() if issubclass(type(o), cls)]


def descriptors() -> str:
    fds = [int(fd) for fd in os.listdir("/proc/self/fd")]  # Linux, as the tests are
    return f"this process has {len(fds)} file descriptors open, the highest {max(fds, default=0)}"


def broker_logs(folders) -> dict[Path, str]:
    """{log file: what it belongs to} of the managed brokers alive and of any Mosquitto log in
    the test's folders."""
    logs: dict[Path, str] = {}
    for b in _live(ManagedBroker):
        log = b.dir / "mosquitto.log"
        if log.exists():
            logs[log] = (f"broker on port {b.port}: pid {b.pid}, running {b.running}, "
                         f"problem {b.problem!r}")
    for folder in folders:
        for log in Path(folder).rglob("mosquitto.log"):
            logs.setdefault(log, "a broker in the test's folder")
    return logs


def link_lines() -> list[str]:
    """One line per link not stopped: its state and paho's."""
    link = sys.modules.get("kiosk.calls.link")
    if link is None:
        return []
    lines = []
    for lk in _live(link.MqttLink):
        if lk.problem_code == "stopped":
            continue
        sock = lk._client.socket()
        fd = sock.fileno() if sock is not None else None
        lines.append(f"{lk.role} {lk.ident} -> {lk.where}: connected {lk.connected}, "
                     f"listening {lk.listening}, problem [{lk.problem_code}] {lk.problem!r}; "
                     f"paho {lk._client._state.name}, socket fd {fd}")
    return lines


def broker_report(item) -> str:
    """The report of a failed test, or "" if it used no broker and no link."""
    folders = [v for v in getattr(item, "funcargs", {}).values()
               if isinstance(v, Path) and v.is_dir()]
    logs, links = broker_logs(folders), link_lines()
    if not logs and not links:
        return ""
    parts = [descriptors(), "links:", *(links or ["(none running)"])]
    for log, what in logs.items():
        lines = log.read_text(errors="replace").splitlines()[-LOG_LINES:]
        parts += [f"--- {log} ({what}), last {len(lines)} lines:", *lines]
    return "\n".join(parts)
