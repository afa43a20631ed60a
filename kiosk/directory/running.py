"""One kiosk per data folder: a second one started on it is refused before it touches anything.

Two kiosks on one data folder (two service units, a test run beside the real one) each write
the broker's files there: the second rewrote the first's mosquitto.conf, and the first's
broker, restarting from it, failed on the second's port every few seconds, leaving the lobby
without calls. So the kiosk holds an flock on `<data folder>/.kiosk-running.lock` for its
whole run (the file stays open: the lock goes with the process, however it ends) and writes
its PID there for the message of the one refused.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_NAME = ".kiosk-running.lock"
_held: dict[Path, int] = {}  # data folder -> the open lock file, for the process's life


class FolderInUse(RuntimeError):
    """Another kiosk runs on this data folder; the message names its PID."""


def hold_data_folder(data_dir: Path | str) -> None:
    """Take the data folder for this process, until it ends; FolderInUse if another kiosk
    has it. A folder that cannot be locked (read-only, no flock) is logged and used as before:
    the kiosk must start."""
    import fcntl  # POSIX: the kiosk runs on Linux

    folder = Path(data_dir).resolve()
    if folder in _held:
        return
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        log.warning("%s: cannot make sure no other kiosk uses this data folder (%s)", path, exc)
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode("ascii", errors="replace").strip() or "unknown"
        os.close(fd)
        raise FolderInUse(f"data folder {folder} is in use by pid {holder}: another kiosk "
                          f"runs on it. Stop that one, or give this one another data.folder "
                          f"in its config") from None
    except OSError as exc:
        os.close(fd)
        log.warning("%s: cannot make sure no other kiosk uses this data folder (%s)", path, exc)
        return
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    _held[folder] = fd
