"""The kiosk tells systemd it is ready and alive (Type=notify, WatchdogSec= of
deploy/library-kiosk.service), through a stand-in NOTIFY_SOCKET here; under a real systemd,
and restarted when frozen, in test_watchdog_restart.py."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest
from deploy_support import DEPLOY, ROOT, quiet_config, unit_settings
from kill_support import stop_child

from kiosk.ui.services.service_manager import ServiceManagerLink, notify, watchdog_ms


@pytest.fixture
def notify_socket(tmp_path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    sock.settimeout(0.05)
    yield sock
    sock.close()


def received(sock: socket.socket, until: float) -> list[str]:
    messages = []
    while time.monotonic() < until:
        try:
            messages.append(sock.recv(4096).decode())
        except TimeoutError:
            pass
    return messages


def waiting(sock: socket.socket) -> list[str]:
    messages = []
    sock.setblocking(False)  # a timeout would make recv wait for readability first
    while True:
        try:
            messages.append(sock.recv(4096).decode())
        except BlockingIOError:  # nothing waiting
            return messages


def test_notify_sends_to_the_socket_systemd_names(notify_socket):
    assert notify("READY=1", {"NOTIFY_SOCKET": notify_socket.getsockname()})
    assert notify_socket.recv(4096) == b"READY=1"


def test_an_abstract_socket_is_reached():
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        assert notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"WATCHDOG=1"


def test_without_a_service_manager_nothing_is_sent(tmp_path):
    assert not notify("READY=1", {})
    assert not notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "gone")})  # logged only


@pytest.mark.parametrize("usec, expected", [("120000000", 60000), ("", None), ("0", None),
                                            ("soon", None), ("1000", 1)])
def test_the_watchdog_is_pinged_at_half_its_interval(usec, expected):
    assert watchdog_ms({"WATCHDOG_USEC": usec}) == expected


def test_the_link_says_ready_then_pings_while_the_event_loop_turns(qtbot, notify_socket):
    from PySide6.QtCore import QObject
    parent = QObject()
    env = {"NOTIFY_SOCKET": notify_socket.getsockname(), "WATCHDOG_USEC": "100000",
           "WATCHDOG_PID": "1"}  # cage's pid: the kiosk, its child, pings all the same
    link = ServiceManagerLink(parent, env)
    assert notify_socket.recv(4096) == b"READY=1"
    messages = []
    # Read what has come without blocking: the pings are sent by this same thread's event
    # loop, which waitUntil turns between looks (a blocking read starved it under load).
    qtbot.waitUntil(lambda: messages.extend(waiting(notify_socket))
                    or messages.count("WATCHDOG=1") >= 3, timeout=10000)
    assert set(messages) == {"WATCHDOG=1"}
    link.timer.stop()


def test_no_watchdog_no_timer(qtbot, notify_socket):
    from PySide6.QtCore import QObject
    parent = QObject()
    link = ServiceManagerLink(parent, {"NOTIFY_SOCKET": notify_socket.getsockname()})
    assert notify_socket.recv(4096) == b"READY=1"
    assert not link.timer.isActive()


def test_the_unit_waits_for_the_kiosk_and_watches_it():
    settings = dict(unit_settings(DEPLOY / "library-kiosk.service"))
    assert settings["Type"] == "notify" and settings["NotifyAccess"] == "all"
    assert int(settings["WatchdogSec"]) >= 60


def test_the_kiosk_says_ready_once_it_shows_its_first_screen(tmp_path, notify_socket):
    (tmp_path / "kiosk.toml").write_text(quiet_config(tmp_path / "data"))
    env = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "kiosk.toml"),
           "NOTIFY_SOCKET": notify_socket.getsockname(), "WATCHDOG_USEC": "400000",
           "QT_QPA_PLATFORM": "offscreen"}
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "--size", "1920x1080"], cwd=ROOT,
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        messages = []
        deadline = time.monotonic() + 90
        while "WATCHDOG=1" not in messages and time.monotonic() < deadline \
                and kiosk.poll() is None:
            messages += received(notify_socket, time.monotonic() + 0.2)
        assert messages[:1] == ["READY=1"] and "WATCHDOG=1" in messages, messages
    finally:
        stop_child(kiosk, timeout=30)
    assert kiosk.returncode == 0, kiosk.stderr.read().decode()[-2000:]
