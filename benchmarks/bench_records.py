"""The records with a year in them: append latency, and the time of a month's and a year's
report of each kind.

How: kiosk.records.synthetic.year_of_records(2026, N) (default about 400,000 lines: 45 %
searches, 40 % survey answers, 7 % calls, 4 % messages and 4 % cards, each message and
answered card appended twice, made then done) is written straight into the month files of a
temporary data folder (the setup: one write per file, not one fsync per line). Then, with
that year on disk, --appends records of the five kinds in turn are appended through
Records.append into December's files (a single O_APPEND write and an fsync each; the first
append of each kind also checks the file's last byte), each timed with perf_counter; for
reference, as many bare appends (os.open, os.write, os.fsync, os.close) of one line. Then each
kind's report as `python -m kiosk report` makes it (records read, report built, text
formatted; calls also CSV) for June and for the whole year, --repeats times, timed whole
(the median is reported), after one untimed round of January's (imports, first reads).
The file system is that of the temporary folder ($TMPDIR).

    python benchmarks/bench_records.py [--records 370000] [--appends 2000] [--repeats 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import benchlib

TARGET_APPEND_P99_MS = 10.0
TARGET_MONTH_S = 2.0
REPORTS = ("calls", "messages", "feedback", "satisfaction", "searches")


def build_year(records, total: int) -> dict[str, int]:
    """Write a year of records into the month files; return the lines written per kind."""
    from kiosk.records.log import encode_line
    from kiosk.records.synthetic import year_of_records

    files: dict[Path, list[bytes]] = defaultdict(list)
    lines: dict[str, int] = defaultdict(int)
    for kind, record in year_of_records(2026, total):
        path = records.folder / kind / f"{records.month_of(record['at'])}.jsonl"
        files[path].append(encode_line(record))
        lines[kind] += 1
    for path, chunk in files.items():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_bytes(b"".join(chunk))
        path.chmod(0o600)
    return dict(lines)


def one_report(records, name: str, period) -> str:
    """What `python -m kiosk report NAME` does after reading its config (calls: no store)."""
    from kiosk.records.reports import REPORTS, build, of_period

    if name == "calls":
        from kiosk.calls.report import calls_from_records, format_csv, format_text, period_report

        calls, _ = calls_from_records(of_period(records, "calls", period))
        report = period_report(calls, period, records.tz)
        return format_text(report, "ko") + format_csv(report)
    return REPORTS[name].text(build(records, name, period), "ko")


def append_times(records, count: int) -> list[float]:
    from kiosk.records.synthetic import year_of_records

    december = [(k, r) for k, r in year_of_records(2026, count * 3, seed=99)
                if records.month_of(r["at"]) == "2026-12"]
    seconds = []
    for i in range(count):
        kind, record = december[i % len(december)]
        record = {**record, "id": f"bench-{i}"}
        t0 = time.perf_counter()
        records.append(kind, record)
        seconds.append(time.perf_counter() - t0)
    return seconds


def bare_fsync_times(folder: Path, count: int) -> list[float]:
    """The disk's own price, for reference: open, write a line, fsync, close, as plainly as
    Python can, on the same file system."""
    path, line, seconds = folder / "bare.jsonl", b'{"id":"x","at":1.0}\n', []
    for _ in range(count):
        t0 = time.perf_counter()
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(fd, line)
        os.fsync(fd)
        os.close(fd)
        seconds.append(time.perf_counter() - t0)
    return seconds


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=370_000,
                        help="records made (messages and answered cards are two lines)")
    parser.add_argument("--appends", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    from datetime import timezone

    from kiosk.records.log import Records
    from kiosk.records.period import Period

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-records-") as tmp:
        records = Records(Path(tmp) / "records", tz=timezone.utc)
        t0 = time.perf_counter()
        lines = build_year(records, args.records)
        build_s = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*.jsonl"))
        appends = append_times(records, args.appends)
        bare = bare_fsync_times(Path(tmp), args.appends)
        for kind in REPORTS:  # imports and first reads, not counted
            one_report(records, kind, Period(2026, 1))
        timings = {}
        for label, period in (("month", Period(2026, 6)), ("year", Period(2026))):
            for kind in REPORTS:
                runs = []
                for _ in range(args.repeats):
                    t0 = time.perf_counter()
                    one_report(records, kind, period)
                    runs.append(time.perf_counter() - t0)
                timings[label, kind] = statistics.median(runs)
    append_ms, bare_ms = benchlib.summary(appends, 1000), benchlib.summary(bare, 1000)
    month_max = max(timings["month", k] for k in REPORTS)
    result = {
        "target": f"append p99 < {TARGET_APPEND_P99_MS:g} ms with a year on disk; each "
                  f"month's report < {TARGET_MONTH_S:g} s",
        "target_append_p99_ms": TARGET_APPEND_P99_MS, "target_month_s": TARGET_MONTH_S,
        "lines": lines, "total_lines": sum(lines.values()), "bytes": size,
        "build_s": build_s, "append_ms": append_ms, "bare_fsync_ms": bare_ms,
        "report_s": {label: {k: timings[label, k] for k in REPORTS}
                     for label in ("month", "year")},
        "month_max_s": month_max, "cores": os.cpu_count(), "file_system_of": tempfile.gettempdir(),
        "target_met": append_ms["p99"] < TARGET_APPEND_P99_MS and month_max < TARGET_MONTH_S,
    }
    kinds = ", ".join(f"{k} {n:,}" for k, n in lines.items())
    benchlib.print_table(f"A year of records: {result['total_lines']:,} lines, "
                         f"{size / 1e6:.0f} MB ({kinds})",
                         ["", "p50", "p90", "p99", "max"],
                         [[f"Records.append, ms ({args.appends})", append_ms["median"],
                           append_ms["p90"], append_ms["p99"], append_ms["max"]],
                          ["bare write + fsync, ms (reference)", bare_ms["median"],
                           bare_ms["p90"], bare_ms["p99"], bare_ms["max"]]])
    benchlib.print_table(f"Reports, median of {args.repeats} (s)", ["report", "June", "2026"],
                         [[k, timings["month", k], timings["year", k]] for k in REPORTS])
    print(f"\nyear written in {build_s:.1f} s")
    return benchlib.conclude("records", result)


if __name__ == "__main__":
    main()
