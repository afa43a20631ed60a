"""2-set (두벌식) Korean composition for the on-screen keyboard, without Qt.

The keyboard sends one compatibility jamo per key press (ㄱ, ㅏ, shifted ㄲ ...) or any other
character. HangulComposer turns the presses into the text a search box shows, the way a
Korean IME does: ㄷ ㅏ ㄹ ㄱ -> 닭, then ㅏ -> 달가.

State is the syllable being composed as (lead, vowel, tail), each a compatibility jamo or "".
A lone consonant is a lead without a vowel, a lone vowel a vowel without a lead. Compound
jamo (ㅘ, ㄺ) are stored composed; the keys that made them come from hangul.COMPOUND_*.

Backspace undoes one key press: every jamo press pushes a snapshot of the state, so undo is
exact even across syllables (달가 -> 닭, 각사 -> 갃). A non-jamo key ends that history, as an
IME commits the text, and backspace then deletes whole committed characters.
"""
from __future__ import annotations

from kiosk.search.hangul import (
    COMPOUND_TAILS,
    COMPOUND_VOWELS,
    CONJOINING_TO_COMPAT,
    LEADS,
    TAILS,
    VOWELS,
    join_syllable,
)

# (first key, second key) -> compound jamo, from the tables in search/hangul.py.
_VOWEL_PAIRS = {(keys[0], keys[1]): jamo for jamo, keys in COMPOUND_VOWELS.items()}
_TAIL_PAIRS = {(keys[0], keys[1]): jamo for jamo, keys in COMPOUND_TAILS.items()}
_SINGLE_VOWELS = frozenset(VOWELS) - frozenset(COMPOUND_VOWELS)
_CONSONANT_KEYS = frozenset(LEADS)


class HangulComposer:
    def __init__(self, text: str = "") -> None:
        self.set_text(text)

    # -- what the search box shows ------------------------------------------------------

    @property
    def composing(self) -> str:
        """The syllable (or lone jamo) still open to change: "" when none."""
        if self._lead and self._vowel:
            return join_syllable(self._lead, self._vowel, self._tail)
        return self._lead or self._vowel

    @property
    def text(self) -> str:
        return self._committed + self.composing

    def set_text(self, text: str) -> None:
        """Replace everything; nothing composing and no key history to undo into."""
        self._committed = text
        self._lead = self._vowel = self._tail = ""
        # Snapshots (len(committed), lead, vowel, tail) taken before each jamo press. Within
        # one jamo run committed text only grows, so its length is enough to restore it.
        self._history: list[tuple[int, str, str, str]] = []

    def clear(self) -> None:
        self.set_text("")

    # -- input ----------------------------------------------------------------------------

    def press(self, key: str) -> None:
        """Feed one key press: a compatibility jamo, or any other character(s) to append."""
        for ch in key:
            ch = CONJOINING_TO_COMPAT.get(ch, ch)
            # A compound jamo sent as one key (a physical keyboard never does) counts as
            # the two presses that type it, so backspace can split it again.
            for k in COMPOUND_VOWELS.get(ch) or COMPOUND_TAILS.get(ch) or ch:
                self._press_one(k)

    def _press_one(self, key: str) -> None:
        if key not in _CONSONANT_KEYS and key not in _SINGLE_VOWELS:
            self._commit()
            self._committed += key
            self._history.clear()  # the committed syllable is final, as in an IME
            return
        self._history.append((len(self._committed), self._lead, self._vowel, self._tail))
        if key in _CONSONANT_KEYS:
            self._consonant(key)
        else:
            self._vowel_key(key)

    def _consonant(self, c: str) -> None:
        lead, vowel, tail = self._lead, self._vowel, self._tail
        if lead and not vowel:
            # Lone consonants combine like tails (ㄱ ㅅ -> ㄳ), as the common IMEs show them.
            if (lead, c) in _TAIL_PAIRS:
                self._lead = _TAIL_PAIRS[(lead, c)]
                return
        elif lead and vowel and not tail:
            if c in TAILS:  # ㄸ ㅃ ㅉ are never tails: they start the next syllable
                self._tail = c
                return
        elif tail and (tail, c) in _TAIL_PAIRS:
            self._tail = _TAIL_PAIRS[(tail, c)]
            return
        self._commit()
        self._lead = c

    def _vowel_key(self, v: str) -> None:
        lead, vowel, tail = self._lead, self._vowel, self._tail
        if vowel and not tail and (vowel, v) in _VOWEL_PAIRS:
            # ㅗ ㅏ -> ㅘ, in a syllable (과) or alone (ㅘ).
            self._vowel = _VOWEL_PAIRS[(vowel, v)]
            return
        if tail or (lead and not vowel):
            # The last consonant becomes the lead of the new syllable: 닭 + ㅏ -> 달가,
            # 각 + ㅏ -> 가가, and a lone ㄳ + ㅏ -> ㄱ사.
            kept, moved = self._split_last_consonant(tail or lead)
            if tail:
                self._tail = kept
            else:
                self._lead = kept
            self._commit()
            self._lead, self._vowel = moved, v
            return
        self._commit()  # a vowel after a finished vowel starts a lone vowel
        self._vowel = v

    @staticmethod
    def _split_last_consonant(jamo: str) -> tuple[str, str]:
        """(what stays, what moves on) when a vowel follows this consonant."""
        keys = COMPOUND_TAILS.get(jamo)
        return (keys[0], keys[1]) if keys else ("", jamo)

    def _commit(self) -> None:
        self._committed += self.composing
        self._lead = self._vowel = self._tail = ""

    # -- deletion ---------------------------------------------------------------------------

    def backspace(self) -> None:
        """Undo the last jamo press; with none left to undo, delete the last character."""
        if self._history:
            length, self._lead, self._vowel, self._tail = self._history.pop()
            self._committed = self._committed[:length]
        else:  # no history means nothing is composing (it is empty before the first press)
            self._committed = self._committed[:-1]
