"""Where the kiosk keeps visitors' records: one seam, so the records package can take over.

The layout and line format are those of kiosk/records (docs/records.md): one JSON object per
line in `<data folder>/records/<kind>/<YYYY-MM>.jsonl`, the local month of the record's "at",
each line written whole with one O_APPEND write and fsync'ed before the visitor is told it is
kept. An update is the same record appended again (same "id" and "at"); the last line wins.
When kiosk.records.log.Records is available this function becomes
`Records(folder).append(kind, record)`, and nothing else changes.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

KINDS = ("calls", "messages", "feedback", "survey", "searches")


def keep(folder: Path, kind: str, record: dict) -> None:
    """Append `record` to its month's file of `kind`; raises OSError when it could not."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; one of {', '.join(KINDS)}")
    if not isinstance(record.get("id"), str) or not isinstance(record.get("at"), (int, float)):
        raise ValueError("a record needs an 'id' (text) and an 'at' (epoch seconds)")
    line = (json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            + "\n").encode("utf-8")
    month = time.strftime("%Y-%m", time.localtime(record["at"]))
    path = Path(folder) / kind / f"{month}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def read(folder: Path, kind: str) -> list[dict]:
    """Every record of `kind`, the last line of each id winning (for tests and checks)."""
    latest: dict[str, dict] = {}
    for path in sorted((Path(folder) / kind).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line torn by a power cut
            latest[record["id"]] = record
    return list(latest.values())
