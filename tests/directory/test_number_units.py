"""A number keeps its unit on its line: "go 13 m" wrapped as "go 13 / m" on a magnified
portrait screen, so the space between them is a no-break space wherever strings are formatted."""
from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.strings import tr
from kiosk.directory.units import KOREAN_UNITS, LATIN_UNITS, NBSP, keep_units
from kiosk.wayfinding.directions import distance


@given(number=st.integers(0, 10**6), unit=st.sampled_from(LATIN_UNITS + KOREAN_UNITS),
       after=st.sampled_from(["", ".", " on foot", ",", "이면"]))
def test_a_number_and_its_unit_are_joined(number, unit, after):
    assert keep_units(f"go {number} {unit}{after}") == f"go {number}{NBSP}{unit}{after}"


def test_words_that_only_begin_like_a_unit_are_left_alone():
    assert keep_units("13 members, 2 seats, 4 hundred") == "13 members, 2 seats, 4 hundred"
    assert keep_units("room m 3") == "room m 3"  # a unit with no number before it


def test_the_route_steps_keep_their_units():
    assert distance(13.2).en == f"13{NBSP}m" and distance(13.2).ko == "13m"
    assert keep_units(tr("route.summary", "en", metres=13, minutes=1)) == \
        f"13{NBSP}m · about{NBSP}1{NBSP}min on foot"  # "about" with its number too
    assert keep_units(tr("route.summary", "ko", metres=13, minutes=1)) == f"13m · 걸어서 약{NBSP}1분"


def test_importing_the_units_compiles_no_pattern():
    """The home screen's first frame imports this module and uses none of its patterns: they
    are compiled when first used (docs/performance.md §1e)."""
    counting = ("import re\ncompiled = []\ncompile = re.compile\n"
                "re.compile = lambda *a, **k: compiled.append(a) or compile(*a, **k)\n"
                "import kiosk.directory.units\nprint(len(compiled))\n")
    done = subprocess.run([sys.executable, "-c", counting], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "0"
