"""Searches that found nothing: the text is kept only without a run of 4+ digits and without a
staff name (Korean or English, with or without spaces, either word order)."""
from __future__ import annotations

import string

from hypothesis import assume, given
from hypothesis import strategies as st

from kiosk.search.unfound import name_forms, staff_name_forms, unfound_record, withheld

NAMES = name_forms(["김민지", "Kim Minji", "이서준", "Lee Seo-jun"])
# Text a visitor types, without digits: Hangul syllables and jamo, Latin letters, spaces.
LETTERS = st.text(st.sampled_from("주차와이파무선인터넷ㄱㄴㅏ가나다라" + string.ascii_letters + " -."),
                  max_size=20)


def spaced(text: str, gaps: list[bool]) -> str:
    """`text` with spaces put between some of its characters, as a visitor might type it."""
    return "".join(c + (" " if g else "") for c, g in zip(text, gaps + [False] * len(text)))


@given(before=LETTERS, after=LETTERS, digits=st.from_regex(r"\A[0-9]{4,11}\Z"),
       seps=st.lists(st.sampled_from(["", " ", "-", "."]), min_size=11, max_size=11))
def test_a_run_of_four_digits_is_withheld_whatever_separates_them(before, after, digits, seps):
    typed = "".join(d + s for d, s in zip(digits, seps))
    query = before + typed + after
    record = unfound_record(query, NAMES, kiosk="lobby", lang="ko", at=1.0)
    assert record["withheld"] and record["query"] == ""


@given(before=LETTERS, after=LETTERS,
       name=st.sampled_from(["김민지", "Kim Minji", "kim minji", "KIMMINJI", "Minji Kim",
                             "이서준", "Lee Seo-jun", "seojun lee", "leeseojun"]),
       gaps=st.lists(st.booleans(), max_size=12))
def test_a_staff_name_is_withheld_in_either_language_with_or_without_spaces(before, after,
                                                                            name, gaps):
    query = before + spaced(name, gaps) + after
    assert withheld(query, NAMES)
    assert unfound_record(query, NAMES, kiosk="lobby", lang="en", at=1.0)["query"] == ""


@given(query=LETTERS, digits=st.from_regex(r"\A[0-9]{0,3}\Z"))
def test_other_text_is_kept_as_typed(query, digits):
    text = query + digits
    compact = "".join(c for c in text.casefold() if c.isalnum())
    assume(not any(n in compact for n in NAMES))
    record = unfound_record(text, NAMES, kiosk="lobby", lang="ko", at=2.0)
    assert not record["withheld"]
    assert record["query"] == " ".join(text.split())


def test_digits_apart_are_no_run():
    assert not withheld("3층 12번 123호", NAMES)
    assert withheld("3층 1234", NAMES)
    assert withheld("０１２３４", NAMES)  # full-width digits are digits too


def test_control_characters_never_reach_a_record():
    record = unfound_record("주차\x00\x1b[31m\u0085장", NAMES, kiosk="lobby", lang="ko", at=0.0)
    assert record["query"] == "주차[31m장" and not record["withheld"]
    assert len(unfound_record("가" * 5000, NAMES, kiosk="k", lang="ko", at=0.0)["query"]) == 100


def test_the_demo_staff_names_are_withheld(demo):
    forms = staff_name_forms(demo)
    for person in demo.staff[:20]:
        assert withheld(person.name.ko, forms) and withheld(person.name.en.upper(), forms)
        assert withheld(person.name.en.replace(" ", ""), forms)
    assert not withheld("주차", forms) and not withheld("wifi", forms)
