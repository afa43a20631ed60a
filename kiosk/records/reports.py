"""The reports of the records' own kinds, by the name `python -m kiosk report` gives them:
which records each reads, and how it is built, printed and drawn. (The calls' report is
kiosk/calls/report.py: it also reads the store's open calls.)"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.records import (
    chart_data,
    report_feedback,
    report_messages,
    report_promises,
    report_satisfaction,
    report_searches,
)
from kiosk.records.log import Records
from kiosk.records.period import Period


@dataclass(frozen=True)
class Kind:
    stored: str  # the records' kind
    build: Callable[..., Any]  # (records, period, tz=None, now=None) -> report
    text: Callable[[Any, str], str]
    csv: Callable[[Any], str]
    chart: Callable[[Any, str], chart_data.Chart]


REPORTS = {
    "messages": Kind("messages", report_messages.report, report_promises.format_text,
                     report_promises.format_csv, chart_data.promises_chart),
    "feedback": Kind("feedback", report_feedback.report, report_promises.format_text,
                     report_promises.format_csv, chart_data.promises_chart),
    "satisfaction": Kind("survey", report_satisfaction.report, report_satisfaction.format_text,
                         report_satisfaction.format_csv, chart_data.satisfaction_chart),
    "searches": Kind("searches", report_searches.report, report_searches.format_text,
                     report_searches.format_csv, chart_data.searches_chart),
}


def of_period(records: Records, kind: str, period: Period) -> list[dict[str, Any]]:
    """The records of `kind` (the records' kind) that `period` needs read."""
    return records.latest(kind, month=None if period.is_year else period.label,
                          year=period.year)


def build(records: Records, name: str, period: Period, now: float | None = None) -> Any:
    kind = REPORTS[name]
    return kind.build(of_period(records, kind.stored, period), period, records.tz, now)
