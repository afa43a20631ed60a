"""What the application-wide input filter (ui/services/input_events.py) costs at idle: the
kiosk as it is, against the same kiosk with the filter on its window alone, and with none.

How: as bench_memory.py, each run starts the kiosk (`--windowed`, offscreen) and reads
/proc/<pid>/smaps_rollup 10 s after its first frame; the kinds below are interleaved in
each round. The child is this script (`--child KIND`), which changes where `InputEvents`
installs itself before starting the kiosk:

- app: as the kiosk does, on the application (every event of every object passes it);
- window: on the window's QWindow and on the window itself (what a visitor's touch or key
  reaches first); the lockdown's guards on widgets' own events are then not kept, so its
  refusal of a close is switched off to let the run end: a measure, not a kiosk;
- none: no filter (the floor);
- kiosk: `python -m kiosk` itself, as bench_memory.py starts it, for reference (no count of
  classes). The kinds above run about 3 MB of heap higher than it, all alike, started from
  this script; their differences are what this measures.

It also prints how many Python classes exist then (`types`): PySide builds the Python type
of every QObject subclass of the loaded modules the first time it must name the class of a
private Qt object handed to Python (the gesture manager, seen by the application's filter).

    python benchmarks/bench_input_filter.py [--runs 3] [--idle 10]
"""
from __future__ import annotations

import gc
import sys

# The child (the kiosk) imports no more than these; main() imports what the runs need.

KINDS = ("app", "window", "none", "kiosk")
SHOWN = ("Pss_Anon", "Rss", "Pss", "types")


def child(kind: str, idle: float, argv: list[str]) -> int:
    """The kiosk, its filter installed as `kind` says; prints `types N` a second after `idle`
    s, once the memory has been read (listing every object moves the heap)."""
    from PySide6.QtCore import QTimer

    from kiosk.ui.services.input_events import InputEvents

    app_start = InputEvents.start

    def start(self) -> None:
        window = self.parent()
        if kind == "app":
            app_start(self)
        else:
            window.lockdown.quitting = True  # see the docstring: a measure, not a kiosk
            if kind == "window":
                window.windowHandle().installEventFilter(self)
                window.installEventFilter(self)
            self.running = True
            self.started.emit()
        QTimer.singleShot(int(idle * 1000) + 1000, lambda: print(
            "types", sum(isinstance(o, type) for o in gc.get_objects()), flush=True))

    InputEvents.start = start
    from kiosk.__main__ import main as kiosk_main
    return kiosk_main(argv)


def read_types(proc, values: dict) -> None:
    """bench_memory.measure's extra reading: the child's `types` line, which comes a second
    after the memory was read."""
    values["types"] = next(int(line.split()[1]) for line in proc.stdout
                           if line.startswith("types"))


def main(argv: list[str] | None = None) -> dict:
    import argparse
    import os
    import statistics
    import tempfile
    from pathlib import Path

    import benchlib
    from bench_memory import measure

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds idle before reading")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    samples: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        config = benchlib.temp_config(Path(tmp))

        def command(kind: str) -> list[str]:
            if kind == "kiosk":
                return benchlib.kiosk_command(config)
            return [sys.executable, str(Path(__file__).resolve()), "--child", kind,
                    str(args.idle), "--windowed", "--config", str(config)]

        benchlib.run_to_quit(command("app"))  # creates the store, as on a first boot
        for i in range(args.runs):
            for kind in KINDS:
                values = measure(command(kind), args.idle,
                                 read_types if kind != "kiosk" else None)
                samples[kind].append({"types": float("nan"), **values})
            print(f"  run {i + 1}/{args.runs}: " + ", ".join(
                f"{kind} heap {s[-1]['Pss_Anon']:.2f} MB, {s[-1]['types']:.0f} types"
                for kind, s in samples.items()), flush=True)
    medians = {kind: {f: statistics.median(s[f] for s in runs) for f in SHOWN}
               for kind, runs in samples.items()}
    load = f"{load_before[0]:.2f} -> {os.getloadavg()[0]:.2f}"
    rows = [[kind, *(medians[kind][f] for f in SHOWN)] for kind in KINDS]
    rows.append(["app minus window", *(medians["app"][f] - medians["window"][f] for f in SHOWN)])
    benchlib.print_table(f"Idle memory by where the input filter is, median of {args.runs} "
                         f"runs, {args.idle:g} s after first paint (MB); load average {load}",
                         ["filter", *SHOWN], rows)
    result = {"idle_seconds": args.idle, "runs": args.runs, "load_average": load,
              "median": medians, "samples": samples}
    benchlib.write_json("input_filter", result)
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(child(sys.argv[2], float(sys.argv[3]), sys.argv[4:]))
    main()
