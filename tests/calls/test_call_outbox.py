"""The outbox of calls: one document per call, one file write per save, safe across threads."""
from __future__ import annotations

import json
import threading

from kiosk.calls.call import Call
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.store import Store


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
        assert box.open_call_of("lobby").id == now.id
        assert box.open_call_of("elsewhere") is None
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
