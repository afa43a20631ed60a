"""`<data>/applied.json`: which directory version was last put in kiosk.json (by an apply or
a rollback), by which process and when. A running kiosk watches it to show what a terminal
committed (ui/services/directory_watch.py). Kept apart and small: the kiosk reads it at start,
before the directory, and its start-up time is measured."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from kiosk.directory.disk import atomic_write_bytes

FILE_NAME = "applied.json"
WRITER = os.urandom(8).hex()  # this process: a kiosk tells its own commits from a terminal's


def mark_commit(data_dir: Path, version: int) -> None:
    marker = {"version": version, "writer": WRITER, "at": time.time()}
    atomic_write_bytes(Path(data_dir) / FILE_NAME, json.dumps(marker).encode("ascii"))


def last_applied(data_dir: Path) -> dict | None:
    """What the marker says of the last commit, or None (no commit yet, or unreadable)."""
    try:
        marker = json.loads((Path(data_dir) / FILE_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None
