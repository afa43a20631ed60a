"""`python -m kiosk report calls|messages|feedback|satisfaction|searches --month YYYY-MM`
(or `--year YYYY`): how often the charter's promises were kept, as text, CSV or a chart.

Reads the data folder's records (kiosk/records) and, for calls, the store's table too (open
calls, and finished ones an older kiosk left there); it writes nothing there, and a data
folder that does not exist is not created.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

NOUNS = {"calls": "call", "messages": "message", "feedback": "feedback card",
         "satisfaction": "survey answer", "searches": "search"}
KINDS = {  # report -> what it measures (its --help)
    "calls": "calls for an attendant: guided within 30 s, an attendant within 5 min",
    "messages": "messages for absent staff: called back within 1 hour (or the time asked)",
    "feedback": ("feedback cards: apology within 1 working day, answer within 3, "
                 "improvement within 7"),
    "satisfaction": "the end-of-visit question: each face, the mean, the share satisfied",
    "searches": "searches that found nothing: what visitors asked for most",
}


def add_parser(sub) -> None:
    r = sub.add_parser("report", help="reports for staff: the charter's promises").add_subparsers(
        dest="report", required=True)
    for kind, what in KINDS.items():
        p = r.add_parser(kind, help=what)
        when = p.add_mutually_exclusive_group(required=True)
        when.add_argument("--month", metavar="YYYY-MM", help="one local calendar month")
        when.add_argument("--year", metavar="YYYY", help="a year: each month and the year")
        p.add_argument("--csv", action="store_true", help="CSV rows instead of a table")
        p.add_argument("--lang", choices=("ko", "en"), default="ko")
        p.add_argument("--chart", type=Path, metavar="FILE.png",
                       help="also draw the figures as a PNG chart")
        p.set_defaults(func=cmd_report, kind=kind)


def cmd_report(args) -> int:
    from kiosk.directory import config
    from kiosk.records.log import records_of
    from kiosk.records.period import Period

    try:
        period = Period.parse(args.month, args.year)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.chart is not None and args.chart.suffix.lower() != ".png":
        print(f"error: the chart is a PNG file; name it FILE.png, not {args.chart}",
              file=sys.stderr)
        return 2
    cfg = config.load(args.config)  # refuses a data.folder that is not a folder
    if not cfg.data_dir.exists():  # a kiosk never started, or a config naming another folder
        print(f"warning: the data folder {cfg.data_dir} does not exist: no records were read "
              f"(is data.folder the kiosk's?)", file=sys.stderr)
    records = records_of(cfg.data_dir)
    if args.kind == "calls":
        text, table, chart, unreadable = _calls(cfg.data_dir, records, period, args.lang)
    else:
        text, table, chart, unreadable = _other(args.kind, records, period, args.lang)
    unreadable += records.skipped
    if unreadable:
        print(f"warning: {unreadable} unreadable {NOUNS[args.kind]} records left out",
              file=sys.stderr)
    print(table if args.csv else text, end="")
    if args.chart is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.charts import write_chart

        try:
            write_chart(chart, args.chart)
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"chart: {args.chart}", file=sys.stderr)
    return 0


def _calls(data_dir: Path, records, period, lang: str):
    from kiosk.calls.report import calls_from_records, format_csv, format_text, period_report
    from kiosk.directory.store import FILE_NAME, Store
    from kiosk.directory.strings import tr
    from kiosk.records.chart_data import shares_chart
    from kiosk.records.reports import of_period

    found = of_period(records, "calls", period)
    if (data_dir / FILE_NAME).exists():  # no data file: no open calls, and nothing created
        with Store(data_dir) as store:
            found += store.table("calls").all()
    calls, unreadable = calls_from_records(found)
    report = period_report(calls, period, records.tz)
    title = "report.title.year" if period.is_year else "report.title"
    chart = shares_chart(tr(title, lang, month=report.month),
                         [("① " + tr("report.promise.ack", lang), report.overall.ack),
                          ("② " + tr("report.promise.arrival", lang), report.overall.arrival)],
                         lang)
    return format_text(report, lang), format_csv(report), chart, unreadable


def _other(name: str, records, period, lang: str):
    from kiosk.records.reports import REPORTS, build

    kind, report = REPORTS[name], build(records, name, period)
    return kind.text(report, lang), kind.csv(report), kind.chart(report, lang), report.unreadable
