"""Read a bundle's staff and departments sheets (CSV or XLSX) into its parts: how the sheet
was read (separator, rows above the header, hidden sheets) told as warnings, each row cleaned
and decoded, a problem named by its file and row."""
from __future__ import annotations

from pathlib import Path

from kiosk.bundle import korean
from kiosk.bundle.parts import BundleParts
from kiosk.bundle.phone_cells import phone_problems
from kiosk.bundle.problems import problem
from kiosk.bundle.read_text import clean_row
from kiosk.directory.files import DEPARTMENT_COLUMNS, STAFF_COLUMNS, department_record, staff_record
from kiosk.directory.model import TABLES, Text, decode
from kiosk.directory.sheets import SheetError, looks_like_formula, read_sheet

SHEET_TYPES = (".csv", ".xlsx")
# Sheets: table -> (required columns, optional columns, row -> record)
SHEETS = {
    "staff": (STAFF_COLUMNS, ("sample",), staff_record),
    "departments": (DEPARTMENT_COLUMNS, (), department_record),
}
# How a message names a separator, read aloud in Korean ("세미콜론(;)으로").
DELIMITER_NAMES = {",": Text("쉼표(,)", "','"), ";": Text("세미콜론(;)", "';'"),
                   "\t": Text("탭", "TAB")}


def read_sheet_into(path: Path, table: str, parts: BundleParts) -> None:
    required, optional, to_record = SHEETS[table]
    try:
        sheet = read_sheet(path, required)
    except SheetError as exc:
        parts.problems.append(problem(exc.key, path.name, exc.line, **exc.values))
        return
    if not _layout_ok(sheet, required, path.name, parts):
        return
    unused = [c for c in sheet.columns if c and c not in required + optional]
    if unused:
        parts.problems.append(problem("sheet.unused_columns", path.name, sheet.header_row,
                                      severity="warning", unused=", ".join(unused)))
    items = []
    for number, row in sheet.rows:
        row = clean_row(row, path.name, number, parts.problems)
        for column, value in row.items():
            if looks_like_formula(value):
                parts.problems.append(problem("sheet.formula", path.name, number,
                                              severity="warning", column=column, value=value))
        parts.problems += phone_problems(row, path.name, number)
        if not row.get("id", "").strip():
            parts.problems.append(problem("sheet.empty_id", path.name, number))
            continue
        record = to_record(row)
        if table == "staff":
            record.setdefault("sample", False)  # people from a bundle are real staff
        try:
            item = decode(TABLES[table], record)
        except (TypeError, ValueError):
            parts.problems.append(problem("record.invalid", path.name, number,
                                          record=korean.record(table, record["id"])))
            continue
        if (table, item.id) not in parts.origins:  # a duplicate keeps the first row's place
            parts.origins[(table, item.id)] = (path.name, number)
        parts.places.setdefault((table, item.id), []).append((path.name, number))
        items.append(item)
    parts.tables[table] = items


def _read_as(delimiter: Text | str, encoding: str) -> Text:
    """How a CSV's cells were told apart, for a message; nothing for an XLSX."""
    if encoding == "xlsx":
        return Text("", "")
    ko, en = (delimiter.ko, delimiter.en) if isinstance(delimiter, Text) else (delimiter,) * 2
    return Text(f"구분 기호 {ko}(으)로 읽었고, ", f"Read with {en} between cells. ")


def _layout_ok(sheet, required: tuple[str, ...], name: str, parts: BundleParts) -> bool:
    """Warnings about how the sheet was read (its separator, rows above its header, hidden
    sheets skipped); False, with the error, if its header does not name every column."""
    delimiter = DELIMITER_NAMES.get(sheet.delimiter, repr(sheet.delimiter))
    if sheet.encoding != "xlsx" and sheet.delimiter != ",":
        parts.problems.append(problem("sheet.delimiter", name, None, severity="warning",
                                      delimiter=delimiter))
    for key, line, values in sheet.notes:
        parts.problems.append(problem(key, name, line, severity="warning", **values))
    for title, cells, line in sheet.merged:
        parts.problems.append(problem("sheet.merged", name, line, sheet=title, cells=cells))
    if not sheet.header_found:
        shown = " | ".join(sheet.first_row[:12]) or "-"
        parts.problems.append(problem("sheet.no_header", name, 1, columns=", ".join(required),
                                      read_as=_read_as(delimiter, sheet.encoding),
                                      cells=shown[:200]))
        return False
    missing = [c for c in required if c not in sheet.columns]
    if missing:
        parts.problems.append(problem("sheet.missing_columns", name, sheet.header_row,
                                      missing=", ".join(missing), columns=", ".join(required)))
        return False
    return True
