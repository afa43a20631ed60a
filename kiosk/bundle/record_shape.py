"""The shape of one building.toml entry, checked before it is turned into a record: its
field names (a misspelt one with the name it is closest to), the fields it must have, texts
written as "…" or { ko = "…", en = "…" }, a service's steps, numbers a float can hold.
Each finding names the field and the fix in the staff's words; turning a wrong shape into a
record failed with Python's own words ("Notice.__init__() missing 1 required positional
argument: 'id'", "'float' object has no attribute 'get'")."""
from __future__ import annotations

import difflib
import math
from dataclasses import MISSING, fields
from typing import Callable

from kiosk.bundle.problems import Problem, problem
from kiosk.directory.model import LANGUAGES, TABLES, ServiceStep, Text

_NUMBER_FIELDS = {"x", "y", "length", "metres_per_unit"}
_NUMBER_LISTS = {"rect", "plan_size"}
# A step's problems told as a step's, with a fix that is TOML inside its { }
_IN_STEP = {"record.missing_field": "record.step_missing_field",
            "record.text_form": "record.step_text_form"}


def shape_problems(cls, record: dict, label: Text, file: str,
                   line_of: Callable[[str], int | None], prefix: str = "") -> list[Problem]:
    """Everything wrong with the shape of `record` for `cls` (empty: it can be decoded)."""
    out: list[Problem] = []
    step = int(prefix.split(".")[-2]) if prefix.startswith("items.") else None
    names = [f.name for f in fields(cls)]
    texts = {f.name for f in fields(cls) if str(f.type) == "Text"}

    def at(key: str, name: str, severity: str = "error", **values) -> None:
        if step is not None:  # inside items = [{ … }]: "items.1.name = …" is no TOML there
            name = _IN_STEP.get(name, name)
            values = {"step": step, "nth": _nth(step), "field_in": key, **values}
        out.append(problem(name, file, line_of(key.split(".")[0]), severity=severity,
                           record=label, field=prefix + key, **values))

    for key in record:
        if key in names:
            continue
        if key in TABLES:  # `notices = []` written below an entry belongs to that entry
            at(key, "record.table_inside")
            continue
        close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.7)
        if close:
            at(key, "record.unknown_field_close", close=close[0])
        else:
            at(key, "record.unknown_field", known=", ".join(names))
    for f in fields(cls):
        if f.default is MISSING and f.default_factory is MISSING and f.name not in record:
            at(f.name, "record.missing_field")
    for key, value in record.items():
        if key in texts:
            _text(key, value, at)
        elif key in _NUMBER_FIELDS:
            _number(key, value, at)
        elif key in _NUMBER_LISTS and isinstance(value, list):
            for n, v in enumerate(value, 1):
                _number(f"{key}.{n}", v, at)
        elif key == "items" and cls is not ServiceStep:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                at(key, "record.steps_form")
                continue
            for n, step in enumerate(value, 1):
                out += shape_problems(ServiceStep, step, label, file,
                                      lambda _k: line_of(key), f"{prefix}items.{n}.")
    return out


def _nth(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th": which { } of items, in English."""
    last = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n % 100 not in (11, 12, 13) else "th"
    return f"{n}{last}"


def _text(key: str, value, at) -> None:
    if isinstance(value, str):
        return
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        at(key, "record.text_form")
        return
    other = [str(k) for k in value if k not in LANGUAGES]
    if other:
        at(key, "text.other_language", severity="warning", languages=", ".join(other))


def _number(key: str, value, at) -> None:
    """An integer too large for a float (10**400): as nan and inf, not a usable number."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            usable = math.isfinite(float(value))
        except OverflowError:
            usable = False
        if not usable:
            digits = len(str(abs(value)))
            at(key, "number.not_finite", value=Text(f"{digits}자리 수", f"a {digits}-digit number"))
