"""The store: round trip, meta, the demo import rules, damaged files, atomic writes."""
from __future__ import annotations

import json
import os
import stat
import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.directory import disk
from kiosk.directory.directory import Directory
from kiosk.directory.disk import atomic_write_bytes
from kiosk.directory.model import (
    Amenity,
    Building,
    Department,
    Floor,
    Kiosk,
    Rect,
    Room,
    Service,
    ServiceStep,
    Staff,
    Text,
    Words,
)
from kiosk.directory.store import (
    FILE_NAME,
    STALE_TEMP_SECONDS,
    AtomicJSONStorage,
    Store,
    StoreError,
    directory_version,
    open_directory,
)


def sample_directory(name: str = "경기과천교육도서관") -> Directory:
    """Every table and every kind of field (Text, Words, Rect, None, bool, float, items)."""
    return Directory(
        building=Building("gclib", Text(name, "Gwacheon Library"), phone="02-1234-5678",
                          hours=Text("09:00–18:00", "Mon–Fri 09:00–18:00")),  # as read
        floors=(Floor("1F", 1, Text("1층", "1st floor"), plan="1F.svg"),
                Floor("B1", -1, Text("지하 1층", "Basement 1"), plan_size=(800.0, 450.5))),
        rooms=(Room("r101", "1F", Text("종합자료실", "General Reading Room"), kind="reading_room",
                    number="101", department="d1", rect=Rect(10, 20, 300.5, 120),
                    keywords=Words(("책", "대출"), ("books", "loan"))),
               Room("rb1", "B1", Text("화장실", "Toilets"), kind="toilet", accessible=False)),
        departments=(Department("d1", Text("자료봉사과", "Reader Services"), room="r101"),
                     Department("d1a", Text("어린이팀", "Children's Team"), parent="d1")),
        staff=(Staff("s1", Text("김예시", "Kim Yesi"), Text("사서", "Librarian"), "d1a",
                     extension="101", room="r101", presence="away"),),
        services=(Service("sv1", Text("회원증 발급", "Library card"), department="d1",
                          items=(ServiceStep(Text("신규", "New"), fee=Text("무료", "Free")),)),),
        amenities=(Amenity("a1", Text("화장실", "Toilets"), "toilet", "rb1", paid=False,
                           accessible=True),),
        kiosks=(Kiosk("k1", Text("정문", "Main entrance"), "1F", 100.0, 250.25),),
    )


def temp_files(folder):
    kept = (FILE_NAME, f".{FILE_NAME}.lock")  # the lock file stays, empty, for every writer
    return sorted(p.name for p in folder.iterdir() if p.name not in kept)


# -- round trip and meta ---------------------------------------------------------------------
def test_round_trip(tmp_path):
    directory = sample_directory()
    with Store(tmp_path) as store:
        store.save_directory(directory, source="import", version="v1")
    with Store(tmp_path) as store:
        loaded = store.load_directory()
    assert loaded.to_records() == directory.to_records()
    assert loaded == directory
    assert loaded.room("r101").rect == Rect(10, 20, 300.5, 120)  # lookups rebuilt


def test_demo_round_trip(tmp_path):
    from kiosk.directory.files import load_demo
    demo = load_demo()
    with Store(tmp_path) as store:
        store.save_directory(demo, source="demo", version=directory_version(demo))
        assert store.load_directory().to_records() == demo.to_records()


def test_empty_store(tmp_path):
    with Store(tmp_path / "new" / "folder") as store:  # folders are created
        assert store.load_directory() is None
        assert store.directory_meta() == {}


def test_meta(tmp_path):
    with Store(tmp_path) as store:
        store.save_directory(sample_directory(), source="usb", version="2024-05")
        meta = store.directory_meta()
    assert meta["source"] == "usb" and meta["version"] == "2024-05"
    assert datetime.fromisoformat(meta["saved_at"]).tzinfo is not None


def test_save_replaces_whole_directory_in_one_write(tmp_path, monkeypatch):
    writes = []
    original = AtomicJSONStorage.write
    monkeypatch.setattr(AtomicJSONStorage, "write",
                        lambda self, data: (writes.append(1), original(self, data)))
    big = sample_directory()
    small = Directory(big.building, floors=big.floors[:1])
    with Store(tmp_path) as store:
        store.save_directory(big, source="a", version="1")
        store.save_directory(small, source="b", version="2")
        assert len(writes) == 2
        assert store.load_directory().to_records() == small.to_records()  # no leftovers
        assert store.directory_meta()["version"] == "2"


def test_other_tables_live_beside_the_directory(tmp_path):
    with Store(tmp_path) as store:
        store.table("settings").insert({"idle_seconds": 90})
        store.save_directory(sample_directory(), source="a", version="1")
        assert store.table("settings").all() == [{"idle_seconds": 90}]
        store.table("settings").insert({"voice": "ko"})
        assert store.load_directory() == sample_directory()
        for name in ("building", "staff", "meta"):
            with pytest.raises(ValueError, match="belongs to the directory"):
                store.table(name)


def test_two_stores_on_one_folder_lose_no_write(tmp_path):
    """The kiosk's call outbox and a bundle apply each open the data folder; their writes
    interleave on threads, and neither may write back what it read before the other wrote."""
    import threading

    outbox, applier = Store(tmp_path), Store(tmp_path)
    calls = outbox.table("calls")
    start = threading.Barrier(2)

    def raise_calls():
        start.wait()
        for n in range(150):
            calls.insert({"n": n})

    def apply_bundles():
        start.wait()
        for n in range(150):
            applier.save_directory(sample_directory(), source="bundle", version=str(n))

    threads = [threading.Thread(target=raise_calls), threading.Thread(target=apply_bundles)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Store(tmp_path) as fresh:
        assert sorted(d["n"] for d in fresh.table("calls").all()) == list(range(150))
        assert fresh.directory_meta()["version"] == "149"


def test_a_shell_command_and_the_kiosk_lose_no_write_of_each_other(tmp_path):
    """`bundle apply` run from a shell is another process writing the kiosk's file while the
    kiosk records calls; neither may write back what it read before the other wrote."""
    import subprocess
    import sys

    go = tmp_path / "go"
    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, pathlib\n"
        "from kiosk.directory.store import Store\n"
        "go = pathlib.Path(sys.argv[1]) / 'go'\n"
        "store = Store(sys.argv[1])\n"
        "while not go.exists(): time.sleep(0.001)\n"
        "for n in range(150): store.table('other').insert({'n': n})\n"
    ), str(tmp_path)])
    calls = Store(tmp_path).table("calls")
    go.touch()
    for n in range(150):
        calls.insert({"n": n})
    assert child.wait(timeout=60) == 0
    with Store(tmp_path) as fresh:
        assert sorted(d["n"] for d in fresh.table("calls").all()) == list(range(150))
        assert sorted(d["n"] for d in fresh.table("other").all()) == list(range(150))


def test_a_lock_file_that_cannot_be_made_warns_once_and_loses_no_write(tmp_path, monkeypatch,
                                                                      caplog):
    """A data folder where the lock file cannot be made (read-only for this user, or a file
    system without flock): the kiosk goes on recording calls, and says so once."""
    real_open = disk.os.open

    def no_lock_files(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(disk.os, "open", no_lock_files)
    monkeypatch.setattr(disk, "_FILE_LOCKS", {})
    with caplog.at_level("WARNING", logger="kiosk"), Store(tmp_path) as store:
        for n in range(3):
            store.table("calls").insert({"n": n})
        assert [d["n"] for d in store.table("calls").all()] == [0, 1, 2]
    warnings = [r for r in caplog.records if "cannot lock against other processes" in r.message]
    assert len(warnings) == 1 and ".kiosk.json.lock" in warnings[0].message


# -- start-up: the demo rules ----------------------------------------------------------------
def test_empty_store_imports_the_demo(tmp_path):
    demo = sample_directory()
    assert open_directory(tmp_path, lambda: demo) == demo
    with Store(tmp_path) as store:
        assert store.directory_meta()["source"] == "demo"
        assert store.directory_meta()["version"] == directory_version(demo)
        assert store.load_directory() == demo


def test_newer_demo_replaces_older_stored_demo(tmp_path):
    old, new = sample_directory("옛 도서관"), sample_directory("새 도서관")
    assert directory_version(old) != directory_version(new)
    open_directory(tmp_path, lambda: old)
    assert open_directory(tmp_path, lambda: new) == new
    with Store(tmp_path) as store:
        assert store.load_directory() == new
        assert store.directory_meta()["version"] == directory_version(new)


def test_same_demo_is_not_rewritten(tmp_path, monkeypatch):
    open_directory(tmp_path, sample_directory)
    monkeypatch.setattr(AtomicJSONStorage, "write",
                        lambda self, data: pytest.fail("unchanged demo was written again"))
    assert open_directory(tmp_path, sample_directory) == sample_directory()


def test_imported_directory_is_never_replaced_by_the_demo(tmp_path):
    imported = sample_directory("우리 구청")
    with Store(tmp_path) as store:
        store.save_directory(imported, source="usb", version="1")

    def demo_loader():
        raise AssertionError("the demo should not even be loaded")

    assert open_directory(tmp_path, demo_loader) == imported


def test_directory_version_follows_content():
    assert directory_version(sample_directory()) == directory_version(sample_directory())
    assert directory_version(sample_directory("가")) != directory_version(sample_directory("나"))


# -- damaged files -----------------------------------------------------------------------------
@pytest.mark.parametrize("content", [b'{"building": {"1": {"id": "x", "na', b"\xff\xfe garbage",
                                     b"[1, 2, 3]"])
def test_damaged_file_is_reported_and_kept(tmp_path, content):
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    with pytest.raises(StoreError) as error:
        Store(tmp_path)
    message = str(error.value)
    assert str(path) in message and "Move it aside" in message
    with pytest.raises(StoreError):
        open_directory(tmp_path, sample_directory)
    assert path.read_bytes() == content  # never overwritten, not even by the demo import


def test_stored_directory_that_no_longer_fits(tmp_path):
    with Store(tmp_path) as store:
        store.save_directory(sample_directory(), source="usb", version="1")
    data = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    data["staff"]["1"]["shoe_size"] = 42
    (tmp_path / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path) as store, pytest.raises(StoreError, match="shoe_size"):
        store.load_directory()
    data["rooms"] = ["not", "a", "table"]
    (tmp_path / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path) as store, pytest.raises(StoreError, match="Import the directory again"):
        store.load_directory()


# -- atomic writes and temp files -------------------------------------------------------------
def test_saves_leave_no_temp_files(tmp_path):
    with Store(tmp_path) as store:
        for n in range(3):
            store.save_directory(sample_directory(f"도서관 {n}"), source="a", version=str(n))
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_keeps_old_file_and_removes_temp(tmp_path, monkeypatch, failing):
    with Store(tmp_path) as store:
        store.save_directory(sample_directory(), source="a", version="1")
        before = store.path.read_bytes()

        def boom(*args):
            raise OSError("disk full")

        monkeypatch.setattr(disk.os, failing, boom)
        with pytest.raises(OSError, match="disk full"):
            store.save_directory(sample_directory("다른 이름"), source="a", version="2")
        monkeypatch.undo()
        assert store.path.read_bytes() == before
        assert store.directory_meta()["version"] == "1"
    assert temp_files(tmp_path) == []


def test_stale_temp_files_are_removed_on_open(tmp_path):
    stale, fresh = tmp_path / f".{FILE_NAME}.old.tmp", tmp_path / f".{FILE_NAME}.new.tmp"
    stale.write_bytes(b"half a file")
    fresh.write_bytes(b"another writer, still busy")
    old = time.time() - STALE_TEMP_SECONDS - 10
    os.utime(stale, (old, old))
    Store(tmp_path).close()
    assert not stale.exists() and fresh.exists()


def test_atomic_write_bytes(tmp_path):
    path = tmp_path / "config.toml"
    atomic_write_bytes(path, b"a = 1\n")
    assert path.read_bytes() == b"a = 1\n"
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's 0600
        path.chmod(0o600)
    atomic_write_bytes(path, b"a = 2\n")
    assert path.read_bytes() == b"a = 2\n"
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # an existing file keeps its mode
    assert temp_files(tmp_path) == ["config.toml"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_data_file_is_private_even_in_an_open_folder(tmp_path):
    """kiosk.json holds open messages' names and phone numbers: 0600 however the folder was
    made (a kiosk run by hand, outside the service's umask), and an older 0644 file is
    tightened at its next write."""
    tmp_path.chmod(0o755)
    with Store(tmp_path) as store:
        store.table("notes").insert({"name": "홍길동", "phone": "01023456789"})
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        store.path.chmod(0o644)
        store.table("notes").insert({"name": "김민지"})
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


# -- unicode ----------------------------------------------------------------------------------
def test_unicode_is_stored_as_utf8(tmp_path):
    with Store(tmp_path) as store:
        store.save_directory(sample_directory("경기과천교육도서관 📚"), source="a", version="1")
    raw = (tmp_path / FILE_NAME).read_bytes()
    assert "경기과천교육도서관 📚".encode("utf-8") in raw  # readable, not \u escapes
    assert b"\\u" not in raw
    with Store(tmp_path) as store:
        assert store.load_directory().building.name.ko == "경기과천교육도서관 📚"


text_without_surrogates = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ko=text_without_surrogates, en=text_without_surrogates)
def test_any_text_round_trips(tmp_path, ko, en):
    directory = Directory(Building("b", Text(ko, en)))
    with Store(tmp_path) as store:
        store.save_directory(directory, source="a", version="1")
        assert store.load_directory().building.name == Text(ko, en)


def test_a_stored_demo_of_the_same_files_is_read_without_parsing_them(tmp_path):
    from kiosk.directory.files import demo_fingerprint, load_demo

    first = open_directory(tmp_path, load_demo, demo_fingerprint)
    calls = []

    def loader():
        calls.append(1)
        return load_demo()

    again = open_directory(tmp_path, loader, demo_fingerprint)
    assert calls == [] and again.to_records() == first.to_records()
    open_directory(tmp_path, loader, lambda: "files-newer")  # new demo files: re-import
    assert calls == [1]


@pytest.mark.parametrize("source", ["demo", "usb"])
def test_a_start_reads_the_store_file_once(tmp_path, monkeypatch, source):
    stored = sample_directory("우리 구청")
    with Store(tmp_path) as store:
        store.save_directory(stored, source=source, version="v1")
    reads = []
    original = AtomicJSONStorage.read
    monkeypatch.setattr(AtomicJSONStorage, "read",
                        lambda self: reads.append(1) or original(self))
    assert open_directory(tmp_path, lambda: pytest.fail("demo loaded"), lambda: "v1") == stored
    assert reads == [1]  # meta and directory from one parse, of one version
