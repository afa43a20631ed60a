"""What a building.toml that tomllib cannot read is told, at the line that breaks it: a raw
control character (ESC, NUL: invisible in an editor, pasted from another program), a date
or time written without quotes, a key given twice (named, with both lines), else the
general writing rules. tomllib's own message says only "Cannot overwrite a value" or
"Invalid statement", with a column."""
from __future__ import annotations

import re

from kiosk.bundle.problems import Problem, problem
from kiosk.directory.text_safety import codepoint

# What TOML refuses anywhere in a file, even in quotes or a comment: C0 controls but tab,
# line feed and a carriage return before one; and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)")
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_TWICE = re.compile(r"overwrite|twice|mutate|already|redefine|Duplicate", re.IGNORECASE)
# tomllib names the key of these itself: ('hours', 'sat') or 'sat'
_NAMED = re.compile(r"(?:Cannot declare|Cannot mutate immutable namespace|Cannot redefine "
                    r"namespace|Duplicate inline table key) (.+?)(?: twice)? \(at ")
_KEY = re.compile(r"""^[ \t]*((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')"""
                  r"""(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)[ \t]*=""")
# A date, a time or a span of times, without quotes: date = 2026-12-25T10:00, sat = 9:00-17:00
_UNQUOTED_TIME = re.compile(r"^[ \t]*([A-Za-z0-9_\-]+)[ \t]*=[ \t]*"
                            r"(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][\d:.+\-Zz ]*)?"
                            r"|\d{1,2}:\d{2}[\d:\-~–— ]*)[ \t]*(?:#.*)?$")
_DATE_FIELDS = ("date", "start", "end")
_TIME_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "time")
EXAMPLE_DATE, EXAMPLE_TIME = '"2026-12-25"', '"09:00-18:00"'


def syntax_problems(text: str, message: str, file: str) -> list[Problem]:
    """The problems of a building.toml that tomllib refused with `message`."""
    lines = text.split("\n")
    controls = control_problems(lines, file)
    if controls:  # tomllib stops at the first; each line holding one is said
        return controls
    at = _AT.search(message)
    line = int(at.group(1)) if at else None
    column = at.group(2) if at else "?"
    shown = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    unquoted = _UNQUOTED_TIME.match(shown)
    if unquoted:
        return [unquoted_time(file, line, unquoted.group(1), unquoted.group(2).strip())]
    if _TWICE.search(message):
        key = _named_key(message) or _line_key(shown)
        if key is not None:
            both = [*_earlier_lines(lines, line, key), line] if line is not None else []
            return [problem("toml.key_twice", file, line, key=key,
                            lines=", ".join(str(n) for n in both if n is not None) or "-")]
        return [problem("toml.key_twice_unnamed", file, line, column=column)]
    return [problem("toml.syntax", file, line, column=column)]


def control_problems(lines: list[str], file: str) -> list[Problem]:
    """One problem for each line holding a raw control character, at its first one."""
    out = []
    for number, text in enumerate(lines, 1):
        found = _CONTROL.search(text)
        if found:
            before = text[:found.start()].strip()[-20:] or "-"
            out.append(problem("toml.control_char", file, number, column=found.start() + 1,
                               char=codepoint(found.group()[0]), before=before))
    return out


def unquoted_time(file: str, line: int | None, key: str, value: str) -> Problem:
    """A date or time written bare, which the kiosk reads only as text in quotes; the
    example is the staff's own value in the documented form where it holds one."""
    if key in _DATE_FIELDS:
        day = re.match(r"\d{4}-\d{2}-\d{2}", value)
        example = f'"{day.group()}"' if day else EXAMPLE_DATE
    elif key in _TIME_FIELDS:
        span = re.fullmatch(r"\d{1,2}:\d{2}-\d{1,2}:\d{2}", value)
        example = f'"{value}"' if span else EXAMPLE_TIME
    else:
        example = f'"{value}"'
    return problem("record.unquoted_time", file, line, field=key, value=value,
                   example=example)


def _named_key(message: str) -> str | None:
    named = _NAMED.search(message)
    if named is None:
        return None
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", named.group(1))
    return ".".join(a or b for a, b in parts) or named.group(1)


def _line_key(text: str) -> str | None:
    found = _KEY.match(text)
    if found is None:
        return None
    return re.sub(r"[ \t]*\.[ \t]*", ".", found.group(1)).replace('"', "").replace("'", "")


def _earlier_lines(lines: list[str], line: int, key: str) -> list[int]:
    """The lines above `line` in the same entry (up to its [header]) that write `key`; a
    table header given twice, the lines of its other headers anywhere above."""
    last = key.split(".")[-1]
    header = re.compile(rf"^[ \t]*\[[ \t]*{re.escape(key)}[ \t]*\]")
    assignment = re.compile(rf"^[ \t]*[\"']?{re.escape(last)}[\"']?[ \t]*=")
    if header.match(lines[line - 1] if 0 < line <= len(lines) else ""):
        return [n for n in range(1, line) if header.match(lines[n - 1])]
    out = []
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if assignment.match(text):
            out.append(number)
        if text.lstrip().startswith("["):
            break
    return sorted(out)
