"""What a report's chart shows, without Qt: a title, a line under it, and one bar per promise
(the share kept, out of the charter's 100 %), per face or per query (counts). kiosk.ui.charts
draws it."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped
from kiosk.records.promises import Share
from kiosk.records.report_promises import PromiseReport
from kiosk.records.report_satisfaction import FACES, SatisfactionReport
from kiosk.records.report_searches import SearchesReport

CHART_QUERIES = 10  # the top queries a chart has room for
LABEL_CHARACTERS = 60  # a longer query is cut (the text report has it whole)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # a share 0..1 (None: nothing counted), or a count
    text: str  # written beside the bar


@dataclass(frozen=True)
class Chart:
    title: str
    subtitle: str
    bars: tuple[Bar, ...]
    shares: bool  # True: bars out of 100 % (the promise: every time); False: counts
    note: str = ""


def share_bar(label: str, share: Share, lang: str) -> Bar:
    if share.value is None:
        return Bar(label, None, tr("chart.not_counted", lang))
    percent = f"{share.met * 100 // share.counted}%"  # rounded down, as in the text
    return Bar(label, share.value, tr("chart.kept_of", lang, share=percent, met=share.met,
                                      counted=share.counted))


def shares_chart(title: str, bars: list[tuple[str, Share]], lang: str,
                 subtitle: str = "") -> Chart:
    return Chart(title, subtitle, tuple(share_bar(label, s, lang) for label, s in bars), True,
                 tr("chart.target", lang))


def promises_chart(report: PromiseReport, lang: str) -> Chart:
    kind = report.kind
    title = tr(f"report.{kind}.title" + (".year" if len(report.period) == 4 else ""), lang,
               period=report.period)
    counts = " · ".join(tr(f"report.{kind}.count.{c}", lang, n=n)
                        for c, n in report.counts.items())
    return shares_chart(title, [(tr(f"report.{kind}.promise.{p}", lang), k.share)
                                for p, k in report.promises.items()], lang, counts)


def satisfaction_chart(report: SatisfactionReport, lang: str) -> Chart:
    f = report.overall
    title = tr("report.satisfaction.title" + (".year" if len(report.period) == 4 else ""),
               lang, period=report.period)
    mean = "—" if f.mean is None else f"{f.mean:.2f}"
    satisfied = "—" if f.satisfied is None else f"{f.satisfied * 100:.0f}%"
    subtitle = tr("chart.faces", lang, n=f.answers, mean=mean, satisfied=satisfied)
    bars = tuple(Bar(tr(f"report.face.{n}", lang), float(c), str(c))
                 for n, c in zip(reversed(FACES), reversed(f.counts)))
    return Chart(title, subtitle, bars, False)


def searches_chart(report: SearchesReport, lang: str) -> Chart:
    title = tr("report.searches.title" + (".year" if len(report.period) == 4 else ""), lang,
               period=report.period)
    subtitle = tr("chart.searches", lang, n=report.searches, withheld=report.withheld)
    bars = tuple(Bar(_short(escaped(q)), float(n), str(n))
                 for q, n in report.queries[:CHART_QUERIES])
    return Chart(title, subtitle, bars, False, "" if bars else tr("chart.empty", lang))


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARACTERS else text[:LABEL_CHARACTERS - 1] + "…"
