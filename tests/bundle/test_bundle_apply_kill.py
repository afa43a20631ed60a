"""Kill the kiosk in the middle of applying a bundle, many times: the directory it serves next
is always exactly the old one or exactly the new one, with every photo and thumbnail there.

Two bundles, A and B (the demo plus 300 people with photos, every name and photo different),
are checked once, then applied in turn by a child process (bundle_kill_applier.py), which
prints a line when it starts applying, and another when it is done. The parent applies whole
until five versions are kept and measures applies that also remove the oldest version and
what a killed apply left, as the later ones do. Then it kills the child (SIGKILL) a delay
after its first line: a deterministic random fraction of 1.5 times the median measured apply
(children that finish before their kill, or have not committed by the median, add to the
measurements, so the delays follow the machine's load). After each kill it opens the data
folder the way the kiosk does. Kills before the commit leave the old directory, kills
after it the new one; both must happen, and no kill may leave anything in between. Then
`cleanup` removes what the killed apply left. The kills go on until KILLS of them landed
before the child reported the apply done.
"""
from __future__ import annotations

import dataclasses
import os
import pickle
import random
import select
import signal
import statistics
import subprocess
import time
from pathlib import Path

import pytest
from kill_support import load_script, start_child

from kiosk.bundle.update import (
    apply_bundle,
    check_bundle,
    cleanup,
    current_directory,
    discard,
    rollback,
    versions,
)
from kiosk.bundle.versions import KEEP, versions_root
from kiosk.directory import paths
from kiosk.directory.files import load_demo
from kiosk.ui import imaging

APPLIER = Path(__file__).with_name("bundle_kill_applier.py")
KILLS = 50
SPREAD = 1.5  # a third of the kills land after the apply: they measure it again, under load
SEED = int(os.environ.get("KIOSK_KILL_SEED", "20261122"))  # override to explore other timings
JPEG_START = b"\xff\xd8\xff"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")


def _start(data: Path, checked: Path) -> subprocess.Popen:
    """The child, once it has begun applying the checked bundle."""
    return start_child(APPLIER, data, checked, ready="applying", timeout=60)


def _apply_whole(data: Path, checked: Path) -> float:
    """Apply in the child without a kill; the seconds the apply took."""
    proc = _start(data, checked)
    start = time.monotonic()
    ready, _, _ = select.select([proc.stdout], [], [], 120)
    line = proc.stdout.readline() if ready else ""
    running = proc.poll() is None
    proc.kill()
    _, err = proc.communicate()
    assert line.startswith("applied "), (
        f"{line!r} after {time.monotonic() - start:.1f} s, child "
        f"{'still running' if running else f'exited {proc.returncode}'}\n{err}")
    return float(line.split()[1])


@pytest.fixture
def bundles(tmp_path):
    """The two bundles, each checked into the data folder's staging, and what the kiosk must
    serve after each: (pickled Checked file, records, photo bytes, the Checked)."""
    applier = load_script(APPLIER)
    base = load_demo()
    data = tmp_path / "data"
    out = {}
    for tag in "AB":
        wanted = applier.build_bundle(base, tag, tmp_path / "scratch", tmp_path / tag)
        folder = tmp_path / tag
        checked = check_bundle(folder, data, current_directory(data), public_key=None,
                               image_check=imaging.check_photo)
        assert checked.ok, [p.text("en") for p in checked.problems]
        # What apply reads: the directory (as records) and the staged files.
        applicable = dataclasses.replace(checked, problems=(), changes=(), directory=None,
                                         current=None,
                                         parts=dataclasses.replace(checked.parts, problems=[]))
        (tmp_path / f"{tag}.checked").write_bytes(pickle.dumps(
            (applicable, checked.directory.to_records())))
        photos = {p.name: p.read_bytes() for p in (folder / "photos").iterdir()}
        out[tag] = (tmp_path / f"{tag}.checked", wanted.to_records(), photos, checked)
    yield out
    for tag in "AB":
        discard(out[tag][3])
    paths.use_data_assets(None)


def _serving(data: Path, bundles: dict, where: str) -> str:
    """Open the data folder as the kiosk does: which bundle it serves, checked whole."""
    records = current_directory(data).to_records()
    tags = [tag for tag, (_, expected, _, _) in bundles.items() if records == expected]
    assert len(tags) == 1, f"the kiosk serves neither A nor B whole ({where})"
    tag = tags[0]
    photos = bundles[tag][2]
    thumbnails = paths.data_assets() / "thumbnails"
    for person in records["staff"]:
        name = person["photo"]
        if not name:
            continue
        photo = paths.staff_photo(name)
        assert photo is not None, f"{name} does not resolve ({where})"
        content = photo.read_bytes()
        assert content == photos[name], f"{name} is not {tag}'s photo ({where})"
        thumbnail = paths.staff_thumbnail(name)
        assert thumbnail.parent == thumbnails, f"no thumbnail of {name} ({where})"
        assert thumbnail.read_bytes()[:3] == JPEG_START, f"{thumbnail} ({where})"
    return tag


def test_kill_while_applying_serves_old_or_new_directory(tmp_path, bundles):
    print(f"seed {SEED} (set KIOSK_KILL_SEED to change)")
    rng = random.Random(SEED)
    data = tmp_path / "data"
    started = time.monotonic()
    for tag in "ABAB":
        _apply_whole(data, bundles[tag][0])
    assert len(versions(data)) == KEEP  # the demo kept from before, then A, B, A, B
    # Measured as the applies below run: after a killed one, whose unfinished version folder
    # the next apply removes (and whose written files it syncs).
    durations = []
    for tag in "AB":
        early = _start(data, bundles[tag][0])
        early.kill()
        early.communicate()
        durations.append(_apply_whole(data, bundles[tag][0]))
    serving = _serving(data, bundles, "after whole applies")
    assert serving == "B"
    # "new" kills are told apart by whether the child had reported the apply done
    outcome = {"old": 0, "new, still applying": 0, "new, done": 0}
    unfinished = 0  # kills before the commit that left the new version's folder behind

    attempt = 0
    while outcome["old"] + outcome["new, still applying"] < KILLS:
        attempt += 1
        assert attempt <= 3 * KILLS, f"too few kills landed during the apply: {outcome}"
        target = "A" if serving == "B" else "B"
        proc = _start(data, bundles[target][0])
        delay = rng.random() * SPREAD * statistics.median(durations)
        time.sleep(delay)
        proc.kill()
        out, err = proc.communicate()
        where = f"seed {SEED}, kill {attempt} after {delay * 1000:.0f} ms, {serving} -> {target}"
        assert proc.returncode == -signal.SIGKILL, \
            f"applier failed on its own ({where}), exit {proc.returncode}:\n{out}\n{err}"
        now = _serving(data, bundles, where)
        if now == serving:
            outcome["old"] += 1
        else:
            outcome["new, done" if "applied" in out else "new, still applying"] += 1
        durations += [float(line.split()[1]) for line in out.splitlines()
                      if line.startswith("applied ")]
        if now == serving and delay > statistics.median(durations):
            durations.append(delay * SPREAD)  # not committed yet: this apply takes longer
        # What the killed apply left is removed, and the served directory stays as it is;
        # else each apply would have more to sync and remove than the one before.
        kept = sorted(str(v.number) for v in versions(data))
        unfinished += now == serving and any(p.name not in kept
                                             for p in versions_root(data).iterdir())
        cleanup(data)
        assert sorted(p.name for p in versions_root(data).iterdir()) == kept, where
        assert _serving(data, bundles, f"{where}, cleaned up") == now
        serving = now

    print(f"{attempt} kills, {KILLS} during the apply; apply median "
          f"{statistics.median(durations) * 1000:.0f} ms of {len(durations)}: {outcome}; "
          f"{unfinished} left an unfinished version; {time.monotonic() - started:.1f} s; "
          f"load {os.getloadavg()[0]:.2f}")
    # Kills landed on both sides of the commit, and inside the writing of a version.
    assert outcome["old"] >= 1, outcome
    assert outcome["new, still applying"] + outcome["new, done"] >= 1, outcome
    assert unfinished >= 1, "no kill landed while a version was being written"

    # The kiosk goes on: the next apply works...
    target = "A" if serving == "B" else "B"
    checked = check_bundle(tmp_path / target, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    assert checked.ok, [p.text("en") for p in checked.problems]
    number = apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)
    discard(checked)
    assert _serving(data, bundles, "after the last apply") == target
    kept = [v.number for v in versions(data)]
    assert len(kept) == KEEP and number == kept[-1]
    assert sorted(p.name for p in versions_root(data).iterdir()) == sorted(map(str, kept))
    # ...and rolling back returns to the directory served before it, photos and all.
    assert rollback(data) == kept[-2]
    assert _serving(data, bundles, "after the rollback") == serving
