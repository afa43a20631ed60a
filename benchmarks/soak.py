"""Soak: thousands of random interactions in one kiosk process, looking for what only a long
day shows: exceptions, Qt warnings, memory that grows and slow taps.

How: one process builds the kiosk on the demo directory at 1920x1080 (offscreen), with its
call link to a real Mosquitto on loopback (started here, as the tests do) and an attendant
console on the same broker that answers some calls. Each step is one interaction chosen
with the seed (soak_actions.py): a tap on a visible control or list row, typing in search,
a call for help, the desk answering, the language, a help mode (text size, contrast,
position), a staff PIN attempt at the pad a stick opens, an idle reset. After each step the
posted events are handled, painting included; that time is the step's.

Counted: exceptions (the kiosk's own handler, kiosk/ui/services/recovery.py, is installed
as in the running kiosk; it counts and logs them, and errors of other threads), Qt
warnings (through the kiosk's own Qt message handler; the offscreen plugin's
propagateSizeHints excepted) and other warnings the kiosk logs.

Memory (soak_memory.py): every `--reset-every` steps the visit ends as the kiosk's idle
countdown ends it, and the heaps, PSS, malloc's live bytes and the live objects by class are
read right after. Growth is the slope of those post-reset readings after the first two, in MB
per 1,000 steps, and their last minus first: what an idle reset does not give back. PSS read
every `--sample` steps in the middle of the walk, and its slope after the warm-up (the first
fifth), are kept as information: they move with where the walk builds its largest screens.
`--trace` compares Python's allocations (tracemalloc) between the first and last of those
resets, by file and line.

    python benchmarks/soak.py [--steps 10000] [--seed 1] [--reset-every 500] [--trace]
    python benchmarks/soak.py --quick      (1,000 steps, an idle reset every 100)

Targets over 10,000 steps: 0 exceptions, 0 warnings, heap growth after the idle resets
< 0.5 MB per 1,000 steps.
"""
from __future__ import annotations

import argparse
import heapq
import json
import logging
import os
import random
import shutil
import signal
import socket
import tempfile
import time
from pathlib import Path

import benchlib
import soak_memory
from soak_memory import GROWTH_TARGET_MB, reading, slope_per_1000

EXCUSED = ("propagateSizeHints",)  # the offscreen plugin cannot do it; nothing is wrong


class Collected(logging.Handler):
    """The kiosk's log records at WARNING and above, sorted by what they mean."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.exceptions: list[str] = []
        self.qt_warnings: list[str] = []
        self.excused = 0
        self.other: list[str] = []
        self.step = 0

    def emit(self, record: logging.LogRecord) -> None:
        text = f"step {self.step}: {record.getMessage()}"
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        if record.name == "kiosk.qt":
            if any(e in record.getMessage() for e in EXCUSED):
                self.excused += 1
            else:
                self.qt_warnings.append(text)
        elif record.exc_info or record.levelno >= logging.ERROR:
            self.exceptions.append(text)
        else:
            self.other.append(text)


def offscreen_screen(folder: Path) -> None:
    """An offscreen screen as large as the window (Qt's default is 800x800, and its flick
    gesture ignores taps that land outside every screen)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0,
                                               "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "physicalDpi": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_broker_on_sigterm(broker, tmp: Path) -> None:
    """Stopped from outside (a time limit), the soak leaves no Mosquitto or folder behind."""
    def stop(_signum, _frame):
        broker.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        os._exit(143)
    signal.signal(signal.SIGTERM, stop)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sample", type=int, default=100, help="steps between PSS readings")
    parser.add_argument("--reset-every", type=int, default=500,
                        help="steps between the idle resets after which memory is read")
    parser.add_argument("--trace", action="store_true",
                        help="compare Python's allocations between the idle resets (slow)")
    parser.add_argument("--quick", action="store_true",
                        help="1,000 steps, an idle reset every 100")
    args = parser.parse_args(argv)
    steps, every = (1_000, 100) if args.quick else (args.steps, args.reset_every)
    benchlib.bytecode_here()  # its slowest steps build screens and compile nothing
    if every < 1 or steps // every < soak_memory.SKIPPED_RESETS + 2:
        parser.error(f"--reset-every {every} leaves fewer than two idle resets to compare "
                     f"after the first {soak_memory.SKIPPED_RESETS} in {steps} steps")
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    tmp.chmod(0o755)  # run as root, Mosquitto drops to its own user, which must enter it
    try:
        return soak(steps, args.seed, args.sample, every, args.trace, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def soak(steps: int, seed: int, sample: int, every: int, trace: bool, tmp: Path) -> dict:
    offscreen_screen(tmp)
    collected = Collected()
    logging.getLogger("kiosk").addHandler(collected)
    from kiosk.ui.services.recovery import ReturnHomeOnError, log_qt_messages
    log_qt_messages()
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from soak_actions import Driver, settle, start_calls

    from kiosk.directory.config import Config, kiosk_position
    from kiosk.directory.files import load_demo
    from kiosk.ui.app import build
    from kiosk.ui.call_system import kiosk_place

    cfg = Config({"data.folder": str(tmp / "data")})
    directory = load_demo()
    # None without Mosquitto: Help then gives the desk's number
    calls = start_calls(tmp, free_port(), kiosk_place(directory, kiosk_position(directory, cfg)))
    if calls:
        stop_broker_on_sigterm(calls.broker, tmp)
    window = build(directory, cfg, None, calls.alerts if calls else None)
    recovery = ReturnHomeOnError(window)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    driver = Driver(window, app, random.Random(seed), tmp, calls)
    samples = [reading(0, window)]
    resets: list[dict] = []
    traced = soak_memory.Traced() if trace else None
    slowest: list[tuple[float, int, str]] = []
    counts: dict[str, int] = {}
    times: list[float] = []
    started = time.perf_counter()
    for step in range(1, steps + 1):
        collected.step = step
        t0 = time.perf_counter()
        kind, what = driver.step()
        settle(app)
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        counts[kind] = counts.get(kind, 0) + 1
        item = (ms, step, f"{kind}: {what} (on {'/'.join(map(str, window.route)) or '-'})")
        (heapq.heappush if len(slowest) < 10 else heapq.heappushpop)(slowest, item)
        if step % sample == 0:
            samples.append(reading(step, window))
        if step % every == 0:
            resets.append(soak_memory.after_reset(step, window, app))
            if traced and len(resets) == soak_memory.SKIPPED_RESETS:
                traced.start()
            elif traced and len(resets) > soak_memory.SKIPPED_RESETS:
                traced.snapshot()
        if step % (sample * 10) == 0:
            now = resets[-1] if resets and resets[-1]["step"] == step else samples[-1]
            print(f"  step {step}/{steps}: PSS {now['pss']:.1f} MB (anonymous "
                  f"{now['anon']:.1f}){' after an idle reset' if 'malloc' in now else ''}, "
                  f"{now['qobjects']} Qt objects, exceptions {len(collected.exceptions)}, "
                  f"Qt warnings {len(collected.qt_warnings)}", flush=True)
    elapsed = time.perf_counter() - started
    if resets[-1]["step"] != steps:  # the last visitor left: the countdown ran out
        resets.append(soak_memory.after_reset(steps, window, app))

    warm = max(1, steps // 5)
    after_warmup = [p for p in samples if p["step"] >= warm]
    driver.close()
    # The walk is over: an error in the report must reach the terminal, not the kiosk's hook
    # (which logs it to a handler nobody prints, and the window's deleteLater never comes
    # outside an event loop to take the hook away).
    recovery.uninstall()
    window.close()
    window.deleteLater()
    app.processEvents()
    if calls:
        calls.stop()

    growth = soak_memory.post_reset_growth(resets, every)
    growth["traced"] = traced.top() if traced else None
    result = {
        "target": f"0 exceptions, 0 warnings, heap growth after the idle resets < "
                  f"{GROWTH_TARGET_MB:g} MB per 1,000 steps",
        "steps": steps, "seed": seed, "seconds": elapsed, "broker": calls is not None,
        "bytecode": benchlib.bytecode_note(),
        "interactions": counts,
        # what the kiosk's handler logged (its own count too, should the log lose one)
        "exceptions": max(len(collected.exceptions), recovery.errors),
        "qt_warnings": len(collected.qt_warnings), "excused_qt_warnings": collected.excused,
        "other_log_warnings": len(collected.other),
        "details": {"exceptions": collected.exceptions[:20],
                    "qt_warnings": collected.qt_warnings[:20],
                    "other_log_warnings": sorted(set(m.split(": ", 1)[1]
                                                     for m in collected.other))[:20]},
        "step_ms": benchlib.summary(times) | {"p95": benchlib.percentile(times, 95)},
        "slowest": [{"ms": ms, "step": s, "what": w} for ms, s, w in sorted(slowest,
                                                                              reverse=True)],
        "post_reset": growth,
        "growth_after_resets_mb_per_1000": growth["anon"]["slope_per_1000"],
        # information: fitted in the middle of the walk, moved by where the large screens come
        "memory": {"start": samples[0], "after_warmup": after_warmup[0], "end": samples[-1],
                   "samples": samples},
        "warmup_steps": warm,
        "growth_mb_per_1000": slope_per_1000([(p["step"], p["pss"]) for p in after_warmup]),
        "anon_growth_mb_per_1000": slope_per_1000([(p["step"], p["anon"])
                                                   for p in after_warmup]),
        "qobjects_growth_per_1000": slope_per_1000([(p["step"], p["qobjects"])
                                                    for p in after_warmup]),
        "load_average": os.getloadavg(),
    }
    result["target_met"] = (result["exceptions"] == 0 and result["qt_warnings"] == 0
                            and growth["target_met"])
    report(result)
    benchlib.write_json("soak", result)
    return result


def report(r: dict) -> None:
    m, g = r["memory"], r["post_reset"]
    first, last = g["samples"][g["skipped"]], g["samples"][-1]

    def three(field: str, fmt: str = ".1f") -> str:
        return " / ".join(format(m[k][field], fmt) for k in ("start", "after_warmup", "end"))

    def grown(field: str, fmt: str = ".2f") -> str:
        return (f"{format(g[field]['slope_per_1000'], fmt)} "
                f"({format(g[field]['last_minus_first'], '+' + fmt)})")

    malloc = "" if first["malloc"] is None else f" / {first['malloc']:.1f} → {last['malloc']:.1f}"
    rows = [["steps (seed)", f"{r['steps']} ({r['seed']})"],
            ["exceptions", r["exceptions"]],
            ["Qt warnings (propagateSizeHints excused)",
             f"{r['qt_warnings']} ({r['excused_qt_warnings']})"],
            ["other warnings the kiosk logged", r["other_log_warnings"]],
            ["step ms: median / p95 / p99 / max", " / ".join(
                f"{r['step_ms'][k]:.1f}" for k in ("median", "p95", "p99", "max"))],
            [f"after idle resets (every {g['every']} steps, from step {first['step']}): "
             "heap / PSS / malloc in use, MB",
             f"{first['anon']:.1f} → {last['anon']:.1f} / {first['pss']:.1f} → "
             f"{last['pss']:.1f}{malloc}"],
            ["growth after idle resets per 1,000 steps (last - first): heap MB",
             grown("anon")],
            ["  PSS MB / malloc in use MB", f"{grown('pss')} / {grown('malloc')}"],
            ["  Qt objects in the window / widgets / shiboken wrappers",
             f"{grown('qobjects', '.1f')} / {grown('widgets', '.1f')} / "
             f"{grown('wrappers', '.1f')}"],
            ["  Python objects (gc)", grown("gc_objects", ".0f")],
            ["mid-walk (information) PSS MB: start / after warm-up / end", three("pss")],
            ["  anonymous MB (the heaps), same", three("anon")],
            ["  Qt objects in the window, same", three("qobjects", "d")],
            [f"  growth after warm-up ({r['warmup_steps']} steps) per 1,000: PSS / heap MB",
             f"{r['growth_mb_per_1000']:.2f} / {r['anon_growth_mb_per_1000']:.2f}"],
            ["seconds", r["seconds"]]]
    benchlib.print_table(f"Soak, {r['steps']} interactions in one process (broker: "
                         f"{'Mosquitto on loopback' if r['broker'] else 'none'})",
                         ["", "figure"], rows)
    print("\ninteractions: " + ", ".join(f"{k} {v}" for k, v in sorted(r["interactions"].items())))
    for name, grew in g["grew"].items():
        if grew:
            print(f"\ngrew between the idle resets ({name}): "
                  + ", ".join(f"{k} +{v}" for k, v in grew.items()))
    if g["traced"]:
        print("\nPython's allocations, last idle reset against the first compared:")
        print("\n".join("  " + line for line in g["traced"]))
    print("\nslowest:")
    for item in r["slowest"]:
        print(f"  {item['ms']:7.1f} ms  step {item['step']}: {item['what']}")
    for name in ("exceptions", "qt_warnings", "other_log_warnings"):
        for text in r["details"][name][:5]:
            print(f"\n{name}: {text}")
    print(f"\ntarget: {r['target']}: {'met' if r['target_met'] else 'MISSED'}")


if __name__ == "__main__":
    main()
