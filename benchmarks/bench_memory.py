"""Idle memory: the kiosk process on its home screen, a few seconds after start.

How: each run spawns `python -m kiosk --windowed --config <temp kiosk.toml>` with
QT_QPA_PLATFORM=offscreen and KIOSK_REPORT_PAINT=stay (the kiosk prints `painted <s>` after
its first frame and keeps running), waits for that line, waits 10 s idle (the target's
moment: the kiosk builds its search index and starts its call link just after the first
frame), then reads /proc/<pid>/smaps_rollup and terminates the process (and waits for it).

PSS (proportional set size: private pages plus each shared page divided by the number of
processes mapping it) is the figure to compare; RSS counts shared libraries in full. The
anon / file split says whether the memory is the heap (Python objects, Qt widgets, pixmaps)
or mapped code and fonts. The store is prepared by one uncounted run first. The target is
judged on the kiosk and its broker together; the broker's PSS is shown apart. PSS divides
shared libraries among the processes mapping them, so other Qt programs running beside the
kiosk lower its figure: with a load average of 1.5 or more (before or after) the target is
not judged (`target_met` is null in the JSON) and only the anonymous memory (Pss_Anon,
Private_Dirty: the heaps, nobody else's) compares across runs.

As deployed, like bench_startup.py: the kiosk's bytecode is compiled beforehand (compiling
in the process also leaves heap behind); `--no-bytecode` measures the old way. The one-folder
build (`make dist`), when built, is measured the same way. A bare PySide6 window with 24
labels and buttons is measured the same way for reference, interleaved.

    python benchmarks/bench_memory.py [--runs 3] [--idle 10] [--no-bytecode]
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

import benchlib

TARGET_MB = 83.0  # PSS of the kiosk and its broker under 83 MB, median
QUIET_LOAD = 1.5  # above this load average, PSS is not judged (shared with neighbours)
FIELDS = ("Pss", "Rss", "Pss_Anon", "Pss_File", "Private_Dirty")
SHOWN = FIELDS + ("broker_Pss",)
LABELS = {"kiosk": "kiosk from source, home screen idle", "dist": "one-folder build, same",
          "bare": "bare window (24 widgets)"}


def smaps_rollup(pid: int) -> dict[str, float]:
    """The FIELDS of /proc/<pid>/smaps_rollup, in MB (1 MB = 1024 kB here)."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        if key in FIELDS:
            values[key] = int(rest.split()[0]) / 1024
    return values


def measure(command: list[str], idle: float, extra: Callable | None = None,
            extra_env: dict[str, str] | None = None,
            checkout: Path = benchlib.ROOT) -> dict[str, float]:
    """The process's FIELDS `idle` s after its first frame, and `broker_Pss`: the PSS of the
    processes it started (the kiosk's own Mosquitto), shown apart; 0 when it started none.
    `extra(proc, values)`: a further reading of the process (another benchmark's), added to
    `values` before it is stopped. `extra_env`, `checkout`: as benchlib.start_until_painted."""
    proc = benchlib.start_until_painted(command, "stay", extra_env, checkout).proc
    try:
        time.sleep(idle)
        values = smaps_rollup(proc.pid)
        values["broker_Pss"] = sum(smaps_rollup(c).get("Pss", 0.0)
                                   for c in benchlib.children(proc.pid))
        if extra is not None:
            extra(proc, values)
        return values
    finally:
        proc.terminate()
        proc.stdout.close()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds idle before reading")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="let each start compile the kiosk's modules (as before)")
    args = parser.parse_args(argv)
    benchlib.keep_bytecode(not args.no_bytecode)
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        config = benchlib.temp_config(Path(tmp))
        commands = {"kiosk": benchlib.kiosk_command(config), "dist": benchlib.dist_command(config),
                    "bare": benchlib.bare_command()}
        commands = {name: c for name, c in commands.items() if c is not None}
        benchlib.run_to_quit(commands["kiosk"])  # creates the store, as on a kiosk's first boot
        for command in commands.values():  # compiles what is left (see benchlib.child_env)
            benchlib.run_to_quit(command)
        samples: dict[str, list[dict]] = {name: [] for name in commands}
        for i in range(args.runs):
            for name, command in commands.items():
                samples[name].append(measure(command, args.idle))
            print(f"  run {i + 1}/{args.runs}: " + ", ".join(
                f"{name} PSS {s[-1]['Pss']:.1f} MB (+ broker {s[-1]['broker_Pss']:.1f})"
                for name, s in samples.items()), flush=True)

    medians = {name: {f: statistics.median(s[f] for s in runs) for f in SHOWN}
               for name, runs in samples.items()}
    with_broker = medians["kiosk"]["Pss"] + medians["kiosk"]["broker_Pss"]
    load_after = os.getloadavg()
    quiet = max(load_before[0], load_after[0]) < QUIET_LOAD
    result = {
        "target": f"idle PSS of the kiosk with its broker under {TARGET_MB:.0f} MB (median)",
        "target_mb": TARGET_MB, "bytecode": benchlib.bytecode_note(),
        "load_average": {"before": load_before, "after": load_after},
        "one_folder_build": ("measured" if "dist" in commands
                             else "not built (make dist): not measured"),
        "idle_seconds": args.idle, "runs": args.runs, "median_mb": medians,
        "kiosk_with_broker_mb": with_broker, "samples_mb": samples,
        "target_met": with_broker < TARGET_MB if quiet else None,
        "judged": ("quiet machine" if quiet else
                   f"not judged: load average {max(load_before[0], load_after[0]):.2f} >= "
                   f"{QUIET_LOAD:g}, PSS shared with other processes; compare Pss_Anon"),
    }
    rows = [[LABELS[name], *(medians[name][f] for f in SHOWN)] for name in samples]
    rows.append(["kiosk minus bare", *(medians["kiosk"][f] - medians["bare"][f] for f in SHOWN)])
    load = " -> ".join(f"{la[0]:.2f}" for la in result["load_average"].values())
    benchlib.print_table(f"Idle memory, median of {args.runs} runs, {args.idle:g} s after first "
                         f"paint (MB); load average {load}", ["", *SHOWN], rows)
    print(f"\nbytecode: {result['bytecode']}")
    if "dist" not in commands:
        print("one-folder build: not built (make dist), not measured")
    return benchlib.conclude("memory", result, f" ({with_broker:.1f} MB: kiosk "
                             f"{medians['kiosk']['Pss']:.1f} + broker "
                             f"{medians['kiosk']['broker_Pss']:.1f})")


if __name__ == "__main__":
    main()
