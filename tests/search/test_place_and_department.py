"""A place and the department of the same name in it are one answer to a search: the
department's, its kind saying both, found by anything that finds the place. Names that differ
(in both languages) stay two answers, each with its kind. Over generated names in Korean and
English, equal or near-equal (case, spaces, punctuation), and over the demo directory."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.directory.directory import Directory
from kiosk.directory.model import Building, Department, Floor, Room, Staff, Text
from kiosk.directory.same_place import name_key, same_name, twin_rooms
from kiosk.search.answers import find
from kiosk.search.index import SearchIndex

SYLLABLES = "종합정보자료실어린이디지털안내데스크관장총무부기획열람"
WORDS = ("general", "reading", "room", "children's", "digital", "information", "desk",
         "director's", "office", "study", "hall")
KO_NAME = st.text(st.sampled_from(SYLLABLES), min_size=2, max_size=7)
EN_NAME = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@st.composite
def alike(draw, name: str) -> str:
    """The same name as another list might write it: case, spaces and punctuation changed."""
    out = []
    for ch in name:
        if ch == " ":
            ch = draw(st.sampled_from((" ", "  ", "-", "", "·")))
        elif ch.isalpha() and ch.isascii():
            ch = ch.upper() if draw(st.booleans()) else ch
        out.append(ch)
        if ch.strip() and draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from((" ", "·", "."))))
    return "".join(out).strip() or name


def building(room_name: Text, dept_name: Text, dept_room: str = "r1") -> Directory:
    rooms = [Room("r1", "1F", room_name, number="201"),
             Room("r2", "1F", Text("휴게실", "Lounge"), number="202")]
    dept = Department("d1", dept_name, room=dept_room)
    person = Staff("s1", Text("홍길동", "Hong Gildong"), Text("사서", "Librarian"), "d1")
    return Directory(Building("x", Text("도서관", "Library")),
                     floors=[Floor("1F", 1, Text("1층", "1F"))], rooms=rooms,
                     departments=[dept], staff=[person])


def rows(directory: Directory, query: str, lang: str):
    return [(a.table, a.id, a.kind) for a in find(directory, SearchIndex(directory), query,
                                                  lang, limit=20)]


@settings(max_examples=60, deadline=None)
@given(data=st.data(), ko=KO_NAME, en=EN_NAME, same_in=st.sampled_from(("ko", "en", "both")))
def test_a_place_and_its_department_of_one_name_are_one_answer(data, ko, en, same_in):
    dept_name = Text(data.draw(alike(ko)) if same_in != "en" else ko + "담당",
                     data.draw(alike(en)) if same_in != "ko" else en + " team")
    directory = building(Text(ko, en), dept_name)
    assert same_name(directory.room("r1").name, dept_name)
    seen = 0
    for query, lang in ((ko, "ko"), (en, "en"), (dept_name.ko, "ko"), (dept_name.en, "en"),
                        ("201", "en")):
        found = rows(directory, query, lang)
        ours = [r for r in found if r[:2] in (("rooms", "r1"), ("departments", "d1"))]
        if ("departments", "d1") not in {r[:2] for r in ours}:
            continue  # a name of one language cannot find the other's (ko + "담당" by en...)
        kind = "장소·부서" if lang == "ko" else "Place and department"
        assert ours == [("departments", "d1", kind)], (query, found)
        seen += 1
    assert seen >= 3  # the names alike and the door number, at least
    assert twin_rooms(directory) == {"r1": "d1"}


@settings(max_examples=60, deadline=None)
@given(ko=KO_NAME, en=EN_NAME, other_ko=KO_NAME, other_en=EN_NAME)
def test_names_that_differ_stay_two_answers_each_with_its_kind(ko, en, other_ko, other_en):
    if name_key(ko) == name_key(other_ko) or name_key(en) == name_key(other_en):
        return  # the same name in a language: one thing, the test above
    directory = building(Text(ko, en), Text(other_ko, other_en))
    assert twin_rooms(directory) == {}
    found = rows(directory, "201", "en")  # the door number finds the place only
    assert ("rooms", "r1", "Place") in found
    assert ("departments", "d1", "Department") not in found
    for query in (other_ko, other_en):
        assert any(r[:2] == ("departments", "d1") and r[2] in ("부서", "Department")
                   for r in rows(directory, query, "en" if query == other_en else "ko"))


def test_one_name_in_another_room_is_not_the_place():
    """The same name, but the department sits elsewhere: two things, two answers."""
    directory = building(Text("종합정보자료실", "General Reading Room"),
                         Text("종합정보자료실", "General Reading Room"), dept_room="r2")
    assert twin_rooms(directory) == {}
    found = rows(directory, "General Reading Room", "en")
    assert ("rooms", "r1", "Place") in found and ("departments", "d1", "Department") in found


def test_the_demo_gives_one_answer_for_each_place_and_its_department(demo, demo_index):
    assert twin_rooms(demo) == {"4F-director": "director", "2F-general": "pi-general-room",
                                "1F-children": "pi-children-room",
                                "2F-digital": "pi-digital-room",
                                "1F-info-desk": "pi-info-desk"}
    for query, lang in (("종합정보자료실", "ko"), ("General Reading Room", "en"),
                        ("general reading", "en"), ("ㅈㅎㅈㅂㅈㄹㅅ", "ko"), ("201", "en")):
        found = [(a.table, a.id, a.kind) for a in find(demo, demo_index, query, lang, 50)]
        assert found[0][:2] == ("departments", "pi-general-room"), (query, found)
        assert ("rooms", "2F-general") not in {r[:2] for r in found}, (query, found)
        names = [a.name for a in find(demo, demo_index, query, lang, 50)]
        assert len(names) == len(set(names)), (query, names)  # no two rows look alike
    # The study room, a place of its own in the same department: still its own answer.
    found = [(a.table, a.id) for a in find(demo, demo_index, "그룹스터디실", "ko", 5)]
    assert found[0] == ("rooms", "2F-group-study")
