"""A/B: this checkout's start (and idle memory) against another revision's, interleaved.

What a change to the start path saves is smaller than what the machine's other work moves
from one minute to the next, so the two are never measured minutes apart: the other revision
is exported (`git archive REV`) into a temporary folder, each kiosk gets a data folder of
its own with the same directory (a store written by one revision need not be one the other
reads as it is: a new demo fingerprint makes it store the demo again, at every start if they
shared it) and their bytecode compiled beforehand (as bench_startup.py), and the runs
alternate A, B, A, B... The figures to compare are the medians and the child's CPU time up
to its first frame (user + system), which the neighbours disturb less than the wall clock.

    python benchmarks/bench_startup_ab.py --base REV [--runs 15] [--memory --idle 3]

Prints medians for both and the difference; writes benchmarks/results/startup_ab.json.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tarfile
import tempfile
from pathlib import Path

import benchlib
from bench_memory import measure


def export(rev: str, folder: Path) -> str:
    """`rev` of this repository, unpacked into `folder`; its commit id."""
    commit = subprocess.run(["git", "-C", str(benchlib.ROOT), "rev-parse", "--verify", rev],
                            capture_output=True, text=True, check=True).stdout.strip()
    archive = subprocess.run(["git", "-C", str(benchlib.ROOT), "archive", commit, "kiosk",
                              "assets"], capture_output=True, check=True).stdout
    with tempfile.TemporaryFile() as tar:
        tar.write(archive)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as opened:
            opened.extractall(folder, filter="data")
    return commit


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the revision to compare with")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--memory", action="store_true", help="also idle PSS, interleaved")
    parser.add_argument("--idle", type=float, default=3.0)
    args = parser.parse_args(argv)
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-ab-") as tmp:
        Path(tmp).chmod(0o755)  # run as root, Mosquitto drops to its user (benchlib.temp_config)
        try:
            commit = export(args.base, Path(tmp) / "base")
        except (OSError, subprocess.CalledProcessError) as error:  # no git, or no such rev
            print(f"\nA/B skipped: {args.base} could not be exported ({error})")
            result = {"skipped": f"{args.base} could not be exported"}
            benchlib.write_json("startup_ab", result)
            return result
        base_root = Path(tmp) / "base"
        benchlib.compile_kiosk(base_root)
        # Each kiosk runs in its own checkout, from which `python -m kiosk` imports.
        checkouts = {"base": base_root, "this": benchlib.ROOT}
        commands = {}
        for name in checkouts:
            folder = Path(tmp) / f"data-{name}"
            folder.mkdir()
            commands[name] = benchlib.kiosk_command(benchlib.temp_config(folder))

        def start(name: str) -> benchlib.Start:
            return benchlib.run_to_quit(commands[name], {"PYTHONPATH": str(checkouts[name])},
                                        checkouts[name])

        for name in checkouts:  # the store, and what is left to compile
            start(name)
            start(name)
        samples = {name: {"total": [], "in_child": [], "cpu": [], "pss": [], "pss_anon": [],
                          "rss": [], "broker_pss": []}
                   for name in checkouts}
        for i in range(args.runs):
            for name, checkout in checkouts.items():
                started = start(name)
                samples[name]["total"].append(started.total * 1000)
                samples[name]["in_child"].append(started.reported * 1000)
                samples[name]["cpu"].append(started.cpu * 1000)
                if args.memory:
                    memory = measure(commands[name], args.idle,
                                     extra_env={"PYTHONPATH": str(checkout)}, checkout=checkout)
                    samples[name]["pss"].append(memory["Pss"])
                    samples[name]["pss_anon"].append(memory["Pss_Anon"])
                    samples[name]["rss"].append(memory["Rss"])
                    samples[name]["broker_pss"].append(memory["broker_Pss"])
            print(f"  run {i + 1}/{args.runs}: " + ", ".join(
                f"{name} {s['total'][-1]:.0f} ms" for name, s in samples.items()), flush=True)

    medians = {name: {k: statistics.median(v) for k, v in s.items() if v}
               for name, s in samples.items()}
    result = {"base": args.base, "base_commit": commit, "runs": args.runs,
              "bytecode": benchlib.bytecode_note(),
              "load_average": {"before": load_before, "after": os.getloadavg()},
              "median": medians, "samples": samples}
    rows = []
    for key, label in (("total", "start to home painted, ms"), ("in_child", "  in-child, ms"),
                       ("cpu", "  CPU up to the first frame, ms"), ("pss", "idle PSS, MB"),
                       ("pss_anon", "  of which anonymous (heaps; not shared), MB"),
                       ("rss", "  RSS (shared pages counted whole), MB"),
                       ("broker_pss", "its broker's PSS, MB")):
        if key in medians["this"]:
            base, this = medians["base"][key], medians["this"][key]
            rows.append([label, base, this, this - base])
    load = " -> ".join(f"{la[0]:.2f}" for la in result["load_average"].values())
    benchlib.print_table(f"A/B, median of {args.runs} interleaved runs; base {args.base} "
                         f"({commit[:10]}), load average {load}",
                         ["", "base", "this", "this - base"], rows)
    print(f"\nbytecode: {result['bytecode']}")
    benchlib.write_json("startup_ab", result)
    return result


if __name__ == "__main__":
    main()
