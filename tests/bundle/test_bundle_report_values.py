"""The report a librarian reads on the stick after an update says what each changed field
was and becomes, as the staff preview does and with the same formatter
(bundle/change_values.py): "전화: 02-3677-0314 → 02-3677-0319", in Korean and English; values
are safe (control characters written as <U+hhhh>), and a long one is cut on its line with a
mark and written whole at the report's end."""
from __future__ import annotations

import dataclasses

import pytest
from staff_support import change_row

from kiosk.bundle.change_values import changed_lines
from kiosk.bundle.changes import Change, report_text
from kiosk.bundle.report_values import VALUE_LIMIT, LongValues
from kiosk.bundle.update import apply_bundle, check_bundle, current_directory, discard, \
    write_report
from kiosk.directory.files import load_demo
from kiosk.directory.model import Text
from kiosk.ui import imaging

PERSON = "s03"  # 이수진, of ga-admin, in 4F-general-affairs
LONG_DUTIES = ("민원행정(제증명 발급, 고충 민원 3단계 서비스), 친절 서비스와 친절 연수, "
               "부조리·불친절 신고 접수, 시설환경 관리, 어린이자료실 상담, 독서 동아리 운영, ") * 3
LONG_EN = "Civil affairs, courtesy training, facilities, reading clubs, donations. " * 5


def lines_under(report: str, head: str) -> list[str]:
    """The value lines the report lists under a change's line."""
    lines = report.splitlines()
    start = lines.index(head) + 1
    out = []
    for line in lines[start:]:
        if not line.startswith("      "):
            break
        out.append(line[6:])
    return out


@pytest.fixture
def applied(folder, tmp_path):
    """A real bundle folder edited as staff do in Excel, checked (the report written to the
    stick, as the staff screen does, in both languages), then applied."""
    change_row(folder, "departments.xlsx", "ga-admin", phone="02-3677-0319")
    change_row(folder, "staff.xlsx", PERSON, room="2F-digital", duties_ko=LONG_DUTIES,
               duties_en=LONG_EN)
    data = tmp_path / "data"
    checked = check_bundle(folder, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    (tmp_path / "ko").mkdir()
    (tmp_path / "en").mkdir()
    ko = write_report(checked, tmp_path / "ko", "ko")
    en = write_report(checked, tmp_path / "en", "en")
    try:
        apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)
    finally:
        discard(checked)
    now = current_directory(data)
    assert now.department("ga-admin").phone == "02-3677-0319"  # really applied
    # as Notepad reads it: UTF-8 with its mark, lines ended by CRLF
    ko_text, en_text = (p.read_bytes().decode("utf-8-sig") for p in (ko, en))
    assert "\r\n      전화: 02-3677-0314 → 02-3677-0319\r\n" in ko_text
    return checked, ko_text, en_text


def test_the_report_says_old_and_new_values_as_the_preview_does(applied):
    checked, ko, en = applied
    changes = {(c.table, c.id): c for c in checked.changes}
    team, person = changes[("departments", "ga-admin")], changes[("staff", PERSON)]
    head_ko = f"  [변경] 부서 ga-admin {team.after.name.ko}"
    assert lines_under(ko, head_ko) == ["전화: 02-3677-0314 → 02-3677-0319"]
    assert lines_under(en, f"  [changed] Department ga-admin {team.after.name.en}") == [
        "phone: 02-3677-0314 → 02-3677-0319"]
    # the preview's own lines, from the same formatter, word for word
    assert lines_under(ko, head_ko) == changed_lines(team, "ko", checked.current,
                                                     checked.directory)
    said = lines_under(ko, f"  [변경] 직원 {PERSON} {person.after.name.ko}")
    assert "자리(방): 총무부 사무실 (4F-general-affairs) → 디지털자료실 (2F-digital)" in said
    english = lines_under(en, f"  [changed] Person {PERSON} {person.after.name.en}")
    assert "room: General Affairs office (4F-general-affairs) → Digital Room (2F-digital)" \
        in english


def test_a_long_value_is_cut_with_a_mark_and_written_whole_at_the_end(applied):
    checked, ko, en = applied
    person = {(c.table, c.id): c for c in checked.changes}[("staff", PERSON)]
    [duties] = [line for line in lines_under(ko, f"  [변경] 직원 {PERSON} {person.after.name.ko}")
                if line.startswith("업무: ")]
    old, new = duties[len("업무: "):].split(" → ")
    assert old == person.before.duties.ko  # short: whole
    assert new == (LONG_DUTIES.strip()[:VALUE_LIMIT]
                   + f" …[잘림: 모두 {len(LONG_DUTIES.strip()):,}자, 보고서 끝의 전체 값 [1]]")
    tail = ko.splitlines()
    at = tail.index("전체 값 (위에서 잘린 값)")
    assert tail[at + 1] == f"  [1] 직원 {PERSON} {person.after.name.ko}: {LONG_DUTIES.strip()}"
    [duties_en] = [line for line in lines_under(
        en, f"  [changed] Person {PERSON} {person.after.name.en}") if line.startswith("duties: ")]
    assert duties_en.endswith(f" …[cut: {len(LONG_EN.strip()):,} characters in all, whole at "
                              "the end, [1]]")
    assert f"  [1] Person {PERSON} {person.after.name.en}: {LONG_EN.strip()}" in en
    assert "Whole values (cut above)" in en


def test_control_characters_are_shown_not_obeyed_on_the_screen_and_in_the_report():
    """The readers refuse them; a value that came through anyway must not act on a terminal
    (bundle validate) nor reorder Notepad's line."""
    demo = load_demo()
    room = demo.rooms[0]
    odd = dataclasses.replace(room, name=Text("열람실\x1b[2J", "Room\u202e"),
                              phone="02\x07-3677")
    change = Change("rooms", room.id, "changed", room, odd, ("name", "phone"))
    lines = changed_lines(change, "ko")
    assert lines == [f"이름: {room.name.ko} → 열람실<U+001B>[2J",
                     f"전화: {room.phone or '(없음)'} → 02<U+0007>-3677"]
    checked = type("Checked", (), dict(ok=True, problems=(), signed=False,
                                       matches_signature=False, version=None, source="E:/",
                                       changes=(change,)))
    report = report_text(checked, "en")
    assert "\x1b" not in report and "\u202e" not in report and "Room<U+202E>" in report


def test_a_cut_never_splits_a_shown_character():
    values = LongValues("en", limit=10)
    shown = values.shown("가" * 9 + "\x1b" + "나" * 5)
    assert shown.startswith("가" * 9 + "<U+001B> …[cut: 15 characters")
    assert values.lines()[-1] == "  [1] : " + "가" * 9 + "<U+001B>" + "나" * 5
    assert values.shown("short\x1b") == "short<U+001B>" and len(values.whole) == 1
