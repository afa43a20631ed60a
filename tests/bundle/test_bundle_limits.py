"""Limits a bundle must keep for the screens to show it (docs/bundle-format.md, 'Limits'),
from an outside tester's bundles that validated and then broke the screens: a 10,000-
character hours or building name pushed home's ways in off the screen, 20,000 notices took
two minutes and 2.8 GB to show, one 10,000-character keyword made every search take seconds
and a gigabyte, and plain values (a phone number, an id, a door number, an event's time padded
with spaces) had no limit at all. Each is refused with its file, line, field and fix."""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk.bundle.limit_checks import (COUNT_LIMITS, ID_LENGTH, KEYWORD_LENGTH,
                                       LONG_TEXT_LENGTH, NAME_LENGTH, VALUE_LENGTHS)
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
HOURS = """
[[hours]]
id = "h1"
name = { ko = "자료실", en = "Reading room" }
rooms = ["2F-general"]
tue = "09:00-18:00"
"""


def notice(n: int, text: str = "안내") -> str:
    return (f'\n[[notices]]\nid = "n{n}"\ntitle = {{ ko = "공지 {n}", en = "Notice {n}" }}\n'
            f'text = {{ ko = "{text}", en = "Notice" }}\n')


def _day(n: int) -> str:
    return (dt.date(2030, 1, 1) + dt.timedelta(days=n)).isoformat()


def check(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "building.toml").write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return checked


def found(checked, key):
    return [p for p in checked.problems if p.key == key]


def line_of(text: str, problem) -> str:
    return text.split("\n")[problem.line - 1]


def test_texts_at_their_limits_pass(tmp_path):
    text = HOURS.replace("자료실", "자" * NAME_LENGTH) + notice(1, "가" * LONG_TEXT_LENGTH)
    checked = check(tmp_path / "kiosk-directory", text)
    assert checked.ok, [p.text("en") for p in checked.problems]


@pytest.mark.parametrize("old, new, field, limit", [
    ('"자료실"', '"' + "자" * 10_000 + '"', "name.ko", NAME_LENGTH),
    ('"Reading room"', '"' + "R" * (NAME_LENGTH + 1) + '"', "name.en", NAME_LENGTH),
])
def test_an_hours_name_too_long_is_refused_at_its_line(tmp_path, old, new, field, limit):
    text = HOURS.replace(old, new)
    checked = check(tmp_path / "kiosk-directory", text)
    [problem] = found(checked, "text.too_long")
    assert not checked.ok and problem.file == "building.toml"
    assert line_of(text, problem).startswith("name = ")
    en = problem.text("en")
    assert f"hours 'h1': {field} is" in en and f"more than the {limit}" in en
    assert f"Shorten it to {limit} characters" in en
    assert f"최대 {limit}자" in problem.text("ko")


def test_a_notice_text_too_long_is_refused(tmp_path):
    text = notice(1, "가" * (LONG_TEXT_LENGTH + 1))
    checked = check(tmp_path / "kiosk-directory", text)
    [problem] = found(checked, "text.too_long")
    assert line_of(text, problem).startswith("text = ")
    assert "notices 'n1': text.ko is 1001 characters long" in problem.text("en")
    assert ": 공지·행사 'n1': text.ko" in problem.text("ko")  # the list named in Korean


def test_a_building_name_too_long_is_refused(folder):
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'en = "Gyeonggi Gwacheon Education Library"', 'en = "' + "L" * 10_000 + '"', 1)
    toml.write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    [problem] = found(checked, "text.too_long")
    assert "name.en is 10000 characters long" in problem.text("en")
    assert line_of(text, problem).startswith("name = ")


@pytest.mark.parametrize("table", sorted(COUNT_LIMITS))
def test_a_charter_table_over_its_count_is_refused_at_its_first_entry(tmp_path, table):
    limit = COUNT_LIMITS[table]
    entry = {
        "notices": lambda n: notice(n),
        "hours": lambda n: HOURS.replace('"h1"', f'"h{n}"').replace('rooms = ["2F-general"]\n', ""),
        "closed_days": lambda n: f'\n[[closed_days]]\ndate = "{_day(n)}"\n'
                                 f'name = {{ ko = "휴관", en = "Closed" }}\n',
        "pledges": lambda n: f'\n[[pledges]]\nid = "p{n}"\ntext = {{ ko = "약속", en = "A promise" }}\n',
    }[table]
    text = "".join(entry(n) for n in range(limit))
    assert check(tmp_path / "at" / "kiosk-directory", text).ok
    text += entry(limit)
    checked = check(tmp_path / "over" / "kiosk-directory", text)
    [problem] = found(checked, "table.too_many")
    assert not checked.ok and line_of(text, problem) == f"[[{table}]]"
    assert table not in problem.text("ko")  # the list named in Korean
    assert f"{limit + 1} entries in {table}, more than the {limit}" in problem.text("en")


def edited(folder, old: str, new: str):
    """The exported demo with the first `old` line made `new`; (checked, text)."""
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    toml.write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return checked, text


def test_a_keyword_too_long_is_refused_at_its_line(folder):
    checked, text = edited(folder, 'keywords = { ko = ["로비", ',
                           'keywords = { ko = ["' + "불" * 10_000 + '", ')
    [problem] = found(checked, "keyword.too_long")
    assert not checked.ok and problem.file == "building.toml"
    assert line_of(text, problem).startswith("keywords = ")
    en, ko = problem.text("en"), problem.text("ko")
    assert "keyword 1 of keywords.ko is 10000 characters long" in en
    assert f"more than the {KEYWORD_LENGTH} a keyword may have" in en and "fix:" in en
    assert "1번째 검색어가 10000자로" in ko and f"최대 {KEYWORD_LENGTH}자" in ko


def test_a_keyword_at_its_limit_passes(folder):
    checked, _text = edited(folder, 'keywords = { ko = ["로비", ',
                            'keywords = { ko = ["' + "불" * KEYWORD_LENGTH + '", ')
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]


@pytest.mark.parametrize("old, new, field, limit", [
    ('phone = "02-3677-0371~0372"', 'phone = "' + "0" * 10_000 + '"', "phone",
     VALUE_LENGTHS["phone"]),
    ('time = ""', 'time = "14:00-16:00' + " " * 10_000 + '"', "time", VALUE_LENGTHS["time"]),
    ('number = ""', 'number = "' + "2" * (VALUE_LENGTHS["number"] + 1) + '"', "number",
     VALUE_LENGTHS["number"]),
])
def test_a_plain_value_too_long_is_refused_at_its_line(folder, old, new, field, limit):
    checked, text = edited(folder, old, new)
    [problem] = found(checked, "value.too_long")
    assert not checked.ok and line_of(text, problem).startswith(f"{field} = ")
    en = problem.text("en")
    assert f": {field} is" in en and f"more than the {limit} it may have" in en
    assert f"Shorten it to {limit} characters" in en
    assert f"최대 {limit}자" in problem.text("ko")


def test_an_id_too_long_is_refused_and_named_by_its_start(folder):
    text = (folder / "building.toml").read_text(encoding="utf-8")
    notice_id = text.split("[[notices]]\nid = ")[1].split("\n")[0]
    long_id = '"' + "n" * 10_000 + '"'
    checked, text = edited(folder, f"[[notices]]\nid = {notice_id}",
                           f"[[notices]]\nid = {long_id}")
    [problem] = found(checked, "value.too_long")
    assert not checked.ok and line_of(text, problem) == f"id = {long_id}"
    en = problem.text("en")
    assert "notices 'nnnn" in en and "id is 10000 characters long" in en
    assert f"more than the {ID_LENGTH}" in en and len(en) < 600  # not the id itself
