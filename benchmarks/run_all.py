"""Runs the benchmarks (startup, startup A/B against HEAD, idle memory, search keystrokes,
call delivery, routes, floor plans, directory bundles, records), each in its own process so none is
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
           ("fault", "fault_calls.py"), ("route", "bench_route.py"), ("plan", "bench_plan.py"),
           ("bundle", "bench_bundle.py"),
           ("records", "bench_records.py"), ("peer", "bench_peer.py"), ("soak", "soak.py"))
# Each benchmark at a size that only proves it still runs (the test suite runs these).
QUICK = {"bench_startup.py": ["--runs", "1"], "bench_memory.py": ["--runs", "1", "--idle", "1"],
         "bench_startup_ab.py": ["--base", "HEAD", "--runs", "1"],
         "bench_search.py": ["--rounds", "1"], "bench_taps.py": ["--rounds", "1"],
         "bench_alerts.py": ["--kiosks", "2", "--consoles", "2", "--rounds", "1"],
         "fault_calls.py": ["--calls", "6", "--kiosks", "2", "--duration", "6",
                           "--kill-every", "3", "--keepalive", "2"],
         "bench_route.py": ["--pairs", "40", "--repeat", "1"],  # the first 20 warm up
         "bench_plan.py": ["--zooms", "100", "--paints", "2"],
         "bench_bundle.py": ["--staff", "20", "--repeats", "1"],
         "bench_records.py": ["--records", "2000", "--appends", "20", "--repeats", "1"],
         "bench_peer.py": ["--runs", "1", "--idle", "1"],  # skipped where Chromium is missing
         "soak.py": ["--quick"]}
# The full run installs Debian's Chromium for the peer on first use.
# The A/B against HEAD: uncommitted changes against the last commit; on a clean checkout the
# same code twice, which shows how far this machine's noise moves two equal starts.
FULL = {"bench_peer.py": ["--install-peer"], "bench_startup_ab.py": ["--runs", "5"]}


def run(script: str, quick: bool = False) -> tuple[int, float]:
    """Runs one benchmark in its own process; its exit code and the load average (1 min) as
    it ended, which says how far its timings can be trusted."""
    print(f"\n==== {script} " + "=" * (60 - len(script)), flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = QUICK[script] if quick else FULL.get(script, [])
    code = subprocess.run([sys.executable, str(HERE / script), *extra], env=env).returncode
    return code, os.getloadavg()[0]


def _stats(d: dict | None) -> tuple:
    """(p50, p99) of one of benchlib's summaries (median/p99), or blanks."""
    return (d.get("median", ""), d.get("p99", "")) if d else ("", "")


def summary_rows(results: dict) -> list[dict]:
    """One row per figure: measure, p50, p99, target, verdict, reference, and the benchmark's
    name (whose load average the table shows beside it)."""
    rows: list[dict] = []

    def add(bench, measure, p50, p99, target, verdict, reference=""):
        rows.append({"bench": bench, "measure": measure, "p50": p50, "p99": p99,
                     "target": target, "verdict": verdict, "reference": reference})

    if "startup" in results:
        r = results["startup"]
        add("startup", "start to home painted, ms (from source, bytecode kept)",
            *_stats(r["kiosk_ms"]), f"< {r['target_ms']:g} (p50)", r["target_met"],
            f"bare window p50 {r['bare_window_ms']['median']:.0f}")
        if "dist_ms" in r:
            add("startup", "start to home painted, ms (one-folder build)", *_stats(r["dist_ms"]),
                f"< {r['target_ms']:g} (p50)", r["dist_ms"]["median"] < r["target_ms"])
    if "startup_ab" in results and "median" in results["startup_ab"]:
        r = results["startup_ab"]
        add("startup_ab", f"CPU to the first frame, ms (A/B: this checkout against {r['base']})",
            r["median"]["this"]["cpu"], "", "", "",
            f"{r['base']}: {r['median']['base']['cpu']:.1f}")
    if "memory" in results:
        r = results["memory"]
        add("memory", "idle PSS, MB: kiosk + its broker, 10 s after the first frame",
            r["kiosk_with_broker_mb"], "", f"< {r['target_mb']:g}", r["target_met"],
            f"bare window {r['median_mb']['bare']['Pss']:.1f}")
    if "search" in results:
        r = results["search"]
        add("search", "search keystroke incl. list model, ms", *_stats(r["keystroke_ms"]),
            f"< {r['target_p99_ms']:g} (p99)", r["target_met"],
            f"search alone p99 {r['core_search_ms']['p99']:.2f}")
        add("search", "search keystroke + repaint, ms", *_stats(r["key_plus_repaint_ms"]),
            "", "")
    if "taps" in results:
        r = results["taps"]
        add("taps", f"tap to next screen painted, ms ({len(r['modes'])} help modes)",
            r["all_ms"]["median"], r["all_ms"]["p99"],
            f"p95 < {r['target_p95_ms']:g}, max < {r['target_max_ms']:g}", r["target_met"],
            f"p95 {r['all_ms']['p95']:.1f}, max {r['all_ms']['max']:.1f}")
    if "alerts" in results:
        r = results["alerts"]
        add("alerts", f"call delivery, ms ({r['kiosks']} kiosks x {r['consoles']} consoles)",
            *_stats(r["delivery_ms"]), f"< {r['target_p99_ms']:g} (p99)", r["target_met"])
    if "fault" in results:
        r = results["fault"]
        p99 = r["latency_ms"].get("p99")
        add("fault", f"fault test: {r['sent']:,} calls, broker killed {r['broker_kills']} "
            "times: lost / duplicates shown / not resolved",
            f"{r['lost']} / {r['duplicates_shown']} / {r['not_resolved']}", "",
            "0 / 0 / 0, offline within 1.5 x keep-alive", r["passed"],
            f"latency p99 {p99:.0f} ms" if isinstance(p99, (int, float)) else "")
    if "route" in results:
        r = results["route"]
        add("route", f"route search, ms ({r['building']['nodes']:,} nodes)",
            *_stats(r["any"]["ours_ms"]), f"< {r['target_p99_ms']:g} (p99)", r["target_met"],
            f"networkx p50 {r['any']['networkx_ms']['median']:.2f}, "
            f"{r['any']['ratio_p50']:.1f}x")
    if "plan" in results:
        r = results["plan"]
        add("plan", f"floor plan shown (floor screen, route map), ms, {len(r['cases'])} floors "
            "up to 100 places or 120-character names", *_stats(r["shown_ms"]),
            f"< {r['target_ms']:g} (max)", r["target_met"],
            f"worst {r['worst_shown_ms']:.0f} ({r['worst']}); repaint p99 {r['paint_p99_ms']:.1f}")
    if "bundle" in results:
        r = results["bundle"]
        for phase, target in (("validate", r["target_validate_s"]), ("apply", r["target_apply_s"])):
            xlsx = r["variants"]["xlsx"]
            add("bundle", f"bundle {phase}, {r['staff']:,} staff + photos, XLSX, s",
                xlsx[f"{phase}_s"]["median"], "", f"< {target:g}",
                xlsx[f"{phase}_s"]["median"] < target,
                f"CPU {xlsx[f'{phase}_cpu_s']['median']:.2f} s")
    if "records" in results:
        r = results["records"]
        add("records", f"records append, ms, a year on disk ({r['total_lines']:,} lines)",
            *_stats(r["append_ms"]), f"< {r['target_append_p99_ms']:g} (p99)",
            r["append_ms"]["p99"] < r["target_append_p99_ms"],
            f"bare fsync p99 {r['bare_fsync_ms']['p99']:.2f}")
        add("records", "records: the slowest month's report, s", r["month_max_s"], "",
            f"< {r['target_month_s']:g}", r["month_max_s"] < r["target_month_s"],
            f"year {max(r['report_s']['year'].values()):.2f}")
    rows += peer_rows(results.get("peer"))
    if "soak" in results:
        r = results["soak"]
        g = r["post_reset"]
        add("soak", f"soak, {r['steps']:,} interactions: heap growth after idle resets "
            f"(every {g['every']}), MB per 1,000", g["anon"]["slope_per_1000"], "", "< 0.5",
            r["target_met"], f"{r['exceptions']} exceptions, {r['qt_warnings']} Qt warnings; "
            f"last - first {g['anon']['last_minus_first']:+.2f} MB, "
            f"PSS {g['pss']['slope_per_1000']:.2f} per 1,000")
        add("soak", "soak: growth in the middle of the walk after warm-up, PSS MB per 1,000 "
            "(information)", r["growth_mb_per_1000"], "", "", "",
            f"heaps {r['anon_growth_mb_per_1000']:.2f} per 1,000")
    for row in rows:
        row["verdict"] = {True: "met", False: "SHORT", None: "not judged (load)",
                          "": ""}[row["verdict"]]
    return rows


def peer_rows(r: dict | None) -> list[dict]:
    """The kiosk against a Chromium kiosk showing the same home screen (bench_peer.py)."""
    if r is None:
        return []
    row = dict.fromkeys(("p50", "p99", "target", "verdict", "reference"), "")
    if "skipped" in r:
        return [{**row, "bench": "peer", "measure": f"Chromium peer: skipped ({r['skipped']})"}]
    paint, mb = r["first_paint_ms"], r["idle_pss_mb"]
    return [{**row, "bench": "peer", "measure": "Chromium peer: first paint, times faster",
             "p50": r["paint_ratio"], "target": f">= {r['targets']['paint_ratio']:g}",
             "verdict": r["paint_verdict"] == "pass",
             "reference": f"Chromium {paint['chromium']:.0f} ms, kiosk {paint['kiosk']:.0f} ms"},
            {**row, "bench": "peer", "measure": "Chromium peer: idle PSS, times lighter",
             "p50": r["memory_ratio"], "target": f">= {r['targets']['memory_ratio']:g}",
             "verdict": r["memory_verdict"] == "pass",
             "reference": f"Chromium {mb['chromium']:.0f} MB, kiosk + broker "
                          f"{mb['kiosk'] + mb['broker']:.0f} MB"}]


COLUMNS = ("measure", "p50", "p99", "target", "verdict", "load", "reference")


def _cell(value) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def markdown(rows: list[dict], machine: dict) -> str:
    """The summary as the Markdown table docs/performance.md carries."""
    lines = [f"{machine['date']}, {machine['cores']} cores ({machine['cpu']}), "
             f"{machine['os']}, Python {machine['python']}, PySide6 {machine['pyside6']}, "
             f"Qt platform {machine['qt_platform']}.", "",
             "| " + " | ".join(COLUMNS) + " |",
             "|---|" + "---:|" * 2 + "---|---|---:|---|"]
    lines += ["| " + " | ".join(_cell(r[c]).replace("|", "/") for c in COLUMNS) + " |"
              for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark at a tiny size")
    parser.add_argument("--skip", default="", metavar="NAME,...",
                        help="benchmarks not to run, by name: " + ", ".join(n for n, _ in SCRIPTS)
                        + " (their last results, if any, stay out of the summary)")
    args = parser.parse_args(argv)
    skip = {n.strip() for n in args.skip.split(",") if n.strip()}
    unknown = skip - {n for n, _ in SCRIPTS}
    if unknown:
        parser.error(f"no such benchmark: {', '.join(sorted(unknown))}")
    failed, load = [], {}
    for name, script in SCRIPTS:
        if name in skip:
            continue
        code, load[name] = run(script, args.quick)
        if code != 0:
            failed.append(script)
    results = {}
    for name, _script in SCRIPTS:
        path = benchlib.RESULTS / f"{name}.json"
        if name in load and path.exists():
            results[name] = json.loads(path.read_text(encoding="utf-8"))
    rows = summary_rows(results)
    for row in rows:
        row["load"] = round(load[row.pop("bench")], 2)
    print("\n" + "=" * 66)
    benchlib.print_table("Summary (p50 and p99 where a figure has many samples; load: the "
                         "1-minute load average as the benchmark ended)",
                         list(COLUMNS), [[r[c] for c in COLUMNS] for r in rows])
    benchlib.write_json("summary", {"rows": rows, "failed_scripts": failed})
    table = markdown(rows, benchlib.machine())
    (benchlib.RESULTS / "summary.md").write_text(table, encoding="utf-8")
    print(f"written {benchlib.RESULTS / 'summary.md'} (the table for docs/performance.md)")
    if failed:
        print(f"\nthese benchmarks did not finish: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
