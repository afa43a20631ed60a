"""What the deploy tests share: the files of deploy/ and the installer's dry run."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
SCRIPT = DEPLOY / "install-kiosk.sh"
UNITS = sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("console/*.service"))
EXPECTED_UNITS = {"library-kiosk.service", "library-kiosk-usb.service",
                  "library-kiosk-attendant.service"}


# Every program the installer changes the system with.
CHANGERS = ("apt-get", "useradd", "usermod", "groupadd", "install", "cp", "mv", "rm", "ln",
            "mkdir", "chown", "chmod", "make", "systemctl", "update-grub", "tee")


def dry_run(tmp_path: Path, *args: str, os_id: str = "debian",
            systemd_running: bool = False) -> subprocess.CompletedProcess:
    """The installer's --dry-run on a stand-in /etc/os-release (CI runners are Ubuntu) and a
    stand-in /run/systemd/system (there when systemd runs), with stand-ins first on PATH for
    every program that changes the system: each call of one is written to tmp_path/changes."""
    os_release = tmp_path / "os-release"
    os_release.write_text(f'ID={os_id}\nVERSION_ID="12"\n')
    systemd = tmp_path / "run-systemd-system"
    if systemd_running:
        systemd.mkdir(exist_ok=True)
    stand_ins = tmp_path / "bin"
    stand_ins.mkdir(exist_ok=True)
    for name in CHANGERS:
        (stand_ins / name).write_text(f'#!/bin/sh\necho "{name} $*" >> "{tmp_path}/changes"\n')
        (stand_ins / name).chmod(0o755)
    return subprocess.run(["bash", str(SCRIPT), "--dry-run", *args], capture_output=True,
                          text=True, timeout=60,
                          env={"PATH": f"{stand_ins}:/usr/sbin:/usr/bin:/sbin:/bin",
                               "KIOSK_OS_RELEASE": str(os_release),
                               "KIOSK_SYSTEMD_RUNNING": str(systemd)})


def quiet_config(data: Path) -> str:
    """A kiosk.toml for a kiosk started by a test: its data in `data`, no USB watch, and no
    broker of its own (a closed port: the call system only logs that it cannot connect)."""
    return (f'[data]\nfolder = "{data}"\n[usb]\nwatch = false\n'
            '[broker]\nmanaged = false\nport = 9\n')


def commands(output: str) -> list[list[str]]:
    """The commands a dry run prints ("+ cmd args"), split as the shell would."""
    import shlex
    return [shlex.split(line[2:]) for line in output.splitlines() if line.startswith("+ ")]


def unit_settings(unit: Path) -> list[tuple[str, str]]:
    """(key, value) of every setting of a unit file, in order (keys may repeat)."""
    found = []
    for line in unit.read_text().splitlines():
        match = re.match(r"^([A-Za-z]+)=(.*)$", line)
        if match:
            found.append((match[1], match[2]))
    return found
