"""Runs the benchmarks (startup, startup A/B against HEAD, idle memory, search keystrokes,
call delivery, routes, directory bundles, records), each in its own process so none is
measured in a process the others have warmed up, then prints one summary from the JSON files
they write to benchmarks/results/ (also written: summary.json). Also the Chromium peer
(bench_peer.py) and the soak (soak.py).

    python benchmarks/run_all.py          (or: make bench)
    python benchmarks/run_all.py --quick  every benchmark at a tiny size, to keep them working

Takes about four minutes on two cores, plus three for the Chromium peer and nine for the
soak's 10,000 steps (--quick: about two, most of it the soak's 1,000 steps). The figures are
for reading, not for pass/fail: nothing here fails on a missed target, only on a benchmark
that breaks.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import benchlib

HERE = Path(__file__).resolve().parent
SCRIPTS = (("startup", "bench_startup.py"), ("startup_ab", "bench_startup_ab.py"),
           ("memory", "bench_memory.py"),
           ("search", "bench_search.py"), ("taps", "bench_taps.py"), ("alerts", "bench_alerts.py"),
           ("route", "bench_route.py"), ("bundle", "bench_bundle.py"),
           ("records", "bench_records.py"), ("peer", "bench_peer.py"), ("soak", "soak.py"))
# Each benchmark at a size that only proves it still runs (the test suite runs these).
QUICK = {"bench_startup.py": ["--runs", "1"], "bench_memory.py": ["--runs", "1", "--idle", "1"],
         "bench_startup_ab.py": ["--base", "HEAD", "--runs", "1"],
         "bench_search.py": ["--rounds", "1"], "bench_taps.py": ["--rounds", "1"],
         "bench_alerts.py": ["--kiosks", "2", "--consoles", "2", "--rounds", "1"],
         "bench_route.py": ["--pairs", "40", "--repeat", "1"],  # the first 20 warm up
         "bench_bundle.py": ["--staff", "20", "--repeats", "1"],
         "bench_records.py": ["--records", "2000", "--appends", "20", "--repeats", "1"],
         "bench_peer.py": ["--runs", "1", "--idle", "1"],  # skipped where Chromium is missing
         "soak.py": ["--quick"]}
# The full run installs Debian's Chromium for the peer on first use.
# The A/B against HEAD: uncommitted changes against the last commit; on a clean checkout the
# same code twice, which shows how far this machine's noise moves two equal starts.
FULL = {"bench_peer.py": ["--install-peer"], "bench_startup_ab.py": ["--runs", "5"]}


def run(script: str, quick: bool = False) -> int:
    print(f"\n==== {script} " + "=" * (60 - len(script)), flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = QUICK[script] if quick else FULL.get(script, [])
    return subprocess.run([sys.executable, str(HERE / script), *extra], env=env).returncode


def summary_rows(results: dict) -> list[list]:
    rows = []
    if "startup" in results:
        r = results["startup"]
        rows.append(["startup: start to home painted, median ms", r["kiosk_ms"]["median"],
                     f"< {r['target_ms']:g}", r["bare_window_ms"]["median"], r["target_met"]])
    if "startup_ab" in results and "median" in results["startup_ab"]:
        r = results["startup_ab"]
        rows.append([f"startup A/B: CPU to the first frame, ms, this (base {r['base']} in "
                     "reference)", r["median"]["this"]["cpu"], "", r["median"]["base"]["cpu"], ""])
    if "memory" in results:
        r = results["memory"]
        rows.append(["idle memory: PSS MB of kiosk + broker, median (bare window in "
                     "reference)", r["kiosk_with_broker_mb"], f"< {r['target_mb']:g}",
                     r["median_mb"]["bare"]["Pss"], r["target_met"]])
    if "search" in results:
        r = results["search"]
        rows.append(["search keystroke (type_key) p99 ms", r["keystroke_ms"]["p99"],
                     f"< {r['target_p99_ms']:g}", r["core_search_ms"]["p99"], r["target_met"]])
        rows.append(["search keystroke + repaint p99 ms", r["key_plus_repaint_ms"]["p99"], "", "",
                     ""])
    if "taps" in results:
        r = results["taps"]
        rows.append([f"tap to next screen painted, p95 ms ({len(r['modes'])} modes)",
                     r["all_ms"]["p95"], f"< {r['target_p95_ms']:g}", r["all_ms"]["max"],
                     r["target_met"]])
    if "alerts" in results:
        r = results["alerts"]
        rows.append([f"call delivery p99 ms ({r['kiosks']} kiosks x {r['consoles']} consoles)",
                     r["delivery_ms"]["p99"], f"< {r['target_p99_ms']:g}",
                     r["delivery_ms"]["median"], r["target_met"]])
    if "route" in results:
        r = results["route"]
        rows.append([(f"route search p99 ms ({r['building']['nodes']} nodes, networkx p99 "
                      f"in reference)"), r["any"]["ours_ms"]["p99"], f"< {r['target_p99_ms']:g}",
                     r["any"]["networkx_ms"]["p99"], r["target_met"]])
    if "bundle" in results:
        r = results["bundle"]
        for phase, target in (("validate", r["target_validate_s"]), ("apply", r["target_apply_s"])):
            xlsx = r["variants"]["xlsx"]
            rows.append([f"bundle {phase}, {r['staff']} staff + photos, XLSX, median s (CPU s in "
                         f"reference)", xlsx[f"{phase}_s"]["median"], f"< {target:g}",
                         xlsx[f"{phase}_cpu_s"]["median"], xlsx[f"{phase}_s"]["median"] < target])
    if "records" in results:
        r = results["records"]
        rows.append([f"records append p99 ms, a year on disk ({r['total_lines']:,} lines; bare "
                     f"fsync p99 in reference)", r["append_ms"]["p99"],
                     f"< {r['target_append_p99_ms']:g}", r["bare_fsync_ms"]["p99"],
                     r["append_ms"]["p99"] < r["target_append_p99_ms"]])
        rows.append(["records: slowest month's report s (slowest year's in reference)",
                     r["month_max_s"], f"< {r['target_month_s']:g}",
                     max(r["report_s"]["year"].values()), r["month_max_s"] < r["target_month_s"]])
    rows += peer_rows(results.get("peer"))
    if "soak" in results:
        r = results["soak"]
        rows.append([f"soak, {r['steps']} interactions: growth after warm-up, MB per 1,000",
                     r["growth_mb_per_1000"], "< 0.5", f"{r['exceptions']} exceptions, "
                     f"{r['qt_warnings']} Qt warnings", r["target_met"]])
    for row in rows:
        row[-1] = {True: "met", False: "MISSED", None: "not judged (load)", "": ""}[row[-1]]
    return rows


def peer_rows(r: dict | None) -> list[list]:
    """The kiosk against a Chromium kiosk showing the same home screen (bench_peer.py)."""
    if r is None:
        return []
    if "skipped" in r:
        return [[f"Chromium peer: skipped ({r['skipped']})", "", "", "", ""]]
    paint, mb = r["first_paint_ms"], r["idle_pss_mb"]
    return [["Chromium peer: first paint, Chromium ms / kiosk ms", r["paint_ratio"],
             f">= {r['targets']['paint_ratio']:g}", f"{paint['chromium']:.0f} / "
             f"{paint['kiosk']:.0f}", r["paint_verdict"] == "pass"],
            ["Chromium peer: idle PSS, Chromium MB / kiosk+broker MB", r["memory_ratio"],
             f">= {r['targets']['memory_ratio']:g}", f"{mb['chromium']:.0f} / "
             f"{mb['kiosk'] + mb['broker']:.0f}", r["memory_verdict"] == "pass"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark at a tiny size")
    quick = parser.parse_args(argv).quick
    failed = [script for _name, script in SCRIPTS if run(script, quick) != 0]
    results = {}
    for name, _script in SCRIPTS:
        path = benchlib.RESULTS / f"{name}.json"
        if path.exists():
            results[name] = json.loads(path.read_text(encoding="utf-8"))
    rows = summary_rows(results)
    print("\n" + "=" * 66)
    benchlib.print_table("Summary (reference: a bare PySide6 window for startup and memory, "
                         "SearchIndex.search alone for search)",
                         ["", "figure", "target", "reference", ""], rows)
    benchlib.write_json("summary", {"rows": [dict(zip(("measure", "figure", "target",
                                                        "reference", "verdict"), r))
                                             for r in rows], "failed_scripts": failed})
    if failed:
        print(f"\nthese benchmarks did not finish: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
