"""Every message a bundle's check can give has its Korean form, and a Korean report quotes no
English but names from the data: every problem key the code can raise is in the messages, every
message template reads in Korean, the readers' own English (tomllib, csv, the operating system,
a record that is no entry) is said in Korean, and the directory's inconsistencies are named as
data, never matched out of English sentences (an id with a quote in it reached the Korean
report as "link.other", quoting English)."""
from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path
from string import Formatter

import pytest
import tomllib._parser
from korean_report import english_words

import kiosk
from kiosk.bundle import korean
from kiosk.bundle.problems import MESSAGES, problem
from kiosk.bundle.reader_errors import (
    TOML_MESSAGES,
    csv_error,
    os_error,
    record_error,
    toml_error,
)
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo
from kiosk.directory.model import Room, Text

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
KIOSK = Path(kiosk.__file__).parent
KEY = re.compile(r"[\"'](bundle|files|stage|sign|toml|record|sheet|text|building|link|photo|name|"
                 r"plan|graph|number|floor|room|place|edge|kiosk|time|date|notice|charter|"
                 r"service)\.([a-z_]+)[\"']")


def test_every_problem_the_code_raises_has_its_messages():
    """Scan the checks (kiosk/bundle, the wayfinding's checks, the sheet readers) for problem
    keys: each has a message in both languages."""
    sources = [*KIOSK.glob("bundle/*.py"), *KIOSK.glob("wayfinding/*.py"),
               *KIOSK.glob("directory/sheet*.py"), *KIOSK.glob("directory/xlsx*.py")]
    keys = {f"{m.group(1)}.{m.group(2)}" for path in sources
            for m in KEY.finditer(path.read_text(encoding="utf-8"))}
    keys = {k for k in keys if k != "bundle.public_key"  # a setting's name
            and not k.endswith((".toml", ".json"))}  # a file's
    assert len(keys) > 60
    assert sorted(k for k in keys if k not in MESSAGES) == []


def _sample_values(key: str) -> dict:
    texts = [t for pair in MESSAGES[key] for t in pair]
    values = {name: "자료팀" for text in texts
              for _literal, name, _spec, _conv in Formatter().parse(text) if name}
    values.update(record=korean.record("rooms", "r1"), table=korean.table("staff"),
                  target=korean.table("departments"), kind=korean.kind("stairs"),
                  detail=Text("자세한 까닭", "the reason"))
    return values


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_reads_in_korean(key):
    found = problem(key, "building.toml", 3, **_sample_values(key))
    for text in (found.message.ko, found.fix.ko):
        assert re.search("[가-힣]", text), (key, text)
        assert english_words(text) == [], (key, text)


def test_the_check_finds_english():
    assert english_words("연결이 맞지 않습니다: rooms 'x': floor 'y' is not in floors") == \
        ["is", "not"]
    assert english_words("'rooms'의 floor 'y'이(가) 층 목록(floors)에 없습니다") == []


# -- tomllib: every message it can give, found in its source ---------------------------------
def _tomllib_messages() -> list[str]:
    source = Path(tomllib._parser.__file__).read_text(encoding="utf-8")
    found = re.findall(r'suffixed_err\(\s*src,\s*\w+,\s*(f?)"((?:[^"\\]|\\.)*)"', source)
    out = []
    for is_f, text in found:
        text = text.encode().decode("unicode_escape")
        out.append(re.sub(r"\{[^}]*\}", "'x'", text) if is_f else text)
    return sorted(set(out))


def test_every_tomllib_message_is_said_in_korean():
    messages = _tomllib_messages()
    assert len(messages) >= 20 and "Invalid statement" in messages
    patterns = [re.compile(p + "$") for p, _ko, _en in TOML_MESSAGES]
    assert [m for m in messages if not any(p.match(m) for p in patterns)] == []
    for message in messages:
        line, said = toml_error(f"{message} (at line 4, column 2)")
        assert line == 4 and "4행 2열" in said.ko and "line 4, column 2" in said.en
        assert english_words(said.ko, ("'x'",)) == [], said.ko


@pytest.mark.parametrize("text", [
    'a = "unterminated\n', "a = 1 2\n", "[rooms\n", "[[rooms]\n", "a == 1\n",
    "a = [1, 2\n", "a = { b = 1\n", 'a = "\\q"\n', 'a = "\\uD800"\n', "a = 1\na = 2\n",
    "a = 2026-02-30\n", "a = what\n", "a = { b = 1, b = 2 }\n", "= 1\n", "a = \"\x07\"\n",
    "a = " + "9" * 5000 + "\n", "[a]\n[a]\n", "a = '''x\n", "a.b = 1\na = 2\n",
])
def test_a_broken_building_toml_is_said_in_korean(tmp_path, text):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    (folder / "building.toml").write_bytes(text.encode("utf-8"))
    found = _problems(folder, tmp_path)
    [error] = [p.key for p in found if p.severity == "error"]
    assert error in ("toml.syntax", "toml.key_twice", "toml.number_too_long",
                     "toml.control_char", "record.unquoted_time")
    _all_korean(found)


# -- the csv module, the operating system, a record that is no entry -------------------------
@pytest.mark.parametrize("body, key", [
    ('id,name_ko\n"s01,김\n', "sheet.csv_syntax"),  # a quote never closed
    ('id,name_ko\n"s01"x,김\n', "sheet.csv_syntax"),  # text after a closing quote
    # a cell over the csv module's limit: named as such (it was said to be a stray quote)
    ('id,name_ko\ns01,"' + "가" * 140_000 + '"\n', "sheet.cell_too_long"),
])
def test_a_broken_csv_is_said_in_korean(tmp_path, body, key):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    (folder / "staff.csv").write_text(body, encoding="utf-8")
    found = _problems(folder, tmp_path)
    assert key in {p.key for p in found}, [p.text("en") for p in found]
    _all_korean(found)
    assert csv_error("something new").ko == "CSV 파일의 칸을 나눌 수 없습니다"


@pytest.mark.parametrize("number", [errno.ENOENT, errno.EIO, errno.EACCES, errno.ENOSPC,
                                    errno.EBUSY, errno.EXDEV, None])
def test_a_read_error_is_said_in_korean(number):
    exc = OSError(number, "Some English words") if number else OSError("Some English words")
    said = os_error(exc)
    assert english_words(said.ko) == [], said.ko
    assert said.en
    found = problem("stage.read_error", "photos/a.png", None, detail=said)
    assert english_words(found.message.ko) == []


@pytest.mark.parametrize("record, says", [
    ({"id": "r", "floor": "1F", "name": "x", "colour": "red"}, "모르는 키: 'colour'"),
    ({"id": "r", "floor": "1F"}, "꼭 써야 하는 키가 없음: name"),
    ({"id": "r", "floor": "1F", "name": [1, 2]}, "name의 값을 읽을 수 없음"),
    ({"id": "r", "floor": "1F", "name": "x", "rect": [1, 2]}, "rect의 값을 읽을 수 없음"),
    ({"id": "r", "floor": "1F", "name": "x", "keywords": "a"}, "keywords의 값을 읽을 수 없음"),
])
def test_a_record_that_is_no_entry_is_said_in_korean(record, says):
    assert record_error(Room, record).ko == says


@pytest.mark.parametrize("entry", [
    'colour = "red"',  # an unknown key
    "name = [1, 2]",  # a list where text belongs
    'rect = [1, "a", 3, 4]',  # a number that is text
    'keywords = "a"',  # keywords that are no lists
    "rect = 5",
])
def test_an_entry_that_cannot_be_read_is_said_in_korean(tmp_path, entry):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    (folder / "building.toml").write_text(
        "[[rooms]]\nid = \"r1\"\nfloor = \"1F\"\nname = \"방\"\n"
        .replace("name = \"방\"\n", "" if entry.startswith("name") else "name = \"방\"\n")
        + entry + "\n", encoding="utf-8")
    found = _problems(folder, tmp_path)
    unreadable = {"record.invalid", "record.unknown_field", "record.unknown_field_close",
                  "record.text_form", "record.missing_field", "record.types"}
    assert unreadable & {p.key for p in found}, [p.text("en") for p in found]
    _all_korean(found)


# -- the directory's inconsistencies, as data -------------------------------------------------
QUOTED_IDS = ["it's", 'say "hi"', "a'b\"c", "\\x", "ㄱ'", "room': floor 'x' is not in floors"]


@pytest.mark.parametrize("odd", QUOTED_IDS)
def test_an_id_with_quotes_is_named_in_korean(tmp_path, odd):
    """Every inconsistency, with ids holding quotes and backslashes (their English sentence
    quoted them with repr, and no pattern matched)."""
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    room = DEMO.rooms[0]
    staff = DEMO.staff[0]
    (folder / "departments.csv").write_text(
        "id,name_ko,name_en,parent,duties_ko,duties_en,phone,fax,room,keywords_ko,keywords_en\n"
        + "".join(f"{_cell(d.id)},{d.name.ko},{d.name.en},{_cell(d.parent or '')},,,,,"
                  f"{_cell(d.room or '')},,\n" for d in DEMO.departments)
        + f"{_cell(odd)},가,A,{_cell(odd + '2')},,,,,,,\n"
        + f"{_cell(odd + '2')},나,B,{_cell(odd)},,,,,{_cell(odd)},,\n"
        + f"{_cell(odd + '3')},다,C,,,,,,,,\n{_cell(odd + '3')},다,C,,,,,,,,\n",
        encoding="utf-8")
    (folder / "staff.csv").write_text(
        "id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en,extension,"
        "room,presence,photo\n"
        + f"{_cell(odd)},가,A,,,{_cell(odd + '4')},,,,{_cell(room.id)},{_cell(odd)},\n"
        + f"{staff.id},{staff.name.ko},{staff.name.en},,,{staff.department},,,,,in,\n",
        encoding="utf-8")
    found = _problems(folder, tmp_path)
    keys = {p.key for p in found}
    assert {"link.missing", "link.cycle", "link.duplicate", "link.presence"} <= keys, \
        [p.text("en") for p in found]
    for p in found:
        if p.key.startswith("link."):
            assert p.file in ("staff.csv", "departments.csv") and p.line, p.text("en")
    _all_korean(found, (odd, odd + "2", odd + "3", odd + "4"))


def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _problems(folder: Path, scratch: Path) -> list:
    checked = check_bundle(folder, scratch / "data", DEMO, public_key=None)
    discard(checked)
    shutil.rmtree(scratch / "data", ignore_errors=True)
    return list(checked.problems)


def _all_korean(found: list, data: tuple[str, ...] = ()) -> None:
    for p in found:
        assert p.key in MESSAGES
        for text in (p.message.ko, p.fix.ko):
            assert english_words(text, data) == [], (p.key, text)


def test_the_charter_tables_are_named_in_korean(tmp_path):
    """A notice, an hours entry were named 'notices ...', 'hours ...' in Korean, and the
    particle after a quoted value was fixed ('"1F-HALL"가')."""
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    notice, hours = DEMO.notices[0], DEMO.hours[0]
    (folder / "building.toml").write_text(
        f'[[notices]]\nid = "{notice.id}"\ntitle = "제목"\nstart = "2026-12-31"\n'
        f'end = "2026-01-01"\n\n[[hours]]\nid = "{hours.id}"\nname = "이름"\n'
        f'rooms = ["NO-ROOM"]\nmon = "18:00-09:00"\n', encoding="utf-8")
    found = {p.key: p for p in _problems(folder, tmp_path)}
    assert found["notice.order"].message.ko.startswith(f"공지·행사 '{notice.id}': ")
    assert found["time.order"].message.ko.startswith(
        f"이용시간 '{hours.id}': mon = \"18:00-09:00\"은 ")
    assert "\"NO-ROOM\"이 rooms에 없습니다" in found["charter.room"].message.ko
    _all_korean(list(found.values()))
