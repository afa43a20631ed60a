"""Write the kiosk's directory as a bundle: building.toml, staff.xlsx, departments.xlsx and
the photos and floor plans in use. Applying the export changes nothing (tested).

The sheets are XLSX, not CSV: a cell such as "=HYPERLINK(...)" is written as text there,
whereas a spreadsheet program opening a CSV would calculate it. A table with text that a
sheet would not give back unchanged (a control character, a carriage return, spaces at
either end: possible in a directory applied from TOML or CSV) goes into building.toml instead.
"""
from __future__ import annotations

import math
import re
import shutil
import time
from pathlib import Path

from kiosk.bundle.read_sheets import SHEETS
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.files import DEPARTMENT_COLUMNS, KEYWORD_SEPARATOR, STAFF_COLUMNS
from kiosk.directory.model import TABLES, decode, encode

SHEET_TABLES = ("staff", "departments")
# What an XLSX cell holds and gives back: XML 1.0 characters without "\r" (XML reads "\r\n"
# as "\n").
_NOT_IN_XLSX = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export_bundle(directory: Directory, data_dir: Path, dest: Path) -> Path:
    """Write the bundle to `dest` if it is new (or an empty folder named kiosk-directory...),
    else to a new folder inside it (kiosk-directory, or kiosk-directory-<time> if that exists
    too); returns the folder.
    `data_dir` is where the photos and plans of an applied bundle are (see paths)."""
    target = _target(Path(dest))
    tmp = target.with_name(f".{target.name}.partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    sheets = {"staff": (STAFF_COLUMNS + (("sample",) if any(s.sample for s in directory.staff)
                                          else ()), [_staff_row(s) for s in directory.staff]),
              "departments": (DEPARTMENT_COLUMNS,
                              [_department_row(d) for d in directory.departments])}
    sheets = {table: sheet for table, sheet in sheets.items()
              if _sheet_gives_back(table, *sheet, getattr(directory, table))}
    (tmp / "building.toml").write_text(building_toml(directory, tuple(sheets)),
                                       encoding="utf-8")
    for table, (columns, rows) in sheets.items():
        _sheet(tmp / f"{table}.xlsx", columns, rows)
    _copy(tmp / "photos", {s.photo for s in directory.staff if s.photo}, paths.staff_photo)
    _copy(tmp / "floorplans", {f.plan for f in directory.floors if f.plan}, paths.floorplan)
    if target.exists():  # an empty folder given by name
        target.rmdir()
    tmp.rename(target)  # a half-written export never looks like a bundle
    return target


def _target(dest: Path) -> Path:
    from kiosk.directory.paths import BUNDLE_FOLDER
    # A folder that exists is where the bundle goes (an empty new stick, E:\, included: the
    # kiosk reads only E:\kiosk-directory), unless it is an empty bundle folder itself.
    if not dest.exists() or (dest.is_dir() and dest.name.startswith(BUNDLE_FOLDER)
                             and not any(dest.iterdir())):
        return dest
    inside = dest / BUNDLE_FOLDER
    return inside if not inside.exists() else dest / f"{BUNDLE_FOLDER}-{time.strftime('%Y%m%d-%H%M%S')}"


def _copy(folder: Path, names: set[str], resolve) -> None:
    folder.mkdir()
    for name in sorted(names):
        source = resolve(name)
        if source is not None and source.is_file():
            shutil.copyfile(source, folder / name)


def _staff_row(s) -> list[str]:
    row = [s.id, s.name.ko, s.name.en, s.position.ko, s.position.en, s.department,
           s.duties.ko, s.duties.en, s.extension, s.room or "", s.presence, s.photo]
    return row + (["yes" if s.sample else "no"])


def _department_row(d) -> list[str]:
    sep = f"{KEYWORD_SEPARATOR} "
    return [d.id, d.name.ko, d.name.en, d.parent or "", d.duties.ko, d.duties.en, d.phone,
            d.fax, d.room or "", sep.join(d.keywords.ko), sep.join(d.keywords.en)]


def _sheet_gives_back(table: str, columns: tuple[str, ...], rows: list[list[str]],
                      items: list) -> bool:
    """Whether reading the sheet back (bundle_read) gives exactly these items."""
    to_record = SHEETS[table][2]
    for row, item in zip(rows, items):
        cells = dict(zip(columns, row))
        if any(_NOT_IN_XLSX.search(value) for value in cells.values()):
            return False
        record = to_record(cells)
        if table == "staff":
            record.setdefault("sample", False)
        try:
            if decode(type(item), record) != item:
                return False
        except (TypeError, ValueError):
            return False
    return True


def _sheet(path: Path, columns: tuple[str, ...], rows: list[list[str]]) -> None:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = path.stem  # "staff", as the reader looks for it first (not Excel's "Sheet")
    sheet.append(list(columns))
    for row in rows:
        sheet.append(row[:len(columns)])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if cell.data_type == "f":  # text that merely starts with "=": keep it text
                cell.data_type = "s"
    book.save(path)


def building_toml(directory: Directory, sheets: tuple[str, ...] = SHEET_TABLES) -> str:
    """building.toml: the building and every table that is not written as a sheet."""
    tables = [table for table in TABLES if table not in sheets]
    records = {"building": encode(directory.building)}
    records.update({table: [encode(item) for item in getattr(directory, table)]
                    for table in tables})
    return toml_text(records, tables)


def toml_text(records: dict, tables) -> str:
    """building.toml from records as a bundle's TOML holds them: {"building": {...}, table:
    [{...}, ...]}; the values may be of any kind TOML writes (a test writes wrong ones)."""
    # An empty table is a plain key, which TOML puts in the table last opened: written after
    # [building] or a [[rooms]] entry it would belong to them, so empty ones come first.
    empty = [f"{table} = []" for table in tables if not records.get(table)]
    out = ["# Exported by the kiosk. Format: docs/bundle-format.md", "", *empty]
    out += ["", "[building]"] if empty else ["[building]"]
    out += _fields(records["building"])
    for table in tables:
        for entry in records.get(table, []):
            out += ["", f"[[{table}]]"] + _fields(entry)
    return "\n".join(out) + "\n"


def _fields(record: dict) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in record.items() if value is not None]


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return repr(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()
                                if v is not None) + " }"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() \
        else _string(key)


def _string(text: str) -> str:
    escaped = []
    for ch in text:
        if ch in '"\\':
            escaped.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            escaped.append(f"\\u{ord(ch):04X}")
        else:
            escaped.append(ch)
    return '"' + "".join(escaped) + '"'
