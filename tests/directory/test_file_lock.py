"""A FileLock (kiosk/directory/disk.py) holds its lock file open only while it is held: the
process keeps one FileLock per path for good, and the test suite's process, which writes
thousands of folders, held a descriptor for each of them (hundreds, then over a thousand)."""
from __future__ import annotations

import fcntl
import os

import pytest

from kiosk.directory.disk import file_lock
from kiosk.directory.store import Store


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_a_lock_holds_its_file_open_only_while_held(tmp_path):
    before = open_descriptors()
    lock = file_lock(tmp_path / "kiosk.json")
    with lock:
        with lock:  # re-entrant: the same descriptor
            assert open_descriptors() == before + 1
        assert open_descriptors() == before + 1
    assert open_descriptors() == before


def test_stores_in_many_folders_leave_no_descriptor_behind(tmp_path):
    before = open_descriptors()
    for n in range(50):
        with Store(tmp_path / str(n)) as store:
            store.table("calls").insert({"n": n})
    assert open_descriptors() == before


def test_released_the_lock_is_free_for_another_process_and_taken_again(tmp_path):
    lock = file_lock(tmp_path / "kiosk.json")
    lock_file = tmp_path / ".kiosk.json.lock"
    with lock:
        other = os.open(lock_file, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):  # flock: per open file, as another process's
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(other)
    other = os.open(lock_file, os.O_RDWR)
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free once released
        fcntl.flock(other, fcntl.LOCK_UN)
    finally:
        os.close(other)
    with lock, pytest.raises(BlockingIOError):  # and taken again
        fcntl.flock(other := os.open(lock_file, os.O_RDWR), fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(other)
