"""Hangul text in the form visitors type it: compatibility jamo, one per key press.

Keyboards (ours and physical ones) produce compatibility jamo (ㄱ = U+3131), and a syllable
is typed as 2-set (두벌식) key presses: 닭 = ㄷ ㅏ ㄹ ㄱ, 과 = ㄱ ㅗ ㅏ. Search compares
text in that key-press form, so a half-typed syllable ("종ㅎ", "잘" on the way to 자료)
already matches as a prefix.
"""
from __future__ import annotations

import unicodedata

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3

# Compatibility jamo in the order of the Unicode syllable formula.
LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
TAILS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ",
         "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")

# Compound jamo and the two key presses that make them on a 2-set keyboard.
COMPOUND_VOWELS = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ",
                   "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
COMPOUND_TAILS = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ",
                  "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
CONSONANTS = frozenset(LEADS) | frozenset(COMPOUND_TAILS)

# Conjoining jamo (U+1100.., what NFD produces) to compatibility jamo.
_CONJOINING_LEADS = {chr(0x1100 + i): c for i, c in enumerate(LEADS)}
_CONJOINING_VOWELS = {chr(0x1161 + i): c for i, c in enumerate(VOWELS)}
_CONJOINING_TAILS = {chr(0x11A8 + i - 1): c for i, c in enumerate(TAILS) if i}
CONJOINING_TO_COMPAT = {**_CONJOINING_LEADS, **_CONJOINING_VOWELS, **_CONJOINING_TAILS}

_KEYS = {**COMPOUND_VOWELS, **COMPOUND_TAILS}


def is_syllable(ch: str) -> bool:
    return SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def split_syllable(ch: str) -> tuple[str, str, str]:
    """(lead, vowel, tail) of a precomposed syllable as compatibility jamo."""
    code = ord(ch) - SYLLABLE_FIRST
    return LEADS[code // 588], VOWELS[(code % 588) // 28], TAILS[code % 28]


def join_syllable(lead: str, vowel: str, tail: str = "") -> str:
    return chr(SYLLABLE_FIRST + LEADS.index(lead) * 588 + VOWELS.index(vowel) * 28
               + TAILS.index(tail))


def to_keys(text: str) -> str:
    """Text as 2-set key presses: syllables and compound jamo split, the rest kept."""
    out: list[str] = []
    for ch in text:
        if SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST:
            for jamo in split_syllable(ch):
                out.append(_KEYS.get(jamo, jamo))
        else:
            ch = CONJOINING_TO_COMPAT.get(ch, ch)
            out.append(_KEYS.get(ch, ch))
    return "".join(out)


def initials(text: str) -> str:
    """Lead consonant of each syllable (종합정보자료실 -> ㅈㅎㅈㅂㅈㄹㅅ); other characters kept."""
    return "".join(LEADS[(ord(ch) - SYLLABLE_FIRST) // 588]
                   if SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST else ch for ch in text)


def is_initials_query(text: str) -> bool:
    """True when the text is only consonants (and spaces): a 초성 search."""
    stripped = text.replace(" ", "")
    return bool(stripped) and all(ch in CONSONANTS for ch in stripped)


def has_hangul(text: str) -> bool:
    return any(SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST or 0x3131 <= ord(ch) <= 0x318E
               for ch in text)


def normalize(text: str) -> str:
    """NFC, case-folded, conjoining jamo mapped to compatibility jamo, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = "".join(CONJOINING_TO_COMPAT.get(ch, ch) for ch in text)
    return " ".join(text.split())
