"""Korean particles that depend on the word before them: 이/가, 은/는, 을/를, 과/와, (으)로.
A message is written with both forms, "이(가)", and `particles` keeps the one the word before
it takes, read aloud: after a final consonant 이, 은, 을, 과, 으로 ("자료팀이"), else 가, 는,
를, 와, 로 ("열람실로" too: ㄹ takes 로). Digits and Latin letters are read as Koreans read
them ("3층", "1F": 일 에프); quotes, dots and a bracketed aside before the particle are
skipped. A word whose reading is unknown (a sign) keeps both forms, "이(가)".
Every Korean string the kiosk shows or prints passes through `particles` (strings.tr, the
bundle's problems), so a template may write both forms after any {value}."""
from __future__ import annotations

import re

# (both forms as written) -> (after a final consonant, after a vowel)
FORMS = {"이(가)": ("이", "가"), "은(는)": ("은", "는"), "을(를)": ("을", "를"),
         "과(와)": ("과", "와"), "(으)로": ("으로", "로")}
_PATTERN = re.compile("|".join(re.escape(f) for f in FORMS))
_CLOSING = "'\"’”」』>]"
# Digits read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구 -> their final consonants.
_DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ",
                "7": "ㄹ", "8": "ㄹ", "9": ""}
# Latin letters by their names, as a word ends: L 엘, M 엠, N 엔; an R alone 알, but -er, -or
# end in a vowel (엘리베이터).
_LETTER_FINAL = {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ"}
# English words as loanwords end: -ng 징 (ㅇ), -le 틀 (ㄹ), -me 임 (ㅁ), -ne 인 (ㄴ); most other
# endings take a vowel (데스크, 노트), as a letter's name does.
_WORD_ENDINGS = {"ng": "ㅇ", "le": "ㄹ", "me": "ㅁ", "ne": "ㄴ"}
_FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # by index 1-27


def final(word: str) -> str | None:
    """The final consonant the word ends with when read ("" for a vowel), None if unknown."""
    text = _last_word(word)
    if not text:
        return None
    last = text[-1]
    if "가" <= last <= "힣":
        index = (ord(last) - 0xAC00) % 28
        return _FINALS[index - 1] if index else ""
    if last in _DIGIT_FINAL:
        return _DIGIT_FINAL[last]
    lower = last.lower()
    if lower.isascii() and lower.isalpha():
        ending = _WORD_ENDINGS.get(text[-2:]) if text[-2:].islower() else None
        if ending is not None:  # an English word, read as a loanword: 클로징, 타이틀
            return ending
        if lower == "r":
            return "ㄹ" if len(text) == 1 or not text[-2].isalpha() else ""
        return _LETTER_FINAL.get(lower, "")
    return None


def _last_word(text: str) -> str:
    """What is read just before a particle: quotes skipped, a bracketed aside too, and the
    dots that cut a long name short (its last letter shown is read)."""
    text = text.rstrip()
    while text:
        if text[-1] in _CLOSING or text[-1] in ".…":
            text = text[:-1].rstrip()
        elif text[-1] == ")" and "(" in text:
            text = text[:text.rindex("(")].rstrip()
        else:
            break
    return text


def particle(word: str, forms: str) -> str:
    """The word and the particle it takes: particle("자료팀", "이(가)") == "자료팀이"."""
    consonant, vowel = FORMS[forms]
    end = final(word)
    if end is None:
        return word + forms
    if forms == "(으)로":
        return word + (consonant if end not in ("", "ㄹ") else vowel)
    return word + (consonant if end else vowel)


def particles(text: str) -> str:
    """Every "이(가)", "을(를)", ... in `text` as the word before it takes."""
    def chosen(match: re.Match) -> str:
        before = text[:match.start()]
        return particle(before, match.group())[len(before):]
    return _PATTERN.sub(chosen, text)
