"""A building.toml that cannot be read as TOML is told what breaks it, at its line, in Korean
and English: the key given twice (named, with both its lines), a raw control character
(its line, column and code, and to retype the value)."""
from __future__ import annotations

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
HOURS = ('[[hours]]\nid = "reading"\nname = { ko = "자료실", en = "Reading room" }\n'
         'rooms = ["2F-general"]\nsat = "09:00-17:00"\n')


def check(folder, text: str):
    (folder / "building.toml").write_bytes(text.encode("utf-8"))
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return checked


def only(checked, key):
    found = [p for p in checked.problems if p.severity == "error"]
    assert [p.key for p in found] == [key], [p.text("en") for p in found]
    return found[0]


def test_a_key_given_twice_is_named_with_both_its_lines(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    said = only(check(folder, HOURS + 'sat = "10:00-17:00"\n'), "toml.key_twice")
    assert said.line == 6
    assert "The key 'sat' is given twice in the same entry (lines 5, 6)" in said.message.en
    assert "키 'sat'가 두 번 쓰였습니다(5, 6행)" in said.message.ko
    assert "'sat'" in said.fix.en and "'sat'" in said.fix.ko


def test_a_table_declared_twice_is_named_with_both_its_lines(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    said = only(check(folder, '[building]\nid = "x"\n\n[building]\nid = "y"\n'),
                "toml.key_twice")
    assert said.line == 4 and "'building'" in said.message.en and "(lines 1, 4)" in said.message.en


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x7f"])
def test_a_raw_control_character_is_named_at_its_line_and_column(tmp_path, char):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    text = HOURS.replace('sat = "09:00', f'sat = "09{char}:00')
    said = only(check(folder, text), "toml.control_char")
    assert said.line == 5
    code = f"U+{ord(char):04X}"
    assert f"Column 10 of this line holds the invisible control character {code}" \
        in said.message.en
    assert f"10열" in said.message.ko and code in said.message.ko
    assert "type it again" in said.fix.en and "다시 입력하세요" in said.fix.ko
    assert char not in said.text("en") + said.text("ko")


def test_each_line_with_a_control_character_is_said(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    text = HOURS.replace("자료실", "자료\x1b실").replace('sat = "09:00', 'sat = "09\x00:00')
    checked = check(folder, text)
    assert [(p.key, p.line) for p in checked.problems if p.severity == "error"] == [
        ("toml.control_char", 3), ("toml.control_char", 5)]


@pytest.mark.parametrize("written, example", [
    ("date = 2026-12-25T10:00", 'date = "2026-12-25"'),  # no seconds: not TOML at all
    ("date = 2026-12-24T12:30:00", 'date = "2026-12-24"'),  # TOML, but no closed day's form
    ("date = 10:00:00", 'date = "2026-12-25"'),
])
def test_a_date_without_quotes_is_told_to_be_written_in_quotes(tmp_path, written, example):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    text = f'[[closed_days]]\n{written}\nname = {{ ko = "휴관", en = "Closed" }}\n'
    said = only(check(folder, text), "record.unquoted_time")
    assert said.line == 2
    value = written.split("= ")[1]
    assert f"date = {value}: a date or time written without quotes" in said.message.en
    assert f"date = {value}: 날짜나 시각을 따옴표 없이 썼습니다" in said.message.ko
    assert example in said.fix.en and example in said.fix.ko
    assert "docs/bundle-format.md" in said.fix.en
    # the fix, applied as it says, validates
    fixed = text.replace(written, example)
    assert [p for p in check(folder, fixed).problems if p.severity == "error"] == []


@pytest.mark.parametrize("written, example", [
    ("sat = 09:00-17:00", 'sat = "09:00-17:00"'),
    ("sat = 09:00:00", 'sat = "09:00-18:00"'),
])
def test_opening_hours_without_quotes_are_told_to_be_written_in_quotes(tmp_path, written,
                                                                        example):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    said = only(check(folder, HOURS.replace('sat = "09:00-17:00"', written)),
                "record.unquoted_time")
    assert said.line == 5 and example in said.fix.en and example in said.fix.ko
