"""An id given twice is told with every row (or line) that gives it, not the first only: a
librarian reading 'staff.csv, line 3: the id appears twice' looked for its twin."""
from __future__ import annotations

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
HEADER = ("id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en,"
          "extension,room,presence,photo")


def check(folder):
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return [p for p in checked.problems if p.key == "link.duplicate"]


def staff_csv(folder, ids):
    department = DEMO.departments[0].id
    rows = [HEADER] + [f"{i},김{n},Kim {n},,,{department},,,,,in," for n, i in enumerate(ids)]
    (folder / "staff.xlsx").unlink()
    (folder / "staff.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_sheet_row_repeating_an_id_names_both_rows(folder):
    staff_csv(folder, ["a1", "b2", "a1"])
    [said] = check(folder)
    assert said.file == "staff.csv" and said.line == 2
    assert "the id 'a1' appears twice (staff.csv, lines 2, 4)" in said.message.en
    assert "'a1'이 두 번 나옵니다(staff.csv 2, 4행)" in said.message.ko
    assert "lines 2, 4" in said.fix.en and "2, 4행" in said.fix.ko


def test_an_id_given_three_times_is_one_message_naming_all(folder):
    staff_csv(folder, ["a1", "a1", "b2", "a1"])
    [said] = check(folder)
    assert said.line == 2 and "appears 3 times (staff.csv, lines 2, 3, 5)" in said.message.en
    assert "3번 나옵니다(staff.csv 2, 3, 5행)" in said.message.ko


def test_an_entry_repeating_an_id_in_building_toml_names_both_lines(folder):
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8")
    text += ('\n[[notices]]\nid = "twin"\ntitle = { ko = "공지", en = "Notice" }\n'
             '\n[[notices]]\nid = "twin"\ntitle = { ko = "공지", en = "Notice" }\n')
    toml.write_text(text, encoding="utf-8")
    lines = [n for n, line in enumerate(text.split("\n"), 1) if line == 'id = "twin"']
    [said] = check(folder)
    assert said.line == lines[0]
    assert f"(building.toml, lines {lines[0]}, {lines[1]})" in said.message.en
