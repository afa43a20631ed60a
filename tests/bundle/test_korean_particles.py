"""Korean messages take the particle the word before them needs ('자료팀'이, not '자료팀'가),
name lists and edge kinds in Korean, and the report's change list is Korean too."""
from __future__ import annotations

import dataclasses
from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.bundle import korean
from kiosk.directory import particles
from kiosk.bundle.changes import diff, report_text
from kiosk.bundle.problems import MESSAGES, problem
from kiosk.directory.files import load_demo
from kiosk.directory.model import Text

DEMO = load_demo()


@pytest.mark.parametrize("text, expected", [
    ("'자료팀'이(가) 없습니다", "'자료팀'이 없습니다"),
    ("'열람실'이(가)", "'열람실'이"),
    ("'휴게실'을(를)", "'휴게실'을"),
    ("'안내데스크'을(를)", "'안내데스크'를"),
    ("'관장'은(는)", "'관장'은"),
    ("'기획정보부'은(는)", "'기획정보부'는"),
    ("계단과(와) 복도", "계단과 복도"),
    ("엘리베이터과(와)", "엘리베이터와"),
    ("열람실(으)로", "열람실로"),  # ㄹ takes 로
    ("사무실(으)로", "사무실로"),
    ("3층(으)로", "3층으로"),
    ("집(으)로", "집으로"),
    ("1F이(가)", "1F가"),  # 일 에프
    ("B1이(가)", "B1이"),  # 비 일
    ("'s03'이(가)", "'s03'이"),  # 삼
    ("'s02'이(가)", "'s02'가"),  # 이
    ("room이(가)", "room이"),
    ("'elevator'이(가)", "'elevator'가"),
    ("'christmas-closing'과(와)", "'christmas-closing'과"),  # 클로징
    ("title이(가)", "title이"),  # 타이틀
    ("'phone'을(를)", "'phone'을"),  # 폰
    ("'NG'이(가)", "'NG'가"),  # an acronym by its letters: 엔지
    ("직원(staff.csv)을(를)", "직원(staff.csv)을"),  # the aside is skipped
    ("'가나다...'이(가)", "'가나다...'가"),  # a name cut short: its last letter shown
    ("세미콜론(;)(으)로", "세미콜론(;)으로"),
    ("'#'이(가)", "'#'이(가)"),  # unknown reading: both forms stay
])
def test_particles(text, expected):
    assert particles.particles(text) == expected


@given(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
       st.sampled_from(sorted(particles.FORMS)))
def test_every_syllable_takes_the_form_of_its_final_consonant(syllable, forms):
    final = (ord(syllable) - 0xAC00) % 28  # 0: none, 8: ㄹ
    consonant, vowel = particles.FORMS[forms]
    if forms == "(으)로":
        wanted = consonant if final not in (0, 8) else vowel
    else:
        wanted = consonant if final else vowel
    assert particles.particle(f"'{syllable}'", forms) == f"'{syllable}'{wanted}"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_says_its_record_and_kind_in_korean(key):
    """Filled with Korean-ending values, no message keeps both forms of a particle, and a
    record or kind handed as a list's name reads in Korean."""
    texts = [t for pair in MESSAGES[key] for t in pair]
    values = {name: "자료팀" for text in texts
              for _literal, name, _spec, _conv in Formatter().parse(text) if name}
    values.update(record=korean.record("nav_edges", "a~b"), table=korean.table("staff"),
                  target=korean.table("departments"), kind=korean.kind("stairs"))
    found = problem(key, "building.toml", 3, **values)
    text = found.message.ko + found.fix.ko
    for forms in particles.FORMS:
        assert forms not in text, (key, text)
    assert "nav_edges '" not in found.message.ko and "staff '" not in found.message.ko


def test_the_korean_report_lists_the_changes_in_korean():
    first = dataclasses.replace(DEMO.staff[0], extension="9999")
    after = dataclasses.replace(DEMO, staff=[first, *DEMO.staff[2:]])
    checked = type("Checked", (), dict(
        ok=True, problems=(), signed=False, matches_signature=False, version=None,
        source="E:/kiosk-directory",
        changes=tuple(diff(DEMO, after))))
    ko, en = report_text(checked, "ko"), report_text(checked, "en")
    assert "결과: 문제 없음: 적용할 수 있습니다" in ko
    assert "  직원: 추가 0, 삭제 1, 변경 1" in ko
    assert f"  [변경] 직원 {first.id} {first.name.ko}\r\n      내선 전화: " in ko
    assert f"  [삭제] 직원 {DEMO.staff[1].id}" in ko
    assert "changed" not in ko and "removed" not in ko and "staff" not in ko
    assert "  Person: 0 added, 1 removed, 1 changed" in en
    assert f"  [removed] Person {DEMO.staff[1].id}" in en


def test_a_text_value_is_said_in_each_language():
    found = problem("graph.edge_loop", "building.toml", 7,
                    record=korean.record("nav_edges", "x~x"), value="x")
    assert found.message.ko.startswith("길 안내 연결 'x'–'x'가 지점 'x'를")  # 엑스
    assert found.message.en.startswith("nav_edges 'x'–'x' links the node 'x'")
    assert Text("a", "b").get("ko") == "a"
