"""Text from a bundle as a Mac, Excel or a paste brings it: read in NFC (a bundle saved in NFD
changes nothing), ids compared without case or surrounding spaces, invisible characters
removed, and nothing a terminal would obey printed by the report (directory/text_safety.py).
The refused characters' corpus cases are in bundle_corpus.py."""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
from bundle_corpus import column, csv_bytes, rows, to_csv, write_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.bundle.changes import report_text
from kiosk.bundle.update import (
    apply_bundle,
    check_bundle,
    current_directory,
    discard,
)
from kiosk.directory import paths
from kiosk.directory.files import load_demo
from kiosk.directory.text_safety import BIDI, ZERO_WIDTH, is_control
from kiosk.search.index import SearchIndex
from kiosk.ui import imaging

pytestmark = pytest.mark.usefixtures("built_in_assets")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def check(folder: Path, data: Path):
    checked = check_bundle(folder, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    discard(checked)
    return checked


def errors(checked) -> list[str]:
    return [p.text("en") for p in checked.problems if p.severity == "error"]


def copy(base: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(base, tmp_path / "kiosk-directory"))


def test_the_same_bundle_in_nfd_changes_nothing(base, tmp_path):
    """A directory with a Korean id and a Korean photo name, applied; then the same bundle as
    a Mac writes it: every sheet cell, every text of building.toml and every photo's file name
    in NFD."""
    nfc = copy(base, tmp_path / "nfc")
    table = rows(nfc, "staff.xlsx")
    photo = table[1][column(table, "photo")]
    (nfc / "photos" / photo).rename(nfc / "photos" / "정혜원.png")
    table[1][0], table[1][column(table, "photo")] = "직원27", "정혜원.png"
    write_xlsx(nfc, "staff.xlsx", table)
    data = tmp_path / "data"
    checked = check_bundle(nfc, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    assert checked.ok, errors(checked)
    apply_bundle(checked, data)

    folder = copy(nfc, tmp_path / "nfd")
    for sheet in ("staff.xlsx", "departments.xlsx"):
        write_xlsx(folder, sheet, [[nfd(c) for c in row] for row in rows(folder, sheet)])
    toml = folder / "building.toml"
    toml.write_text(nfd(toml.read_text(encoding="utf-8")), encoding="utf-8")
    (folder / "photos" / "정혜원.png").rename(folder / "photos" / nfd("정혜원.png"))
    assert nfd("경기과천교육도서관") in toml.read_text(encoding="utf-8")
    assert nfd("직원27") != "직원27" and nfd("정혜원") in rows(folder, "staff.xlsx")[1]
    checked = check(folder, data)
    assert checked.ok, errors(checked)
    assert checked.changes == ()


def test_a_photo_named_on_a_mac_is_found_and_kept_under_its_nfc_name(base, tmp_path):
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    first, photo = table[1], table[1][column(table, "photo")]
    (folder / "photos" / photo).rename(folder / "photos" / nfd("정혜원.png"))
    first[column(table, "photo")] = "정혜원.png"
    write_xlsx(folder, "staff.xlsx", table)
    data = tmp_path / "data"
    checked = check_bundle(folder, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    assert checked.ok, errors(checked)
    assert checked.photo("정혜원.png") is not None
    assert [(c.id, c.fields) for c in checked.changes] == [(first[0], ("photo",))]
    apply_bundle(checked, data)
    served = current_directory(data)
    assert served.staff[0].photo == "정혜원.png"
    assert paths.staff_photo("정혜원.png") is not None


def test_a_reference_in_another_case_is_the_id_it_names(base, tmp_path):
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    table[1][column(table, "department")] = " " + table[1][column(table, "department")].upper()
    table[1][column(table, "room")] = table[1][column(table, "room")].lower()
    write_xlsx(folder, "staff.xlsx", table)
    checked = check(folder, tmp_path / "data")
    assert checked.ok, errors(checked)
    assert checked.changes == ()  # read as the ids themselves


def test_ids_and_references_in_building_toml_ignore_case_and_spaces(base, tmp_path):
    folder = copy(base, tmp_path)
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'id = "1F"\n' in text and 'floor = "2F"\n' in text
    text = text.replace('id = "1F"\n', 'id = " 1F "\n', 1)
    text = text.replace('floor = "2F"\n', 'floor = " 2f"\n')
    toml.write_text(text, encoding="utf-8")
    checked = check(folder, tmp_path / "data")
    assert checked.ok, errors(checked)
    assert checked.changes == ()


def test_ids_differing_in_case_name_both_rows(base, tmp_path):
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    table[4][0] = table[2][0].upper()
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    found = [p for p in checked.problems if p.key == "link.same_id"]
    assert [(p.file, p.line) for p in found] == [("staff.csv", 5)]
    assert "staff.csv, line 3" in found[0].text("en") and "staff.csv, 3행" in found[0].text("ko")
    assert table[2][0] in found[0].text("en") and table[4][0] in found[0].text("en")


def test_a_zero_width_space_is_removed_with_a_warning(base, tmp_path):
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    name = table[1][column(table, "name_ko")]
    table[1][column(table, "name_ko")] = name[:1] + "\u200b" + name[1:] + "\ufeff"
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    assert checked.ok, errors(checked)
    found = [p for p in checked.problems if p.key == "text.zero_width"]
    assert [(p.file, p.line, p.severity) for p in found] == [("staff.csv", 2, "warning")]
    assert "name_ko" in found[0].text("en") and "U+200B" in found[0].text("en")
    assert checked.changes == ()
    assert checked.directory.staff[0].name.ko == name


def test_a_refused_character_is_named_with_its_column_and_code(base, tmp_path):
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    table[2][column(table, "name_en")] = "Park\x1b[2J\x07"
    table[2][column(table, "duties_ko")] = "첫 줄\n둘째 줄\t탭"  # lines are allowed here
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    assert errors(checked) == [p.text("en") for p in checked.problems
                               if p.key == "text.control"]
    found = [p for p in checked.problems if p.key == "text.control"]
    assert [(p.file, p.line) for p in found] == [("staff.csv", 3)]
    assert "name_en" in found[0].text("en") and "U+001B" in found[0].text("ko")


def test_a_line_separator_pasted_into_a_name_is_a_line_break(base, tmp_path):
    """U+2028 and U+2029 (pasted from a web page or a PDF) break the line on screen like a
    line feed: refused in a field of one line, kept in one that may hold lines."""
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    table[1][column(table, "name_en")] = "Jung\u2028Hyewon"
    table[2][column(table, "position_ko")] = "부장\u2029총괄"
    table[3][column(table, "duties_ko")] = "첫 줄\u2028둘째 줄"
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    found = [p for p in checked.problems if p.severity == "error"]
    assert [(p.key, p.line) for p in found] == [("text.line_break", 2), ("text.line_break", 3)]
    assert "name_en" in found[0].text("en") and "U+2028" in found[0].text("ko")
    assert "position_ko" in found[1].text("en") and "U+2029" in found[1].text("en")


@pytest.mark.parametrize("blank", ["\u3164", "\u115f\u1160", "\uffa0", "\u2800\u2800",
                                   " \u034f\u00ad "])
def test_a_name_of_letters_that_show_nothing_is_no_name(base, tmp_path, blank):
    """The Hangul filler (ㅤ, typed to fill a cell that must not be empty) and its kin draw
    nothing: a person so named would be a blank row, card and spoken name."""
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    table[1][column(table, "name_ko")] = table[1][column(table, "name_en")] = blank
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    assert [(p.key, p.line) for p in checked.problems if p.severity == "error"] == [
        ("name.empty", 2)]


def test_the_report_never_carries_a_control_character(base, tmp_path):
    """Neither from the stick's folder name nor from a value a message repeats."""
    folder = Path(shutil.copytree(base, tmp_path / "stick\x1b]0;x\x07" / "kiosk-directory"))
    table = rows(folder, "staff.xlsx")
    table[2][column(table, "department")] = "no\x1b[31m-such\u202e"
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    assert not checked.ok
    for lang in ("ko", "en"):
        text = report_text(checked, lang)
        assert not any(is_control(ch) or ch in BIDI for ch in text.replace("\r\n", ""))
        assert "<U+001B>" in text
        assert all(not is_control(ch) for p in checked.problems for ch in p.text(lang))


# -- any name: refused with a named problem, or kept clean and found ---------------------------
HOSTILE = "\x1b\x07\x00\x7f\x85\x9b\t\n\u202a\u202e\u2066\u2069\u200b\u200c\u200d\u2060\ufeff"
name_characters = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # syllables
    st.characters(min_codepoint=0x1100, max_codepoint=0x1112),  # leading consonants (NFD)
    st.characters(min_codepoint=0x1161, max_codepoint=0x1175),  # vowels (NFD)
    st.sampled_from("abcXYZ0129"), st.sampled_from(HOSTILE))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(name_characters, min_size=1, max_size=8))
def test_any_name_is_refused_by_name_or_kept_clean_and_found(base, name):
    table = rows(base, "staff.xlsx")
    person = table[1][0]
    table[1][column(table, "name_ko")] = name
    with tempfile.TemporaryDirectory(prefix="kiosk-text-") as scratch:
        folder = Path(scratch) / "kiosk-directory"
        folder.mkdir()
        (folder / "staff.csv").write_bytes(csv_bytes(table))  # a bundle of the staff only
        data = Path(scratch) / "data"
        checked = check_bundle(folder, data, current_directory(data), public_key=None)
        if not checked.ok:
            keys = {p.key for p in checked.problems if p.severity == "error"}
            # NUL: a CSV holding one is no text file (sheet.binary)
            assert keys and keys <= {"text.control", "text.line_break", "text.bidi",
                                     "sheet.binary"}, \
                errors(checked)
            assert all(p.file == "staff.csv" and (p.line == 2 or p.key == "sheet.binary")
                       for p in checked.problems if p.key in keys)
            return
        apply_bundle(checked, data)
        served = current_directory(data)
    kept = next(s for s in served.staff if s.id == person).name.ko
    assert unicodedata.is_normalized("NFC", kept)
    assert not any(is_control(ch) or ch in BIDI or ch in ZERO_WIDTH for ch in kept)
    if kept.strip():
        hits = SearchIndex(served).search(kept, limit=10_000)
        assert ("staff", person) in {(h.table, h.id) for h in hits}, kept


def test_ids_the_kiosk_kept_from_before_refuse_no_bundle_that_leaves_them(base, tmp_path):
    """A kiosk that took "ADMIN" beside "admin" before ids compared without case: a bundle
    of the staff only is still taken (the departments' ids are not the bundle's)."""
    demo = load_demo()
    twin = dataclasses.replace(demo.departments[-1], id=demo.departments[-1].id.upper())
    current = dataclasses.replace(demo, departments=[*demo.departments, twin])
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    (folder / "staff.csv").write_bytes(csv_bytes(rows(base, "staff.xlsx")))
    checked = check_bundle(folder, tmp_path / "data", current, public_key=None)
    discard(checked)
    assert checked.ok, errors(checked)


def test_a_no_break_space_is_read_as_the_space_it_looks_like(base, tmp_path):
    """A name pasted with U+00A0 is the same name: nothing changes (the list of changes said
    'name (Korean): 박성호 → 박성호', a change no one could see)."""
    folder = copy(base, tmp_path)
    table = rows(folder, "staff.xlsx")
    name = table[2][column(table, "name_en")]
    table[2][column(table, "name_en")] = name.replace(" ", "\u00a0")
    to_csv(folder, table)
    checked = check(folder, tmp_path / "data")
    assert checked.ok and checked.changes == (), report_text(checked, "en")
