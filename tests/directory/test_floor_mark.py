"""A floor's mark, on its badge and its tab: the id where it is short, else the level's. A
bundle's id may be 64 characters ("North-Wing-Annex-Level-3"); a badge holds four narrow ones."""
from __future__ import annotations

from unicodedata import east_asian_width

import pytest
from hypothesis import given, strategies as st

from kiosk.directory.model import EMPTY, MARK_WIDTH, Floor
from kiosk.wayfinding.number_checks import MAX_LEVEL, MIN_LEVEL


def floor(fid: str, level: int) -> Floor:
    return Floor(id=fid, level=level, name=EMPTY)


@pytest.mark.parametrize("fid, level, mark", [
    ("1F", 1, "1F"), ("B1", -1, "B1"), (" 2F ", 2, "2F"), ("1층", 1, "1층"), ("200F", 200, "200F"),
    ("지하1층", -1, "B1"), ("North-Wing-Annex-Level-3", 3, "3F"), ("x" * 64, -20, "B20"),
    ("ground-floor", 0, "G"), ("   ", 4, "4F"),
])
def test_a_floor_s_mark(fid, level, mark):
    assert floor(fid, level).mark == mark


@given(st.text(min_size=1, max_size=64), st.integers(MIN_LEVEL, MAX_LEVEL))
def test_every_mark_fits_a_badge(fid, level):
    mark = floor(fid, level).mark
    assert mark.strip() == mark and mark
    assert sum(2 if east_asian_width(c) in "WF" else 1 for c in mark) <= MARK_WIDTH
