"""The Chromium peer: the kiosk beside what a site without it would run, a web page of the
same home screen in Chromium's kiosk mode, measured in the same run, interleaved.

Chromium: Debian's package (`chromium`); installed on first use with `apt-get install -y
chromium` when run with --install-peer (run_all.py's full run passes it). Without it, the
peer is skipped and the reason printed and written to the JSON: never a made-up figure.

The page: peer_page.py writes the home screen's content (the demo directory's building name,
the tiles, the note, header and footer, in Korean, in the kiosk's Hangul font) as one static
HTML file. Chromium is started on it headless, in kiosk mode, with a new empty profile and
the background-networking flags (FLAGS; without them it reaches for the network, which this
kind of machine refuses).

First paint: from just before Popen to the page's first-contentful-paint, read through the
DevTools protocol (cdp.py) as `performance.timeOrigin + startTime` of the buffered paint
entry, a wall-clock time set by the renderer when it painted, not when we asked. The
kiosk's figure is bench_startup's (process start to `painted`, its first frame).

Idle memory: PSS (see bench_memory.py) `--idle` seconds after first paint, for Chromium
summed over every process of its tree (browser, zygotes, renderers, GPU and utility
processes) and the two crash handlers it detaches; for the kiosk its own process, with its
Mosquitto shown apart.

Interleaved: kiosk, Chromium, kiosk, Chromium... `--runs` times, after one uncounted run of
each (it creates the kiosk's store and warms the page cache for both).

    python benchmarks/bench_peer.py [--runs 5] [--idle 10] [--install-peer]

Targets: first paint at least 3x faster than Chromium's, idle memory at least 5x less
(the kiosk with its broker against all of Chromium's processes).
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import benchlib
import cdp
from bench_memory import smaps_rollup
from peer_page import write_home_page

PAINT_RATIO_TARGET = 3.0
MEMORY_RATIO_TARGET = 5.0
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--kiosk", "--window-size=1920,1080", "--remote-debugging-port=0")
FIRST_PAINT = """new Promise(resolve => new PerformanceObserver((list, observer) => {
    const fcp = list.getEntries().find(e => e.name === "first-contentful-paint");
    if (fcp) { observer.disconnect(); resolve(performance.timeOrigin + fcp.startTime); }
}).observe({type: "paint", buffered: true}))"""


def find_chromium(install: bool) -> tuple[str | None, str]:
    """(the chromium command, "") or (None, why there is none)."""
    found = shutil.which("chromium")
    if found or not install:
        return found, "" if found else ("Chromium is not installed (run with --install-peer "
                                        "to install Debian's `chromium`)")
    command = ["apt-get", "install", "-y", "chromium"]
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            return None, "Chromium is not installed and installing it needs root (no sudo)"
        command = ["sudo", "-n", *command]
    print(f"  installing the peer: {' '.join(command)}", flush=True)
    done = subprocess.run(command, capture_output=True, text=True,
                          env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    found = shutil.which("chromium")
    if done.returncode != 0 or not found:
        return None, (f"`{' '.join(command)}` failed ({done.returncode}): "
                      + (done.stderr or done.stdout).strip()[-400:])
    return found, ""


def tree(root: int) -> list[int]:
    """`root` and every process descended from it, from the parent links in /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def crash_handlers() -> set[int]:
    """Chromium's crash handlers now running. Each browser starts two; they detach (their
    parent becomes init, in a session of their own), so the tree misses them: they are
    counted as the ones that appeared during the run."""
    found = set()
    for exe in Path("/proc").glob("[0-9]*/exe"):
        try:
            if exe.readlink().name == "chrome_crashpad_handler":
                found.add(int(exe.parent.name))
        except OSError:
            continue
    return found


def pss_mb(pids: list[int], field: str = "Pss") -> float:
    total = 0.0
    for pid in pids:
        try:
            total += smaps_rollup(pid).get(field, 0.0)
        except OSError:  # it ended between listing and reading
            continue
    return total


def run_chromium(chromium: str, page: Path, idle: float) -> dict:
    """One start of Chromium on `page`: first paint (s from process start), PSS after idle."""
    profile = Path(tempfile.mkdtemp(prefix="kiosk-bench-chromium-"))
    url = page.as_uri()
    errors = tempfile.TemporaryFile()
    before = crash_handlers()
    wall, started = time.time(), time.perf_counter()
    proc = subprocess.Popen([chromium, *FLAGS, f"--user-data-dir={profile}", url],
                            stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    try:
        connection = cdp.Connection(cdp.page_target(cdp.wait_for_port(profile, 30), url, 30))
        try:
            painted_at = first_paint_time(connection)
        finally:
            connection.close()
        seen = time.perf_counter() - started
        first_paint = painted_at - wall
        if not 0 < first_paint <= seen + 0.005:  # the clocks disagree: do not report it
            raise cdp.CdpError(f"first paint at {first_paint:.3f} s after start, but read "
                               f"{seen:.3f} s after it")
        time.sleep(max(0.0, idle - (time.perf_counter() - started - first_paint)))
        pids = tree(proc.pid) + sorted(crash_handlers() - before)
        return {"first_paint_s": first_paint, "pss_mb": pss_mb(pids),
                "pss_anon_mb": pss_mb(pids, "Pss_Anon"), "processes": len(pids)}
    except (cdp.CdpError, OSError) as error:
        errors.seek(0)
        raise RuntimeError(f"Chromium: {error}\n"
                           + errors.read().decode(errors="replace")[-1500:]) from error
    finally:
        stop(proc)
        shutil.rmtree(profile, ignore_errors=True)


def first_paint_time(connection: cdp.Connection) -> float:
    """The wall-clock second of the page's first contentful paint. The page target shows up
    while its first document is still being replaced by ours, which destroys the context an
    evaluation runs in: then ask again."""
    deadline = time.monotonic() + 30
    while True:
        try:
            return connection.evaluate(FIRST_PAINT) / 1000
        except cdp.CdpError as error:
            if "context" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def stop(proc: subprocess.Popen) -> None:
    """End Chromium and every process of its session (it was started as its own group)."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_kiosk(command: list[str], idle: float) -> dict:
    """One start of the kiosk: home painted (s from process start), PSS after idle."""
    start = benchlib.start_until_painted(command, "stay")
    proc, total = start.proc, start.total
    try:
        time.sleep(idle)
        broker = benchlib.children(proc.pid)
        own = smaps_rollup(proc.pid)
        return {"first_paint_s": total, "pss_mb": own["Pss"], "pss_anon_mb": own["Pss_Anon"],
                "broker_pss_mb": pss_mb(broker)}
    finally:
        proc.terminate()
        proc.stdout.close()
        proc.wait(timeout=30)


def verdict(ratio: float, target: float) -> str:
    return "pass" if ratio >= target else "short"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds idle before PSS")
    parser.add_argument("--install-peer", action="store_true",
                        help="install Debian's chromium with apt-get if it is missing")
    args = parser.parse_args(argv)

    chromium, why = find_chromium(args.install_peer)
    if chromium is None:
        print(f"\nthe Chromium peer was skipped: {why}")
        result = {"skipped": why}
        benchlib.write_json("peer", result)
        return result
    version = subprocess.run([chromium, "--version"], capture_output=True,
                             text=True).stdout.strip()
    from kiosk.directory.files import load_demo

    samples: dict[str, list[dict]] = {"kiosk": [], "chromium": []}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-peer-") as tmp:
        page = write_home_page(load_demo(), Path(tmp))
        kiosk = benchlib.kiosk_command(benchlib.temp_config(Path(tmp)))
        benchlib.run_to_quit(kiosk)  # creates the store, as on a kiosk's first boot
        run_chromium(chromium, page, 0)  # warms Chromium's files in the page cache
        for i in range(args.runs):
            samples["kiosk"].append(run_kiosk(kiosk, args.idle))
            samples["chromium"].append(run_chromium(chromium, page, args.idle))
            k, c = samples["kiosk"][-1], samples["chromium"][-1]
            print(f"  run {i + 1}/{args.runs}: kiosk {k['first_paint_s'] * 1000:.0f} ms, "
                  f"{k['pss_mb']:.1f} MB (+ broker {k['broker_pss_mb']:.1f}); Chromium "
                  f"{c['first_paint_s'] * 1000:.0f} ms, {c['pss_mb']:.1f} MB in "
                  f"{c['processes']} processes", flush=True)

    def median(name: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[name])

    paint = {n: median(n, "first_paint_s") * 1000 for n in samples}
    kiosk_mb, broker_mb, chromium_mb = (median("kiosk", "pss_mb"),
                                        median("kiosk", "broker_pss_mb"),
                                        median("chromium", "pss_mb"))
    result = {
        "chromium": version, "runs": args.runs, "idle_seconds": args.idle,
        "load_average": os.getloadavg(), "kiosk_bytecode": benchlib.bytecode_note(),
        "first_paint_ms": paint, "idle_pss_mb": {"kiosk": kiosk_mb, "broker": broker_mb,
                                                 "chromium": chromium_mb},
        "chromium_processes": median("chromium", "processes"),
        "paint_ratio": paint["chromium"] / paint["kiosk"],
        "memory_ratio": chromium_mb / (kiosk_mb + broker_mb),
        "memory_ratio_without_broker": chromium_mb / kiosk_mb,
        # Anonymous memory is nobody else's: unlike PSS it does not fall when other Qt
        # programs on the machine share the kiosk's libraries.
        "idle_pss_anon_mb": {n: median(n, "pss_anon_mb") for n in samples},
        "targets": {"paint_ratio": PAINT_RATIO_TARGET, "memory_ratio": MEMORY_RATIO_TARGET},
        "samples": samples,
    }
    result["paint_verdict"] = verdict(result["paint_ratio"], PAINT_RATIO_TARGET)
    result["memory_verdict"] = verdict(result["memory_ratio"], MEMORY_RATIO_TARGET)
    rows = [["process start to first paint, median ms", paint["chromium"], paint["kiosk"],
             f"{result['paint_ratio']:.2f}x", f">= {PAINT_RATIO_TARGET:g}x",
             result["paint_verdict"]],
            [f"idle PSS after {args.idle:g} s, median MB", chromium_mb,
             f"{kiosk_mb + broker_mb:.1f} ({kiosk_mb:.1f} + broker {broker_mb:.1f})",
             f"{result['memory_ratio']:.2f}x", f">= {MEMORY_RATIO_TARGET:g}x",
             result["memory_verdict"]],
            ["  of which anonymous (heaps), median MB", result["idle_pss_anon_mb"]["chromium"],
             result["idle_pss_anon_mb"]["kiosk"], "", "", ""]]
    benchlib.print_table(f"The Chromium peer ({version}, {result['chromium_processes']:g} "
                         f"processes), {args.runs} interleaved runs",
                         ["", "Chromium", "kiosk", "ratio", "target", ""], rows)
    load = ", ".join(f"{x:.2f}" for x in result["load_average"])
    print(f"\nload average at the end: {load}")
    print(f"the kiosk's bytecode: {result['kiosk_bytecode']}")
    benchlib.write_json("peer", result)
    return result


if __name__ == "__main__":
    main()
