"""Read a spreadsheet the way staff save one: CSV (UTF-8, or CP949 as Korean Excel writes it)
or XLSX. Rows come back as dicts of plain text with their row numbers; nothing is evaluated.

CP949, never EUC-KR: EUC-KR lacks syllables such as 똠 that CP949 (Excel's "ANSI" on a
Korean Windows) writes. An XLSX file is a zip of XML: its sizes are checked before it is
opened (zip bombs), and openpyxl parses it with defusedxml (entity expansion refused).
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_XLSX_UNPACKED = 64 * 1024 * 1024  # all parts of an XLSX, unpacked
MAX_XLSX_RATIO = 200  # unpacked / packed, per part: text packs to ~1/10, bombs to ~1/1000
MAX_ROWS = 20_000
FORMULA_START = ("=", "+", "-", "@")
_PHONE_LIKE = re.compile(r"[+\-]?[\d\s\-()~,.]*")


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


def decode_csv(data: bytes) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 (with or without BOM), else strict CP949."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp949"), "cp949"
        except UnicodeDecodeError:
            line = data[:utf8_error.start].count(b"\n") + 1
            raise SheetError("sheet.encoding", line) from None


def read_csv(data: bytes) -> Sheet:
    text, encoding = decode_csv(data)
    if "\x00" in text:
        raise SheetError("sheet.binary")
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise SheetError("sheet.csv_syntax", _csv_line(text, exc), detail=str(exc)) from None
    return _sheet(lines, encoding)


def _csv_line(text: str, exc: csv.Error) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None


def read_xlsx(path: Path) -> Sheet:
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if (total > MAX_XLSX_UNPACKED
                        or info.file_size > MAX_XLSX_RATIO * max(info.compress_size, 1024)):
                    raise SheetError("sheet.zip_bomb", part=info.filename)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise SheetError("sheet.xlsx_broken") from None
    import openpyxl  # slow to import; only XLSX needs it
    try:
        # data_only=False: a formula comes back as its text ("=A1+1"), never calculated.
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        try:
            sheet = book.worksheets[0]
            lines = []
            for row in sheet.iter_rows(values_only=True):
                lines.append(["" if v is None else _cell_text(v) for v in row])
                if len(lines) > MAX_ROWS + 1:
                    raise SheetError("sheet.too_many_rows", limit=MAX_ROWS)
        finally:
            book.close()
    except SheetError:
        raise
    except Exception as exc:  # defusedxml, zipfile and openpyxl each raise their own kinds
        if _from_defusedxml(exc):
            raise SheetError("sheet.xml_entities") from None
        raise SheetError("sheet.xlsx_broken") from None
    return _sheet(lines, "xlsx")


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
    return str(value)


def _sheet(lines: list[list[str]], encoding: str) -> Sheet:
    if not lines:
        raise SheetError("sheet.empty")
    columns = tuple(c.strip().lower() for c in lines[0])
    rows = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise SheetError("sheet.too_many_rows", number, limit=MAX_ROWS)
        rows.append((number, {col: (cells[i] if i < len(cells) else "")
                              for i, col in enumerate(columns) if col}))
    return Sheet(columns, tuple(rows), encoding)


def read_sheet(path: Path) -> Sheet:
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    return read_csv(path.read_bytes())


def looks_like_formula(value: str) -> bool:
    """A cell a spreadsheet program would calculate if it were typed in (phone numbers such
    as +82-2-... or -1234 are not)."""
    value = value.strip()
    if not value.startswith(FORMULA_START):
        return False
    return value[0] in "=@" or not _PHONE_LIKE.fullmatch(value)
