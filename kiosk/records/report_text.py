"""What every report prints: aligned tables for a terminal (Hangul is two columns wide), a
share as "50% (3/6)", and CSV numbers."""
from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence

from kiosk.directory.strings import tr
from kiosk.records.promises import Share


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int, left: bool) -> str:
    fill = " " * (columns - width(text))
    return text + fill if left else fill + text


def table(header: Sequence[str], rows: Sequence[Sequence[str] | str]) -> list[str]:
    """Lines of a table: the first column left-aligned, the others right-aligned; a row that
    is a plain string is a heading between rows."""
    cells = [list(header)] + [list(r) for r in rows if not isinstance(r, str)]
    widths = [max(width(r[i]) for r in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(pad(c, w, left=i == 0)
                         for i, (c, w) in enumerate(zip(row, widths))).rstrip()

    return [line(header)] + [r if isinstance(r, str) else line(r) for r in rows]


def share_text(s: Share) -> str:
    """Rounded down: 100 % only when every counted record made it; "—" when none counted."""
    percent = "—" if s.value is None else f"{s.met * 100 // s.counted}%"
    return f"{percent} ({s.met}/{s.counted})"


def duration_text(seconds: float | None, lang: str) -> str:
    """A median time in the unit a reader thinks in: seconds, minutes, hours or days."""
    if seconds is None:
        return "—"
    for limit, unit, key in ((120, 1, "report.seconds"), (7200, 60, "report.minutes"),
                             (172800, 3600, "report.hours")):
        if seconds < limit:
            return tr(key, lang, n=f"{round(seconds / unit, 1):g}")
    return tr("report.days", lang, n=f"{round(seconds / 86400, 1):g}")


def num(value: float | None, digits: int) -> str:
    """A CSV number: empty when there is none."""
    return "" if value is None else f"{round(value, digits):g}"


def csv_text(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """CSV for a spreadsheet: a text cell that a spreadsheet would run as a formula (a
    visitor's search "=HYPERLINK(...)") starts with an apostrophe instead."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_inert(c) for c in row] for row in rows])
    return out.getvalue()


def _inert(cell: object) -> object:
    return "'" + cell if isinstance(cell, str) and cell[:1] in _FORMULA else cell


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
