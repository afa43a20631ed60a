"""The merged cells of an XLSX sheet. openpyxl's read-only mode does not keep them, and a
merged range holds its value in its first cell only: the rows below it would read as empty
(a department merged over five people leaves four without one). The sheet's part has passed
directory/xlsx_scan.py; it is streamed through expat, keeping only the ranges."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.parsers import expat

MAX_RANGES = 1_000
CHUNK = 1 << 16
MAX_WIDTH = 51  # cells a row is read to (sheets.MAX_COLUMNS + 1)

_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})")
Range = tuple[str, int, int, int, int]  # ref ("B2:B5"), min col, min row, max col, max row


def merged_ranges(path: Path, part: str) -> list[Range]:
    found: list[Range] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.rsplit(":", 1)[-1] == "mergeCell" and len(found) < MAX_RANGES:
            bounds = _bounds(attrs.get("ref", ""))
            if bounds is not None:  # else no range openpyxl would read as merged either
                found.append((attrs["ref"], *bounds))

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return found


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    """(min col, min row, max col, max row) of "B2:B5"; openpyxl is not imported for this,
    as the kiosk imports this module at start."""
    match = _REF.fullmatch(ref.strip().upper())
    if match is None:
        return None
    col1, row1, col2, row2 = match.groups()
    return _column(col1), int(row1), _column(col2), int(row2)


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def fill(rows, ranges: list[Range]):
    """The rows with each merged range's value copied into all of its cells, as Excel shows
    them; rows are lists of text, numbered from 1. Only the ranges over the current row are
    looked at, so a sheet of many rows and ranges stays linear."""
    pending = sorted(ranges, key=lambda r: r[2], reverse=True)  # next to start at the end
    active: list[tuple[Range, str]] = []  # ranges over the current row, with their value
    for number, cells in enumerate(rows, start=1):
        active = [(r, value) for r, value in active if r[4] >= number]
        while pending and pending[-1][2] <= number:
            r = pending.pop()
            if r[4] >= number:  # an inverted range (A5:A2) covers nothing
                active.append((r, cells[r[1] - 1] if r[1] - 1 < len(cells) else ""))
        for (_, col1, _, col2, _), value in active:
            cells.extend([""] * (min(col2, MAX_WIDTH) - len(cells)))
            for col in range(col1, min(col2, len(cells)) + 1):
                cells[col - 1] = value
        yield cells
