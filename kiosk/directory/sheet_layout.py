"""Where a sheet's columns are, as staff save it: the separator of a CSV (Excel writes ';' or
a tab under some regional settings) and the header row (a title or a note above it is
common). Both are found from the column names the reader expects."""
from __future__ import annotations

import csv
from collections.abc import Sequence

from kiosk.directory.text_safety import normal

DELIMITERS = (",", ";", "\t")  # comma first: it wins a tie
HEADER_SCAN = 20  # rows searched for the header
_SAMPLE_CHARS = 64 * 1024  # of a CSV, to find its separator


def column_names(cells: Sequence[str]) -> list[str]:
    names = [normal(c).strip().lower() for c in cells]
    while names and not names[-1]:  # an XLSX row comes padded with empty cells
        names.pop()
    return names


def hits(cells: Sequence[str], expected: Sequence[str]) -> int:
    names = set(column_names(cells))
    return sum(1 for name in expected if name in names)


def sniff_delimiter(text: str, expected: Sequence[str]) -> str:
    """The separator under which a row of the first ones names the most expected columns;
    without any, the one that splits the first line into the most cells."""
    lines = text[:_SAMPLE_CHARS].splitlines()[:HEADER_SCAN]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter))
        found = max((hits(row, expected) for row in rows), default=0)
        width = len(rows[0]) if rows else 0
        if (found, width) > best_score:
            best, best_score = delimiter, (found, width)
    return best


def header_index(rows: Sequence[Sequence[str]], expected: Sequence[str]) -> int | None:
    """The first row naming every expected column, else the one naming the most (the earliest
    of those); None if no row names any."""
    if not expected:
        return 0
    counts = [hits(row, expected) for row in rows]
    for index, count in enumerate(counts):
        if count == len(expected):
            return index
    most = max(counts, default=0)
    return counts.index(most) if most else None
