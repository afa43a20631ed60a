"""The outbox of calls: one document per call, one file write per save, safe across threads."""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone

from kiosk.calls.call import Call
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.store import Store
from kiosk.records.log import records_of


def test_save_get_and_the_open_call_of_a_kiosk(tmp_path):
    with Store(tmp_path) as store:
        box = CallOutbox(store)
        old = Call.raise_new("lobby", "1F", 100.0).advance("resolved", 160.0, "Kim")
        now = Call.raise_new("lobby", "1F", 200.0, need="hearing")
        other = Call.raise_new("annex", "2F", 150.0)
        for call in (old, now, other):
            box.save(call)
        box.save(now.advance("delivered", 200.1))
        assert box.get(now.id).state == "delivered"
        assert box.get("nope") is None
        assert [c.id for c in box.all_calls()] == [old.id, other.id, now.id]
        assert {c.id for c in box.open_calls()} == {now.id, other.id}
        assert [c.id for c in box.open_calls_of("lobby")] == [now.id]
        assert box.open_calls_of("elsewhere") == []
    data = json.loads((tmp_path / "kiosk.json").read_text(encoding="utf-8"))
    records = list(data["calls"].values())  # one document per call, Call.to_record()
    assert len(records) == 3 and {r["schema"] for r in records} == {1}
    assert Call.from_record(next(r for r in records if r["id"] == old.id)) == old


def test_each_save_is_one_write(tmp_path, monkeypatch):
    with Store(tmp_path) as store:
        box = CallOutbox(store)
        writes = []
        storage = store._storage
        real = storage.write
        monkeypatch.setattr(storage, "write", lambda data: (writes.append(1), real(data)))
        call = Call.raise_new("lobby", "1F", 1.0)
        box.save(call)
        box.save(call.advance("delivered", 2.0))
        assert len(writes) == 2


def test_unreadable_records_are_skipped_not_fatal(tmp_path):
    with Store(tmp_path) as store:
        store.table("calls").insert({"schema": 99, "id": "x"})
        box = CallOutbox(store)
        box.save(Call.raise_new("lobby", "1F", 1.0))
        assert len(box.all_calls()) == 1


def test_writers_on_other_threads_lose_nothing(tmp_path):
    """The alert service saves from network threads while the screen writes other tables."""
    with Store(tmp_path) as store:
        box, stats = CallOutbox(store), store.table("stats")
        calls = [Call.raise_new("lobby", "1F", float(i)) for i in range(40)]

        def alerts():
            for call in calls:
                box.save(call)

        thread = threading.Thread(target=alerts)
        thread.start()
        for i in range(40):
            stats.insert({"n": i})
        thread.join()
    with Store(tmp_path) as store:
        assert len(CallOutbox(store).all_calls()) == 40
        assert len(store.table("stats").all()) == 40


# -- with a history: finished calls move to the records ------------------------------------------
def finished_and_open():
    done = Call.raise_new("lobby", "1F", 1_770_000_000.0).advance("resolved", 1_770_000_090.0)
    gave_up = Call.raise_new("lobby", "1F", 1_770_000_100.0).advance("cancelled", 1_770_000_110.0)
    waiting = Call.raise_new("lobby", "1F", 1_770_000_200.0)
    return done, gave_up, waiting


def test_a_finished_call_moves_to_the_records(tmp_path):
    history = records_of(tmp_path)
    done, gave_up, waiting = finished_and_open()
    with Store(tmp_path) as store:
        box = CallOutbox(store, history)
        for call in (done, gave_up, waiting):
            box.save(call)
        assert [c.id for c in box.all_calls()] == [waiting.id]  # the table: open calls only
        assert box.open_calls_of("lobby") == [waiting]
    moved = history.latest("calls")  # the open call too: the store is not its only copy
    assert [Call.from_record(r) for r in moved] == [done, gave_up, waiting]
    assert moved[0]["at"] == done.time_of("raised")
    data = json.loads((tmp_path / "kiosk.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in data["calls"].values()] == [waiting.id]


def test_a_recent_finished_call_is_still_found(tmp_path):
    now = time.time()
    call = Call.raise_new("lobby", "1F", now - 60).advance("resolved", now - 5)
    with Store(tmp_path) as store:
        box = CallOutbox(store, records_of(tmp_path))
        box.save(call)
        assert box.get(call.id) == call  # the broker's retained state is matched on start


def test_finished_calls_left_in_the_table_move_on_start_once(tmp_path):
    done, gave_up, waiting = finished_and_open()
    history = records_of(tmp_path)
    with Store(tmp_path) as store:
        old = CallOutbox(store)  # a kiosk of before: everything stays in the table
        for call in (done, gave_up, waiting):
            old.save(call)
        history.append("calls", {**done.to_record(), "at": done.time_of("raised")})  # cut short
        store.table("calls").insert({"schema": 99, "id": "unknown"})
    with Store(tmp_path) as store:
        box = CallOutbox(store, history)
        assert {c.id for c in box.all_calls()} == {waiting.id}
        assert CallOutbox(store, history).move_finished() == 0  # again: nothing to move
        assert {d["id"] for d in store.table("calls").all()} == {waiting.id, "unknown"}
    path = next((tmp_path / "records" / "calls").glob("*.jsonl"))
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted([done.id, gave_up.id])  # each appended once


def test_a_history_that_cannot_be_written_keeps_the_call_in_the_table(tmp_path, monkeypatch):
    history = records_of(tmp_path)
    done, _, _ = finished_and_open()

    def disk_full(kind, record):
        raise OSError(28, "No space left on device")

    with Store(tmp_path) as store:
        box = CallOutbox(store, history)
        monkeypatch.setattr(history, "append", disk_full)
        box.save(done)
        assert box.get(done.id) == done  # kept, not lost
        monkeypatch.undo()
        CallOutbox(store, history)  # the next start moves it
        assert store.table("calls").all() == []
    assert [r["id"] for r in history.latest("calls")] == [done.id]


def test_a_made_up_call_id_reads_no_file(tmp_path, monkeypatch):
    """Whoever has the kiosk's password can name call ids by the thousand on its topic: each
    was looked up in the store's file and in two months of records, on the network thread."""
    now = time.time()
    records = records_of(tmp_path)
    with Store(tmp_path) as store:
        earlier = CallOutbox(store, records)
        done = Call.raise_new("lobby", "1F", now - 60).advance("resolved", now - 5)
        waiting = Call.raise_new("lobby", "1F", now - 30)
        for call in (done, waiting):
            earlier.save(call)
        box = CallOutbox(store, records)  # a kiosk started again: what it knows is read once
        reads = []
        storage = store._storage
        for owner, name in ((storage, "read"), (records, "latest")):
            real = getattr(owner, name)
            monkeypatch.setattr(owner, name, lambda *a, real=real, name=name, **k: (
                reads.append(name), real(*a, **k))[1])
        for n in range(50):
            assert box.get(f"{n:032x}") is None
        assert reads == []
        assert box.get(done.id) == done and box.get(waiting.id) == waiting
        later = Call.raise_new("lobby", "1F", now).advance("cancelled", now + 1)
        box.save(later)  # a call saved since is found too, from the records
        assert box.get(later.id) == later


def test_the_ids_held_in_memory_are_last_and_this_months(tmp_path):
    """The outbox holds the ids of recent calls so that a made-up one reads no file; it held
    every call the kiosk ever saved (about 100 bytes each, for as long as it ran). Once the
    month turns, the ids raised before last month that the table does not hold go."""
    def at(month: int, day: int = 15) -> float:
        return datetime(2026 + (month - 1) // 12, (month - 1) % 12 + 1, day,
                        tzinfo=timezone.utc).timestamp()

    now = [at(1)]
    history = records_of(tmp_path, tz=timezone.utc)
    with Store(tmp_path) as store:
        box = CallOutbox(store, history, clock=lambda: now[0])
        waiting = Call.raise_new("lobby", "1F", now[0])  # open all year: the table holds it
        box.save(waiting)
        by_month = {}
        for month in range(1, 15):
            now[0] = at(month)
            by_month[month] = [Call.raise_new("lobby", "1F", now[0] + n)
                               .advance("resolved", now[0] + n + 60) for n in range(2)]
            for call in by_month[month]:
                box.save(call)
        held = set(box._known)
        assert held == {waiting.id} | {c.id for m in (13, 14) for c in by_month[m]}
        assert box.get(waiting.id) == waiting
        assert box.get(by_month[13][0].id) == by_month[13][0]  # last month's: from the records
        assert box.get(by_month[12][0].id) is None  # older: forgotten, read from no file
