"""kiosk.search.hangul: syllable tables, key-press form, 초성 search helpers, normalisation."""
from __future__ import annotations

import unicodedata

import pytest
from hangulpy import disassemble, get_chosung_string
from hypothesis import given
from hypothesis import strategies as st

from kiosk.search.hangul import (
    COMPOUND_TAILS,
    COMPOUND_VOWELS,
    CONJOINING_TO_COMPAT,
    LEADS,
    TAILS,
    VOWELS,
    has_hangul,
    initials,
    is_initials_query,
    is_syllable,
    join_syllable,
    normalize,
    split_syllable,
    to_keys,
)

ALL_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4)]


def test_tables_have_the_unicode_sizes():
    assert (len(LEADS), len(VOWELS), len(TAILS)) == (19, 21, 28)
    assert len(ALL_SYLLABLES) == 11172 == 19 * 21 * 28


def test_split_join_round_trip_over_all_syllables():
    for ch in ALL_SYLLABLES:
        lead, vowel, tail = split_syllable(ch)
        assert join_syllable(lead, vowel, tail) == ch
    joined = [join_syllable(lead, vowel, tail)
              for lead in LEADS for vowel in VOWELS for tail in TAILS]
    assert joined == ALL_SYLLABLES


def test_split_agrees_with_unicode_decomposition():
    """NFD gives the conjoining jamo; mapped to compatibility jamo they are our split."""
    for ch in ALL_SYLLABLES:
        parts = tuple(CONJOINING_TO_COMPAT[j] for j in unicodedata.normalize("NFD", ch))
        assert split_syllable(ch) == parts + ("",) * (3 - len(parts))


def test_compound_tables_are_pairs_of_plain_keys():
    plain_vowels = set(VOWELS) - set(COMPOUND_VOWELS)
    for keys in COMPOUND_VOWELS.values():
        assert len(keys) == 2 and set(keys) <= plain_vowels
    for compound, keys in COMPOUND_TAILS.items():
        assert compound in TAILS and len(keys) == 2 and set(keys) <= set(TAILS)


@pytest.mark.parametrize(("text", "keys"), [
    ("닭", "ㄷㅏㄹㄱ"),
    ("과", "ㄱㅗㅏ"),
    ("값", "ㄱㅏㅂㅅ"),
    ("의사", "ㅇㅡㅣㅅㅏ"),
    ("괜찮아", "ㄱㅗㅐㄴㅊㅏㄴㅎㅇㅏ"),
    ("꽃", "ㄲㅗㅊ"),
    ("종ㅎ", "ㅈㅗㅇㅎ"),
    ("ㄳㅘ", "ㄱㅅㅗㅏ"),                    # compound compatibility jamo split too
    ("PC실 2층", "PCㅅㅣㄹ 2ㅊㅡㅇ"),         # everything else kept
    (unicodedata.normalize("NFD", "닭과"), "ㄷㅏㄹㄱㄱㅗㅏ"),  # conjoining jamo
    ("", ""),
])
def test_to_keys(text, keys):
    assert to_keys(text) == keys


def test_to_keys_agrees_with_hangulpy_over_all_syllables():
    text = "".join(ALL_SYLLABLES)
    assert to_keys(text) == disassemble(text, "string")


@given(st.text(alphabet=st.sampled_from(ALL_SYLLABLES + list(" a1ㄳㅘㄱㅏ")), max_size=20))
def test_to_keys_gives_single_key_jamo_and_is_idempotent(text):
    keys = to_keys(text)
    assert not set(keys) & (set(COMPOUND_VOWELS) | set(COMPOUND_TAILS))
    assert not any(is_syllable(ch) for ch in keys)
    assert to_keys(keys) == keys
    assert to_keys(unicodedata.normalize("NFD", text)) == keys


@pytest.mark.parametrize(("text", "expected"), [
    ("종합정보자료실", "ㅈㅎㅈㅂㅈㄹㅅ"),
    ("경기과천교육도서관", "ㄱㄱㄱㅊㄱㅇㄷㅅㄱ"),
    ("2층 화장실", "2ㅊ ㅎㅈㅅ"),
    ("PC실", "PCㅅ"),
    ("ㄱ", "ㄱ"),
    ("", ""),
])
def test_initials(text, expected):
    assert initials(text) == expected


def test_initials_agree_with_hangulpy_over_all_syllables():
    text = "".join(ALL_SYLLABLES)
    assert initials(text) == get_chosung_string(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("ㅈㅎㅈㅂ", True),
    ("ㅈㅎ ㅈㅂ", True),
    (" ㄷ ", True),
    ("ㄳ", True),        # a compound typed from ㄱ ㅅ on a lone consonant still counts
    ("ㄸㅃ", True),
    ("", False),
    ("   ", False),
    ("ㅈㅏ", False),
    ("자료", False),
    ("ㅈa", False),
    ("ㅏ", False),
])
def test_is_initials_query(text, expected):
    assert is_initials_query(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("자료실", True), ("ㄱ", True), ("ㅘ", True), ("abc 123", False), ("", False),
])
def test_has_hangul(text, expected):
    assert has_hangul(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    (unicodedata.normalize("NFD", "종합정보자료실"), "종합정보자료실"),
    ("  Digital   자료실 \t", "digital 자료실"),
    ("STRASSE Straße", "strasse strasse"),
    ("\u1100\u1161", "가"),       # conjoining lead + vowel compose under NFC
    ("\u1100 \u1161", "ㄱ ㅏ"),   # lone conjoining jamo become compatibility jamo
    ("\u11a8", "ㄱ"),             # a lone conjoining tail too
    ("", ""),
])
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text(alphabet=st.sampled_from(ALL_SYLLABLES + list(" \tAbㄱㅏ\u1100\u1161\u11a8")),
               max_size=20))
def test_normalize_is_idempotent_and_nfd_blind(text):
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(unicodedata.normalize("NFD", text)) == once
