"""A bundle's problems are said in the staff's words, never Python's: an outside tester's
bundles got "Notice.__init__() missing 1 required positional argument: 'id'", "'float'
object has no attribute 'get'", "int too large to convert to float", TOML's and CSV's own
error texts. Each such case has its own problem code, with file, line, field and fix, in
Korean and English."""
from __future__ import annotations

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
PYTHON_WORDS = ("__init__", "object has no attribute", "positional argument", "NoneType",
                "Invalid statement", "Cannot overwrite", "expected after", "int too large",
                "unknown field(s)", "Traceback", "Error:")
NOTICE = '[[notices]]\nid = "n1"\ntitle = { ko = "공지", en = "Notice" }\n'
ROOM = 'id = "1F-hall"\n'
SERVICE_ITEMS = 'items = []\nperson = "s25"'

# name: (old text of the exported building.toml -> new), problem code, the text of its line
CASES = {
    "notice-no-id": (None, '[[notices]]\ntitle = { ko = "공지", en = "Notice" }\n',
                     "record.missing_field", "[[notices]]"),
    "notice-title-number": (None, NOTICE.replace('{ ko = "공지", en = "Notice" }', "3.5"),
                            "record.text_form", "title = 3.5"),
    "notice-title-ja": (None, NOTICE.replace('en = "Notice" }', 'en = "Notice", ja = "お知らせ" }'),
                        "text.other_language", "title = "),
    "pledges-empty": (None, NOTICE + "pledges = []\n", "record.table_inside", "pledges = []"),
    "closed-unknown-key": (None, '[[closed_days]]\nid = "x"\ndate = "2026-12-25"\n',
                           "record.unknown_field", 'id = "x"'),
    "service-items-noname": (SERVICE_ITEMS, 'items = [{ fee = "1000원" }]\nperson = "s25"',
                             "record.step_missing_field", "items = "),
    "service-items-number": (SERVICE_ITEMS, 'items = [{ name = "x", legal_time = 3 }]\n'
                             'person = "s25"', "record.step_text_form", "items = "),
    "room-typo-key": (ROOM, ROOM + "acessible = true\n", "record.unknown_field_close",
                      "acessible = true"),
    "room-rect-huge-int": ("rect = [40.0, 400.0, 1520.0, 100.0]",
                           "rect = [1" + "0" * 400 + ", 400.0, 1520.0, 100.0]",
                           "number.not_finite", "rect = "),
    "toml-nul-byte": ('id = "1F-hall"\n', 'id = "1F-hall"\n\x00\n', "toml.control_char", "\x00"),
    "hours-key-twice": (ROOM, ROOM + 'id = "again"\n', "toml.key_twice", 'id = "again"'),
    "number-5000-digits": (ROOM, ROOM + "x = 1" + "0" * 5000 + "\n", "toml.number_too_long",
                           None),
}


def python_words(lines: list[str]) -> list[str]:
    return [line for line in lines if any(word in line for word in PYTHON_WORDS)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_is_a_plain_problem_with_its_line(folder, name):
    old, new, key, line_text = CASES[name]
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8")
    if old is None:
        text += "\n" + new
    else:
        assert old in text
        text = text.replace(old, new, 1)
    toml.write_bytes(text.encode("utf-8"))
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    lines = [p.text(lang) for p in checked.problems for lang in ("ko", "en")]
    assert python_words(lines) == []
    found = [p for p in checked.problems if p.key == key]
    assert found, lines
    if line_text is not None:
        assert found[0].file == "building.toml"
        assert line_text in text.split("\n")[found[0].line - 1], found[0].text("en")


def test_a_misspelt_field_names_the_one_meant(folder):
    toml = folder / "building.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(ROOM, ROOM + "acessible = true\n",
                                                             1), encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    [found] = [p for p in checked.problems if p.key == "record.unknown_field_close"]
    assert "'acessible' is not a field" in found.text("en")
    assert "Did you mean 'accessible'?" in found.text("en")


def test_a_csv_with_an_unpaired_quote_is_said_in_plain_words(folder):
    (folder / "staff.csv").write_text('id,name_ko\n"s1,홍길동\n"s2"x,김\n', encoding="utf-8")
    for name in ("staff.xlsx",):
        (folder / name).unlink(missing_ok=True)
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    lines = [p.text(lang) for p in checked.problems for lang in ("ko", "en")]
    assert python_words(lines) == []
    assert any(p.key == "sheet.csv_syntax" and p.file == "staff.csv" for p in checked.problems)
