"""What reading a bundle folder gives: its parts, where each entry was written (file and
line or row) and every problem found, collected so that staff see all of them at once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.bundle.problems import INSTALLED, CappedProblems, Problem
from kiosk.directory.model import Building

BUILDING_FILE = "building.toml"


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
            line = key_line(self.toml_lines, key, line)
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


def key_line(lines: list[str], key: str, line: int) -> int:
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
