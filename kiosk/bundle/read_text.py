"""The text of a bundle's records made safe as it is read (kiosk/directory/text_safety.py says
what and why): every string in NFC, zero-width characters removed with a warning, a no-break
space read as a space, control and bidi characters refused with a problem naming the file,
the row or line, the field and the character (as U+hhhh)."""
from __future__ import annotations

from typing import Any, Callable

from kiosk.bundle.problems import Problem, problem
from kiosk.directory.model import Text
from kiosk.directory.wide_forms import NARROW_FIELDS, narrow
from kiosk.directory.text_safety import (
    LINE_CHARACTERS,
    MULTILINE_FIELDS,
    codepoint,
    normal,
    refused,
    without_zero_width,
)

_KEYS = {"control": "text.control", "bidi": "text.bidi"}


def clean_text(value: str, field: str | Text, lines: bool, file: str, line: int | None,
               found: list[Problem]) -> str:
    """`value` in NFC without zero-width characters, a no-break space read as a space; a
    problem for each refused one."""
    # Excel and web pages paste U+00A0 where a space was typed: it looks like one, search
    # treats it as one, and kept, it showed as a change "박성호 → 박성호" that no one could see.
    value = normal(value).replace("\u00a0", " ")
    bad = refused(value, lines)
    if bad is not None:
        # A line break (Alt+Enter in a cell) is no stray character: say the field is one line.
        key = "text.line_break" if bad[1] in LINE_CHARACTERS else _KEYS[bad[0]]
        found.append(problem(key, file, line, field=field, char=codepoint(bad[1])))
    value, removed = without_zero_width(value)
    if removed is not None:
        value = normal(value)  # "ᄀ\u200bᅡ" is NFC; without the space it composes to 가
        found.append(problem("text.zero_width", file, line, severity="warning", field=field,
                             char=codepoint(removed)))
    return value


def file_name_problem(name: str, where: str) -> Problem | None:
    """A problem if a file's name on the stick holds a refused character: the kiosk would
    keep the file under that name, and show it."""
    bad = refused(normal(name))
    if bad is None:
        return None
    return problem(_KEYS[bad[0]], where, None, field=where, char=codepoint(bad[1]))


def clean_row(row: dict[str, str], file: str, number: int,
              found: list[Problem]) -> dict[str, str]:
    """A sheet row's cells (already NFC, directory/sheets.py), checked column by column."""
    return {column: clean_text(_narrowed(column, value), column, column in MULTILINE_FIELDS,
                               file, number, found)
            for column, value in row.items()}


def _narrowed(key: object, value: str) -> str:
    """A time's or a phone number's full-width forms as ASCII: kept so, as the screens show
    them and as they are dialled."""
    return narrow(value) if key in NARROW_FIELDS else value


def clean_record(record: dict, label: Text, file: str, line_of: Callable[[str], int | None],
                 found: list[Problem]) -> dict:
    """A building.toml entry, every string in it (however deep) checked; `line_of(key)` is
    the line of a top-level key of the entry. An id is trimmed: " x " and "x" are one id."""
    out = {}
    for key, value in record.items():
        key = normal(key) if isinstance(key, str) else key
        if isinstance(value, str):
            value = _narrowed(key, value)
        out[key] = _clean(value, [key], label, file, line_of(key), found)
    if isinstance(out.get("id"), str):
        out["id"] = out["id"].strip()
    return out


def _clean(value: Any, path: list, label: Text, file: str, line: int | None,
           found: list[Problem]) -> Any:
    if isinstance(value, str):
        lines = any(part in MULTILINE_FIELDS for part in path)
        dotted = ".".join(str(p) for p in path)
        shown = Text(f"{label.ko}: {dotted}", f"{label.en}: {dotted}")
        return clean_text(value, shown, lines, file, line, found)
    if isinstance(value, dict):
        return {k: _clean(v, [*path, k], label, file, line, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v, [*path, n + 1], label, file, line, found)
                for n, v in enumerate(value)]
    return value
