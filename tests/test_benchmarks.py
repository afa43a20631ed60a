"""The benchmarks keep working: `benchmarks/run --quick` (README's one command) runs every one
of them at a tiny size and writes its summary. Nothing here looks at a time or a memory figure (tests never
time anything), only at the soak's count of exceptions and Qt warnings;
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
    result = subprocess.run([str(ROOT / "benchmarks" / "run"), "--quick"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["failed_scripts"] == []
    measures = " ".join(row["measure"] for row in summary["rows"])
    for name in ("start to home painted", "idle PSS", "search keystroke", "tap to next screen",
                 "call delivery", "fault test", "route search", "floor plan shown",
                 "bundle validate", "bundle apply",
                 "records append", "month's report"):
        assert name in measures, name
    for name in ("startup", "memory", "search", "taps", "alerts", "fault", "route", "plan",
                 "bundle", "records", "peer", "soak"):
        assert (tmp_path / f"{name}.json").is_file(), name
    # Without Chromium the peer says why it was skipped; with it, both ratios are computed.
    peer = json.loads((tmp_path / "peer.json").read_text(encoding="utf-8"))
    assert peer.get("skipped") or {"paint_ratio", "memory_ratio"} <= peer.keys(), peer
    assert "Chromium peer" in measures
    # One table: every row has its figure, target, verdict and the load it was measured at.
    for row in summary["rows"]:
        assert set(row) == {"measure", "p50", "p99", "target", "verdict", "load", "reference"}
        assert isinstance(row["load"], float)
        assert row["verdict"] in ("met", "SHORT", "", "not judged (load)"), row
    table = (tmp_path / "summary.md").read_text(encoding="utf-8").splitlines()
    assert "| measure | p50 | p99 | target | verdict | load | reference |" in table
    assert sum(line.startswith("| ") for line in table) == len(summary["rows"]) + 1
    # The soak's 1,000 steps found no exception and no Qt warning (it counts them; its
    # timings and memory are not looked at).
    soak = json.loads((tmp_path / "soak.json").read_text(encoding="utf-8"))
    assert soak["steps"] == 1000 and sum(soak["interactions"].values()) == 1000
    assert soak["exceptions"] == 0, soak["details"]["exceptions"]
    assert soak["qt_warnings"] == 0, soak["details"]["qt_warnings"]
    # Its memory is read after idle resets (every 100 steps here), and the table carries it.
    assert [s["step"] for s in soak["post_reset"]["samples"]] == list(range(100, 1001, 100))
    assert "heap growth after idle resets" in measures


def test_skipped_benchmarks_stay_out_of_the_summary(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_RESULTS=str(tmp_path))
    (tmp_path / "soak.json").write_text('{"steps": 1}', encoding="utf-8")  # an older run's
    skip = "startup,startup_ab,memory,search,taps,alerts,fault,plan,bundle,records,peer,soak"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--quick",
                             "--skip", skip], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert [row["measure"].split(",")[0] for row in summary["rows"]] == ["route search"]
    wrong = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--skip",
                            "sok"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "no such benchmark: sok" in wrong.stderr


def test_the_peer_is_skipped_with_its_reason_where_chromium_is_missing(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_BENCH_RESULTS=str(tmp_path),
               PATH=str(empty))
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_peer.py")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "the Chromium peer was skipped: Chromium is not installed" in result.stdout
    peer = json.loads((tmp_path / "peer.json").read_text(encoding="utf-8"))
    assert "--install-peer" in peer["skipped"] and "paint_ratio" not in peer


def test_the_peer_page_shows_the_home_screen_of_the_directory_it_is_given(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from peer_page import home_html

    from kiosk.directory.files import load_demo
    from kiosk.directory.strings import tr
    directory = load_demo()
    page = home_html(directory)
    for text in (directory.building.name.ko, directory.building.sample_note.ko,
                 tr("home.greeting", "ko"), tr("home.floors", "ko"), tr("home.people.sub", "ko"),
                 tr("home.services", "ko"), tr("help.button", "ko"), directory.desk_phone()):
        assert text in page, text
    assert "NanumBarunGothic" in page


def test_the_soak_judges_growth_over_the_readings_after_the_first_two_idle_resets(monkeypatch):
    """A heap that jumps while the first screens are built and then stays is working memory;
    one that keeps growing after them is not."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from collections import Counter

    from soak_memory import post_reset_growth

    def resets(heaps: list[float]) -> list[dict]:
        return [{"step": 500 * (i + 1), "anon": mb, "pss": mb + 40, "malloc": None,
                 "qobjects": 600, "widgets": 700, "wrappers": 900 + i, "gc_objects": 1,
                 "census": {"qobjects": Counter(), "widgets": Counter(),
                            "wrappers": Counter(QLabel=900 + i), "python": Counter()}}
                for i, mb in enumerate(heaps)]

    built = post_reset_growth(resets([40, 90, 95, 95.2, 94.9, 95.1]), 500)
    assert built["points"] == 4 and built["from_step"] == 1500
    assert abs(built["anon"]["slope_per_1000"]) < 0.5 and built["target_met"]
    assert abs(built["anon"]["last_minus_first"] - 0.1) < 1e-9
    leaking = post_reset_growth(resets([40, 90, 95, 96, 97, 98]), 500)
    assert abs(leaking["anon"]["slope_per_1000"] - 2.0) < 1e-9 and not leaking["target_met"]
    assert leaking["malloc"] == {"slope_per_1000": 0.0, "last_minus_first": 0.0}
    assert leaking["grew"]["wrappers"] == {"QLabel": 3}
