"""A kiosk stopped by its service manager (SIGTERM) or Ctrl-C (SIGINT) stops its own broker
and leaves nothing running; the attendant console says it went offline. Started again, it
clears what an interrupted directory update left.

The kiosk runs as a child process on the offscreen platform with its own data folder and a
free broker port; the broker's PID is read from the file the kiosk writes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from alert_support import Changes, free_port, gone, needs_mosquitto, until
from kill_support import stop_child

from kiosk.calls.broker_files import read_credentials, running_broker_pid
from kiosk.calls.broker_settings import BrokerSettings

pytestmark = needs_mosquitto


def start_kiosk(alert_dir, port: int) -> subprocess.Popen:
    cfg = alert_dir / "kiosk.toml"
    cfg.write_text(f'[data]\nfolder = "{alert_dir}"\n'
                   f'[broker]\nport = {port}\nlisten = "127.0.0.1"\n',
                   encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--config", str(cfg)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def end_kiosk(proc: subprocess.Popen, alert_dir) -> None:
    """A test's cleanup: the kiosk stopped, and its broker too if the kiosk could not stop
    it (killed, its Mosquitto in a session of its own would outlive the test's folder)."""
    if proc.poll() is None:
        stop_child(proc, timeout=20)
    left = running_broker_pid(alert_dir)
    if left is not None:
        os.kill(left, signal.SIGKILL)


def broker_pid(alert_dir) -> int:
    pidfile = alert_dir / "broker" / "kiosk-broker.pid"
    until(lambda: pidfile.exists() and pidfile.read_text().strip(), timeout=30,
          what="the kiosk to start its broker")
    return int(pidfile.read_text())


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_stops_the_kiosk_and_its_broker(alert_dir, sig):
    port = free_port()
    proc = start_kiosk(alert_dir, port)
    try:
        pid = broker_pid(alert_dir)
        conf = (alert_dir / "broker" / "mosquitto.conf").read_text().splitlines()
        assert f"listener {port} 127.0.0.1" in conf  # broker.listen: this PC only
        proc.send_signal(sig)
        assert proc.wait(timeout=20) == 0, proc.stderr.read().decode(errors="replace")[-2000:]
        until(lambda: gone(pid), timeout=5, what="mosquitto to exit")
        assert not (alert_dir / "broker" / "kiosk-broker.pid").exists()
    finally:
        end_kiosk(proc, alert_dir)


def test_a_started_kiosk_removes_what_an_interrupted_update_left(alert_dir):
    """Switched off during an apply: the unfinished version folder and an abandoned staging
    copy go when the kiosk starts again, not only after the next apply."""
    unfinished = alert_dir / "bundles" / "versions" / "7"
    (unfinished / "photos").mkdir(parents=True)
    (unfinished / "photos" / "kim.jpg").write_bytes(b"half a photo")
    abandoned = alert_dir / "bundles" / "staging" / "0123abcd"
    abandoned.mkdir(parents=True)
    old = time.time() - 2 * 3600
    os.utime(abandoned, (old, old))
    fresh = alert_dir / "bundles" / "staging" / "4567ef01"  # a check under way elsewhere
    fresh.mkdir()
    proc = start_kiosk(alert_dir, free_port())
    try:
        until(lambda: not unfinished.exists() and not abandoned.exists(), timeout=30,
              what="the leftovers removed")
        assert fresh.is_dir()
    finally:
        end_kiosk(proc, alert_dir)


def test_console_sees_the_stopped_kiosk_go_offline(alert_dir):
    from kiosk.calls.console_side import ConsoleAlerts

    port = free_port()
    proc = start_kiosk(alert_dir, port)
    changes = Changes()
    console = None
    try:
        broker_pid(alert_dir)
        password = read_credentials(alert_dir)["desk"][1]  # broker.consoles' default
        console = ConsoleAlerts("desk", "Kim", BrokerSettings(port=port, username="desk",
                                                              password=password),
                                on_change=changes)
        console.start()
        changes.until(lambda: console.kiosks.get("lobby"), timeout=20,
                      what="the kiosk's presence")
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        changes.until(lambda: console.kiosks.get("lobby") is False, timeout=10,
                      what="the kiosk shown offline")
        assert time.monotonic() - started < 10
        assert proc.wait(timeout=20) == 0
    finally:
        if console is not None:
            console.stop()
        end_kiosk(proc, alert_dir)


def test_a_kiosk_with_a_damaged_directory_starts_and_logs_it(alert_dir):
    """kiosk.json damaged (a disk fault): the kiosk starts from the demo instead of failing at
    every start, and its log file in the data folder says what happened."""
    (alert_dir / "kiosk.json").write_bytes(b'{"building": {"1": {"id": "x", "na')
    proc = start_kiosk(alert_dir, free_port())
    try:
        broker_pid(alert_dir)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0, proc.stderr.read().decode(errors="replace")[-2000:]
    finally:
        end_kiosk(proc, alert_dir)
    logged = (alert_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    for line in ("kiosk lobby starting", "the stored directory cannot be used",
                 "starting from the built-in demo", "speech: ", "mosquitto started on port",
                 "kiosk stopped (exit code 0)"):
        assert line in logged, logged
    assert list(alert_dir.glob("kiosk.json.damaged-*"))


def test_a_second_kiosk_on_the_same_data_folder_is_refused_and_touches_nothing(alert_dir,
                                                                               tmp_path):
    """Two kiosks on one data folder: the second rewrote the first's broker files and the
    first's broker failed on the second's port every few seconds. Now it is refused."""
    first = start_kiosk(alert_dir, free_port())
    try:
        broker_pid(alert_dir)
        def written():  # by the kiosk at its start: the broker's config, accounts and ACL
            return {p: p.read_bytes() for p in (alert_dir / "broker").iterdir()
                    if p.is_file() and p.suffix != ".log"}

        before = written()
        assert alert_dir / "broker" / "mosquitto.conf" in before
        other = tmp_path / "other.toml"
        other.write_text(f'[data]\nfolder = "{alert_dir}"\n[broker]\nport = {free_port()}\n'
                         f'listen = "127.0.0.1"\n', encoding="utf-8")
        second = subprocess.run([sys.executable, "-m", "kiosk", "--windowed", "--config",
                                 str(other)], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2, second.stderr
        assert f"data folder {alert_dir.resolve()} is in use by pid {first.pid}" in second.stderr
        assert written() == before  # the first kiosk's broker files are as they were
        logged = (alert_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert logged.count("kiosk lobby starting") == 1  # the second wrote not even its log
        assert first.poll() is None
    finally:
        end_kiosk(first, alert_dir)
