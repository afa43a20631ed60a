"""The watchdog of deploy/library-kiosk.service, for real: under a systemd user manager the
kiosk runs as a Type=notify service with a watchdog; alive, it is left alone; its event loop
frozen (SIGSTOP), systemd restarts it, and only because of the watchdog (Restart=on-watchdog).
How the user manager is found or started: tests/deploy/user_manager_support.py."""
from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

import pytest
from cage_support import runner
from deploy_support import ROOT, quiet_config
from user_manager_support import existing_manager, start_manager, why_no_manager

WATCHDOG_S = 5  # the unit's is 120 s; the kiosk pings at half of whatever it is given

EXISTING = existing_manager()
USER, COMMAND, CANNOT = runner()
WHY_NOT = "" if EXISTING else (why_no_manager() or CANNOT)


@pytest.fixture
def manager():
    started = EXISTING or start_manager(USER)
    yield started
    if started is not EXISTING:
        started.stop()


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while not (found := condition()) and time.monotonic() < deadline:
        time.sleep(0.25)
    return found


@pytest.mark.skipif(bool(WHY_NOT), reason=WHY_NOT or "-")
def test_a_frozen_kiosk_is_restarted_by_the_watchdog(manager):
    folder = Path(tempfile.mkdtemp(prefix="kiosk-watchdog-"))
    (folder / "kiosk.toml").write_text(quiet_config(folder / "data"))
    if manager.user is not None:
        for path in (folder, folder / "kiosk.toml"):
            os.chown(path, manager.user.pw_uid, manager.user.pw_gid)
    unit = f"kiosk-watchdog-{os.getpid()}.service"
    source = [f"--setenv=PYTHONPATH={ROOT}"] if sys.executable in COMMAND else []
    try:
        manager.run("systemd-run", "--user", f"--unit={unit}", "--quiet",
                    "-p", "Type=notify", "-p", "NotifyAccess=all",
                    "-p", f"WatchdogSec={WATCHDOG_S}", "-p", "Restart=on-watchdog",
                    "-p", "RestartSec=1", "-p", "TimeoutStartSec=120",
                    "--setenv=QT_QPA_PLATFORM=offscreen",
                    f"--setenv=KIOSK_CONFIG={folder / 'kiosk.toml'}", *source,
                    f"--working-directory={ROOT}", "--", *COMMAND)
        # systemd-run returns once the start job is done: the kiosk said READY=1.
        assert manager.show(unit, "ActiveState") == "active"
        first = int(manager.show(unit, "MainPID"))
        # Alive, it pings: two and a half watchdog intervals go by without a restart.
        assert not wait_for(lambda: manager.show(unit, "NRestarts") != "0", WATCHDOG_S * 2.5)
        assert int(manager.show(unit, "MainPID")) == first

        os.kill(first, signal.SIGSTOP)  # the event loop stops turning, the process stays
        assert wait_for(lambda: manager.show(unit, "NRestarts") == "1"
                        and manager.show(unit, "ActiveState") == "active", 120), \
            manager.run("systemctl", "--user", "status", unit, check=False).stdout
        assert int(manager.show(unit, "MainPID")) not in (0, first)
    finally:
        manager.run("systemctl", "--user", "stop", unit, check=False)
        shutil.rmtree(folder, ignore_errors=True)
