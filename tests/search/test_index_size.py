"""The search index grows with the text it holds, never faster: one 10,000-letter keyword once
took 1.8 GB and 8 s to index (3,000 letters: 190 MB), every one-letter deletion of it kept as a
typo form. Measured by what the index holds (strings' characters and containers' entries), not
by time."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.directory.directory import Directory
from kiosk.directory.model import Building, Floor, Room, Text, Words
from kiosk.search.index import EXACT, SUBSTRING, SearchIndex

SYLLABLES = "불편민원신고관장실도서열람뷁읽"  # 뷁: five keys, the most a syllable has
# Characters and entries held per character of keyword, at most: a word's keys are kept a
# few times (the word, the whole text, its phrase, the substring text), a short word's typo
# forms (up to 32 keys, each 31 long) and a phrase of up to 100 keys from each word on.
PER_CHARACTER = 400
SLACK = 2_000


def directory_with(keyword: str) -> Directory:
    floor = Floor("1F", 1, Text("1층", "1F"))
    rooms = [Room("a", "1F", Text("열람실", "Reading room")),
             Room("k", "1F", Text("민원실", "Complaints"), keywords=Words((keyword,), ()))]
    return Directory(Building("x", Text("x", "x")), floors=[floor], rooms=rooms)


def held(value, seen=None) -> int:
    """Characters of the strings and entries of the containers `value` holds, all the way in."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, str):
        return len(value) + 1
    if isinstance(value, dict):
        return len(value) + sum(held(k, seen) + held(v, seen) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value) + sum(held(v, seen) for v in value)
    if hasattr(value, "__dict__"):
        return held(vars(value), seen)
    return 1


BASE = held(SearchIndex(directory_with("")))


def grown(keyword: str) -> int:
    return held(SearchIndex(directory_with(keyword))) - BASE


def words(sizes: list[int], syllables: list[str]) -> str:
    letters = iter(syllables * (sum(sizes) // max(len(syllables), 1) + 1))
    return " ".join("".join(next(letters) for _ in range(size)) for size in sizes)


@settings(max_examples=40, deadline=None)
@given(sizes=st.lists(st.integers(1, 3_000), min_size=1, max_size=4) |
       st.lists(st.integers(1, 15), min_size=1, max_size=400),
       syllables=st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=6))
def test_the_index_is_linear_in_the_keyword_whatever_its_words(sizes, syllables):
    keyword = words(sizes, syllables)
    assert grown(keyword) <= PER_CHARACTER * len(keyword) + SLACK


def test_a_long_token_costs_ten_times_not_a_hundred_times_more_at_ten_times_the_length():
    short, long = grown("불" * 1_000), grown("불" * 10_000)
    assert long <= 11 * short


def test_a_long_keyword_is_still_found_whole_and_by_a_part():
    keyword = "불" * 3_000 + "편신고"
    index = SearchIndex(directory_with(keyword))
    assert [(h.id, h.tier) for h in index.search(keyword)] == [("k", EXACT)]
    assert [(h.id, h.tier) for h in index.search("불불편신고")] == [("k", SUBSTRING)]
    assert index.search("관장실") == []
