"""Entries that are well formed but that the screens would show wrongly, from an outside
tester's bundles that validated: a room without a name ("[장소] — …" in the results), a kind
of room the kiosk does not know, two opening hours for one room (the card showed the first,
silently), a closed day named in one language, the same closed day twice."""
from __future__ import annotations

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
HOURS = ('\n[[hours]]\nid = "{id}"\nname = {{ ko = "자료실", en = "Reading room" }}\n'
         'rooms = ["2F-general"]\ntue = "{tue}"\n')


def check(folder, text=None, edit=None):
    toml = folder / "building.toml"
    if text is None:
        text = edit(toml.read_text(encoding="utf-8"))
    toml.write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return checked, text


def found(checked, key):
    return [p for p in checked.problems if p.key == key]


def test_a_room_without_a_name_in_either_language_is_refused(folder):
    old = 'name = { ko = "1층 로비", en = "1st-floor lobby" }'
    checked, text = check(folder, edit=lambda t: t.replace(old, 'name = { ko = "", en = " " }'))
    [problem] = found(checked, "name.empty")  # one message, not an error and a warning
    assert not found(checked, "text.required")
    assert not checked.ok and problem.severity == "error"
    assert "rooms '1F-hall': its name is empty in Korean and in English" in problem.text("en")
    assert text.split("\n")[problem.line - 1].startswith("name = ")


def test_a_kind_of_room_the_kiosk_does_not_know_is_refused(folder):
    checked, text = check(folder, edit=lambda t: t.replace('kind = "hall"', 'kind = "cafe"', 1))
    [problem] = found(checked, "room.kind")
    assert 'kind = "cafe" is not a kind of room' in problem.text("en")
    assert "reading_room" in problem.text("en")
    assert text.split("\n")[problem.line - 1] == 'kind = "cafe"'


def test_two_opening_hours_for_one_room_name_both_entries(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    checked, text = check(folder, HOURS.format(id="a", tue="09:00-18:00")
                          + HOURS.format(id="b", tue="10:00-12:00"))
    [problem] = found(checked, "hours.room_twice")
    lines = text.split("\n")
    assert not checked.ok and lines[problem.line - 1].startswith("rooms = ")
    assert problem.line > 6  # the second entry's
    assert lines[4].startswith("rooms = ")
    # both entries' rooms lines, in both languages, and the fix names them too
    second = problem.line
    assert f"hours 'a' (line 5) and hours 'b' (line {second})" in problem.message.en
    assert f"5행의 hours 'a', {second}행의 hours 'b'" in problem.message.ko
    assert f"line 5 or on line {second}" in problem.fix.en
    assert f"5행이나 {second}행" in problem.fix.ko


def test_a_closed_day_named_in_one_language_is_a_warning(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    checked, _text = check(folder, '[[closed_days]]\ndate = "2026-12-31"\n'
                                   'name = { ko = "임시휴관", en = "" }\n')
    [problem] = found(checked, "text.one_language")
    assert checked.ok and problem.severity == "warning" and problem.line == 3


def test_a_closed_day_written_twice_names_the_date_and_both_lines(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    checked, _text = check(folder, '[[closed_days]]\ndate = "2026-12-31"\n\n'
                                   '[[closed_days]]\ndate = 2026-12-31\n')
    [problem] = found(checked, "closed_day.twice")
    assert problem.text("en").startswith(
        "[error] building.toml, line 5: The closed day 2026-12-31 is written twice (lines 2, 5)")
    assert not found(checked, "link.duplicate")


@pytest.mark.parametrize("written", ['"2026-12-31 00:00:00"', '" 2026-12-31 "',
                                     "2026-12-31T00:00:00", '"2026-12-31T00:00"'])
def test_a_date_at_midnight_or_with_spaces_is_the_date(tmp_path, written):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    checked, _text = check(folder, f'[[closed_days]]\ndate = {written}\n'
                                   'name = { ko = "임시휴관", en = "Closed" }\n')
    assert checked.ok, [p.text("en") for p in checked.problems]
    assert [d.date for d in checked.directory.closed_days] == ["2026-12-31"]


def test_a_date_in_another_form_says_the_form_expected(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    checked, _text = check(folder, '[[closed_days]]\ndate = "2026/12/31"\n')
    [problem] = found(checked, "date.form")
    assert 'is not written as year-month-day' in problem.text("en")
    assert "does not exist" not in problem.text("en") and problem.line == 2
