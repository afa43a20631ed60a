"""The end-of-visit question: how many chose each of the five faces (5 = very satisfied), the
mean, the share satisfied (4 or 5) and the reasons given most often."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from kiosk.directory.strings import STRINGS, tr
from kiosk.directory.text_safety import escaped
from kiosk.records.fields import BadRecord, placed, text
from kiosk.records.period import Period
from kiosk.records.report_text import csv_text, num, table

FACES = (1, 2, 3, 4, 5)
SATISFIED = (4, 5)
TOP_REASONS = 5
CSV_COLUMNS = ("scope", "key", "answers", "face_1", "face_2", "face_3", "face_4", "face_5",
               "mean", "satisfied_share")


@dataclass(frozen=True)
class Faces:
    counts: tuple[int, ...]  # answers with face 1..5

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        n = self.answers
        return sum(f * c for f, c in zip(FACES, self.counts)) / n if n else None

    @property
    def satisfied(self) -> float | None:  # never 100 % of nothing
        n = self.answers
        return sum(self.counts[f - 1] for f in SATISFIED) / n if n else None


@dataclass(frozen=True)
class SatisfactionReport:
    period: str
    overall: Faces
    reasons: list[tuple[str, int]]  # every reason given, most often first
    months: dict[str, Faces] = field(default_factory=dict)  # a year's
    unreadable: int = 0


def face_of(record: dict[str, Any]) -> int:
    face = record.get("face")
    if isinstance(face, bool) or not isinstance(face, int) or face not in FACES:
        raise BadRecord(f"record {record.get('id')!r}: face {face!r}")
    return face


def report(records: Iterable[dict[str, Any]], period: Period, tz: tzinfo | None = None,
           now: float | None = None) -> SatisfactionReport:
    """`now` is not used (a face has no clock); taken so every report is called alike."""
    found, unreadable = placed(records, period, tz,
                               lambda r, _at: (face_of(r), text(r, "reason")))
    chosen = Counter((month, face) for month, (face, _) in found)  # one pass, not one a month
    reasons = Counter(reason for _, (_, reason) in found if reason)

    def faces(month: str | None) -> Faces:
        return Faces(tuple(sum(n for (m, f), n in chosen.items() if f == face
                               and month in (None, m)) for face in FACES))

    months = {m: faces(m) for m in period.months} if period.is_year else {}
    ranked = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    return SatisfactionReport(period.label, faces(None), ranked, months, unreadable)


def reason_label(reason: str, lang: str) -> str:
    """The screen's words for a reason key (strings "survey.reason.<key>"), else the key."""
    key = f"survey.reason.{reason}"
    return tr(key, lang) if key in STRINGS else escaped(reason)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def format_text(report: SatisfactionReport, lang: str = "ko") -> str:
    title = "report.satisfaction.title" + (".year" if len(report.period) == 4 else "")
    lines = [tr(title, lang, period=report.period), ""]
    f = report.overall
    if not f.answers:
        return "\n".join(lines + [tr("report.satisfaction.none", lang,
                                     period=report.period)]) + "\n"
    header = ["", tr("report.col.answers", lang),
              *(tr(f"report.face.{n}", lang) for n in FACES),
              tr("report.col.mean", lang), tr("report.col.satisfied", lang)]

    def cells(name: str, faces: Faces) -> list[str]:
        mean = "—" if faces.mean is None else f"{faces.mean:.2f}"
        return [name, str(faces.answers), *map(str, faces.counts), mean,
                _percent(faces.satisfied)]

    rows: list[list[str] | str] = [cells(tr("report.overall.period", lang), f)]
    if report.months:
        rows += [tr("report.by_month", lang)] + [cells("  " + m, v)
                                                 for m, v in report.months.items()]
    lines += table(header, rows)
    lines += ["", tr("report.satisfaction.rule", lang)]
    if report.reasons:
        lines += ["", tr("report.satisfaction.reasons", lang)]
        lines += [f"  {i}. {reason_label(r, lang)}  {n}"
                  for i, (r, n) in enumerate(report.reasons[:TOP_REASONS], 1)]
    return "\n".join(lines) + "\n"


def format_csv(report: SatisfactionReport) -> str:
    """The period's faces (scope "period"), a year's months, then every reason (scope
    "reason", its count in "answers")."""
    def row(scope: str, key: str, f: Faces) -> list[object]:
        return [scope, key, f.answers, *f.counts, num(f.mean, 3), num(f.satisfied, 4)]

    rows = [row("period", report.period, report.overall)]
    rows += [row("month", m, f) for m, f in report.months.items()]
    rows += [["reason", r, n, "", "", "", "", "", "", ""] for r, n in report.reasons]
    return csv_text(CSV_COLUMNS, rows)
