"""Read building.toml into a bundle's parts: each entry decoded and checked for the kind of
value every field holds, with the line of the key that is wrong (TOML parsers keep no
positions, so the lines are found in the text)."""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import fields
from pathlib import Path

from kiosk.bundle import korean
from kiosk.bundle.parts import BundleParts, key_line
from kiosk.bundle.problems import problem
from kiosk.bundle.read_text import clean_record
from kiosk.bundle.record_shape import shape_problems
from kiosk.bundle.toml_errors import syntax_problems, unquoted_time
from kiosk.directory.model import TABLES, Building, Text, decode
from kiosk.directory.text_safety import normal

_ID_LINE = re.compile(r'^[ \t]*id[ \t]*=[ \t]*["\']([^"\'\n]*)["\']', re.MULTILINE)
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(\w+)[ \t]*\]\]", re.MULTILINE)
_BUILDING = re.compile(r"^[ \t]*\[[ \t]*building[ \t]*\]")
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


def read_toml(path: Path, parts: BundleParts) -> None:
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
        line = key_line(parts.toml_lines, "id", start)
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
    return key_line(parts.toml_lines, key, line) if line is not None else None


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
