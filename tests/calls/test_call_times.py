"""A stored call's times are unix times a clock could give (0 to MAX_TIME): anything else
(NaN, infinite, negative, text) is a damaged record, refused by Call.from_record. A NaN
time passed every check before: the call never expired, every console refused each
publish, every append to the records failed and the Help screen's wait raised each second."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls.call import Call, CallError
from kiosk.calls.wire_check import MAX_TIME

BASE = Call.raise_new("lobby", "1F", 1_700_000_000.0)

times = st.one_of(
    st.floats(), st.integers(-10**400, 10**400), st.text(max_size=12), st.booleans(),
    st.none(), st.sampled_from([float("nan"), math.inf, -math.inf, 1e400, -1, -0.001, 0,
                                MAX_TIME, MAX_TIME + 1, 10**400, "5", "nan", "1e400"]))


@given(time=times)
def test_a_call_time_is_a_number_from_0_to_max_time(time):
    record = {**BASE.to_record(), "events": [["raised", time]]}
    fit = (isinstance(time, (int, float)) and not isinstance(time, bool)
           and 0 <= time <= MAX_TIME)  # NaN compares false: not fit
    if fit:
        assert Call.from_record(record).events == (("raised", float(time)),)
    else:
        with pytest.raises(CallError):
            Call.from_record(record)
