"""Writing the kiosk's files so that a kill, a power cut or a second writer loses nothing:
atomic replacement, flushing one disk, and locks that exclude other threads and processes
(`python -m kiosk bundle apply` in a terminal while the kiosk records a call)."""
from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("kiosk")


def atomic_write_bytes(path: Path | str, data: bytes, mode: int | None = None) -> None:
    """Replace `path` with `data` so readers only ever see the old or the new content. The
    file keeps its mode (a new one is 0644) unless `mode` is given."""
    path = Path(path)
    # Same folder, so os.replace is a rename within one file system (atomic).
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())  # the bytes are on disk before the name points at them
        if mode is None:
            with contextlib.suppress(OSError):  # mkstemp makes 0600; keep the usual mode
                os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        else:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name != "nt":  # the rename itself is durable once the folder is synced
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@lru_cache(maxsize=1)
def _syncfs():
    if os.name == "nt":
        return None
    import ctypes  # here, not at import: the kiosk's start reads files and syncs none

    return getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)


def sync_file_system(folder: Path | str) -> None:
    """Flush every written file on the disk holding `folder`, and only that disk (Linux
    syncfs): sync() would also wait for a slow USB stick being written at the same moment."""
    syncfs = _syncfs()
    if syncfs is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
            import ctypes  # loaded by _syncfs already

            log.warning("syncfs(%s) failed (%s): flushing every disk instead", folder,
                        os.strerror(ctypes.get_errno()))
        finally:
            os.close(fd)
    if hasattr(os, "sync"):  # no syncfs (macOS) or it failed
        os.sync()


class FileLock:
    """Excludes every other writer of one file or folder: threads of this process (an RLock)
    and other processes (flock on `.<name>.lock` beside it). Re-entrant within a thread.

    The lock file is open only while the lock is held: file_lock() keeps one FileLock per
    path for the life of the process, and a descriptor kept by each added up in a process
    that writes many folders: the test suite's process held hundreds, then over a thousand.

    Where the lock file cannot be made or locked (a read-only folder, a file system without
    flock), only threads are excluded and a warning says so once: the kiosk must go on
    recording calls rather than stop over a rare terminal command."""

    def __init__(self, path: Path) -> None:
        self._threads = threading.RLock()
        self._lock_path = path.with_name(f".{path.name}.lock")
        self._fd: int | None = None
        self._depth = 0
        self._warned = False

    def __enter__(self) -> "FileLock":
        self._threads.acquire()
        try:
            if self._depth == 0:
                self._lock_other_processes()
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1
        return self

    def __exit__(self, *exc_info) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                os.close(fd)  # which releases the flock
        finally:
            self._threads.release()

    def _lock_other_processes(self) -> None:
        if fcntl is None:  # Windows (an attendant's PC): no other writer runs there
            return
        try:
            self._fd = self._open()
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        except OSError as exc:
            if not self._warned:
                self._warned = True
                log.warning("%s: cannot lock against other processes (%s); run bundle "
                            "commands only while the kiosk is stopped", self._lock_path, exc)

    def _open(self) -> int:
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)  # a data folder not yet made
        try:
            return os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:
            # Made by another user (a terminal run as root): read-only is enough for flock
            # on a local disk.
            return os.open(self._lock_path, os.O_RDONLY)


_FILE_LOCKS: dict[Path, FileLock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


def file_lock(path: Path | str) -> FileLock:
    """The one FileLock of `path` in this process, shared by everyone who writes it."""
    with _FILE_LOCKS_GUARD:
        key = Path(path).resolve()
        if key not in _FILE_LOCKS:
            _FILE_LOCKS[key] = FileLock(key)
        return _FILE_LOCKS[key]
