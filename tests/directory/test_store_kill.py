"""Kill a process in the middle of saving, many times: the file must always be whole.

A child process (store_kill_writer.py) writes two versions of a ~0.4-0.5 MB directory, A and B,
in turn: on even rounds through Store.save_directory (~15 ms a save), on odd rounds by
rewriting the saved files' bytes with atomic_write_bytes (~1.5 ms, nearly all of it writing).
The parent waits a random 5-60 ms after the child is ready, sends SIGKILL, and then checks
that kiosk.json loads as exactly A or exactly B. A store that wrote in place would leave a
truncated or over-long file after some of the kills, and this test would fail.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from kill_support import load_script, start_child

from kiosk.directory.store import FILE_NAME, STALE_TEMP_SECONDS, Store

WRITER = Path(__file__).with_name("store_kill_writer.py")
KILLS = 60
SEED = int(os.environ.get("KIOSK_KILL_SEED", "20261122"))  # override to explore other timings


def _start_writer(data_dir: Path, mode: str) -> subprocess.Popen:
    return start_child(WRITER, data_dir, mode, ready="ready", timeout=30)


@pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")
def test_kill_while_saving_leaves_old_or_new_file(tmp_path):
    print(f"seed {SEED} (set KIOSK_KILL_SEED to change)")
    rng = random.Random(SEED)
    writer = load_script(WRITER)
    expected = {tag: writer.build(tag).to_records() for tag in writer.STAFF_COUNT}
    path = tmp_path / FILE_NAME
    seen = {tag: 0 for tag in expected}
    mid_write = {"store": 0, "bytes": 0}  # kills between creating the temp file and renaming
    start = time.monotonic()

    for attempt in range(KILLS):
        mode = "store" if attempt % 2 == 0 else "bytes"
        proc = _start_writer(tmp_path, mode)
        delay = rng.uniform(0.005, 0.060)
        temps_before = set(tmp_path.glob(f".{FILE_NAME}.*.tmp"))
        time.sleep(delay)
        proc.kill()
        _, err = proc.communicate()
        where = f"seed {SEED}, kill {attempt} ({mode}) after {delay * 1000:.1f} ms"
        assert proc.returncode == -signal.SIGKILL, f"writer failed on its own ({where}):\n{err}"
        mid_write[mode] += len(set(tmp_path.glob(f".{FILE_NAME}.*.tmp")) - temps_before)

        try:
            json.loads(path.read_bytes().decode("utf-8"))
        except ValueError as exc:
            pytest.fail(f"torn file ({where}): {exc}")
        with Store(tmp_path) as store:
            version = store.directory_meta().get("version")
            assert version in expected, f"meta {store.directory_meta()!r} ({where})"
            directory = store.load_directory()
        assert directory is not None and directory.to_records() == expected[version], where
        seen[version] += 1

    print(f"{KILLS} kills in {time.monotonic() - start:.1f} s: file held {seen}; "
          f"{mid_write} kills landed mid-write (left a temp file)")

    # The temp files of killed writers are removed once they are old enough to be leftovers.
    leftovers = list(tmp_path.glob(f".{FILE_NAME}.*.tmp"))
    old = time.time() - STALE_TEMP_SECONDS - 10
    for tmp in leftovers:
        os.utime(tmp, (old, old))
    Store(tmp_path).close()
    assert not list(tmp_path.glob(f".{FILE_NAME}.*.tmp"))
