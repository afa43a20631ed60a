"""Search over names, rooms, departments, duties and service keywords, in Korean and English.

Ranked in tiers: exact > prefix > initials (초성) > substring (spaces ignored) > all words >
one typo. A place and the department of the same name in it are one answer (twins.py).
Text is compared in 2-set key-press form (hangul.to_keys), so a half-typed syllable matches.

Speed: every keystroke searches. Each tier is read from lists pre-split into rank buckets
(field weight x place-or-person), so a query stops after `limit` hits instead of ranking
every match; a one-letter query over 5,000 staff costs the same as a long one.

Size: linear in the text, whatever its words. A phrase from each word on is kept up to
PHRASE_KEYS keys (a longer query is still found, among the substrings, which are searched in
whole texts), and only words up to TYPO_KEYS keys have their typo forms: one word of 10,000
letters made 10,000 copies of itself, and the index of one such keyword took 1.8 GB.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Iterator

from kiosk.directory.directory import Directory
from kiosk.search.hangul import has_hangul, initials, is_initials_query, normalize, to_keys
from kiosk.search import twins

EXACT, PREFIX, INITIALS, SUBSTRING, ALL_WORDS, FUZZY = range(6)
TIER_NAMES = ("exact", "prefix", "initials", "substring", "words", "fuzzy")

NAME, KEYWORD, DETAIL = range(3)  # field weights
BUCKETS = 6  # weight * 2 + (1 for a person, 0 for a place or service)

_ENTRY_BITS = 32  # an exact key's hits: bucket << _ENTRY_BITS | entry
_ENTRY_MASK = (1 << _ENTRY_BITS) - 1
_WORD_SPLIT = re.compile(r"[\W_]+")  # punctuation never sticks to a word: "대출증?"
_SEPARATOR = "\n"
PHRASE_KEYS = 100  # about 30 Korean syllables: more than anyone types in one go
TYPO_KEYS = 32  # a long word of one language; a typo in a longer one is not looked for


@dataclass(frozen=True)
class Hit:
    table: str
    id: str
    tier: int

    @property
    def tier_name(self) -> str:
        return TIER_NAMES[self.tier]


def _fields(table: str, item, directory: Directory) -> Iterator[tuple[int, str]]:
    """(weight, text) pairs a visitor might type to find this item."""
    yield NAME, item.name.ko
    yield NAME, item.name.en
    keywords = getattr(item, "keywords", None)
    if keywords is not None:
        for word in keywords.all():
            yield KEYWORD, word
    if table == "rooms" and item.number:
        yield NAME, item.number
    if table == "staff":
        yield KEYWORD, item.position.ko
        yield KEYWORD, item.position.en
        if item.extension:
            yield DETAIL, item.extension
    if table == "services":
        for step in item.items:
            yield KEYWORD, step.name.ko
            yield KEYWORD, step.name.en
    for attr in ("duties", "description"):
        text = getattr(item, attr, None)
        if text is not None:
            yield DETAIL, text.ko
            yield DETAIL, text.en
    room = directory.room(item.id if table == "rooms" else getattr(item, "room", None))
    if room is not None:  # "2층 화장실", "toilet 2F"
        floor = directory.floor(room.floor)
        yield DETAIL, floor.name.ko
        yield DETAIL, floor.name.en
        yield DETAIL, floor.id


def _words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


def _word_starts(words: list[str]) -> Iterator[str]:
    for i in range(len(words)):
        yield " ".join(words[i:])[:PHRASE_KEYS]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance <= 1 (one insert, delete, substitute or swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


class _SortedKeys:
    """Keys sorted for prefix lookups, each with the entry it belongs to."""

    def __init__(self, pairs: Iterable[tuple[str, int]]):
        ordered = sorted(set(pairs))
        self.keys = [k for k, _ in ordered]
        self.entries = [e for _, e in ordered]

    def with_prefix(self, prefix: str) -> Iterator[int]:
        keys, i = self.keys, bisect_left(self.keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield self.entries[i]
            i += 1


class _Haystack:
    """All keys of a bucket in one string, for substring search at C speed."""

    def __init__(self, pairs: Iterable[tuple[str, int]]):
        self.starts: list[int] = []
        self.entries: list[int] = []
        parts, pos = [], 0
        for key, entry in pairs:
            self.starts.append(pos)
            self.entries.append(entry)
            parts.append(key)
            pos += len(key) + 1
        self.text = _SEPARATOR.join(parts)

    def containing(self, needle: str) -> Iterator[int]:
        text, find, pos = self.text, self.text.find, 0
        while (pos := find(needle, pos)) >= 0:
            i = bisect_left(self.starts, pos + 1) - 1
            yield self.entries[i]
            pos = self.starts[i + 1] if i + 1 < len(self.starts) else len(text)


class _DeleteTable:
    """The typo tier's table: every word (3 keys or more) under each of its one-key
    deletions, as two arrays sorted by the deletion's hash instead of a dict of strings
    (0.13 MB instead of 1.9 MB for the demo). Two deletions with the same hash only add
    candidates, which `_within_one_edit` then turns away."""

    def __init__(self, words: Iterable[str]):
        self.words = list(words)
        pairs = sorted((hash(d), w) for w, word in enumerate(self.words) for d in _deletes(word))
        self.hashes = array("q", (h for h, _ in pairs))
        self.word_ids = array("i", (w for _, w in pairs))

    def words_with_delete(self, deleted: str) -> Iterator[str]:
        """The words that become `deleted` when one key is taken out."""
        h, hashes = hash(deleted), self.hashes
        i = bisect_left(hashes, h)
        while i < len(hashes) and hashes[i] == h:
            yield self.words[self.word_ids[i]]
            i += 1


class SearchIndex:
    """Built once per directory; `search()` answers one keystroke."""

    def __init__(self, directory: Directory):
        phrases: list[list[tuple[str, int]]] = [[] for _ in range(BUCKETS)]
        initial_keys: list[list[tuple[str, int]]] = [[] for _ in range(BUCKETS)]
        # Each field's whole text once, for substring search: a substring of one of its
        # word-start tails is a substring of the whole, found earlier for the same entry.
        texts: list[list[tuple[str, int]]] = [[] for _ in range(BUCKETS)]
        initial_texts: list[list[tuple[str, int]]] = [[] for _ in range(BUCKETS)]
        self._exact: dict[str, list[tuple[int, int]] | tuple[int, ...]] = {}
        self._word_entries: dict[str, set[int] | tuple[int, ...]] = {}
        # A place that is its department to a visitor is no entry of its own (twins.py).
        self.entries, found = twins.entries(directory)
        self._person = [table == "staff" for table, _ in self.entries]
        for entry, table, item in found:
            person = self._person[entry]
            for weight, text in _fields(table, item, directory):
                text = normalize(text)
                if not text:
                    continue
                bucket = weight * 2 + person
                words = _words(text)
                keyed = [to_keys(w) for w in words]
                for start in _word_starts(keyed):
                    phrases[bucket].append((start, entry))
                texts[bucket].append(("".join(keyed), entry))
                for key in {" ".join(keyed), *keyed}:
                    self._exact.setdefault(key, []).append((bucket, entry))
                for key in keyed:
                    self._word_entries.setdefault(key, set()).add(entry)
                if has_hangul(text):
                    heads = [initials(w) for w in words]
                    for i in range(len(heads)):
                        initial_keys[bucket].append(("".join(heads[i:])[:PHRASE_KEYS], entry))
                    initial_texts[bucket].append(("".join(heads), entry))
        self._prefix = [_SortedKeys(p) for p in phrases]
        # Substrings ignore spaces: visitors type 전산담당 for "전산 담당", and the reverse.
        self._substring = [_Haystack(t) for t in texts]
        self._initials = [_SortedKeys(p) for p in initial_keys]
        self._initials_substring = [_Haystack(t) for t in initial_texts]
        self._deletes = _DeleteTable(w for w in self._word_entries if 3 <= len(w) <= TYPO_KEYS)
        # Read only from here on: tuples hold the same entries in a quarter of a set's room,
        # and an exact key's (bucket, entry) pairs as one int each, in the same order.
        self._word_entries = {w: tuple(sorted(e)) for w, e in self._word_entries.items()}
        self._exact = {k: tuple(sorted({b << _ENTRY_BITS | e for b, e in pairs}))
                       for k, pairs in self._exact.items()}

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        text = normalize(query)
        key = " ".join(to_keys(w) for w in _words(text))
        if not key:
            return []
        hits: list[Hit] = []
        seen: set[int] = set()

        def take(tier: int, entries: Iterable[int]) -> bool:
            for entry in entries:
                if entry not in seen:
                    seen.add(entry)
                    table, item_id = self.entries[entry]
                    hits.append(Hit(table, item_id, tier))
                    if len(hits) >= limit:
                        return True
            return False

        if take(EXACT, (p & _ENTRY_MASK for p in self._exact.get(key, ()))):
            return hits
        for bucket in range(BUCKETS):
            if take(PREFIX, self._prefix[bucket].with_prefix(key)):
                return hits
        if is_initials_query(text):
            # ㄹ then ㅅ on the Korean keyboard composes ㄽ: initials are single consonants.
            compact = to_keys(text.replace(" ", ""))
            for bucket in range(BUCKETS):
                if take(INITIALS, self._initials[bucket].with_prefix(compact)):
                    return hits
            for bucket in range(BUCKETS):
                if take(INITIALS, self._initials_substring[bucket].containing(compact)):
                    return hits
        for bucket in range(BUCKETS):
            if take(SUBSTRING, self._substring[bucket].containing(key.replace(" ", ""))):
                return hits
        for tier, entries in self._word_matches(text):
            if take(tier, sorted(entries, key=lambda e: (self._person[e], e))):
                return hits
        return hits

    def _word_matches(self, text: str) -> Iterator[tuple[int, list[int]]]:
        """Entries holding every typed word (in any order), then those with one word mistyped."""
        words = [to_keys(w) for w in _words(text)]
        if not words or max(len(w) for w in words) < 3:
            return
        exact_sets = [self._entries_with_word_prefix(w) for w in words]
        if len(words) > 1:
            yield ALL_WORDS, sorted(set.intersection(*exact_sets))
        fuzzy: set[int] = set()
        for i, word in enumerate(words):
            typo = self._entries_within_one_edit(word)
            if not typo:
                continue
            others = [s for j, s in enumerate(exact_sets) if j != i]
            fuzzy |= typo.intersection(*others) if others else typo
        yield FUZZY, sorted(fuzzy)

    def _entries_with_word_prefix(self, word: str) -> set[int]:
        found: set[int] = set()
        for bucket in range(BUCKETS):
            found.update(self._prefix[bucket].with_prefix(word))
        return found

    def _entries_within_one_edit(self, word: str) -> set[int]:
        if not 3 <= len(word) <= TYPO_KEYS + 1:  # one letter more than the longest indexed
            return set()
        candidates: set[str] = set(self._deletes.words_with_delete(word))
        for d in _deletes(word) | {word}:
            if d in self._word_entries:
                candidates.add(d)
            candidates.update(self._deletes.words_with_delete(d))
        found: set[int] = set()
        for candidate in candidates:
            if _within_one_edit(word, candidate):
                found.update(self._word_entries[candidate])
        return found
