"""The records' files: one line per append, the last line of an id wins, torn lines skipped,
months in local time, private file modes, and atomic rewrites for purging."""
from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.records.log import KINDS, RecordError, Records, records_of

KST = timezone(timedelta(hours=9))


def at(*when: int, tz=KST) -> float:
    return datetime(*when, tzinfo=tz).timestamp()


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_append_then_latest_and_updates(tmp_path):
    records = Records(tmp_path / "records", tz=KST)
    first = {"id": "m1", "at": at(2026, 3, 2, 10), "phone": "010-1111-2222",
             "called_back_at": None}
    records.append("messages", first)
    records.append("messages", {"id": "m2", "at": at(2026, 3, 3, 9), "phone": ""})
    records.append("messages", {**first, "called_back_at": at(2026, 3, 2, 10, 30)})
    got = records.latest("messages", month="2026-03")
    assert [r["id"] for r in got] == ["m1", "m2"]  # an update keeps the id's first place
    assert got[0]["called_back_at"] == at(2026, 3, 2, 10, 30)
    path = tmp_path / "records" / "messages" / "2026-03.jsonl"
    assert len(lines(path)) == 3  # appended, never rewritten
    assert records.latest("messages", month="2026-04") == []
    assert records.latest("messages", year=2026) == got
    assert records.latest("messages", year=2025) == []
    assert records.months("messages") == ["2026-03"] and records.months("survey") == []


def test_the_month_is_local_time(tmp_path):
    new_york = timezone(timedelta(hours=-5))
    late = {"id": "s1", "at": at(2026, 3, 31, 23, 59, 30, tz=new_york)}  # April 1 in UTC
    Records(tmp_path / "ny", tz=new_york).append("searches", late)
    Records(tmp_path / "utc", tz=timezone.utc).append("searches", late)
    assert Records(tmp_path / "ny").months("searches") == ["2026-03"]
    assert Records(tmp_path / "utc").months("searches") == ["2026-04"]
    seoul = Records(tmp_path / "kst", tz=KST)
    seoul.append("searches", {"id": "a", "at": at(2026, 12, 31, 23, 59, 59)})
    seoul.append("searches", {"id": "b", "at": at(2027, 1, 1, 0, 0, 0)})
    assert seoul.months("searches") == ["2026-12", "2027-01"]
    assert [r["id"] for r in seoul.latest("searches", year=2027)] == ["b"]


def test_a_torn_last_line_is_skipped_and_the_next_append_survives(tmp_path):
    records = Records(tmp_path, tz=KST)
    records.append("survey", {"id": "a", "at": at(2026, 5, 1), "face": 5})
    path = tmp_path / "survey" / "2026-05.jsonl"
    with open(path, "ab") as f:  # a power cut in the middle of the next write
        f.write(b'{"id": "b", "at": 17')
    reader = Records(tmp_path, tz=KST)
    assert [r["id"] for r in reader.latest("survey", month="2026-05")] == ["a"]
    assert reader.skipped == 1
    after = Records(tmp_path, tz=KST)  # the kiosk, started again
    after.append("survey", {"id": "c", "at": at(2026, 5, 2), "face": 4})
    fresh = Records(tmp_path, tz=KST)
    assert [r["id"] for r in fresh.latest("survey", month="2026-05")] == ["a", "c"]
    assert fresh.skipped == 1  # only the torn line


@pytest.mark.parametrize("junk", [b"\xff\xfe not utf-8", b"[1, 2]", b'{"at": 1}', b'{"id": 7}',
                                  b"null"])
def test_lines_that_are_not_records_are_skipped_anywhere(tmp_path, junk):
    records = Records(tmp_path, tz=KST)
    records.append("searches", {"id": "a", "at": at(2026, 5, 1)})
    path = tmp_path / "searches" / "2026-05.jsonl"
    with open(path, "ab") as f:
        f.write(junk + b"\n")
    records.append("searches", {"id": "b", "at": at(2026, 5, 1)})
    assert [r["id"] for r in records.latest("searches")] == ["a", "b"]
    assert records.skipped == 1


def test_files_are_private(tmp_path):
    os.umask(0o022)
    records = records_of(tmp_path / "data", tz=KST)
    records.append("messages", {"id": "a", "at": at(2026, 5, 1), "phone": "010-1234-5678"})
    folder = tmp_path / "data" / "records"
    for path, mode in ((folder, 0o700), (folder / "messages", 0o700),
                       (folder / "messages" / "2026-05.jsonl", 0o600)):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path
    records.rewrite("messages", "2026-05", lambda r: {**r, "phone": ""})
    assert stat.S_IMODE((folder / "messages" / "2026-05.jsonl").stat().st_mode) == 0o600


def test_rewrite_purges_every_copy(tmp_path):
    records = Records(tmp_path, tz=KST)
    made = {"id": "m1", "at": at(2026, 5, 1), "phone": "010-9876-5432", "called_back_at": None}
    records.append("messages", made)
    records.append("messages", {**made, "called_back_at": at(2026, 5, 1, 1)})
    records.append("messages", {"id": "m2", "at": at(2026, 5, 2), "phone": "010-5555-0000"})
    path = tmp_path / "messages" / "2026-05.jsonl"
    with open(path, "ab") as f:
        f.write(b'{"id": "m3", "phone": "010-7777-')  # torn: holds a number too
    records.rewrite("messages", "2026-05",
                    lambda r: None if r["id"] == "m2" else {**r, "phone": ""})
    assert b"010-" not in path.read_bytes()
    assert lines(path) == [{**made, "phone": "", "called_back_at": at(2026, 5, 1, 1)}]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    records.rewrite("messages", "2026-06", lambda r: r)  # no such month: nothing made
    assert not (tmp_path / "messages" / "2026-06.jsonl").exists()


@pytest.mark.parametrize("record", [
    {"at": 1.0}, {"id": "", "at": 1.0}, {"id": 5, "at": 1.0}, {"id": "a"},
    {"id": "a", "at": "yesterday"}, {"id": "a", "at": float("nan")},
    {"id": "a", "at": float("inf")}, {"id": "a", "at": True}, {"id": "a", "at": 1e300},
    {"id": "a", "at": 1.0, "x": {1, 2}}, {"id": "a", "at": 1.0, "x": float("nan")},
])
def test_bad_records_are_refused_and_write_nothing(tmp_path, record):
    with pytest.raises(RecordError):
        Records(tmp_path / "r").append("searches", record)
    assert not (tmp_path / "r").exists()


def test_unknown_kind_and_month(tmp_path):
    records = Records(tmp_path / "r")
    with pytest.raises(ValueError, match="unknown kind"):
        records.append("../etc", {"id": "a", "at": 1.0})
    with pytest.raises(ValueError, match="YYYY-MM"):
        records.latest("searches", month="../../x")
    with pytest.raises(ValueError, match="YYYY-MM"):
        records.rewrite("searches", "2026-5", lambda r: r)


def test_reading_creates_nothing(tmp_path):
    records = records_of(tmp_path / "data")
    for kind in KINDS:
        assert records.latest(kind, year=2026) == [] and records.months(kind) == []
    assert not (tmp_path / "data").exists()


def test_control_characters_and_hangul_round_trip(tmp_path):
    records = Records(tmp_path, tz=KST)
    text = "주차\n\x1b[31m\u202e\x00 끝"
    records.append("searches", {"id": "a", "at": at(2026, 5, 1), "query": text})
    path = tmp_path / "searches" / "2026-05.jsonl"
    assert path.read_bytes().count(b"\n") == 1  # one line, whatever the text holds
    assert records.latest("searches")[0]["query"] == text


# -- property: the files behave as a dict of the last version of each id --------------------------
ids = st.sampled_from(["a", "b", "c", "d", "e"])
months = st.sampled_from([at(2026, 1, 15), at(2026, 1, 31, 23, 59), at(2026, 2, 1),
                          at(2027, 1, 1)])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ids, months, st.integers(0, 9)), max_size=25))
def test_latest_equals_a_dict_model(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("model")
    records = Records(folder, tz=KST)
    model: dict[tuple[str, float], dict] = {}
    first_at: dict[str, float] = {}
    for rid, when, value in steps:
        when = first_at.setdefault(rid, when)  # an update keeps its "at"
        record = {"id": rid, "at": when, "value": value}
        records.append("feedback", record)
        model[(rid, when)] = record
    got = Records(folder, tz=KST)
    expected = sorted(model.values(), key=lambda r: (r["at"], r["id"]))
    everything = sorted(got.latest("feedback"), key=lambda r: (r["at"], r["id"]))
    assert everything == expected
    for month in got.months("feedback"):
        assert {r["id"] for r in got.latest("feedback", month=month)} == {
            r["id"] for r in expected if got.month_of(r["at"]) == month}
    assert got.skipped == 0
