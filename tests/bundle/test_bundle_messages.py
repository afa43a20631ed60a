"""Messages a librarian can act on: the number of errors said is the number listed (summary
lines counted as the rows they stand for); one mistyped id is said once, its dependent rows
on one line; a value of the wrong kind is named at its key's own line with what it must be;
the hours' rooms are matched as every other reference (case aside), and a room not found
says which was closest; the list of changes names the navigation graph in staff's words."""
from __future__ import annotations

import re
import shutil

from kiosk.bundle.changes import report_text
from kiosk.bundle.problems import MAX_PER_FILE, tally
from kiosk.bundle.report_lines import result, summary
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo
from kiosk.directory.strings import tr

DEMO = load_demo()
HANGUL = re.compile("[가-힣]")


def check(folder, tmp_path):
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
    return checked


def edit_toml(folder, old: str, new: str, count: int = 1) -> str:
    path = folder / "building.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    text = text.replace(old, new, count)
    path.write_text(text, encoding="utf-8")
    return text


def said_count(checked, lang: str) -> int:
    key, values = result(checked)
    return int(re.search(r"\d+", tr(key, lang, **values)).group())


def listed_errors(report: str) -> int:
    """The errors a report lists: one per line, or the count a summary line gives."""
    total = 0
    for line in report.splitlines():
        if line.startswith("[error]"):
            more = re.search(r"(\d+) more (?:rows|errors)", line)
            total += int(more.group(1)) if more else 1
    return total


def test_the_errors_said_are_the_errors_listed_past_the_cap(folder, tmp_path):
    """Each of 130 people names a department of their own that is not there: 100 lines,
    then one counting the other 30; 'Errors: 130' on the screen and in the report."""
    rows = ["id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en,"
            "extension,room,presence,photo"]
    rows += [f"x{n},김{n},Kim {n},,,gone-{n},,,,,in," for n in range(130)]
    (folder / "staff.xlsx").unlink()
    (folder / "staff.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    checked = check(folder, tmp_path)
    errors, _warnings = tally(checked.problems)
    assert errors == 130 == said_count(checked, "en") == said_count(checked, "ko")
    in_csv = [p for p in checked.problems if p.file == "staff.csv"]
    assert len(in_csv) == MAX_PER_FILE + 1
    assert in_csv[-1].key == "bundle.more_problems" and in_csv[-1].count == 30
    assert "30 more errors" in in_csv[-1].message.en and "오류가 30건" in in_csv[-1].message.ko
    report = report_text(checked, "en")
    assert "Errors: 130." in report and "Problems: errors 130, warnings " in report
    assert listed_errors(report) == 130
    assert "문제: 오류 130건" in report_text(checked, "ko")


def test_a_mistyped_floor_id_is_said_once_and_its_rows_counted(folder, tmp_path):
    """'2F' written '2FF' in [[floors]]: every room and navigation point on 2F names a floor
    that is not there. The first is the error; the rest are one line with their lines."""
    text = edit_toml(folder, 'id = "2F"\n', 'id = "2FF"\n')
    lines = text.split("\n")
    naming = [n for n, line in enumerate(lines, 1) if line == 'floor = "2F"']
    checked = check(folder, tmp_path)
    root = [p for p in checked.problems if p.key in ("link.missing", "graph.node_floor")]
    more = [p for p in checked.problems if p.key == "link.missing_more"]
    assert len(root) == 1 and len(more) == 1, [p.text("en") for p in checked.problems]
    assert root[0].line == naming[0] and "'2F'" in root[0].message.en
    summary_line = more[0]
    assert summary_line.count == len(naming) - 1 and summary_line.severity == "error"
    assert summary_line.line == naming[1]  # at the first row it counts
    assert checked.problems.index(summary_line) == checked.problems.index(root[0]) + 1
    en, ko = summary_line.message.en, summary_line.message.ko
    assert f"And {len(naming) - 1} more rows name '2F', which is not in floors" in en
    assert re.search(r"rooms \d+, nav_nodes \d+", en)
    assert f"'2F'를 가리키는 행이 {len(naming) - 1}개 더 있습니다" in ko
    assert re.search(r"장소 \d+, 길 안내 지점 \d+", ko) and "nav_nodes" not in ko
    shown = ", ".join(map(str, naming[1:13]))
    assert f"building.toml {shown}, …" in en and f"building.toml {shown}, …" in ko
    assert "fixes them all" in summary_line.fix.en and "모두 해결됩니다" in summary_line.fix.ko
    assert tally(checked.problems)[0] == len(naming) == said_count(checked, "en")
    assert listed_errors(report_text(checked, "en")) == len(naming)


def test_one_row_naming_a_missing_floor_has_no_summary(folder, tmp_path):
    edit_toml(folder, 'floor = "2F"\n', 'floor = "2G"\n')
    checked = check(folder, tmp_path)
    assert [p.key for p in checked.problems if p.key.startswith("link.missing")] == \
        ["link.missing"]


def test_a_value_of_the_wrong_kind_is_named_at_its_own_line(folder, tmp_path):
    text = edit_toml(folder, 'number = "201"\n', 'number = 201\n')
    edit_toml(folder, 'accessible = true\n', 'accessible = "yes"\n')
    lines = (folder / "building.toml").read_text(encoding="utf-8").split("\n")
    checked = check(folder, tmp_path)
    found = {p.message.en.split(": ", 1)[1].split(" ")[0]: p for p in checked.problems
             if p.key == "record.types"}
    assert set(found) == {"number", "accessible"}, [p.text("en") for p in checked.problems]
    assert lines[found["number"].line - 1] == "number = 201"
    assert lines[found["accessible"].line - 1] == 'accessible = "yes"'
    assert text.split("\n").index('number = 201') + 1 == found["number"].line
    assert 'it must be text in "quotes"' in found["number"].message.en
    assert "이렇게 쓰세요: \"따옴표\" 안의 글자" in found["number"].message.ko
    assert "true or false, without quotes" in found["accessible"].message.en
    assert "true 또는 false" in found["accessible"].message.ko


def test_the_hours_rooms_are_matched_as_other_references(folder, tmp_path):
    """A notice's room 'ROOM' is the room 'room'; so is a room in [[hours]]."""
    edit_toml(folder, 'rooms = ["2F-general",', 'rooms = [" 2f-GENERAL ",')
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    try:
        assert checked.ok, [p.text("en") for p in checked.problems]
        hours = next(h for h in checked.directory.hours if "2F-group-study" in h.rooms)
        assert hours.rooms[0] == "2F-general"  # as the room writes its id
    finally:
        discard(checked)


def test_an_hours_room_not_found_says_the_closest_id(folder, tmp_path):
    edit_toml(folder, 'rooms = ["2F-general",', 'rooms = ["2F-generl",')
    checked = check(folder, tmp_path)
    found = [p for p in checked.problems if p.key == "charter.room"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "The closest id there is '2F-general'." in found[0].message.en
    assert "가장 비슷한 id는 '2F-general'입니다." in found[0].message.ko


def test_an_hours_room_like_no_room_names_some_that_are(folder, tmp_path):
    edit_toml(folder, 'rooms = ["2F-general",', 'rooms = ["zzzzzzzz",')
    checked = check(folder, tmp_path)
    found = next(p for p in checked.problems if p.key == "charter.room")
    assert re.search(r"Ids in rooms are, e\.g\., '[^']+', '[^']+', '[^']+'\.", found.message.en)
    assert "rooms의 id는 예를 들어 " in found.message.ko


def test_the_change_list_names_the_navigation_graph_in_staff_words(folder, tmp_path):
    edit_toml(folder, "[[nav_edges]]\n", "[[nav_edges]]\nlength = 7.5\n")
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    try:
        assert checked.ok, [p.text("en") for p in checked.problems]
        assert [c.table for c in checked.changes] == ["nav_edges"]
        assert summary(checked.changes, "en") == [
            "Navigation links: 0 added, 0 removed, 1 changed"]
        assert summary(checked.changes, "ko")[0].startswith("길 안내 연결: ")
        english = report_text(checked, "en")
        assert "[changed] Navigation links " in english
        changes = english.split("\r\nChanges\r\n", 1)[1]
        assert "nav_edges" not in changes and not HANGUL.search(changes)
        assert "[변경] 길 안내 연결 " in report_text(checked, "ko")
    finally:
        discard(checked)


def test_a_closed_day_without_its_date_is_told_to_give_the_date(folder, tmp_path):
    """`date = ""`: the day's id is its date, and the message said 'id', which a closed day
    does not have, and to give every entry an id."""
    text = edit_toml(folder, 'date = "2026-12-25"\n', 'date = ""\n')
    checked = check(folder, tmp_path)
    (problem,) = [p for p in checked.problems if p.key == "record.types"]
    assert text.split("\n")[problem.line - 1] == 'date = ""'
    assert "date" in problem.message.en and "2026-12-25" in problem.message.en
    assert " id" not in problem.message.en and "id" not in problem.message.ko


def test_a_floor_refused_for_its_level_is_said_once_not_as_missing(folder, tmp_path):
    """`level = 1.5`: the floor is refused at its line; the rooms and points on it were each
    told that floor '1F' is not in the floors list, which it is."""
    text = edit_toml(folder, "level = 1\n", "level = 1.5\n")
    checked = check(folder, tmp_path)
    errors = [p for p in checked.problems if p.severity == "error"]
    assert [p.key for p in errors] == ["record.types"], [p.message.en for p in errors]
    assert text.split("\n")[errors[0].line - 1] == "level = 1.5"
    assert "level" in errors[0].message.en


def test_a_line_break_in_a_notice_is_told_to_be_one_paragraph(folder, tmp_path):
    """Alt+Enter in a notice's text was 'control character U+000A: delete and retype'."""
    text = (folder / "building.toml").read_text(encoding="utf-8")
    text += ('\n[[notices]]\nid = "lines"\ntitle = { ko = "안내", en = "Notice" }\n'
             'text = { ko = "첫 줄\\n둘째 줄", en = "One" }\n')
    (folder / "building.toml").write_text(text, encoding="utf-8")
    checked = check(folder, tmp_path)
    (problem,) = [p for p in checked.problems if p.severity == "error"]
    assert problem.key == "text.line_break" and "one paragraph" in problem.fix.en
    assert "한 문단" in problem.fix.ko and "U+000A" in problem.message.en


def test_a_door_number_where_a_room_id_belongs_is_told_the_id(folder, tmp_path):
    """A librarian writes the room as the door says, "201": the message names the room whose
    door it is and its id, in both languages."""
    edit_toml(folder, 'room = "2F-general"', 'room = "201"')
    checked = check(folder, tmp_path)
    found = [p for p in checked.problems if p.key == "link.missing_number"]
    assert found and not [p for p in checked.problems if p.key == "link.missing"], [
        p.text("en") for p in checked.problems]
    room = DEMO.room("2F-general")
    assert f"is a door number, not an id: the id of {room.name.en} is '2F-general'" in \
        found[0].message.en
    assert f"'201'은 id가 아니라 방 번호입니다: {room.name.ko}의 id는 '2F-general'입니다" in \
        found[0].message.ko
    assert "Write '2F-general' as the room" in found[0].fix.en


def test_a_name_where_an_id_belongs_is_told_the_id(folder, tmp_path):
    dept = next(d for d in DEMO.departments if d.id == "pi-library")
    text = (folder / "building.toml").read_text(encoding="utf-8")
    assert 'department = "pi-library"' in text
    edit_toml(folder, 'department = "pi-library"', f'department = "{dept.name.ko}"')
    checked = check(folder, tmp_path)
    found = [p for p in checked.problems if p.key == "link.missing_name"]
    assert found, [p.text("en") for p in checked.problems]
    assert f"is a name, not an id: in departments, the id of {dept.name.en} is 'pi-library'" \
        in found[0].message.en
    assert "id가 아니라 이름입니다" in found[0].message.ko


def test_a_value_like_no_number_or_name_keeps_the_plain_message(folder, tmp_path):
    edit_toml(folder, 'room = "2F-general"', 'room = "9Z-nowhere"')
    checked = check(folder, tmp_path)
    assert [p.key for p in checked.problems if p.key.startswith("link.missing")] == [
        "link.missing"]
