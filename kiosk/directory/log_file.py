"""The kiosk's log: logger "kiosk" and its children, to standard error (the journal, under
systemd) and to `<data folder>/logs/kiosk.log`, rotated at a size cap.

The kiosk runs unattended for months: the file keeps what happened (speech, the alert broker,
USB sticks, directory updates, errors with their tracebacks) for whoever comes to look, and the
cap keeps it from filling the disk. Set up once, by the command that starts the kiosk; importing
the package configures nothing.
"""
from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

FOLDER = "logs"
FILE_NAME = "kiosk.log"
MAX_BYTES = 1_000_000  # a year of an ordinary kiosk's lines; then the oldest go
BACKUPS = 4  # kiosk.log.1 .. kiosk.log.4: at most 5 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_installed: list[logging.Handler] = []


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
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                      encoding="utf-8")
        to_file.setFormatter(formatter)
        handlers.append(to_file)
    except OSError as exc:
        problem, path = exc, None
    for handler in handlers:
        logger.addHandler(handler)
        _installed.append(handler)
    if problem is not None:
        logger.warning("no log file (%s): logging to standard error only", problem)
    return path


def remove_logging() -> None:
    """Take out (and close) the handlers setup_logging installed."""
    logger = logging.getLogger("kiosk")
    while _installed:
        handler = _installed.pop()
        logger.removeHandler(handler)
        handler.close()
