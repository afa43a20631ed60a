"""Searches that found nothing: what visitors asked for and the directory lacks. A query the
kiosk withheld (a run of 4+ digits or a staff name: personal) is counted as "withheld", never
shown; so is any record marked withheld, whatever text it holds."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped, normal
from kiosk.records.fields import BadRecord, placed, text
from kiosk.records.period import Period
from kiosk.records.report_text import csv_text, table

TOP_QUERIES = 20
WITHHELD = "withheld"  # the CSV's key for withheld queries
CSV_COLUMNS = ("scope", "key", "searches")


@dataclass(frozen=True)
class SearchesReport:
    period: str
    searches: int
    withheld: int
    queries: list[tuple[str, int]]  # every shown query, most often first
    months: dict[str, tuple[int, int]] = field(default_factory=dict)  # (searches, withheld)
    unreadable: int = 0


def query_of(record: dict[str, Any]) -> str:
    """The query as counted ("" when withheld): one spacing, NFC, case-folded ("Wi-Fi" and
    "wi-fi" are one question)."""
    query = text(record, "query")
    withheld = record.get("withheld", False)
    if not isinstance(withheld, bool):
        raise BadRecord(f"record {record.get('id')!r}: withheld {withheld!r}")
    return "" if withheld else " ".join(normal(query).split()).casefold()


def report(records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None = None,
           now: float | None = None) -> SearchesReport:
    """`now` is not used (a search has no clock); taken so every report is called alike."""
    # (month, query or "" when withheld)
    found, unreadable = placed(records, period, tz, lambda r, _at: query_of(r))
    queries = Counter(q for _, q in found if q)
    months = {}
    if period.is_year:
        per_month, withheld = Counter(m for m, _ in found), Counter(m for m, q in found if not q)
        months = {m: (per_month[m], withheld[m]) for m in period.months}
    ranked = sorted(queries.items(), key=lambda kv: (-kv[1], kv[0]))
    return SearchesReport(period.label, len(found), sum(not q for _, q in found), ranked,
                          months, unreadable)


def format_text(report: SearchesReport, lang: str = "ko") -> str:
    title = "report.searches.title" + (".year" if len(report.period) == 4 else "")
    lines = [tr(title, lang, period=report.period), ""]
    if not report.searches:
        return "\n".join(lines + [tr("report.searches.none", lang,
                                     period=report.period)]) + "\n"
    lines += [tr("report.searches.total", lang, n=report.searches, withheld=report.withheld), ""]
    rows: list[list[str] | str] = [[f"{i}. {escaped(q)}", str(n)]
                                   for i, (q, n) in enumerate(report.queries[:TOP_QUERIES], 1)]
    if report.withheld:
        rows.append([tr("report.searches.withheld", lang), str(report.withheld)])
    lines += table([tr("report.searches.top", lang), tr("report.col.searches", lang)], rows)
    if report.months:
        lines += [""] + table([tr("report.by_month", lang), tr("report.col.searches", lang),
                               tr("report.searches.withheld", lang)],
                              [[m, str(n), str(w)] for m, (n, w) in report.months.items()])
    return "\n".join(lines) + "\n"


def format_csv(report: SearchesReport) -> str:
    """The period's total, the withheld, every query (most often first), a year's months."""
    rows: list[list[object]] = [["period", report.period, report.searches],
                                [WITHHELD, "", report.withheld]]
    rows += [["query", q, n] for q, n in report.queries]
    rows += [["month", m, n] for m, (n, _) in report.months.items()]
    return csv_text(CSV_COLUMNS, rows)
