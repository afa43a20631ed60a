"""Cells as Excel stores them: a phone number typed without dashes loses its leading 0 (a
number cell), and a date comes back as a date and time. The first is named with the number it
likely was; the second is read as the date Excel shows."""
from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
from bundle_corpus import DEPTS, STAFF, column, rows, to_csv

from kiosk.bundle.read import read_parts


def set_cells(folder: Path, name: str, cells: dict[tuple[int, str], object]) -> None:
    """Write values of any type (as Excel stores them) at (row, column name) of the sheet."""
    table = rows(folder, name)
    book = openpyxl.load_workbook(folder / name)
    for (row, name_of_column), value in cells.items():
        book.active.cell(row, column(table, name_of_column) + 1).value = value
    book.save(folder / name)


def lost_zeros(parts):
    return [p for p in parts.problems if p.key == "sheet.phone_lost_zero"]


def test_an_extension_stored_as_a_number_without_its_0_is_named(folder):
    set_cells(folder, STAFF, {(3, "extension"): 236770311, (4, "extension"): 311})
    (warning,) = lost_zeros(read_parts(folder))
    assert (warning.file, warning.line, warning.severity) == ("staff.xlsx", 3, "warning")
    for language in ("en", "ko"):
        text = warning.text(language)
        assert "extension" in text and "236770311" in text and "02-3677-0311" in text


def test_a_mobile_number_without_its_0_in_a_csv_is_named(folder):
    table = rows(folder, DEPTS)
    table[2][column(table, "phone")] = "1012345678"
    to_csv(folder, table, "departments.csv")
    (warning,) = lost_zeros(read_parts(folder))
    assert (warning.file, warning.line) == ("departments.csv", 3)
    assert "phone" in warning.text("en") and "010-1234-5678" in warning.text("ko")


def test_a_date_cell_is_read_as_the_date_excel_shows(folder):
    set_cells(folder, STAFF, {(2, "duties_ko"): datetime.datetime(2026, 3, 12),
                              (3, "duties_en"): datetime.datetime(2026, 3, 12, 9, 30)})
    parts = read_parts(folder)
    first, second = parts.tables["staff"][:2]
    assert first.duties.ko == "2026-03-12"
    assert second.duties.en == "2026-03-12 09:30"


def test_an_ooxml_escape_is_read_as_its_character_and_esc_is_refused(folder):
    """Excel writes a character XML cannot hold as _xHHHH_; it was kept as that text."""
    set_cells(folder, STAFF, {(3, "duties_en"): "Lending_x001B_[31m desk",
                              (4, "duties_en"): "a_x005F_x0041_ b_x0041_"})
    parts = read_parts(folder)
    [control] = [p for p in parts.problems if p.key == "text.control"]
    assert (control.file, control.line) == (STAFF, 3) and "U+001B" in control.text("en")
    fourth = rows(folder, STAFF)[3][0]
    person = next(p for p in parts.tables["staff"] if p.id == fourth)
    assert person.duties.en == "a_x0041_ bA"


def _sheet_error(parts, file: str):
    [found] = [p for p in parts.problems if p.severity == "error" and p.file == file]
    return found


def test_a_cell_past_the_csv_limit_is_named_as_too_long_at_its_row(folder):
    """200,000 characters in one cell was said to be a misplaced quote."""
    table = rows(folder, STAFF)
    table[2][column(table, "duties_ko")] = "가" * 200_000
    to_csv(folder, table, "staff.csv")
    found = _sheet_error(read_parts(folder), "staff.csv")
    assert (found.key, found.line) == ("sheet.cell_too_long", 3)
    assert "131072" in found.text("en") and "quote" in found.text("en")


def test_a_quote_never_closed_is_said_at_the_row_where_it_opens(folder):
    """The open quote swallows every line below it, far past the limit: the row named is
    the one to look at, not the line where the reader gave up."""
    table = rows(folder, STAFF)
    table[3][column(table, "duties_en")] = '"Loans and returns'
    table += [[f"x{n}", "김", "Kim", "", "", table[1][column(table, "department")], "업무 " * 50,
               "", "", "", "in", ""] + [""] * (len(table[0]) - 12) for n in range(1000)]
    (folder / STAFF).unlink()
    (folder / "staff.csv").write_text(
        "\n".join(",".join(str(v or "") for v in row) for row in table) + "\n", encoding="utf-8")
    found = _sheet_error(read_parts(folder), "staff.csv")
    assert (found.key, found.line) == ("sheet.cell_too_long", 4)
