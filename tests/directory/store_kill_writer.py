"""Child process for test_store_kill.py: saves directory versions A and B in turn, forever.

Usage: python store_kill_writer.py DATA_DIR MODE. Prints "ready" once both versions have been
stored, then keeps writing A, B, A, ... until it is killed:
- MODE "store": Store.save_directory each time (the real path; most of a save is reading and
  serialising, the file write itself is ~10% of it);
- MODE "bytes": atomic_write_bytes with the bytes of the two saved files (nearly all the time
  is spent writing, so most kills land mid-write).
build() is also what the test compares with.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kiosk.directory.directory import Directory
from kiosk.directory.disk import atomic_write_bytes
from kiosk.directory.model import Building, Department, Floor, Room, Staff, Text
from kiosk.directory.store import Store

# Different sizes, so a half-written file can never be mistaken for a whole one.
STAFF_COUNT = {"A": 1500, "B": 1100}


def build(tag: str) -> Directory:
    """A few hundred KB of directory; every name carries the tag."""
    floors = [Floor(f"{n}F", n, Text(f"{n}층 {tag}", f"Floor {n} {tag}")) for n in (1, 2, 3)]
    departments = [Department(f"d{n}", Text(f"부서 {n} {tag}", f"Department {n} {tag}"))
                   for n in range(30)]
    rooms = [Room(f"r{n}", floors[n % 3].id, Text(f"열람실 {n} {tag}", f"Room {n} {tag}"),
                  department=f"d{n % 30}") for n in range(60)]
    staff = [Staff(f"s{n}", Text(f"홍길동{n} {tag}", f"Hong Gildong {n} {tag}"),
                   Text("주무관", "Officer"), f"d{n % 30}",
                   duties=Text(f"자료 정리와 민원 안내 {n} {tag}",
                               f"Cataloguing and visitor help {n} {tag}"),
                   extension=f"{1000 + n}", room=f"r{n % 60}")
             for n in range(STAFF_COUNT[tag])]
    return Directory(Building("kill-test", Text(f"시험 도서관 {tag}", f"Test library {tag}")),
                     floors=floors, rooms=rooms, departments=departments, staff=staff)


def main(data_dir: Path, mode: str) -> None:
    versions = {tag: build(tag) for tag in STAFF_COUNT}
    with Store(data_dir) as store:
        saved = {}
        for tag in "BA":
            store.save_directory(versions[tag], source="test", version=tag)
            saved[tag] = store.path.read_bytes()
        print("ready", flush=True)
        while True:
            for tag in "BA":
                if mode == "store":
                    store.save_directory(versions[tag], source="test", version=tag)
                else:
                    atomic_write_bytes(store.path, saved[tag])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
