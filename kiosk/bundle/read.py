"""Read the parts of a bundle folder (the staging copy, never the stick): building.toml, the
staff and departments sheets, photos and floor plans. Every problem is collected with its
file and line or row; nothing is raised, so staff see all of them at once.

A part that is missing from the bundle is left out of the result (the kiosk keeps its own);
a table named in building.toml replaces the kiosk's whole table (`rooms = []` empties it).
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from kiosk.bundle import korean
from kiosk.bundle.phone_cells import phone_problems
from kiosk.bundle.problems import INSTALLED, CappedProblems, Problem, problem
from kiosk.bundle.read_text import clean_record, clean_row, file_name_problem
from kiosk.bundle.record_shape import shape_problems
from kiosk.bundle.toml_errors import syntax_problems, unquoted_time
from kiosk.directory.files import DEPARTMENT_COLUMNS, STAFF_COLUMNS, department_record, staff_record
from kiosk.directory.model import TABLES, Building, Text, decode
from kiosk.directory.sheets import SheetError, looks_like_formula, read_sheet
from kiosk.directory.text_safety import normal

BUILDING_FILE = "building.toml"
PHOTOS = "photos"
PLANS = "floorplans"
PHOTO_TYPES = (".png", ".jpg", ".jpeg")
PLAN_TYPES = (".svg",)
SHEET_TYPES = (".csv", ".xlsx")
# Sheets: table -> (required columns, optional columns, row -> record)
SHEETS = {
    "staff": (STAFF_COLUMNS, ("sample",), staff_record),
    "departments": (DEPARTMENT_COLUMNS, (), department_record),
}
_ID_LINE = re.compile(r'^[ \t]*id[ \t]*=[ \t]*["\']([^"\'\n]*)["\']', re.MULTILINE)
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(\w+)[ \t]*\]\]", re.MULTILINE)
_BUILDING = re.compile(r"^[ \t]*\[[ \t]*building[ \t]*\]")
# How a message names a separator, read aloud in Korean ("세미콜론(;)으로").
DELIMITER_NAMES = {",": Text("쉼표(,)", "','"), ";": Text("세미콜론(;)", "';'"),
                   "\t": Text("탭", "TAB")}
_SIMPLE_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,),
                 "str | None": (str, type(None))}
# What a field of each type must hold, as a message says it.
_TEXT = Text('"따옴표" 안의 글자', 'text in "quotes"')
_EXPECTED = {"str": _TEXT, "str | None": _TEXT,
             "int": Text("따옴표 없는 정수(예: 2)", "a whole number without quotes (e.g. 2)"),
             "float": Text("따옴표 없는 숫자(예: 0.03)", "a number without quotes (e.g. 0.03)"),
             "bool": Text("true 또는 false(따옴표 없이)", "true or false, without quotes"),
             "tuple[float, float]": Text("숫자 두 개의 목록(예: [1600.0, 900.0])",
                                         "a list of two numbers (e.g. [1600.0, 900.0])"),
             "tuple[str, ...]": Text('따옴표 안의 글자 목록(예: ["2F-general"])',
                                     'a list of texts in quotes (e.g. ["2F-general"])'),
             "id": Text("비어 있지 않은 id", "an id that is not empty")}
_DATE = Text('따옴표 안의 날짜(예: "2026-12-25")', 'a date in quotes (e.g. "2026-12-25")')


@dataclass
class BundleParts:
    building: Building | None = None
    tables: dict[str, list] = field(default_factory=dict)  # table -> items, if the bundle has it
    origins: dict[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)
    # Every place an id is written, in order: an id given twice is told with both rows.
    places: dict[tuple[str, str], list[tuple[str, int | None]]] = field(default_factory=dict)
    photos: dict[str, Path] = field(default_factory=dict)
    plans: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=CappedProblems)
    toml_lines: list[str] = field(default_factory=list)  # building.toml, to find a key's line
    # Entries refused for their own values, by list and id (trimmed, case-folded): a row
    # naming one is not told that the id "is not in the list", which it is.
    refused: set[tuple[str, str]] = field(default_factory=set)

    def where(self, table: str, item_id: str, key: str | None = None
              ) -> tuple[str, int | None]:
        """The file and line (or row) of an entry; with `key`, of that key's line within
        the entry, where building.toml writes it on a line of its own."""
        # An entry of a list the bundle does not bring is the kiosk's own, in no file of it.
        kept = (BUILDING_FILE if table in self.tables else INSTALLED, None)
        file, line = self.origins.get((table, item_id), kept)
        if key is not None and file == BUILDING_FILE and line is not None:
            line = _key_line(self.toml_lines, key, line)
        return file, line

    def table_line(self, table: str) -> int | None:
        """The line of building.toml that writes `table`: `table = [...]` at the top, else its
        first `[[table]]` header; None if the file does not name it."""
        assignment = re.compile(rf"^[ \t]*{re.escape(table)}[ \t]*=")
        header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(table)}[ \t]*\]\]")
        top = True
        for number, text in enumerate(self.toml_lines, 1):
            top = top and not text.lstrip().startswith("[")
            if (top and assignment.match(text)) or header.match(text):
                return number
        return None


def _key_line(lines: list[str], key: str, line: int) -> int:
    """The line of `key = ` in the entry around `line` (between the table headers above and
    below it), else `line`."""
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=")
    start = line
    while start > 1 and not lines[start - 1].lstrip().startswith("["):
        start -= 1
    for number in range(start, len(lines) + 1):
        text = lines[number - 1]
        if number > start and text.lstrip().startswith("["):
            break
        if pattern.match(text):
            return number
    return line


def read_parts(folder: Path) -> BundleParts:
    parts = BundleParts()
    if (folder / BUILDING_FILE).is_file():
        _read_toml(folder / BUILDING_FILE, parts)
    for table in SHEETS:
        found = [p for p in sorted(folder.glob(f"{table}.*")) if p.suffix.lower() in SHEET_TYPES]
        if len(found) > 1:
            parts.problems.append(problem("sheet.twice", found[1].name, None, table=table,
                                          first=found[0].name))
        if found:
            if table in parts.tables:
                parts.problems.append(problem("sheet.and_toml", found[0].name, None, table=table))
            _read_sheet(found[0], table, parts)
    parts.photos = _files(folder / PHOTOS, PHOTO_TYPES, parts)
    parts.plans = _files(folder / PLANS, PLAN_TYPES, parts)
    return parts


def _read_toml(path: Path, parts: BundleParts) -> None:
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        parts.problems.append(problem("toml.encoding", name, line))
        return
    text = normal(text)  # NFC: the ids found by their lines below are the parsed ones
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its words are Python's: the message says them
        parts.problems += syntax_problems(text, str(exc), name)
        return
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        parts.problems.append(problem("toml.too_deep", name, None))
        return
    except ValueError:  # an integer of more digits than Python converts
        parts.problems.append(problem("toml.number_too_long", name, None))
        return
    lines = _id_lines(text)
    heads = _header_lines(text)
    parts.toml_lines = text.split("\n")  # as _id_lines counts: "\u2028" in a value is no line
    for key, value in data.items():
        if key == "building":
            if isinstance(value, dict):  # found by its [building] line, whatever its id
                start = next((n for n, text in enumerate(parts.toml_lines, 1)
                              if _BUILDING.match(text)), None)
                parts.building = _decode(Building, value, "building", name, lines, parts,
                                         start)
            else:
                parts.problems.append(problem("toml.not_table", name, None, key=key))
        elif key in TABLES:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                parts.problems.append(problem("toml.not_list", name, None, key=key))
                continue
            # An entry without an id (an edge) is found by its [[table]] header, when every
            # entry of the table is written under one.
            starts = heads.get(key, [])
            if len(starts) != len(value):
                starts = [None] * len(value)
            items = [_decode(TABLES[key], record, key, name, lines, parts, start)
                     for record, start in zip(value, starts)]
            parts.tables[key] = [item for item in items if item is not None]
        else:
            parts.problems.append(problem("toml.unknown_key", name, None, key=key,
                                          known=", ".join(("building", *TABLES))))


def _decode(cls, record: dict, table: str, file: str, lines: dict[str, int],
            parts: BundleParts, start: int | None = None):
    item = _decoded(cls, record, table, file, lines, parts, start)
    if item is None and isinstance(record.get("id"), str):
        parts.refused.add((table, record["id"].strip().casefold()))
    return item


def _decoded(cls, record: dict, table: str, file: str, lines: dict[str, int],
             parts: BundleParts, start: int | None = None):
    item_id = record.get("id")
    if start is not None:  # the entry's own id line (another kind may share the id)
        line = _key_line(parts.toml_lines, "id", start)
    else:
        line = lines.get(item_id) if isinstance(item_id, str) else None
    label = korean.record(table, item_id) if item_id is not None else korean.table(table)
    record = clean_record(record, label, file, lambda key: _line_of(parts, key, line),
                          parts.problems)
    shape = shape_problems(cls, record, label, file, lambda key: _line_of(parts, key, line))
    parts.problems += shape
    if any(p.severity == "error" for p in shape):
        return None
    try:
        item = decode(cls, record)
    except (TypeError, ValueError, AttributeError, OverflowError):  # a shape not foreseen
        parts.problems.append(problem("record.invalid", file, line, record=label))
        return None
    bad = _wrong_types(item)
    if not bad and not item.id.strip():  # a closed day's id is its date
        bad = [("date", _DATE)] if table == "closed_days" else [("id", _EXPECTED["id"])]
    for name, expected in bad:  # each at its key's own line, saying what it must be
        at = _line_of(parts, name, line)
        if isinstance(getattr(item, name, None), (dt.date, dt.time)):  # date = 2026-12-24T12:30
            written = parts.toml_lines[at - 1].split("=", 1)[-1].strip() if at else "…"
            parts.problems.append(unquoted_time(file, at, name, written))
            continue
        parts.problems.append(problem("record.types", file, at, record=label, field=name,
                                      expected=expected))
    if bad:
        return None
    parts.origins[(table, item.id)] = (file, line)
    parts.places.setdefault((table, item.id), []).append((file, line))
    return item


def _line_of(parts: BundleParts, key: str, line: int | None) -> int | None:
    return _key_line(parts.toml_lines, key, line) if line is not None else None


def _wrong_types(item) -> list[tuple[str, Text]]:
    """Fields whose value is not of the declared simple type (TOML allows any), each with
    the kind of value it must be."""
    out = []
    for f in fields(item):
        kind = str(f.type)
        expected = _SIMPLE_TYPES.get(kind)
        value = getattr(item, f.name)
        if expected and (not isinstance(value, expected)
                         or (isinstance(value, bool) and bool not in expected)):
            out.append((f.name, _EXPECTED[kind]))
        elif kind == "tuple[float, float]" and len(value) != 2:
            out.append((f.name, _EXPECTED[kind]))
        elif kind == "tuple[str, ...]" and not (
                isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
            out.append((f.name, _EXPECTED[kind]))
    return out


def _id_lines(text: str) -> dict[str, int]:
    """The line of each `id = "..."` (its first), in one pass: TOML parsers keep no positions,
    and searching the text once per record would take quadratic time."""
    out: dict[str, int] = {}
    line, at = 1, 0
    for match in _ID_LINE.finditer(text):
        line += text.count("\n", at, match.start())
        at = match.start()
        out.setdefault(match.group(1), line)
    return out


def _header_lines(text: str) -> dict[str, list[int]]:
    """The line of each `[[table]]` header, per table, in one pass."""
    out: dict[str, list[int]] = {}
    line, at = 1, 0
    for match in _HEADER.finditer(text):
        line += text.count("\n", at, match.start())
        at = match.start()
        out.setdefault(match.group(1), []).append(line)
    return out


def _read_sheet(path: Path, table: str, parts: BundleParts) -> None:
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


def _files(folder: Path, types: tuple[str, ...], parts: BundleParts) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.iterdir()):
        where = f"{folder.name}/{path.name}"
        if path.is_dir():
            parts.problems.append(problem("files.subfolder", where, None, severity="warning"))
        elif path.suffix.lower() not in types:
            parts.problems.append(problem("files.wrong_type", where, None, severity="warning",
                                          types=", ".join(types)))
        elif file_name_problem(path.name, where) is not None:
            parts.problems.append(file_name_problem(path.name, where))
        elif normal(path.name) in out:  # the same name in NFC and in NFD (macOS)
            parts.problems.append(problem("files.same_name", where, None,
                                          other=out[normal(path.name)].name))
        else:
            out[normal(path.name)] = path  # as the cells that name it are read: NFC
    return out
