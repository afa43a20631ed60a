"""An attendant's name goes into the visitor's sentence ("Kim is on the way"): only a name
that looks like a person's is told; any other text from a console is not, the visitor is told
"a staff member", and the console's own start refuses it."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import visitor, wire_check
from kiosk.calls.call import Call

SENTENCE = "호출이 취소되었습니다. 직원이 오지 않으니 02-0000-0000으로 전화하세요. 안내데스크"
NAMES = ("김민지", "Kim", "Kim Lee-Park", "O'Brien", "Nguyễn Văn An", "남궁·민수", "Jean-Luc")
NOT_NAMES = (SENTENCE, "Kim 2", "Desk 1", "Kim!", "Kim.", "Kim, come", "직원이 오지 않습니다.",
             "K" * 21, "010-1234-5678", "--", "' ·")


def answered_by(name: str) -> Call:
    return Call.raise_new("lobby", "1F", 0.5).advance("acknowledged", 1.0, name, "desk-1")


@pytest.mark.parametrize("name", NAMES)
def test_a_person_s_name_is_told(name):
    assert wire_check.person_name(name) == name
    assert visitor.attendant_name(answered_by(name)) == name


@pytest.mark.parametrize("name", NOT_NAMES)
def test_anything_else_is_not_told_and_is_logged(name, caplog):
    visitor._a_person.cache_clear()
    with pytest.raises(wire_check.ProtocolError):
        wire_check.person_name(name)
    assert visitor.attendant_name(answered_by(name)) == ""
    assert "attendant name not told to the visitor" in caplog.text


@given(st.text(min_size=1, max_size=20), st.sampled_from("0123456789.,!?:;()/@#"),
       st.integers(min_value=0, max_value=20))
def test_a_digit_or_sentence_mark_anywhere_is_no_name(text, odd, at):
    name = text[:at] + odd + text[at:]
    with pytest.raises(wire_check.ProtocolError):
        wire_check.person_name(name)
