"""A damaged store while a call is open: the call is not lost.

The store (kiosk.json) used to be an open call's only copy: a file cut short or overwritten
with garbage was set aside at start and the kiosk went on with a new one, and a calls table
of the wrong shape stopped the outbox (or skipped the call for ever), so the call never
reached the records. Now every state of an open call is in the records too: the kiosk puts it
back and resumes it, the damaged file is kept aside (never over an earlier one), and a
warning names it."""
from __future__ import annotations

import json
import logging
import time

import pytest

from kiosk.bundle.recover import open_or_recover
from kiosk.calls.call import Call
from kiosk.calls.outbox import KIND, CallOutbox
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import FILE_NAME, Store, keep_aside, open_directory
from kiosk.records.log import records_of

pytestmark = pytest.mark.usefixtures("built_in_assets")


def cut_short(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def garbage(raw: bytes) -> bytes:
    return b"\x00\xff" * 100


def calls_not_a_table(raw: bytes) -> bytes:
    return json.dumps({**json.loads(raw), "calls": ["lobby", 5]}).encode()


def wrong_types(raw: bytes) -> bytes:
    data = json.loads(raw)
    for doc in data["calls"].values():
        doc["events"], doc["state"] = "raised", 7
    return json.dumps(data).encode()


def a_call_of_another_kind(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["calls"]["1"] = 5
    return json.dumps(data).encode()


def a_key_that_is_no_number(raw: bytes) -> bytes:
    """TinyDB reads every document's key as a whole number: "x" fails the whole table."""
    data = json.loads(raw)
    data["calls"] = {"x": doc for doc in data["calls"].values()}
    return json.dumps(data).encode()


def a_time_that_is_no_number(raw: bytes) -> bytes:
    """NaN never expires, and every console and the records refuse it."""
    data = json.loads(raw)
    for doc in data["calls"].values():
        doc["events"] = [["raised", float("nan")]]
    return json.dumps(data).encode()


@pytest.mark.parametrize("damage", [cut_short, garbage, calls_not_a_table, wrong_types,
                                    a_call_of_another_kind, a_key_that_is_no_number,
                                    a_time_that_is_no_number])
def test_a_damaged_store_loses_no_open_call(tmp_path, damage, caplog):
    data = tmp_path / "data"
    open_directory(data, load_demo, demo_fingerprint)  # the kiosk's first start
    now = time.time()
    call = Call.raise_new("lobby", "1F", now - 20, "mobility").advance(
        "acknowledged", now - 10, "Kim", "desk-1")
    with Store(data) as store:
        CallOutbox(store, records_of(data)).save(call)
    damaged = damage((data / FILE_NAME).read_bytes())
    (data / FILE_NAME).write_bytes(damaged)

    caplog.set_level(logging.INFO, logger="kiosk")
    open_or_recover(data, load_demo, demo_fingerprint)  # the kiosk starts again
    with Store(data) as store:
        outbox = CallOutbox(store, records_of(data))
        assert outbox.open_calls_of("lobby") == [call]  # resumed: the consoles see it again
        outbox.save(call.advance("resolved", now, "Kim", "desk-1"))
    [aside] = data.glob(f"{FILE_NAME}.damaged-*")
    assert aside.read_bytes() == damaged  # kept as it was, for whoever looks into it
    assert aside.stat().st_mode & 0o777 == 0o600
    assert any(str(aside) in r.getMessage() and r.levelno >= logging.WARNING
               for r in caplog.records), "a warning names the file kept aside"
    assert any(call.id in r.getMessage() and "restored" in r.getMessage()
               for r in caplog.records)
    [done] = [r for r in records_of(data).latest(KIND) if r["id"] == call.id]
    assert done["state"] == "resolved"  # and the call reached the records


def test_an_open_call_is_in_the_records_from_when_it_was_raised(tmp_path):
    call = Call.raise_new("lobby", "1F", time.time())
    with Store(tmp_path) as store:
        CallOutbox(store, records_of(tmp_path)).save(call)
    assert [r["state"] for r in records_of(tmp_path).latest(KIND)] == ["raised"]


def test_a_file_kept_aside_is_never_overwritten(tmp_path):
    store_file = tmp_path / FILE_NAME
    kept = []
    for n in range(3):  # within one second: the same time in the name
        store_file.write_bytes(f"damage {n}".encode())
        kept.append(keep_aside(store_file, move=n != 1))
    assert [p.read_bytes() for p in kept] == [b"damage 0", b"damage 1", b"damage 2"]
    assert len(set(kept)) == 3
