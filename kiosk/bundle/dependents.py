"""One missing id, said once. A floor whose id was mistyped in `floors` leaves every room,
navigation point and kiosk on it naming a floor that is not there: the first of them is
reported as it is (with its line and the fix), and the rest as one line that counts them
and gives their lines ("and 27 more rows name floor '2F'"). Fixing the one id fixes them all;
a list of 28 alike errors would hide that, and the other errors below them.
"""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.bundle import korean
from kiosk.bundle.problems import INSTALLED, Problem, summary
from kiosk.directory.model import Text
from kiosk.directory.text_safety import id_key

LINES_SHOWN = 12  # a summary line names this many lines, then "…"


@dataclass(frozen=True)
class Missing:
    """A reference to no entry: `table` entry `item_id`'s field names `value` of `target`."""
    table: str
    item_id: str
    target: str
    value: str


def folded(found: list[tuple[Problem, Missing | None]]) -> list[Problem]:
    """The problems in order, all but the first of those naming one missing id (in one
    list, compared as ids are: case and spaces aside) replaced by one summary line, placed
    just after that first one."""
    groups: dict[tuple[str, str], list[tuple[Problem, Missing]]] = {}
    for p, missing in found:
        if missing is not None:
            groups.setdefault((missing.target, id_key(str(missing.value))), []).append(
                (p, missing))
    out = []
    for p, missing in found:
        if missing is None:
            out.append(p)
            continue
        group = groups[(missing.target, id_key(str(missing.value)))]
        if group[0][0] is p:
            out.append(p)
            if len(group) > 1:
                out.append(_summary(group[1:]))
    return out


def _summary(rest: list[tuple[Problem, Missing]]) -> Problem:
    """At the first of the rows it counts (the message gives the others' lines)."""
    target, value = rest[0][1].target, rest[0][1].value
    tables: dict[str, int] = {}
    for _, m in rest:
        tables[m.table] = tables.get(m.table, 0) + 1
    first = rest[0][0]
    return summary("link.missing_more", first.file, first.line, len(rest),
                   target=korean.table(target),
                   value=value, tables=_counts(tables), lines=_lines(rest))


def _counts(tables: dict[str, int]) -> Text:
    """"장소 9, 길 안내 지점 18" / "rooms 9, nav_nodes 18"."""
    return Text(*(", ".join(f"{korean.table(t).get(lang)} {n}" for t, n in tables.items())
                  for lang in ("ko", "en")))


def _lines(rest: list[tuple[Problem, Missing]]) -> Text:
    """The rows' files and lines, grouped by file: "building.toml 235, 249, …"."""
    by_file: dict[str, tuple[Problem, list[str]]] = {}
    for p, _ in rest:
        by_file.setdefault(p.file, (p, []))[1].append("?" if p.line is None else str(p.line))
    said = {}
    for lang in ("ko", "en"):
        parts = []
        for p, lines in by_file.values():
            if p.file == INSTALLED:  # the kiosk's own entries have no lines
                parts.append(p.place(lang))
                continue
            shown = ", ".join(lines[:LINES_SHOWN]) + (", …" if len(lines) > LINES_SHOWN else "")
            parts.append(f"{p.place(lang)} {shown}")
        said[lang] = "; ".join(parts)
    return Text(said["ko"], said["en"])
