"""Read a spreadsheet the way staff save one: CSV (UTF-8, or CP949 as Korean Excel writes it)
or XLSX. Rows come back as dicts of plain text (NFC) with their row numbers; nothing is
evaluated.

CP949, never EUC-KR: EUC-KR lacks syllables such as 똠 that CP949 (Excel's "ANSI" on a
Korean Windows) writes. An XLSX file is a zip of XML: directory/xlsx_scan.py checks it before openpyxl
opens it, and openpyxl parses it with defusedxml (entity expansion refused). Rows are read
one at a time and their width is bounded, so a sheet's memory stays in proportion to what
the kiosk keeps of it.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.directory.sheet_layout import HEADER_SCAN, column_names, header_index, sniff_delimiter
from kiosk.directory.text_safety import normal
from kiosk.directory.xlsx_merged import fill, merged_ranges
from kiosk.directory.xlsx_scan import refusal

MAX_ROWS = 20_000
MAX_COLUMNS = 50
# Commas on one line of a CSV: the csv module builds every field of a row before they can be
# counted, so a line of a million commas is refused before it is parsed. Commas inside quoted
# text count too, hence the room above MAX_COLUMNS.
MAX_SEPARATORS = 1_000
FORMULA_START = ("=", "+", "-", "@")
_PHONE_LIKE = re.compile(r"[+\-]?[\d\s\-()~,.]*")
# A character XML cannot hold, as an XLSX writes it in a cell ("_x001B_" for ESC; "_x005F_"
# for the "_" of a literal "_x…_"); openpyxl leaves them as written, so ESC would pass as
# text instead of being refused as a control character.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class SheetError(ValueError):
    """The sheet cannot be read at all; `key` names the message, `line` the row if known."""

    def __init__(self, key: str, line: int | None = None, **values: object) -> None:
        super().__init__(key)
        self.key, self.line, self.values = key, line, values


@dataclass(frozen=True)
class Sheet:
    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]  # (row number as the program shows it, row)
    encoding: str  # "utf-8", "cp949" or "xlsx"
    delimiter: str = ","  # of a CSV
    header_row: int = 1
    header_found: bool = True  # False: no row of the first ones names an expected column
    first_row: tuple[str, ...] = ()  # its cells, to show when the header was not found
    # Warnings about how the sheet was read: (message key, row or None, values)
    notes: tuple[tuple[str, int | None, dict[str, object]], ...] = ()
    # Merged ranges of more than one cell, below the header: (sheet, cells, first row)
    merged: tuple[tuple[str, str, int], ...] = ()


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 (with or without BOM), else strict CP949."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # a zip (.xlsx) or an old .xls
        raise SheetError("sheet.binary")  # renamed: its name, not its encoding, is wrong
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp949"), "cp949"
        except UnicodeDecodeError:
            line = data[:utf8_error.start].count(b"\n") + 1
            raise SheetError("sheet.encoding", line) from None


def read_csv(data: bytes, expected: Sequence[str] = ()) -> Sheet:
    """`expected`: the column names the reader needs, to find the separator and the header."""
    text, encoding = decode_csv(data)
    if "\x00" in text:
        raise SheetError("sheet.binary")
    delimiter = sniff_delimiter(text, expected)
    reader = csv.reader(_csv_lines(text, delimiter), delimiter=delimiter, strict=True)
    ended = [0]  # the line the last whole row ended on

    def rows() -> Iterator[list[str]]:
        for row in reader:
            yield row
            ended[0] = reader.line_num

    try:
        return _sheet(rows(), encoding, expected, delimiter=delimiter)
    except csv.Error as error:  # its words are Python's ("',' expected after '\"'"): said so
        if "field limit" not in str(error):
            raise SheetError("sheet.csv_syntax", reader.line_num or None) from None
        # A cell past the csv module's limit: far over any text's, or a quote never closed
        # that swallowed the rest of the file; said at the row it starts on.
        raise SheetError("sheet.cell_too_long", ended[0] + 1,
                         limit=csv.field_size_limit()) from None


def _csv_lines(text: str, delimiter: str) -> Iterator[str]:
    """The lines of the text with their endings, without a copy of it (io.StringIO keeps four
    bytes a character)."""
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group()
        if line.count(delimiter) > MAX_SEPARATORS:
            raise SheetError("sheet.too_many_columns", number, limit=MAX_COLUMNS)
        yield line


def read_xlsx(path: Path, expected: Sequence[str] = (), name: str | None = None) -> Sheet:
    """The sheet called `name` (any case), else the first visible one."""
    try:
        with zipfile.ZipFile(path) as archive:
            refused = refusal(archive)
    except Exception:  # zipfile raises BadZipFile, zlib.error, RuntimeError (encrypted), ...
        raise SheetError("sheet.xlsx_broken") from None
    if refused is not None:
        raise SheetError(refused[0], **refused[1])
    import openpyxl  # slow to import; only XLSX needs it
    try:
        # data_only=False: a formula comes back as its text ("=A1+1"), never calculated.
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        try:
            sheet, notes = _choose(book.worksheets, name)
            # The size the file declares is not trusted: rows past it would be dropped.
            sheet.reset_dimensions()
            cells = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
            # openpyxl names no public way to a read-only sheet's part
            part = getattr(sheet, "_worksheet_path", None)
            ranges = merged_ranges(path, part) if part else []
            text = (["" if v is None else _cell_text(v) for v in row] for row in cells)
            read = _sheet(fill(text, ranges), "xlsx", expected, notes)
            # Over rows or across columns (D2:E2 fills one column's cell and empties the
            # other's), below the header: a merged title above it is only a title.
            merged = tuple((sheet.title, ref, row) for ref, col, row, end, last in ranges
                           if (last > row or end > col) and last >= read.header_row + 1)
            return dataclasses.replace(read, merged=merged)
        finally:
            book.close()
    except SheetError:
        raise
    except Exception as exc:  # defusedxml, zipfile and openpyxl each raise their own kinds
        if _from_defusedxml(exc):
            raise SheetError("sheet.xml_entities") from None
        raise SheetError("sheet.xlsx_broken") from None


def _choose(sheets: Sequence, name: str | None) -> tuple[object, list[tuple]]:
    """The sheet to read, and a warning for each hidden one left unread: Excel shows only the
    visible ones, and an old list kept hidden is not what staff meant to send."""
    named = [s for s in sheets if name and s.title.strip().lower() == name.lower()]
    visible = [s for s in sheets if s.sheet_state == "visible"]
    chosen = (named or visible or sheets)[0]
    notes = [("sheet.hidden_skipped", None, {"sheet": s.title, "read": chosen.title})
             for s in sheets if s is not chosen and s.sheet_state != "visible"]
    return chosen, notes


def _from_defusedxml(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML, possibly under openpyxl's own ValueError."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 1234 as 1234.0
    if isinstance(value, datetime.datetime):
        # A date cell comes as a datetime: written as Excel shows it, without "00:00:00"
        return value.strftime("%Y-%m-%d" if value.time() == datetime.time() else "%Y-%m-%d %H:%M")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, str):
        return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return str(value)


def _sheet(lines: Iterable[Sequence[str]], encoding: str, expected: Sequence[str] = (),
           notes: Sequence[tuple] = (), delimiter: str = ",") -> Sheet:
    """The header and the rows below it that hold something, read one line at a time. The
    header is the first row of the first HEADER_SCAN naming the expected columns; the rows
    above it are ignored, with a warning."""
    lines = iter(lines)
    top = []
    for number, cells in enumerate(lines, start=1):
        _check_width(cells, number)
        top.append(list(cells))
        if len(top) >= HEADER_SCAN:
            break
    if not top:
        raise SheetError("sheet.empty")
    found = header_index(top, expected)
    at = found or 0
    notes = list(notes)
    if at and any(c.strip() for row in top[:at] for c in row):
        notes.append(("sheet.rows_above_header", at + 1,
                      {"rows": "1" if at == 1 else f"1-{at}", "header": at + 1}))
    columns = tuple(column_names(top[at][:MAX_COLUMNS]))
    first = tuple(c.strip() for c in top[0][:MAX_COLUMNS] if c.strip())
    rows = []
    below = ((at + 2 + i, cells) for i, cells in enumerate(top[at + 1:]))
    numbered = enumerate(lines, start=len(top) + 1)
    for number, cells in itertools.chain(below, numbered):
        _check_width(cells, number)
        if not any(c.strip() for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise SheetError("sheet.too_many_rows", number, limit=MAX_ROWS)
        # NFC here, for every reader of a sheet (directory/text_safety.py)
        rows.append((number, {col: (normal(cells[i]) if i < len(cells) else "")
                              for i, col in enumerate(columns) if col}))
    return Sheet(columns, tuple(rows), encoding, delimiter, at + 1, found is not None, first,
                 tuple(notes))


def _check_width(cells: Sequence[str], number: int) -> None:
    if any(c.strip() for c in cells[MAX_COLUMNS:]):
        raise SheetError("sheet.too_many_columns", number, limit=MAX_COLUMNS)


def read_sheet(path: Path, expected: Sequence[str] = ()) -> Sheet:
    """`expected`: the column names the reader needs. An XLSX is read from its sheet named as
    the file is (staff.xlsx: "staff"), else its first visible sheet."""
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, expected, path.stem)
    return read_csv(path.read_bytes(), expected)


def looks_like_formula(value: str) -> bool:
    """A cell a spreadsheet program would calculate if it were typed in (phone numbers such
    as +82-2-... or -1234 are not)."""
    value = value.strip()
    if not value.startswith(FORMULA_START):
        return False
    return value[0] in "=@" or not _PHONE_LIKE.fullmatch(value)
