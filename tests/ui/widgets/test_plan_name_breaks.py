"""A room's name on a plan is tried on every number of lines, most even first. A name a
bundle may hold (120 characters: up to 60 words) has 2^59 ways to break; trying them all,
as the placement once did past eight words, froze the kiosk on opening that floor. A long
name gets, for each number of lines, the break whose longest line is shortest."""
from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ui.widgets.plan_name_breaks import EVERY_SPLIT, _lines, _widest, layouts

WORD = st.text(alphabet="abc가나", min_size=1, max_size=9)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORD, min_size=EVERY_SPLIT + 1, max_size=12))
def test_a_long_name_gets_the_most_even_break_for_every_number_of_lines(words):
    name = " ".join(words)
    got = layouts(name)
    assert got[0] == (name,)
    assert [len(lines) for lines in got] == list(range(1, len(words) + 1))
    for lines in got[1:]:
        assert " ".join(lines) == name
        best = min(_widest(_lines(words, at))
                   for at in combinations(range(1, len(words)), len(lines) - 1))
        assert _widest(lines) == best


def test_the_longest_name_a_bundle_allows_is_broken_in_one_way_per_line_count():
    name = " ".join("가" * 60)  # 119 characters, 60 words
    got = layouts(name)
    assert len(got) == 60  # one per count of lines: not 2^59
    assert max(map(len, got[1])) == 59  # two lines: 30 words and 30


def test_a_short_name_is_tried_at_every_break():
    got = layouts("School Library Support office")
    assert len(got) == 2 ** 3
    assert got[1] == ("School Library", "Support office")
