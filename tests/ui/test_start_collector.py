"""Python's cyclic collector is held from the kiosk's start to its first frame (kiosk/cli/run.py,
kiosk/ui/app.py; docs/performance.md §1e): start-up makes objects that live as long as the
kiosk and next to no garbage, so scanning them before the first frame was work for nothing.
It must be running again once the first frame's tasks have run, or garbage with cycles would
pile up for the rest of the run. Checked in a real start, in a fresh process, as a benchmark
starts the kiosk (KIOSK_REPORT_PAINT=quit: it paints, runs its after-first-frame tasks, quits)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

START = """
import gc, sys
from kiosk.ui import app
report_paint = app.report_paint
def at_first_frame(started, mode):
    print("at the first frame:", gc.isenabled(), flush=True)
    report_paint(started, mode)
app.report_paint = at_first_frame
print("before the start:", gc.isenabled(), flush=True)
from kiosk.__main__ import main
code = main(["--windowed", "--config", sys.argv[1]])
print("after the first frame's tasks:", gc.isenabled(), flush=True)
sys.exit(code)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_collector_waits_for_the_first_frame_and_runs_after_it(tmp_path: Path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{tmp_path / "data"}"\n[broker]\nport = {free_port()}\n',
                      encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_REPORT_PAINT="quit")
    done = subprocess.run([sys.executable, "-c", START, str(config)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    said = [line for line in done.stdout.splitlines() if ":" in line and "painted" not in line]
    assert said == ["before the start: True", "at the first frame: False",
                    "after the first frame's tasks: True"]
