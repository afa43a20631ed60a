"""Sheets as a librarian's Excel saves them: a CSV separated by ';' or a tab, a title above the
header, an XLSX whose first sheet is an old hidden list. Each is read, with a warning that
names what was done; a sheet whose columns are nowhere is refused, naming the separator
seen and the first row."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from bundle_corpus import rows, xlsx_merged_department

from kiosk.bundle.read import read_parts


def write_csv(folder: Path, table, delimiter: str, name: str = "staff") -> None:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    (folder / f"{name}.xlsx").unlink()
    (folder / f"{name}.csv").write_bytes(out.getvalue().encode("cp949"))


def by_key(parts, key: str):
    return [p for p in parts.problems if p.key == key]


def errors(parts):
    return [p.text("en") for p in parts.problems if p.severity == "error"]


@pytest.mark.parametrize("delimiter, shown, shown_ko", [(";", "';'", "세미콜론(;)으로"),
                                                        ("\t", "TAB", "탭으로")])
def test_a_csv_separated_by_semicolons_or_tabs_is_read_with_a_warning(folder, delimiter, shown,
                                                                       shown_ko):
    table = rows(folder)
    write_csv(folder, table, delimiter)
    parts = read_parts(folder)
    assert not errors(parts), errors(parts)
    assert len(parts.tables["staff"]) == len(table) - 1
    (warning,) = by_key(parts, "sheet.delimiter")
    assert warning.severity == "warning" and warning.file == "staff.csv"
    assert shown in warning.text("en") and shown_ko in warning.text("ko")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_header_on_row_3_is_found_and_the_rows_above_it_named(folder, kind):
    table = rows(folder)
    padded = [["직원 명단 2026"] + [""] * (len(table[0]) - 1), [""] * len(table[0]), *table]
    if kind == "csv":
        write_csv(folder, padded, ";")
    else:
        book = openpyxl.Workbook()
        for row in padded:
            book.active.append(row)
        book.save(folder / "staff.xlsx")
    parts = read_parts(folder)
    assert not errors(parts), errors(parts)
    assert len(parts.tables["staff"]) == len(table) - 1
    (warning,) = by_key(parts, "sheet.rows_above_header")
    assert warning.line == 3
    assert "row(s) 1-2" in warning.text("en") and "1-2행" in warning.text("ko")
    first = parts.tables["staff"][0]
    assert parts.origins[("staff", first.id)] == (f"staff.{kind}", 4)


def test_no_row_naming_the_columns_is_refused_naming_the_separator_and_row_1(folder):
    table = [["이름", "부서", "전화"], ["김철수", "열람실", "02-123-4567"]]
    write_csv(folder, table, ";")
    parts = read_parts(folder)
    (error,) = by_key(parts, "sheet.no_header")
    assert error.severity == "error" and error.file == "staff.csv" and error.line == 1
    for language, shown in (("en", "';'"), ("ko", "세미콜론(;)으로")):
        assert shown in error.text(language) and "이름 | 부서 | 전화" in error.text(language)
    assert not by_key(parts, "sheet.missing_columns")


def test_a_header_lacking_one_column_names_that_column_on_its_row(folder):
    table = rows(folder)
    table[0][table[0].index("department")] = "dept"
    write_csv(folder, [["title"], *table], ",")
    parts = read_parts(folder)
    (error,) = by_key(parts, "sheet.missing_columns")
    assert error.line == 2 and "department" in error.text("en")


def hidden_first(folder: Path, table, title: str = "old") -> None:
    book = openpyxl.Workbook()
    old = book.active
    old.title = title
    old.append(table[0])
    old.append(["ghost", *table[1][1:]])
    old.sheet_state = "hidden"
    current = book.create_sheet("Sheet2")
    for row in table:
        current.append(row)
    book.save(folder / "staff.xlsx")


def test_a_hidden_first_sheet_is_skipped_and_named(folder):
    table = rows(folder)
    hidden_first(folder, table)
    parts = read_parts(folder)
    assert not errors(parts), errors(parts)
    ids = [person.id for person in parts.tables["staff"]]
    assert "ghost" not in ids and len(ids) == len(table) - 1
    (warning,) = by_key(parts, "sheet.hidden_skipped")
    assert warning.file == "staff.xlsx" and warning.severity == "warning"
    assert "'old'" in warning.text("en") and "'old'" in warning.text("ko")
    assert "'Sheet2'" in warning.text("en")


def test_the_sheet_named_staff_is_read_wherever_it_is(folder):
    table = rows(folder)
    book = openpyxl.Workbook()
    book.active.title = "notes"
    book.active.append(["read me first"])
    named = book.create_sheet("Staff")
    for row in table:
        named.append(row)
    book.save(folder / "staff.xlsx")
    parts = read_parts(folder)
    assert not errors(parts), errors(parts)
    assert len(parts.tables["staff"]) == len(table) - 1
    assert not by_key(parts, "sheet.hidden_skipped")


def test_cells_merged_across_columns_are_named_too(folder):
    """D2:E2 merged (duties in Korean over the English column) emptied duties_en silently."""
    xlsx_merged_department(folder)
    book = openpyxl.load_workbook(folder / "staff.xlsx")
    sheet = book.active
    for ref in [str(r) for r in sheet.merged_cells.ranges]:
        sheet.unmerge_cells(ref)
    header = [c.value for c in sheet[1]]
    first, second = (openpyxl.utils.get_column_letter(header.index(name) + 1)
                     for name in ("duties_ko", "duties_en"))
    assert ord(second) == ord(first) + 1
    sheet.merge_cells(f"{first}2:{second}2")
    book.save(folder / "staff.xlsx")
    (error,) = by_key(read_parts(folder), "sheet.merged")
    assert (error.file, error.line) == ("staff.xlsx", 2)
    assert f"{first}2:{second}2" in error.text("en") and "every cell but the first" in \
        error.text("en")


def test_merged_department_cells_are_named_not_read_as_empty_departments(folder):
    xlsx_merged_department(folder)
    parts = read_parts(folder)
    (error,) = by_key(parts, "sheet.merged")
    assert error.severity == "error" and (error.file, error.line) == ("staff.xlsx", 3)
    for language in ("en", "ko"):
        assert "'Sheet'" in error.text(language)
        assert any(f"{c}3:{c}5" in error.text(language) for c in "ABCDEFGHIJKL")
    assert "Unmerge" in error.text("en") and "병합을 해제" in error.text("ko")
    assert all(person.department for person in parts.tables["staff"])
    assert not any("''" in p.text("en") for p in parts.problems), parts.problems


def test_an_exported_sheet_is_named_after_its_table_and_either_name_is_read(folder):
    """Excel names a new sheet "Sheet"; the export names it as its file, "staff" and
    "departments", and a workbook whose sheet is still "Sheet" (or "Sheet1") reads the same."""
    for table in ("staff", "departments"):
        book = openpyxl.load_workbook(folder / f"{table}.xlsx")
        assert book.sheetnames == [table]
    before = read_parts(folder).tables["staff"]
    for title in ("Sheet", "Sheet1", "직원"):
        book = openpyxl.load_workbook(folder / "staff.xlsx")
        book.active.title = title
        book.save(folder / "staff.xlsx")
        parts = read_parts(folder)
        assert not errors(parts), errors(parts)
        assert parts.tables["staff"] == before
