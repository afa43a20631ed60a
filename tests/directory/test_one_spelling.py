"""One English spelling of a word a visitor reads: "programmes" beside "programs" read as two
writers. The visitor's string tables and the demo directory the kiosk ships (its names, duties,
descriptions, hours, notices, staff) write "programme(s)", as most of them did. A directory's
search keywords may hold other spellings (a visitor types "program"): they are never shown.
("program" for software, as in "the drawing program" of the staff's bundle problems, is
not this word and is not in these tables.)"""
from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

from kiosk.directory.strings import STRINGS

DEMO = Path(__file__).resolve().parents[2] / "kiosk" / "demo"
OTHER = re.compile(r"\bprograms?\b", re.IGNORECASE)  # the spelling the kiosk does not use
HIDDEN = {"keywords", "id"}  # search terms and ids: never shown to a visitor


def english_of(value, where: str):
    """Every English text in a parsed TOML value, with where it is."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "en" and isinstance(inner, str):
                yield where, inner
            elif key not in HIDDEN:
                yield from english_of(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from english_of(inner, f"{where}[{i}]")


def demo_english():
    for path in sorted(DEMO.glob("*.toml")):
        yield from english_of(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    with (DEMO / "staff.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for column, text in row.items():
                if column.endswith("_en"):
                    yield f"staff.csv {row['id']}.{column}", text


def test_the_visitors_strings_spell_programme_one_way():
    found = [f"{key}: {en!r}" for key, (_ko, en) in STRINGS.items() if OTHER.search(en)]
    assert found == []


def test_the_demo_directory_spells_programme_one_way():
    texts = list(demo_english())
    assert len(texts) > 100 and any("programme" in t for _w, t in texts)  # it read them
    found = [f"{where}: {text!r}" for where, text in texts if OTHER.search(text)]
    assert found == []
