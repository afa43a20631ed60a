"""The records seam: one line per record in its month's file, whole, the last line of an id
winning; what is not a record is refused before anything is written."""
from __future__ import annotations

import json
import time

import pytest

from kiosk.feedback.keep import keep, read

AT = time.mktime((2026, 12, 5, 10, 0, 0, 0, 0, -1))


def test_records_go_to_their_kinds_month_file_one_line_each(tmp_path):
    keep(tmp_path, "survey", {"id": "a", "at": AT, "face": 4})
    keep(tmp_path, "survey", {"id": "b", "at": AT, "face": 2})
    keep(tmp_path, "survey", {"id": "a", "at": AT, "face": 4, "reason": "place"})
    path = tmp_path / "survey" / "2026-12.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "a"]
    assert {r["id"]: r.get("reason") for r in read(tmp_path, "survey")} == {"a": "place",
                                                                            "b": None}
    assert path.stat().st_mode & 0o077 == 0  # cards may hold a phone number


def test_a_torn_last_line_is_skipped_when_read(tmp_path):
    keep(tmp_path, "searches", {"id": "a", "at": AT, "query": "주차"})
    with open(tmp_path / "searches" / "2026-12.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "b", "at": ')
    assert [r["id"] for r in read(tmp_path, "searches")] == ["a"]


@pytest.mark.parametrize(("kind", "record"), [("notes", {"id": "a", "at": AT}),
                                              ("survey", {"at": AT}),
                                              ("survey", {"id": "a", "at": "today"}),
                                              ("survey", {"id": "a", "at": AT,
                                                          "face": float("nan")})])
def test_what_is_not_a_record_is_refused_and_nothing_written(tmp_path, kind, record):
    with pytest.raises(ValueError):
        keep(tmp_path, kind, record)
    assert not any(p.is_file() and p.stat().st_size for p in tmp_path.rglob("*"))
