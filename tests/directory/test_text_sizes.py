"""A visitor's text size is one of the kiosk's three (accessibility.ZOOMS), as a factor: any
other is refused where the profile is made, with what would have been right (a percentage,
200 for 2.0, multiplied every size on screen by 200)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.accessibility import DEFAULT, READY, ZOOMS, Profile


@given(st.floats(allow_nan=False) | st.integers())
def test_a_text_size_outside_the_three_is_refused(zoom):
    if zoom in ZOOMS:
        assert Profile(zoom=zoom).zoom == zoom
        return
    for make in (lambda: Profile(zoom=zoom), lambda: DEFAULT.with_zoom(zoom),
                 lambda: READY["wheelchair"].with_zoom(zoom)):
        with pytest.raises(ValueError, match=r"one of \(1\.0, 1\.5, 2\.0\), a factor"):
            make()


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_a_percentage_is_told_as_its_factor(percent):
    with pytest.raises(ValueError, match=r"200 % is 2\.0"):
        Profile(zoom=percent)
    assert Profile(zoom=percent / 100).zoom in ZOOMS


def test_every_ready_profile_and_each_text_size_are_accepted():
    assert {DEFAULT.with_zoom(zoom).zoom for zoom in ZOOMS} == set(ZOOMS)
    assert all(profile.zoom in ZOOMS for profile in READY.values())
