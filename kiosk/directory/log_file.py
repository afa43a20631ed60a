"""The kiosk's log: logger "kiosk" and its children, to standard error (the journal, under
systemd) and to `<data folder>/logs/kiosk.log`, rotated at a size cap.

The kiosk runs unattended for months: the file keeps what happened (speech, the alert broker,
USB sticks, directory updates, errors with their tracebacks) for whoever comes to look, and the
cap keeps it from filling the disk. It names attendants and quotes visitors' messages, so the
file and its backups are the kiosk user's alone (0600, in a 0700 folder), whatever the umask,
and files an older kiosk left readable are closed up when the log is set up. Set up once, by the command that starts the kiosk; importing
the package configures nothing.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

FOLDER = "logs"
FILE_NAME = "kiosk.log"
MAX_BYTES = 1_000_000  # a year of an ordinary kiosk's lines; then the oldest go
BACKUPS = 4  # kiosk.log.1 .. kiosk.log.4: at most 5 MB in all
PRIVATE = 0o600  # the file and its backups; the folder 0700
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_installed: list[logging.Handler] = []


class CappedFileHandler(logging.FileHandler):
    """Appends to the log file; a line that would take it past `max_bytes` first moves it to
    kiosk.log.1 (and .1 to .2 ... up to `backups`; the oldest goes), as the standard library's
    RotatingFileHandler does. Not that class: importing `logging.handlers` brings `socket`,
    `pickle` and `queue` before the home screen's first frame (performance.md
    §1c), for a handler the kiosk uses only this much of."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups
        self.problems: list[str] = []  # what could not be closed up, for setup_logging to say
        for n in range(1, backups + 1):  # an older kiosk's backups were 0644
            self.problems += _private(f"{path}.{n}", PRIVATE)

    def _open(self):
        """Append, created 0600; an existing file is made 0600 too (rotation renames files,
        so the backups keep this mode)."""
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
        try:
            os.fchmod(fd, PRIVATE)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def emit(self, record: logging.LogRecord) -> None:  # under the handler's lock
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:  # closed before (by a rotation that failed, say)
            self.stream = self._open()
        line = (self.format(record) + self.terminator).encode("utf-8")
        # An empty file takes any line: a single longer one is kept, not rotated forever.
        return 0 < self.stream.tell() and self.stream.tell() + len(line) > self.max_bytes

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        name = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{name}.{n}"):
                os.replace(f"{name}.{n}", f"{name}.{n + 1}")
        if self.backups > 0:
            os.replace(name, f"{name}.1")
        else:  # no backups kept: start the file again
            os.truncate(name, 0)
        self.stream = self._open()


def log_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / FOLDER / FILE_NAME


def setup_logging(data_dir: Path | str, max_bytes: int = MAX_BYTES,
                  backups: int = BACKUPS) -> Path | None:
    """Send the kiosk's log to standard error and to the rotating file; returns the file's
    path, or None if the folder cannot be written (the kiosk then logs to standard error
    alone, and says so). Called again, it replaces what it installed before."""
    logger = logging.getLogger("kiosk")
    remove_logging()
    logger.setLevel(logging.INFO)
    formatter = logging.Formatter(FORMAT)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(formatter)
    handlers: list[logging.Handler] = [stderr]
    path: Path | None = log_path(data_dir)
    problem = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        to_file = CappedFileHandler(path, max_bytes, backups)
        to_file.setFormatter(formatter)
        handlers.append(to_file)
        # mkdir leaves an existing folder (an older kiosk's 0755) as it was
        closed_up = _private(path.parent, 0o700) + to_file.problems
    except OSError as exc:
        problem, path, closed_up = exc, None, []
    for handler in handlers:
        logger.addHandler(handler)
        _installed.append(handler)
    if problem is not None:
        logger.warning("no log file (%s): logging to standard error only", problem)
    for unclosed in closed_up:
        logger.warning("the log stays readable by others: %s", unclosed)
    return path


def _private(path: Path | str, mode: int) -> list[str]:
    """Give an existing file or folder `mode`; what failed, said (the log still works)."""
    try:
        if os.path.exists(path):
            os.chmod(path, mode)
    except OSError as exc:
        return [f"{path}: {exc}"]
    return []


def remove_logging() -> None:
    """Take out (and close) the handlers setup_logging installed."""
    logger = logging.getLogger("kiosk")
    while _installed:
        handler = _installed.pop()
        logger.removeHandler(handler)
        handler.close()
