"""`python -m kiosk report calls --month YYYY-MM`: one month's calls against the charter."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    r = sub.add_parser("report", help="reports for staff").add_subparsers(dest="report",
                                                                          required=True)
    rc = r.add_parser("calls", help="one month's calls for an attendant against the charter "
                      "(guided within 30 s, an attendant within 5 min)")
    rc.add_argument("--month", required=True, metavar="YYYY-MM", help="local calendar month")
    rc.add_argument("--csv", action="store_true", help="CSV rows instead of a table")
    rc.add_argument("--lang", choices=("ko", "en"), default="ko")
    rc.set_defaults(func=cmd_report_calls)


def cmd_report_calls(args) -> int:
    from kiosk.calls.report import (
        calls_from_records,
        format_csv,
        format_text,
        month_report,
        parse_month,
    )
    from kiosk.directory import config
    from kiosk.directory.store import FILE_NAME, Store

    try:
        parse_month(args.month)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    cfg = config.load(args.config)
    calls, unreadable = [], 0
    if (cfg.data_dir / FILE_NAME).exists():  # no data file: no calls, and nothing created
        with Store(cfg.data_dir) as store:
            calls, unreadable = calls_from_records(store.table("calls").all())
    if unreadable:
        print(f"warning: {unreadable} unreadable call records left out", file=sys.stderr)
    report = month_report(calls, args.month)
    print(format_csv(report) if args.csv else format_text(report, args.lang), end="")
    return 0
