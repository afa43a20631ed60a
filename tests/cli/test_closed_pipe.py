"""A command whose reader stops early (`python -m kiosk config | head -1`) ends quietly, with
no BrokenPipeError traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_a_closed_pipe_ends_the_command_without_a_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_CONFIG": str(tmp_path / "k.toml")}
    p = subprocess.Popen([sys.executable, "-m", "kiosk", "config"], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # the reader is gone before the command writes anything
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
