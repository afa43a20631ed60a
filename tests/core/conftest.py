"""Fixtures of the alert tests: real Mosquitto brokers on loopback (helpers: alert_support)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest
from alert_support import free_port, gone, wait_port

from kiosk.core.broker import ManagedBroker, find_mosquitto


@pytest.fixture
def alert_dir():
    """A data folder under /tmp (0755), not in tmp_path: run as root, Mosquitto drops to the
    `mosquitto` user, which cannot enter pytest's 0700 base folder."""
    path = Path(tempfile.mkdtemp(prefix="kiosk-alerts-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def broker(alert_dir):
    """The kiosk's own broker (ManagedBroker) on a free loopback port, stopped by PID."""
    b = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1")
    assert b.start(), b.problem
    yield b
    pid = b.pid
    b.stop()
    assert not b.running and (pid is None or gone(pid))


@pytest.fixture
def external_broker(alert_dir):
    """A plain Mosquitto the test starts itself with the generated config (a fleet's broker);
    the returned generator object gives its port and credentials."""
    gen = ManagedBroker(alert_dir / "fleet", port=free_port(), bind="127.0.0.1")
    conf = gen.write_config()
    proc = subprocess.Popen([find_mosquitto(), "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_port(gen.port)
        yield gen
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
