"""Export and apply are inverses: a directory exported as a bundle, checked and applied, is the
same directory again, and exporting that finds nothing to change. Also the kept versions
(the last five) and rollback, which restores records and photos exactly."""
from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from bundle_kill_applier import png
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.bundle.update import (
    BundleError,
    apply_bundle,
    check_bundle,
    current_directory,
    discard,
    export_bundle,
    rollback,
    rollback_target,
    versions,
)
from kiosk.bundle.versions import KEEP, versions_root
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.directory.model import PRESENCE, Staff, Text, Words
from kiosk.directory.phone_form import one_form
from kiosk.ui import imaging

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
PHOTOS = sorted({s.photo for s in DEMO.staff if s.photo})

hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
korean_name = st.text(hangul, min_size=2, max_size=4)
english_name = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij -'"),
                       min_size=1, max_size=12).map(str.strip).filter(bool)
# What staff type into a cell: commas, quotes, semicolons, and text that a spreadsheet would
# take for a formula; line breaks (Alt+Enter gives "\n") and tabs only where a field may hold
# lines (duties; directory/text_safety.py). The sheet reader trims each cell.
line_alphabet = st.one_of(hangul, st.sampled_from('abcXYZ019 ,;"\'_\\()~.'))
cell_alphabet = st.one_of(line_alphabet, st.sampled_from("\n\t"))


def _cells(alphabet):
    return st.builds(lambda start, rest: (start + rest).strip(),
                     st.sampled_from(["", "=", "+", "-", "@", "=HYPERLINK(", "-1234", "+82 "]),
                     st.text(alphabet, max_size=25))


cell = _cells(line_alphabet)
# A number as the kiosk holds it: read in one form (directory/phone_form.py).
phone_cell = cell.map(one_form)
lines_cell = _cells(cell_alphabet)
keyword = st.text(st.one_of(hangul, st.sampled_from("abc xyz-")), min_size=1, max_size=8) \
    .map(str.strip).filter(bool)
# A directory applied from building.toml (or a CSV sheet) can hold what an XLSX cell cannot:
# carriage returns (where lines are allowed), a noncharacter, spaces at either end. Other
# control characters are refused (test_bundle_text.py).
raw_line = st.text(st.one_of(line_alphabet, st.sampled_from("\ufffe ")), max_size=25)
raw_text = st.text(st.one_of(cell_alphabet, st.sampled_from("\r\ufffe ")), max_size=25)
text = st.one_of(lines_cell, lines_cell, raw_text)


@st.composite
def directories(draw) -> Directory:
    """The demo directory with people removed, renamed and added, departments and rooms
    changed."""
    staff = [s for s in DEMO.staff if draw(st.integers(0, 3))]  # a quarter removed
    for i in draw(st.sets(st.integers(0, max(len(staff) - 1, 0)), max_size=6)):
        if i < len(staff):
            staff[i] = dataclasses.replace(
                staff[i], name=Text(draw(korean_name), draw(english_name)),
                duties=Text(draw(text), draw(text)), extension=draw(phone_cell))
    department_ids = [d.id for d in DEMO.departments]
    room_ids = [r.id for r in DEMO.rooms]
    for n in range(draw(st.integers(0, 4))):
        staff.append(Staff(
            f"new{n}", Text(draw(korean_name), draw(english_name)), Text(draw(cell), draw(cell)),
            draw(st.sampled_from(department_ids)), duties=Text(draw(cell), draw(cell)),
            extension=draw(phone_cell), room=draw(st.one_of(st.none(), st.sampled_from(room_ids))),
            presence=draw(st.sampled_from(PRESENCE)), photo=draw(st.sampled_from(["", *PHOTOS])),
            sample=draw(st.booleans())))
    departments = list(DEMO.departments)
    for i in draw(st.sets(st.integers(0, len(departments) - 1), max_size=4)):
        departments[i] = dataclasses.replace(
            departments[i], name=Text(draw(korean_name), draw(cell)),
            duties=Text(draw(text), draw(text)), phone=draw(phone_cell), fax=draw(phone_cell),
            keywords=Words(tuple(draw(st.lists(keyword, max_size=3))),
                           tuple(draw(st.lists(keyword, max_size=3)))))
    rooms = list(DEMO.rooms)
    for i in draw(st.sets(st.integers(0, len(rooms) - 1), max_size=4)):
        # A place needs a name in one language at least (text.required): the Korean one.
        named = raw_line.filter(lambda t: any(c.isalnum() for c in t))
        rooms[i] = dataclasses.replace(rooms[i], name=Text(draw(named),
                                                           draw(st.one_of(cell, raw_line))))
    return dataclasses.replace(DEMO, staff=staff, departments=departments, rooms=rooms)


def _with_duties(text: str) -> Directory:
    first = dataclasses.replace(DEMO.staff[0], duties=Text(text, text))
    return dataclasses.replace(DEMO, staff=[first, *DEMO.staff[1:]])




def _check(folder: Path, data: Path):
    checked = check_bundle(folder, data, current_directory(data), public_key=None,
                           image_check=imaging.check_photo)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    return checked


def _apply(folder: Path, data: Path) -> int:
    checked = _check(folder, data)
    try:
        return apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)
    finally:
        discard(checked)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories())
@example(_with_duties("줄 하나\r\n줄 둘"))  # as a CSV sheet brings it
@example(_with_duties(" 앞뒤 공백\t붙여넣기 "))  # as building.toml can bring it
def test_export_then_apply_gives_the_same_directory(directory):
    with tempfile.TemporaryDirectory(prefix="kiosk-roundtrip-") as scratch:
        root = Path(scratch)
        data = root / "data"
        _apply(export_bundle(directory, data, root / "first"), data)
        served = current_directory(data)
        assert served.to_records() == directory.to_records()
        again = _check(export_bundle(served, data, root / "second"), data)
        discard(again)
        assert again.changes == ()
    paths.use_data_assets(None)


def _variant(n: int) -> Directory:
    """The demo with its first person renamed: a directory of its own."""
    first = dataclasses.replace(DEMO.staff[0], name=Text(f"직원{n}", f"Person {n}"))
    return dataclasses.replace(DEMO, staff=[first, *DEMO.staff[1:]])


def _bundle(root: Path, data: Path, name: str, directory: Directory,
            photo: bytes | None = None) -> Path:
    """The directory as a bundle; `photo`: new bytes for the first person's photo file."""
    folder = export_bundle(directory, data, root / name)
    if photo is not None:
        (folder / "photos" / directory.staff[0].photo).write_bytes(photo)
    return folder


def test_only_the_last_five_versions_are_kept(tmp_path):
    data = tmp_path / "data"
    numbers = []
    for n in range(7):
        directory = _variant(n)
        numbers.append(_apply(_bundle(tmp_path, data, f"b{n}", directory), data))
        assert current_directory(data).to_records() == directory.to_records()
    kept = [v.number for v in versions(data)]
    assert len(kept) == KEEP and kept == numbers[-KEEP:]
    assert [v.current for v in versions(data)] == [False] * (KEEP - 1) + [True]
    assert sorted(int(p.name) for p in versions_root(data).iterdir()) == kept
    with pytest.raises(BundleError):
        rollback(data, to=numbers[0])


def _served_photo(directory: Directory) -> tuple[bytes, bytes]:
    """The first person's photo and thumbnail as the kiosk would show them."""
    name = directory.staff[0].photo
    return paths.staff_photo(name).read_bytes(), paths.staff_thumbnail(name).read_bytes()


def test_rollback_restores_records_and_photos_exactly(tmp_path):
    data = tmp_path / "data"
    x, x_photo, y, y_photo = _variant(1), png(64, 1), _variant(2), png(64, 2)
    first = _apply(_bundle(tmp_path, data, "x", x, x_photo), data)
    x_served = _served_photo(current_directory(data))
    assert x_served[0] == x_photo
    second = _apply(_bundle(tmp_path, data, "y", y, y_photo), data)
    y_served = _served_photo(current_directory(data))
    assert y_served[0] == y_photo and y_served[1] != x_served[1]

    assert rollback(data) == first
    served = current_directory(data)
    assert served.to_records() == x.to_records() and _served_photo(served) == x_served
    assert [v.number for v in versions(data) if v.current] == [first]

    assert rollback(data, to=second) == second  # a named version, forward again
    served = current_directory(data)
    assert served.to_records() == y.to_records() and _served_photo(served) == y_served

    # The version kept from before the first bundle: the demo with its own photos.
    before = versions(data)[0].number
    assert rollback(data, to=before) == before
    served = current_directory(data)
    assert served.to_records() == DEMO.to_records()
    assert paths.staff_photo(DEMO.staff[0].photo) == paths.STAFF_PHOTOS / DEMO.staff[0].photo


def test_an_update_in_another_process_waits_for_the_one_under_way(tmp_path):
    """A terminal's `bundle apply` or `rollback` beside the kiosk's own apply: the cleanup
    that ends each one must not remove the other's unfinished version folder."""
    import subprocess
    import sys

    from kiosk.bundle.versions import one_update_at_a_time

    data = tmp_path / "data"
    unfinished = versions_root(data) / "7.tmp"
    with one_update_at_a_time(data):  # an apply under way in this process
        unfinished.mkdir(parents=True)
        (data / "kiosk.json").write_text("{}", encoding="utf-8")
        other = subprocess.Popen([sys.executable, "-c", (
            "import sys; from kiosk.bundle.versions import cleanup; cleanup(sys.argv[1])"),
            str(data)])
        with pytest.raises(subprocess.TimeoutExpired):
            other.wait(timeout=1.0)
        assert unfinished.is_dir()  # the other process is still waiting for its turn
    assert other.wait(timeout=30) == 0
    assert not unfinished.exists()  # after the apply, its own leftovers go as before


@pytest.mark.parametrize("table", ["services", "amenities", "nav_edges"])
def test_an_empty_table_between_others_stays_its_own(table):
    """`amenities = []` written after the last [[services]] entry would belong to it."""
    import tomllib

    from kiosk.bundle.export import building_toml

    emptied = dataclasses.replace(DEMO, **{table: ()})
    parsed = tomllib.loads(building_toml(emptied))
    assert parsed[table] == []
    for other, items in parsed.items():
        rows = items if isinstance(items, list) else [items]
        assert all(table not in row for row in rows if isinstance(row, dict)), other


@pytest.mark.parametrize("steps, expected", [
    # (apply a variant | "back"), and the variant (None: the demo) served at the end
    ((1, "back", 2, "back"), None),        # X, undo, Y, undo: the directory before Y
    ((1, 2, "back"), 1),                   # X, Y, undo: X
    ((1, 2, "back", "back"), None),        # undo twice: before X
    ((1, 2, "back", 3, "back"), 1),        # undo goes to what Z replaced, not to number - 1
])
def test_rollback_undoes_the_last_apply(tmp_path, steps, expected):
    data = tmp_path / "data"
    for n, step in enumerate(steps):
        if step == "back":
            rollback(data)
        else:
            _apply(_bundle(tmp_path, data, f"b{n}", _variant(step)), data)
    wanted = DEMO if expected is None else _variant(expected)
    assert current_directory(data).to_records() == wanted.to_records()


def test_rollback_with_nothing_applied_before_is_refused(tmp_path):
    data = tmp_path / "data"
    _apply(_bundle(tmp_path, data, "x", _variant(1)), data)
    rollback(data)  # back to the demo, which replaced nothing
    assert rollback_target(data) is None
    with pytest.raises(BundleError):
        rollback(data)


@pytest.mark.parametrize("edit, changed", [
    (lambda svg: svg, set()),  # the same bytes: nothing to list
    (lambda svg: svg.replace(b"</svg>", b"<rect x='1' y='1' width='2' height='2'/></svg>"),
     {"2F"}),
    (lambda svg: svg + b"\n", {"2F"}),  # one byte more is another plan
])
def test_a_replaced_floor_plan_is_listed_as_a_change(tmp_path, edit, changed):
    data = tmp_path / "data"
    _apply(_bundle(tmp_path, data, "first", DEMO), data)
    folder = _bundle(tmp_path, data, "second", DEMO)
    plan = folder / "floorplans" / "2F.svg"
    plan.write_bytes(edit(plan.read_bytes()))
    checked = _check(folder, data)
    try:
        assert {c.id for c in checked.changes} == changed
        assert all(c.table == "floors" and c.kind == "changed" and c.fields == ("plan",)
                   for c in checked.changes)
        if changed:  # once applied, the new plan is in use: the same bytes change nothing
            apply_bundle(checked, data)
            again = _check(folder, data)
            discard(again)
            assert again.changes == ()
    finally:
        discard(checked)
