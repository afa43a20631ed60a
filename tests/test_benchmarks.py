"""The benchmarks keep working: `benchmarks/run_all.py --quick` runs every one of them at a
tiny size and writes its summary. Nothing here looks at a figure (tests never time anything);
a benchmark that breaks fails this test instead of the next person who wants its numbers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_runs_and_is_summarised(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_RESULTS=str(tmp_path))
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--quick"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["failed_scripts"] == []
    measures = " ".join(row["measure"] for row in summary["rows"])
    for name in ("startup", "idle memory", "search keystroke", "tap to next screen",
                 "call delivery", "route search", "bundle validate", "bundle apply",
                 "records append", "month's report"):
        assert name in measures, name
    for name in ("startup", "memory", "search", "taps", "alerts", "route", "bundle", "records"):
        assert (tmp_path / f"{name}.json").is_file(), name
