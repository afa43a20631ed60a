"""How long ago an earlier visitor's call was raised, in both languages: under a minute is
"just now" (a call 22 s old told as "1 minute ago" says a minute that did not pass), then
the whole minutes gone, never more than have passed and never fewer."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls.visitor import earlier_when
from kiosk.directory.strings import tr

AGES = st.floats(min_value=-3600, max_value=86400, allow_nan=False)


def told(age: float) -> tuple[str, str]:
    key, values = earlier_when(age)
    return tr(key, "ko", **values), tr(key, "en", **values)


@given(AGES)
def test_every_age_is_worded_truthfully_in_both_languages(age):
    ko, en = told(age)
    if age < 60:
        assert ko == "방금 이 키오스크에서 직원을 불렀습니다"
        assert en == "Staff were just called to this kiosk"
    else:  # the minutes read back from the words: whole minutes gone, no more, no fewer
        said = re.fullmatch(r"(\d+)분 전에 이 키오스크에서 직원을 불렀습니다", ko)
        assert said is not None, ko
        minutes = int(said.group(1))
        assert minutes * 60 <= age < (minutes + 1) * 60
        assert en == f"Staff were already called to this kiosk {minutes} min ago"


def test_a_call_22_seconds_old_is_just_now_and_one_of_61_seconds_a_minute():
    assert told(22.0) == ("방금 이 키오스크에서 직원을 불렀습니다",
                          "Staff were just called to this kiosk")
    assert told(61.0)[0].startswith("1분 전에")
