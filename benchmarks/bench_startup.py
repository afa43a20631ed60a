"""Startup: from process start to the kiosk's home screen painted.

How: each run spawns `python -m kiosk --windowed --config <temp kiosk.toml>` with
QT_QPA_PLATFORM=offscreen and KIOSK_REPORT_PAINT=quit, so the kiosk prints `painted <s>`
once its window's first frame is painted, then quits. The time is taken in this (parent)
process with time.perf_counter from just before Popen to the moment the `painted` line is
read: interpreter start, imports, opening the store, building the window, first paint.

The config's data folder is a fresh temp dir. The first run (cold: it imports the built-in
demo directory into the store) is reported on its own and not counted; the counted runs
then start with the store in place, as a real kiosk's second and later boots do.

For comparison on the same machine, a bare PySide6 window with 24 labels and buttons is
run the same way, interleaved with the kiosk runs. "in-child" is the figure the child itself
prints (from after its imports, for the kiosk from the start of kiosk.ui.app.run).

    python benchmarks/bench_startup.py [--runs 15]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import benchlib

TARGET_MS = 250.0  # home painted within 250 ms, median


def main(argv: list[str] | None = None) -> dict:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=15)
    runs = args.parse_args(argv).runs

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        kiosk = benchlib.kiosk_command(benchlib.temp_config(Path(tmp)))
        bare = benchlib.bare_command()
        cold_total, cold_child = benchlib.run_to_quit(kiosk)  # creates the store
        benchlib.run_to_quit(bare)  # warms the same files in the page cache
        totals = {"kiosk": [], "bare": []}
        child = {"kiosk": [], "bare": []}
        for i in range(runs):
            for name, command in (("kiosk", kiosk), ("bare", bare)):
                total, reported = benchlib.run_to_quit(command)
                totals[name].append(total)
                child[name].append(reported)
            print(f"  run {i + 1}/{runs}: kiosk {totals['kiosk'][-1] * 1000:.0f} ms, "
                  f"bare {totals['bare'][-1] * 1000:.0f} ms")

    result = {
        "target": f"home painted within {TARGET_MS:.0f} ms (median)",
        "target_ms": TARGET_MS,
        "cold_first_run_ms": {"total": cold_total * 1000, "in_child": cold_child * 1000},
        "kiosk_ms": benchlib.summary(totals["kiosk"], 1000),
        "kiosk_in_child_ms": benchlib.summary(child["kiosk"], 1000),
        "bare_window_ms": benchlib.summary(totals["bare"], 1000),
        "bare_window_in_child_ms": benchlib.summary(child["bare"], 1000),
    }
    result["target_met"] = result["kiosk_ms"]["median"] <= TARGET_MS

    rows = []
    for label, key in (("kiosk, process start to home painted", "kiosk_ms"),
                       ("  of which in-child (after imports)", "kiosk_in_child_ms"),
                       ("bare window (24 widgets), same", "bare_window_ms"),
                       ("  of which in-child (after imports)", "bare_window_in_child_ms")):
        s = result[key]
        rows.append([label, s["median"], s["p90"], s["min"], s["max"]])
    rows.append(["kiosk, first cold run (creates the store)", cold_total * 1000, "", "", ""])
    benchlib.print_table(f"Startup, {runs} runs (ms)", ["", "median", "p90", "min", "max"], rows)
    verdict = "met" if result["target_met"] else "MISSED"
    print(f"\ntarget: {result['target']}: {verdict} "
          f"(median {result['kiosk_ms']['median']:.0f} ms)")
    benchlib.write_json("startup", result)
    return result


if __name__ == "__main__":
    main()
