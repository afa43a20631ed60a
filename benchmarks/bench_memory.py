"""Idle memory: the kiosk process on its home screen, a few seconds after start.

How: each run spawns `python -m kiosk --windowed --config <temp kiosk.toml>` with
QT_QPA_PLATFORM=offscreen and KIOSK_REPORT_PAINT=stay (the kiosk prints `painted <s>` after
its first frame and keeps running), waits for that line, waits 3 s idle (the kiosk builds
its search index just after the first frame), then reads /proc/<pid>/smaps_rollup and
terminates the process (and waits for it).

PSS (proportional set size: private pages plus each shared page divided by the number of
processes mapping it) is the figure to compare; RSS counts shared libraries in full. The
anon / file split says whether the memory is the heap (Python objects, Qt widgets, pixmaps)
or mapped code and fonts. The store is prepared by one uncounted run first.

A bare PySide6 window with 24 labels and buttons is measured the same way for reference.

    python benchmarks/bench_memory.py [--runs 3] [--idle 3]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import benchlib

TARGET_MB = 90.0  # PSS under 90 MB, median
FIELDS = ("Pss", "Rss", "Pss_Anon", "Pss_File", "Private_Dirty")
SHOWN = FIELDS + ("broker_Pss",)


def smaps_rollup(pid: int) -> dict[str, float]:
    """The FIELDS of /proc/<pid>/smaps_rollup, in MB (1 MB = 1024 kB here)."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        if key in FIELDS:
            values[key] = int(rest.split()[0]) / 1024
    return values


def measure(command: list[str], idle: float) -> dict[str, float]:
    """The process's FIELDS, and `broker_Pss`: the PSS of the processes it started (the
    kiosk's own Mosquitto), shown apart; 0 when it started none."""
    proc, _total, _reported = benchlib.start_until_painted(command, "stay")
    try:
        time.sleep(idle)
        values = smaps_rollup(proc.pid)
        values["broker_Pss"] = sum(smaps_rollup(c).get("Pss", 0.0)
                                   for c in benchlib.children(proc.pid))
        return values
    finally:
        proc.terminate()
        proc.stdout.close()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds idle before reading")
    args = parser.parse_args(argv)

    samples: dict[str, list[dict]] = {"kiosk": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        kiosk = benchlib.kiosk_command(benchlib.temp_config(Path(tmp)))
        benchlib.run_to_quit(kiosk)  # creates the store, as on a kiosk's first boot
        for i in range(args.runs):
            for name, command in (("kiosk", kiosk), ("bare", benchlib.bare_command())):
                samples[name].append(measure(command, args.idle))
            print(f"  run {i + 1}/{args.runs}: kiosk PSS {samples['kiosk'][-1]['Pss']:.1f} MB "
                  f"(+ broker {samples['kiosk'][-1]['broker_Pss']:.1f} MB), "
                  f"bare PSS {samples['bare'][-1]['Pss']:.1f} MB")

    medians = {name: {f: statistics.median(s[f] for s in runs) for f in SHOWN}
               for name, runs in samples.items()}
    result = {
        "target": f"idle PSS under {TARGET_MB:.0f} MB (median)", "target_mb": TARGET_MB,
        "idle_seconds": args.idle, "runs": args.runs, "median_mb": medians,
        "samples_mb": samples,
        "target_met": medians["kiosk"]["Pss"] < TARGET_MB,
    }
    rows = [[label, *(medians[name][f] for f in SHOWN)]
            for label, name in (("kiosk, home screen idle", "kiosk"),
                                ("bare window (24 widgets)", "bare"))]
    rows.append(["kiosk minus bare", *(medians["kiosk"][f] - medians["bare"][f] for f in SHOWN)])
    benchlib.print_table(f"Idle memory, median of {args.runs} runs, {args.idle:g} s after first "
                         "paint (MB)", ["", *SHOWN], rows)
    verdict = "met" if result["target_met"] else "MISSED"
    print(f"\ntarget: {result['target']}: {verdict} (PSS {medians['kiosk']['Pss']:.1f} MB)")
    benchlib.write_json("memory", result)
    return result


if __name__ == "__main__":
    main()
