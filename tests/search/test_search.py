"""Search: what visitors type finds what they want, ranked exact > prefix > initials >
substring > words > one typo, checked against a brute-force oracle."""
from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.directory.directory import Directory, iter_entities
from kiosk.directory.files import load_demo
from kiosk.directory.model import Building, Department, Floor, Room, Staff, Text
from kiosk.directory.same_place import twin_rooms
from kiosk.search.hangul import initials, is_initials_query, normalize, to_keys
from kiosk.search.index import (
    ALL_WORDS,
    EXACT,
    FUZZY,
    INITIALS,
    PHRASE_KEYS,
    PREFIX,
    SUBSTRING,
    SearchIndex,
    _fields,
    _within_one_edit,
    _words,
)


def top(index, query, n=3):
    return [(h.table, h.id) for h in index.search(query, limit=n)]


def names(directory, index, query, lang="ko", n=5):
    return [directory.get(h.table, h.id).name.get(lang) for h in index.search(query, limit=n)]


# -- what visitors type ---------------------------------------------------------------------
@pytest.mark.parametrize("query", ["대출증", "도서대출증", "library card", "Library Card"])
def test_library_card_leads_to_where_cards_are_issued(demo, demo_index, query):
    hits = demo_index.search(query, limit=5)
    assert hits and hits[0].tier == EXACT
    first = demo.get(hits[0].table, hits[0].id)
    words = " ".join(first.keywords.all()).lower()
    assert "대출증" in words or "library card" in words


def test_initials_only_finds_the_general_reading_room(demo, demo_index):
    assert "종합정보자료실" in names(demo, demo_index, "ㅈㅎㅈㅂㅈㄹㅅ", n=2)
    hits = demo_index.search("ㅈㅎㅈㅂㅈㄹㅅ", limit=2)
    assert all(h.tier == INITIALS for h in hits)


def test_initials_typed_as_conjoining_jamo_are_understood(demo, demo_index):
    # NFD text carries conjoining jamo (U+1100...); keyboards send compatibility jamo.
    conjoining = "\u110c\u1112\u110c\u1107"  # ᄌᄒᄌᄇ
    assert top(demo_index, conjoining) == top(demo_index, "ㅈㅎㅈㅂ")


def test_half_typed_syllable_already_matches(demo, demo_index):
    # On the way to 종합정보자료실 the box shows 종ㅎ, then 종하, then 종합.
    for partial in ("종ㅎ", "종하", "종합", "종합정ㅂ"):
        assert any("종합" in n for n in names(demo, demo_index, partial, n=10)), partial


@pytest.mark.parametrize("typo, expected", [
    ("libary", "library"), ("종합정보자로실", "종합정보자료실"), ("elevater", "elevator"),
])
def test_one_typo_is_forgiven(demo, demo_index, typo, expected):
    hits = demo_index.search(typo, limit=10)
    assert hits
    found = " ".join(demo.get(h.table, h.id).name.get(lang).lower()
                     for h in hits for lang in ("ko", "en"))
    found += " ".join(" ".join(demo.get(h.table, h.id).keywords.all()).lower()
                      for h in hits if hasattr(demo.get(h.table, h.id), "keywords"))
    assert expected in found


KEYS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅎㅏㅓㅗㅜㅡㅣabcdeilrty"


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_typo_tier_finds_every_word_within_one_edit_and_no_other(data):
    """The typo table (hashed deletions, kiosk/search/index.py) against every indexed word."""
    _directory, index = _demo_and_index()
    word = data.draw(st.sampled_from(sorted(index._word_entries)))
    at = data.draw(st.integers(0, len(word)))
    key = data.draw(st.sampled_from(KEYS))
    edit = data.draw(st.sampled_from(["insert", "delete", "replace", "swap", "none"]))
    typed = {"insert": word[:at] + key + word[at:], "delete": word[:at] + word[at + 1:],
             "replace": word[:at] + key + word[at + 1:], "none": word,
             "swap": word[:at] + word[at + 1:at + 2] + word[at:at + 1] + word[at + 2:]}[edit]
    expected: set[int] = set()
    if len(typed) >= 3:
        for other, entries in index._word_entries.items():
            if _within_one_edit(typed, other):
                expected.update(entries)
    assert index._entries_within_one_edit(typed) == expected


def test_spaces_do_not_matter_inside_a_phrase(demo, demo_index):
    # "종합 정보" and "종합정보" find the same room; so do "자료 실" and "자료실".
    assert "종합정보자료실" in names(demo, demo_index, "합 정보자료", n=5)
    assert "종합정보자료실" in names(demo, demo_index, "합정보자료", n=5)


def test_floor_and_place_together(demo, demo_index):
    for query in ("2층 화장실", "toilet 2F", "2F toilet"):
        hits = demo_index.search(query, limit=5)
        assert hits, query
        rooms = [demo.room(h.id) for h in hits[:3] if h.table == "rooms"]
        assert rooms and all(r.floor == "2F" and r.kind == "toilet" for r in rooms), query


def test_punctuation_does_not_stick_to_words(demo_index):
    assert demo_index.search("대출증?", limit=3)[0].tier == EXACT
    assert demo_index.search("Library Card!", limit=3)[0].tier == EXACT


def test_initials_typed_on_the_korean_keyboard_compose_but_still_match(demo, demo_index):
    # ㄹ then ㅅ composes ㄽ in 2-set typing; the initials search splits it again.
    assert "종합정보자료실" in names(demo, demo_index, "ㅈㅎㅈㅂㅈㄽ", n=3)


def test_english_and_korean_find_the_same_room(demo, demo_index):
    assert top(demo_index, "엘리베이터", 1)[0][0] == top(demo_index, "elevator", 1)[0][0]


def test_nothing_for_nonsense_and_empty(demo_index):
    assert demo_index.search("") == []
    assert demo_index.search("   ") == []
    assert demo_index.search("zqxjzqxj") == []


def test_limit_is_respected(demo_index):
    assert len(demo_index.search("ㅇ", limit=3)) == 3


def test_within_one_edit():
    assert _within_one_edit("library", "libary")
    assert _within_one_edit("library", "libxxry") is False
    assert _within_one_edit("abcd", "abdc")  # a swap
    assert _within_one_edit("abcd", "abxd")
    assert not _within_one_edit("abcd", "badc")


# -- ranking, against an oracle ----------------------------------------------------------------
def oracle_tier(table, item, query, directory):
    """The best tier this entry earns for the query, computed the slow, obvious way."""
    words = _words(normalize(query))
    key = " ".join(to_keys(w) for w in words)
    compact = to_keys(normalize(query).replace(" ", ""))
    best = None
    if not key:
        return None
    for _weight, text in _fields(table, item, directory):
        text = normalize(text)
        if not text:
            continue
        field_words = _words(text)
        keyed = [to_keys(w) for w in field_words]
        phrase = " ".join(keyed)
        suffixes = [" ".join(keyed[i:]) for i in range(len(keyed))]
        tiers = []
        if key == phrase or key in keyed:
            tiers.append(EXACT)
        if any(s[:PHRASE_KEYS].startswith(key) for s in suffixes):  # phrases are cut there
            tiers.append(PREFIX)
        if is_initials_query(normalize(query)):
            heads = [initials(w) for w in field_words]
            joined = "".join(heads)
            if any("".join(heads[i:]).startswith(compact) for i in range(len(heads))) \
                    or (compact in joined and any(0xAC00 <= ord(c) <= 0xD7A3 for c in text)):
                tiers.append(INITIALS)
        if key.replace(" ", "") in phrase.replace(" ", ""):
            tiers.append(SUBSTRING)
        if tiers:
            best = min(tiers) if best is None else min(best, *tiers)
    return best


def _check_against_oracle(directory, index, query):
    hits = index.search(query, limit=len(index) + 1)
    tiers = [h.tier for h in hits]
    assert tiers == sorted(tiers), f"{query!r}: tiers out of order {tiers}"
    expected = {}
    twins = twin_rooms(directory)  # a place and its department of one name: one answer
    for table, item in iter_entities(directory):
        tier = oracle_tier(table, item, query, directory)
        if tier is not None:
            found_as = (("departments", twins[item.id]) if table == "rooms" and item.id in twins
                        else (table, item.id))
            expected[found_as] = min(tier, expected.get(found_as, tier))
    got = {(h.table, h.id): h.tier for h in hits if h.tier <= SUBSTRING}
    assert got == expected, query
    for h in hits:
        if h.tier >= ALL_WORDS:
            assert (h.table, h.id) not in expected


def _demo_queries(directory):
    out = []
    for _table, item in iter_entities(directory):
        for text in item.name.both():
            out += [text, text[:2], text[1:4], initials(text)[:3]]
    return sorted({q for q in out if q.strip()})


def test_every_demo_name_query_matches_the_oracle(demo, demo_index):
    for query in _demo_queries(demo):
        _check_against_oracle(demo, demo_index, query)


def test_each_entity_is_found_by_its_own_name(demo, demo_index):
    twins = twin_rooms(demo)
    for table, item in iter_entities(demo):
        found_as = ("departments", twins[item.id]) if table == "rooms" and item.id in twins \
            else (table, item.id)
        for name in item.name.both():
            hits = demo_index.search(name, limit=len(demo_index))
            assert (*found_as, EXACT) in {(h.table, h.id, h.tier) for h in hits}, name


SYLLABLES = st.sampled_from("도서관자료실종합정보어린이디지털평생교육총무부계약담당학교지원안내데스크")


@functools.cache
def _demo_and_index():
    directory = load_demo()
    return directory, SearchIndex(directory)


@settings(max_examples=150, deadline=None)
@given(query=st.text(SYLLABLES | st.sampled_from("ㄱㄴㄷㅈㅎ abcilr"), min_size=1, max_size=5))
def test_random_queries_match_the_oracle(query):
    _check_against_oracle(*_demo_and_index(), query)


# -- a made-up building, to pin the tier order ------------------------------------------------
def _tiny_directory():
    floor = Floor("1F", 1, Text("1층", "1F"))
    rooms = [
        Room("a", "1F", Text("도서관", "Library")),
        Room("b", "1F", Text("도서관리실", "Library office")),
        Room("c", "1F", Text("중앙도서관", "Central library")),
        Room("d", "1F", Text("독서실", "Reading room")),
    ]
    dept = Department("d1", Text("총무부", "General affairs"))
    staff = [Staff("s1", Text("도서관", "Do Seogwan"), Text("사서", "Librarian"), "d1")]
    return Directory(Building("x", Text("x", "x")), floors=[floor], rooms=rooms,
                     departments=[dept], staff=staff)


def test_tiers_in_order_on_a_made_up_building():
    directory = _tiny_directory()
    index = SearchIndex(directory)
    hits = index.search("도서관", limit=10)
    order = [(h.id, h.tier) for h in hits]
    # exact place before exact person, then prefix, then substring
    assert order[:2] == [("a", EXACT), ("s1", EXACT)]
    assert ("b", PREFIX) in order and ("c", SUBSTRING) in order
    assert order.index(("b", PREFIX)) < order.index(("c", SUBSTRING))
    assert [t for _, t in order] == sorted(t for _, t in order)
    assert index.search("ㄷㅅㄱ", limit=10)[0].tier == INITIALS
    fuzzy = index.search("libary", limit=10)
    assert fuzzy and {h.tier for h in fuzzy} == {FUZZY}
    words = index.search("office library", limit=10)
    assert words[0].id == "b" and words[0].tier == ALL_WORDS
