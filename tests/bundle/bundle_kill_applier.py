"""Child process for test_bundle_apply_kill.py: applies a checked bundle, then waits.

Usage: python bundle_kill_applier.py DATA_DIR CHECKED. CHECKED is a pickled `Checked` (and
its directory as records) of a bundle that the test checked once into DATA_DIR's staging
folder; apply only reads that
staging copy, so every child reuses it (the check is not what is being killed). Prints
"applying", calls apply_bundle with the kiosk's own thumbnail maker, prints
"applied <seconds>" and waits to be killed, so that a kill after the apply is told apart
from one during it.

build_bundle() writes the two bundles the test swaps between; both are also what the test
compares with.
"""
from __future__ import annotations

import dataclasses
import os
import pickle
import struct
import sys
import time
import zlib
from pathlib import Path

from kiosk.bundle.update import apply_bundle, export_bundle
from kiosk.directory.directory import Directory
from kiosk.directory.model import Staff, Text

PEOPLE = 300  # each with a photo: enough files that a kill lands inside the apply
PHOTO_SIDE = 48


def png(side: int, seed: int) -> bytes:
    """A small valid RGB PNG whose pixels depend on `seed` (no image library needed)."""
    raw = b"".join(b"\x00" + b"".join(bytes(((x * 5 + seed * 7) % 256, (y * 3 + seed) % 256,
                                             (seed * 13) % 256)) for x in range(side))
                   for y in range(side))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def directory(base: Directory, tag: str) -> Directory:
    """The demo directory plus PEOPLE people; every name and photo carries the tag."""
    departments = [d.id for d in base.departments]
    rooms = [r.id for r in base.rooms]
    extra = [Staff(f"k{n:03}", Text(f"직원{n} {tag}", f"Person {n} {tag}"),
                   Text("주무관", "Officer"), departments[n % len(departments)],
                   duties=Text(f"안내 {tag}", f"Help {tag}"), extension=f"{2000 + n}",
                   room=rooms[n % len(rooms)], photo=f"k{n:03}.png", sample=False)
             for n in range(PEOPLE)]
    return dataclasses.replace(base, staff=[*base.staff, *extra])


def build_bundle(base: Directory, tag: str, scratch: Path, dest: Path) -> Directory:
    """Export `directory(base, tag)` to `dest` with its photos; returns the directory."""
    wanted = directory(base, tag)
    folder = export_bundle(wanted, scratch, dest)
    seed = {"A": 1, "B": 2}[tag]
    for n in range(PEOPLE):
        (folder / "photos" / f"k{n:03}.png").write_bytes(png(PHOTO_SIDE, n * 3 + seed))
    return wanted


def main(data_dir: Path, checked_file: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui import imaging

    checked, records = pickle.loads(checked_file.read_bytes())
    checked.directory = Directory.from_records(records)
    print("applying", flush=True)
    start = time.monotonic()
    apply_bundle(checked, data_dir, thumbnail=imaging.make_thumbnail)
    print(f"applied {time.monotonic() - start:.4f}", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
