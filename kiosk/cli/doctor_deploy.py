"""The installation half of `python -m kiosk doctor` (docs/deploy.md): is the kiosk's service
installed and enabled, is cage there, is there room in the data folder.

The probes (`systemctl`, `which`, `disk_free`) are module functions so that tests can stand
in for a machine they are not running on.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kiosk.host.system_env import system_env

UNIT = "library-kiosk.service"
UNIT_FILE = Path("/etc/systemd/system") / UNIT
LOW_DISK = 1 << 30  # below 1 GB a directory version or a day of logs may no longer fit


def systemctl(*args: str) -> str | None:
    """systemctl's answer (stdout, else stderr), or None where it cannot answer at all.
    `is-enabled` reads the unit files, so it answers without a running systemd too."""
    exe = which("systemctl")
    if exe is None:
        return None
    try:
        result = subprocess.run([exe, *args], capture_output=True, text=True, timeout=20,
                                env=system_env())
    except (OSError, subprocess.SubprocessError):
        return None
    return (result.stdout.strip() or result.stderr.strip())


def which(program: str) -> str | None:
    return shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin:/sbin:/bin")


def disk_free(folder: Path) -> int:
    """Free bytes for an unprivileged user on the disk of `folder` (or of its nearest
    existing parent: doctor runs before the kiosk has made its data folder)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def service() -> tuple[bool, str]:
    answer = systemctl("is-enabled", UNIT)
    if answer is None:
        if UNIT_FILE.exists():
            return False, (f"{UNIT_FILE} is installed but systemctl does not answer: "
                           "cannot tell whether it starts at boot")
        return False, "not installed (systemctl missing): see docs/deploy.md"
    state = answer.split()[0] if answer else ""
    if state == "enabled":
        return True, f"{UNIT} installed and enabled: the kiosk starts at boot"
    if state in ("disabled", "masked", "static", "indirect", "linked", "enabled-runtime"):
        return False, (f"{UNIT} is installed but {state}: it does not start at boot; "
                       f"sudo systemctl enable {UNIT}")
    return False, "not installed: deploy/install-kiosk.sh (docs/deploy.md)"


def cage() -> tuple[bool, str]:
    found = which("cage")
    return (True, found) if found else (False, "not installed (Debian package cage): the "
                                                "kiosk's service runs the kiosk in it")


def disk(data_dir: Path) -> tuple[bool, str]:
    try:
        free = disk_free(data_dir)
    except OSError as exc:
        return False, f"cannot tell the free space of {data_dir}: {exc}"
    gb = free / 1e9
    if free < LOW_DISK:
        return False, (f"only {gb:.2f} GB free for {data_dir} (below 1 GB): directory updates "
                       "and logs may fail; free some space")
    return True, f"{gb:.1f} GB free for {data_dir}"


def checks(data_dir: Path) -> list[tuple[str, bool, str]]:
    return [("kiosk service", *service()), ("cage", *cage()), ("free disk", *disk(data_dir))]
