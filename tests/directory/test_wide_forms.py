"""Full-width digits, colons, dashes and tildes in a time or a phone number are read as their
ASCII forms: a Korean input method types them, and they mean nothing else there."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.opening import parse_span
from kiosk.directory.wide_forms import narrow


def wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_a_full_width_span_reads_as_its_ascii_form():
    assert parse_span("０９：００－１７：００") == (540, 1020)
    assert parse_span("９：００〜１８：００") == parse_span("9:00∼18:00") == (540, 1080)


def test_a_full_width_phone_range_is_narrowed():
    assert narrow("０２－３６７７－０３７１～２") == "02-3677-0371~2"
    assert narrow("（０２）３６７７ ０３７１") == "(02)3677 0371"


@given(st.text(alphabet="0123456789:-~()+ ", max_size=30))
def test_narrowing_the_wide_form_of_ascii_gives_it_back(text):
    assert narrow(wide(text)) == text
    assert narrow(text) == text


def test_hangul_and_other_letters_are_left_as_typed():
    assert narrow("자료실 ＡＢ") == "자료실 AB" and narrow("김철수") == "김철수"
