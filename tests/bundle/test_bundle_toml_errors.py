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
