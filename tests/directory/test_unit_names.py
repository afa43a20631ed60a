"""Each unit of the demo directory has one English name, and no two units read alike: the
General Affairs Division (총무부) and, inside it, a "General Affairs Team" (총무담당) read to an
English visitor as the same office named twice, and the room's description spoke of "the
General Affairs and Contracts teams". The team is the Civil Affairs Team (it handles 민원,
"civil affairs"); "General Affairs", wherever it is written, is the division (and its office)."""
from __future__ import annotations

import re

from test_one_spelling import demo_english

UNIT_WORDS = re.compile(r"\s+(division|team|office|room|desk)$", re.IGNORECASE)


def stem(name: str) -> str:
    """A unit's name without the word for what kind of unit it is."""
    return UNIT_WORDS.sub("", name).strip().lower()


def test_no_two_units_share_a_name_but_for_their_kind(demo):
    stems: dict[str, list[str]] = {}
    for department in demo.departments:
        stems.setdefault(stem(department.name.en), []).append(department.name.en)
    assert {s: names for s, names in stems.items() if len(names) > 1} == {}


def test_general_affairs_names_the_division_wherever_it_is_written(demo):
    division = next(d for d in demo.departments if d.id == "general-affairs")
    assert division.name.en == "General Affairs Division"
    teams = [d for d in demo.departments if d.parent == division.id]
    assert [t.name.en for t in teams] == ["Civil Affairs Team", "Contracts Team"]
    # Every "General Affairs" the kiosk shows is the division or its office, never a team.
    found = [f"{where}: {text!r}" for where, text in demo_english()
             if re.search(r"General Affairs(?! Division| office\b)", text)
             and not where.endswith("summary")]  # a floor's list of its offices, in short
    assert found == []
