"""Reports of records with clocks (messages, feedback cards): per promise, how often it was
kept over a month or a year (and a year's each month), as text and CSV.

Each kind gives its promises in order and a `classify(record, at)`: what to count the record
as, and which promise's clock it runs, if any (an anonymous card runs none: counted, not
measured). The rules of met, missed and not counted are kiosk/records/promises.py's.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from kiosk.directory.strings import tr
from kiosk.records.fields import placed
from kiosk.records.period import Period
from kiosk.records.promises import Clock, Kept, kept
from kiosk.records.report_text import csv_text, duration_text, num, share_text, table

# (what to count the record as, (promise, its clock) or None)
Classified = tuple[list[str], tuple[str, Clock] | None]
CSV_COLUMNS = ("scope", "key", "promise", "records", "met", "counted", "share", "done", "open",
               "median_s")


@dataclass(frozen=True)
class PromiseReport:
    kind: str  # "messages" | "feedback": the strings' prefix
    period: str  # "YYYY-MM" or "YYYY"
    promises: dict[str, Kept]  # promise -> figures over the period, in the kind's order
    counts: dict[str, int]  # what the records were counted as, in the kind's order
    months: dict[str, dict[str, Kept]] = field(default_factory=dict)  # a year's months
    unreadable: int = 0


def build(kind: str, promises: tuple[str, ...], counts: tuple[str, ...],
          classify: Callable[[dict[str, Any], float], Classified],
          records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None = None,
          now: float | None = None) -> PromiseReport:
    now = time.time() if now is None else now
    found, unreadable = placed(records, period, tz, classify)
    counted = Counter(name for _, (names, _) in found for name in names)
    clocks: dict[tuple[str, str], list[Clock]] = defaultdict(list)  # (month, promise) -> ...
    for month, (_, clock) in found:
        if clock is not None:
            clocks[month, clock[0]].append(clock[1])

    def figures(month: str | None) -> dict[str, Kept]:
        return {p: kept((c for m in period.months if month in (None, m)
                         for c in clocks.get((m, p), ())), now) for p in promises}

    months = {m: figures(m) for m in period.months} if period.is_year else {}
    return PromiseReport(kind, period.label, figures(None), {c: counted[c] for c in counts},
                         months, unreadable)


def format_text(report: PromiseReport, lang: str = "ko") -> str:
    kind, label = report.kind, report.period
    title = f"report.{kind}.title" + (".year" if len(label) == 4 else "")
    lines = [tr(title, lang, period=label), ""]
    if not any(report.counts.values()):
        return "\n".join(lines + [tr(f"report.{kind}.none", lang, period=label)]) + "\n"
    lines += [" · ".join(tr(f"report.{kind}.count.{c}", lang, n=n)
                         for c, n in report.counts.items()), ""]
    marks = "①②③④⑤"
    names = {p: f"{marks[i]} {tr(f'report.{kind}.promise.{p}', lang)}"
             for i, p in enumerate(report.promises)}
    header = ["", tr("report.col.records", lang), tr("report.col.kept", lang),
              tr("report.col.done", lang), tr("report.col.not_done", lang),
              tr("report.col.median", lang)]
    lines += table(header, [[names[p], str(k.records), share_text(k.share), str(k.done),
                             str(k.open), duration_text(k.median_s, lang)]
                            for p, k in report.promises.items()])
    if report.months:
        lines += [""] + table([tr("report.by_month", lang), *names.values()],
                              [[m, *(share_text(k.share) for k in f.values())]
                               for m, f in report.months.items()])
    lines += [""] + [f"{names[p]}: {tr(f'report.{kind}.promise.{p}.rule', lang)}"
                     for p in report.promises]
    lines.append(tr("report.counted.records", lang))
    return "\n".join(lines) + "\n"


def format_csv(report: PromiseReport) -> str:
    """Per promise over the period (scope "period"), then a year's months (scope "month"),
    then what the records were counted as (scope "count"); shares 0..1, times in seconds."""
    def row(scope: str, key: str, promise: str, k: Kept) -> list[object]:
        return [scope, key, promise, k.records, k.share.met, k.share.counted,
                num(k.share.value, 4), k.done, k.open, num(k.median_s, 1)]

    rows = [row("period", report.period, p, k) for p, k in report.promises.items()]
    rows += [row("month", m, p, k) for m, f in report.months.items() for p, k in f.items()]
    rows += [["count", c, "", n, "", "", "", "", "", ""] for c, n in report.counts.items()]
    return csv_text(CSV_COLUMNS, rows)
