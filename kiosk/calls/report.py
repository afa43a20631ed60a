"""The monthly report of calls for an attendant, measured against the service charter.

The charter promises that a visitor is guided within 30 seconds (measured: the call is
acknowledged within 30 s of being raised) and that an attendant comes within 5 minutes
(measured: arrived within 5 min of being raised). The same figures are given for all calls,
for each kiosk and for each need ("" = not given). Exactly:

* A call belongs to the month in which its `raised` event falls, in local time (`tz`; the
  system's zone by default). A call with no `raised` event cannot be placed: `Report.unplaced`.
  A year's report has the same figures over its twelve months, and each month's (`months`).
* Acknowledged at: the first `acknowledged`, `arrived` or `resolved` event (arriving
  implies it; a desk that closes a call without acknowledging it answered it then). Arrived
  at: the first `arrived` or `resolved` event. Ended at: the first `cancelled` event, when
  the visitor stopped waiting; an event after that does not count. Only the visitor ends the
  clock: a desk cannot take a late call out of the count by resolving it. Durations run from
  `raised`; a negative one (two devices' clocks) counts as 0.
* A promise with limit L (30 s, 300 s) is MET when its event came at most L after raised, and
  MISSED when it came later, or never while the call still waited at raised + L (it had not
  ended before) and that moment has passed (`now`). Any other call is NOT COUNTED for that
  promise: the visitor cancelled it before the limit without the event, or its limit has
  not passed yet (kiosk/records/promises.py: the rule of every promise). share = met /
  (met + missed); with nothing counted it is None ("—"), never 100 %. A visitor who cancels
  at 10 s is in neither share; one who gives up at 2 min without an answer missed both
  promises; one acknowledged at 10 s who cancels at 2 min met the first and is not counted
  for the second.
* refused: a visitor tapped Help when no call could go (no broker, no console online, or
  their own request beside the kiosk's MAX_OPEN open calls, `full`; the call's `reason`): a
  call in the count that nobody could answer, so it MISSES both promises once their limits
  have passed; Report.refusals counts them by reason.
* cancelled: state "cancelled" (cancelled_before_ack: of those, not acknowledged before the
  cancellation); escalated: the call's escalated flag; open: state raised, delivered,
  acknowledged or arrived. Medians run over every call with the time, however late (seconds).
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from kiosk.calls.call import NEEDS, REFUSALS, Call, CallError
from kiosk.directory.strings import tr
from kiosk.records.period import Period, parse_month
from kiosk.records.promises import Share, judge, median, share_of
from kiosk.records.report_text import csv_text, num, share_text, table

__all__ = ["ACK_LIMIT", "ARRIVAL_LIMIT", "CSV_COLUMNS", "Figures", "Report", "Share",
           "calls_from_records", "format_csv", "format_text", "month_report", "parse_month",
           "period_report"]

ACK_LIMIT = 30.0  # seconds: "guided within 30 seconds"
ARRIVAL_LIMIT = 300.0  # seconds: "an attendant within 5 minutes"
CSV_COLUMNS = ("scope", "key", "calls", "cancelled", "escalated", "ack_within_30s", "ack_share",
               "arrived_within_5min", "arrived_share", "median_ack_s", "median_arrival_s", "open",
               "ack_counted", "arrival_counted", "cancelled_before_ack", "refused")
NOT_GIVEN = "not given"  # the CSV key of calls without a need


@dataclass(frozen=True)
class Figures:
    calls: int
    cancelled: int
    cancelled_before_ack: int
    escalated: int
    open: int
    ack: Share  # acknowledged within 30 s
    arrival: Share  # arrived within 5 min
    median_ack: float | None  # seconds from raised
    median_arrival: float | None
    refused: int = 0  # visitors who asked when no call could go


@dataclass(frozen=True)
class Report:
    month: str  # "YYYY-MM", or "YYYY" for a year
    overall: Figures
    by_kiosk: dict[str, Figures]  # kiosk id -> figures, sorted by id
    by_need: dict[str, Figures]  # need -> figures, in NEEDS order, "" (not given) last
    unplaced: int = 0  # calls with no raised event
    months: dict[str, Figures] = field(default_factory=dict)  # a year's: each month's overall
    refusals: dict[str, int] = field(default_factory=dict)  # refused calls by reason
    # console id -> figures of the calls it answered first (Call.answered_by; older records
    # name none and are in no row)
    by_console: dict[str, Figures] = field(default_factory=dict)


@dataclass(frozen=True)
class _Measured:
    call: Call
    month: str
    ack_s: float | None
    arrival_s: float | None
    ack_met: bool | None  # None: not counted
    arrival_met: bool | None
    cancelled_before_ack: bool


def calls_from_records(records: Iterable[dict[str, Any]]) -> tuple[list[Call], int]:
    """The readable calls among stored records, and how many were not. A call found twice
    (the store's table and the records, after a move cut short) counts once."""
    calls: dict[str, Call] = {}
    bad = 0
    for record in records:
        try:
            call = Call.from_record(dict(record))
        except CallError:
            bad += 1
            continue
        calls[call.id] = call
    return list(calls.values()), bad


def month_report(calls: Iterable[Call], month: str, tz: tzinfo | None = None,
                 now: float | None = None) -> Report:
    """Figures over the calls raised in `month` (local time in `tz`, default the system's)."""
    return period_report(calls, Period(*parse_month(month)), tz, now)


def period_report(calls: Iterable[Call], period: Period, tz: tzinfo | None = None,
                  now: float | None = None) -> Report:
    """Figures over the calls raised in a month or a year; a year's has each month's too."""
    now = time.time() if now is None else now
    measured, unplaced = [], 0
    for call in calls:
        raised = call.time_of("raised")
        if raised is None:
            unplaced += 1
            continue
        month = period.month_of(raised, tz)
        if month is not None:
            measured.append(_measure(call, month, raised, now))
    kiosks = sorted({m.call.kiosk for m in measured})
    needs = [n for n in (*NEEDS, "") if any(m.call.need == n for m in measured)]
    months = {}
    if period.is_year:
        months = {mo: _figures([m for m in measured if m.month == mo]) for mo in period.months}
    refusals = {r: n for r in REFUSALS if (n := sum(
        m.call.state == "refused" and m.call.reason == r for m in measured))}
    consoles = sorted({m.call.answered_by[0][1] for m in measured if m.call.answered_by})
    return Report(period.label, _figures(measured),
                  {k: _figures([m for m in measured if m.call.kiosk == k]) for k in kiosks},
                  {n: _figures([m for m in measured if m.call.need == n]) for n in needs},
                  unplaced, months, refusals,
                  {c: _figures([m for m in measured if m.call.answered_by[:1]
                                and m.call.answered_by[0][1] == c]) for c in consoles})


def _measure(call: Call, month: str, raised: float, now: float) -> _Measured:
    # Only the visitor stops the clock: a call a desk resolved without acknowledging it was
    # answered when it was resolved (late, if after the limit), not left out of the count.
    ended = call.time_of("cancelled")
    ack, arrived = call.step_time("acknowledged"), call.step_time("arrived")
    if call.state == "refused":  # nobody could hear it: nothing answered it
        ended = ack = arrived = None
    ack = None if ack is None or (ended is not None and ack > ended) else ack
    arrived = None if arrived is None or (ended is not None and arrived > ended) else arrived
    return _Measured(call, month, _since(raised, ack), _since(raised, arrived),
                     judge(ack, raised + ACK_LIMIT, now, ended),
                     judge(arrived, raised + ARRIVAL_LIMIT, now, ended),
                     call.state == "cancelled" and ack is None)


def _since(raised: float, at: float | None) -> float | None:
    return None if at is None else max(0.0, at - raised)


def _figures(measured: list[_Measured]) -> Figures:
    return Figures(
        calls=len(measured),
        cancelled=sum(m.call.state == "cancelled" for m in measured),
        cancelled_before_ack=sum(m.cancelled_before_ack for m in measured),
        escalated=sum(m.call.escalated for m in measured),
        open=sum(m.call.is_open for m in measured),
        ack=share_of(m.ack_met for m in measured),
        arrival=share_of(m.arrival_met for m in measured),
        median_ack=median(m.ack_s for m in measured),
        median_arrival=median(m.arrival_s for m in measured),
        refused=sum(m.call.state == "refused" for m in measured))


def _scopes(report: Report) -> list[tuple[str, str, Figures]]:
    return ([("overall", "", report.overall)]
            + [("kiosk", k, f) for k, f in report.by_kiosk.items()]
            + [("need", n, f) for n, f in report.by_need.items()]
            + [("console", c, f) for c, f in report.by_console.items()]
            + [("month", m, f) for m, f in report.months.items()])


# -- output --------------------------------------------------------------------------------------
def format_csv(report: Report) -> str:
    """One row per scope (overall, each kiosk, each need; a year's each month), with a
    header; shares 0..1."""
    rows = []
    for scope, key, f in _scopes(report):
        key = key or (NOT_GIVEN if scope == "need" else "")
        rows.append([scope, key, f.calls, f.cancelled, f.escalated, f.ack.met,
                     num(f.ack.value, 4), f.arrival.met, num(f.arrival.value, 4),
                     num(f.median_ack, 1), num(f.median_arrival, 1), f.open,
                     f.ack.counted, f.arrival.counted, f.cancelled_before_ack, f.refused])
    return csv_text(CSV_COLUMNS, rows)


_REFUSAL_KEYS = {"no_console": "report.refused.no_console",
                 "no_broker": "report.refused.no_broker", "full": "report.refused.full"}
_NEED_KEYS = {"mobility": "report.need.mobility", "low_vision": "report.need.low_vision",
              "hearing": "report.need.hearing", "reading": "report.need.reading",
              "language": "report.need.language", "other": "report.need.other",
              "": "report.not_given"}


def format_text(report: Report, lang: str = "ko") -> str:
    """A table for staff: all calls, then each kiosk, then each need (and a year's months)."""
    title = "report.title.year" if len(report.month) == 4 else "report.title"
    lines = [tr(title, lang, month=report.month), ""]
    if not report.overall.calls:
        return "\n".join(lines + [tr("report.none", lang, month=report.month)]) + "\n"

    def secs(value: float | None) -> str:
        return "—" if value is None else tr("report.seconds", lang, n=f"{round(value, 1):g}")

    header = ["", tr("report.col.calls", lang), tr("report.col.cancelled", lang),
              tr("report.col.escalated", lang), "① " + tr("report.promise.ack", lang),
              "② " + tr("report.promise.arrival", lang), tr("report.col.median_ack", lang),
              tr("report.col.median_arrival", lang), tr("report.col.open", lang),
              tr("report.col.refused", lang)]

    def cells(name: str, f: Figures) -> list[str]:
        return [name, str(f.calls), str(f.cancelled), str(f.escalated), share_text(f.ack),
                share_text(f.arrival), secs(f.median_ack), secs(f.median_arrival), str(f.open),
                str(f.refused)]

    rows: list[list[str] | str] = [cells(tr("report.overall", lang), report.overall)]
    for title, group, label in (
            ("report.by_kiosk", report.by_kiosk, lambda k: k),
            ("report.by_need", report.by_need, lambda n: tr(_NEED_KEYS[n], lang)),
            ("report.by_console", report.by_console, lambda c: c),
            ("report.by_month", report.months, lambda m: m)):
        if group:
            rows += [tr(title, lang)] + [cells("  " + label(key), f) for key, f in group.items()]
    lines += table(header, rows)
    ack_rule, arrival_rule = (tr("report.promise.ack.rule", lang),
                              tr("report.promise.arrival.rule", lang))
    lines += ["", f"① {tr('report.promise.ack', lang)}: {ack_rule}",
              f"② {tr('report.promise.arrival', lang)}: {arrival_rule}",
              tr("report.counted", lang)]
    if report.refusals:
        lines.append(tr("report.refused", lang, reasons=", ".join(
            f"{tr(_REFUSAL_KEYS[r], lang)} {n}" for r, n in report.refusals.items())))
    if report.unplaced:
        lines.append(tr("report.unplaced", lang, n=report.unplaced))
    return "\n".join(lines) + "\n"
