"""Every bad stick gets its clear message and leaves the kiosk's data byte for byte as it was,
before and after the staging copy is discarded: the corpus of bad bundles (bundle_corpus.py),
signatures, a stick pulled out or changed mid-read, and bombs (bundle_bombs.py) checked in a
fresh process under a memory ceiling; and the good sheets staff save (CP949 with 똠, UTF-8 with
BOM, XLSX with formulas, a partial bundle, formula-like cells kept as text)."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from bundle_bombs import BOMBS, HEAVY_GOOD
from bundle_corpus import (
    CASES,
    FAULT,
    LINES,
    column,
    csv_bytes,
    edit_staff,
    fingerprint,
    rows,
    toml_negative_scale,
    to_csv,
    write_xlsx,
)
from korean_report import english_words

from kiosk.bundle import stage as bundle_stage
from kiosk.bundle.problems import MAX_PER_FILE, CappedProblems, problem, tally
from kiosk.bundle.sign import keygen, load_private_key, load_public_key, sign
from kiosk.bundle.update import (
    apply_bundle,
    check_bundle,
    current_directory,
    discard,
    export_bundle,
    write_report,
)
from kiosk.directory import paths
from kiosk.directory.files import load_demo
from kiosk.ui import imaging

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
APPLIED_VERSION = 100
BOTH_FORMS = re.compile(r"이\(가\)|은\(는\)|을\(를\)|과\(와\)|\(으\)로")
ENGLISH_RECORD = re.compile(r"(^|[^\[\w])(nav_nodes|nav_edges|staff|departments|rooms|floors|"
                            r"kiosks|amenities|services|pledges|hours|closed_days|notices) '")
MEMORY_CEILING_MB = 300


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site's keys, a good bundle (the demo, exported), and a kiosk data folder that has
    applied that bundle signed as version 100: there is something to lose."""
    root = tmp_path_factory.mktemp("site")
    private, public = keygen(root / "site.key")
    base = export_bundle(load_demo(), root / "unused-data", root / "base")
    data = root / "data"
    signed = copy_of(base, root / "first")
    sign(signed, private, APPLIED_VERSION)
    key = load_public_key(str(public))
    checked = check(signed, data, key)
    assert checked.ok, [p.text("en") for p in checked.problems]
    apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)
    discard(checked)
    yield {"private": private, "public": key, "base": base, "data": data, "root": root}
    paths.use_data_assets(None)


def copy_of(base: Path, where: Path) -> Path:
    folder = where / "kiosk-directory"
    shutil.copytree(base, folder, symlinks=True)
    return folder


def check(folder: Path, data: Path, key: bytes | None):
    return check_bundle(folder, data, current_directory(data), public_key=key,
                        image_check=imaging.check_photo)


def refused(site, folder: Path, key: bytes | None, expected: str, file: str | None):
    """Check `folder`; it must fail with `expected` naming `file`, and change nothing."""
    before = fingerprint(site["data"])
    checked = check(folder, site["data"], key)
    assert fingerprint(site["data"]) == before
    discard(checked)
    assert checked.staging is None
    found = [p for p in checked.problems if p.key == expected]
    assert not checked.ok and checked.directory is None
    assert found, [p.text("en") for p in checked.problems]
    if file is not None:
        assert any(p.file.startswith(file) for p in found), [p.text("en") for p in found]
    assert all(p.message.ko and p.message.en and p.fix.ko and p.fix.en for p in found)
    # Korean wholly Korean: each particle chosen, no list named by its English name.
    for p in found:
        assert not BOTH_FORMS.search(p.message.ko + p.fix.ko), p.message.ko
        assert not ENGLISH_RECORD.search(p.message.ko), p.message.ko
    for p in checked.problems:  # no English left for a Korean reader (korean_report.py)
        if p.key == "sheet.no_header":  # it shows the cells of row 1 as they are
            continue
        assert english_words(p.message.ko) == english_words(p.fix.ko) == [], p.text("ko")
    assert fingerprint(site["data"]) == before
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_bad_bundle_is_refused_and_changes_nothing(site, tmp_path, name):
    build, key, file = CASES[name]
    folder = copy_of(site["base"], tmp_path)
    build(folder)
    found = refused(site, folder, None, key, file)
    marked = fault_line(folder)
    if name in LINES or marked is not None:
        line = LINES[name] if name in LINES else marked
        assert any(p.line == line and f", {line}행" in p.text("ko")
                   and f", line {line}" in p.text("en") for p in found), found


def fault_line(folder: Path) -> int | None:
    """The line of building.toml a case marked as its fault (bundle_corpus.FAULT)."""
    path = folder / "building.toml"
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")  # as editors do
    return next((n for n, text in enumerate(lines, 1) if text.endswith(FAULT)), None)


def test_a_line_separator_inside_a_value_is_no_line(site, tmp_path):
    """Notepad shows U+2028 inside a text as a character, not a line break; so does the
    line a problem names."""
    folder = copy_of(site["base"], tmp_path)
    text = (folder / "building.toml").read_text(encoding="utf-8")
    (folder / "building.toml").write_text(text.replace('ko = "', 'ko = "\u2028', 3),
                                          encoding="utf-8")
    toml_negative_scale(folder)
    found = refused(site, folder, None, "floor.scale", "building.toml")
    assert found[0].line == fault_line(folder)


def test_rows_are_named(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    edit_staff(folder, lambda t: t[5].__setitem__(column(t, "department"), "no-such-dept"))
    found = refused(site, folder, None, "link.missing", "staff.csv")
    assert found[0].line == 6  # the header is row 1: the fifth person is on row 6
    assert "staff.csv, 6행" in found[0].text("ko") and "no-such-dept" in found[0].text("en")


def test_problems_past_the_cap_are_counted_per_severity():
    found = CappedProblems()
    found += [problem("sheet.formula", "staff.csv", n, severity="warning", column="x", value="=1")
              for n in range(MAX_PER_FILE + 5)]
    found.append(problem("sheet.empty", "departments.csv", None))
    assert len(found) == MAX_PER_FILE + 2
    more = found[MAX_PER_FILE]
    assert (more.key, more.file, more.severity) == ("bundle.more_problems", "staff.csv", "warning")
    assert "5 more warnings" in more.message.en and more.count == 5
    found.append(problem("sheet.empty_id", "staff.csv", 999))
    errors = found[-1]
    assert (errors.severity, errors.count) == ("error", 1) and "1 more errors" in errors.message.en
    assert "오류가 1건" in errors.message.ko
    assert found[MAX_PER_FILE].count == 5 and len(found) == MAX_PER_FILE + 3
    assert tally(found) == (2, MAX_PER_FILE + 5)  # departments.csv's error, staff.csv's one


def test_toml_lines_are_named(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    text = (folder / "building.toml").read_text(encoding="utf-8")
    third = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[rooms]]"][2]
    lines = text.splitlines()
    at = next(n for n in range(third, len(lines)) if lines[n].startswith("floor = "))
    lines[at] = 'floor = "9F"'
    (folder / "building.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = refused(site, folder, None, "link.missing", "building.toml")
    assert found[0].line == at + 1  # the line of the reference at fault, not the entry's id


# -- signatures --------------------------------------------------------------------------------
def signed_copy(site, tmp_path, version=APPLIED_VERSION + 1, key=None) -> Path:
    folder = copy_of(site["base"], tmp_path)
    sign(folder, key or site["private"], version)
    return folder


def sign_bytes(site, folder: Path, body: bytes) -> None:
    (folder / "manifest.json").write_bytes(body)
    signature = load_private_key(site["private"]).sign(body)
    (folder / "manifest.sig").write_bytes(base64.b64encode(signature) + b"\n")


def test_unsigned_is_refused_when_the_kiosk_has_a_key(site, tmp_path):
    refused(site, copy_of(site["base"], tmp_path), site["public"], "sign.unsigned", None)


def test_a_broken_signature(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    sig = bytearray(base64.b64decode((folder / "manifest.sig").read_bytes()))
    sig[0] ^= 1
    (folder / "manifest.sig").write_bytes(base64.b64encode(bytes(sig)))
    refused(site, folder, site["public"], "sign.bad", "manifest.sig")


def test_signed_with_another_key(site, tmp_path):
    other, _public = keygen(tmp_path / "other.key")
    refused(site, signed_copy(site, tmp_path, key=other), site["public"], "sign.bad", None)


@pytest.mark.parametrize("version", [APPLIED_VERSION - 50, APPLIED_VERSION])
def test_an_old_or_replayed_version(site, tmp_path, version):
    found = refused(site, signed_copy(site, tmp_path, version), site["public"],
                    "sign.old_version", "manifest.json")
    assert str(APPLIED_VERSION) in found[0].message.en


@pytest.mark.parametrize("version", [10**30, 10**15 + 1, 0, -5])
def test_a_version_no_kiosk_could_move_past(site, tmp_path, version):
    """Signed by another tool: once applied, 10**30 would have refused every later bundle."""
    folder = signed_copy(site, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest["version"] = version
    sign_bytes(site, folder, json.dumps(manifest).encode("utf-8"))
    found = refused(site, folder, site["public"], "sign.version_range", "manifest.json")
    assert str(version) in found[0].message.en


def test_sign_takes_no_version_outside_the_range(site, tmp_path):
    from kiosk.bundle.sign import SignError

    folder = copy_of(site["base"], tmp_path)
    for version in (10**30, 0, -1):
        with pytest.raises(SignError, match="from 1 to"):
            sign(folder, site["private"], version)
    assert not (folder / "manifest.json").exists()
    sign(folder, site["private"], 10**15)


def test_a_signature_that_is_not_base64(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    (folder / "manifest.sig").write_bytes(b"this is not a signature\n")
    refused(site, folder, site["public"], "sign.bad", "manifest.sig")


def test_a_signature_without_its_manifest(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    (folder / "manifest.json").unlink()
    refused(site, folder, site["public"], "sign.unsigned", "manifest.sig")


def test_a_file_changed_after_signing(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    edit = rows(folder)
    edit[1][1] = "바뀐이름"
    write_xlsx(folder, "staff.xlsx", edit)
    refused(site, folder, site["public"], "sign.altered", "staff.xlsx")


def test_a_file_added_after_signing(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    shutil.copy(next((folder / "photos").iterdir()), folder / "photos" / "added.jpg")
    refused(site, folder, site["public"], "sign.extra_file", "photos/added.jpg")


def test_a_file_removed_after_signing(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    (folder / "departments.xlsx").unlink()
    refused(site, folder, site["public"], "sign.missing_file", "departments.xlsx")


def test_a_signed_manifest_that_is_not_one(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    sign_bytes(site, folder, b"{not json")
    refused(site, folder, site["public"], "sign.manifest_broken", "manifest.json")


@pytest.mark.parametrize("path", ["../outside.csv", "/etc/passwd", "photos/../../x.jpg"])
def test_a_signed_manifest_naming_paths_outside(site, tmp_path, path):
    folder = signed_copy(site, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest["version"] = APPLIED_VERSION + 7
    manifest["files"].append({"path": path, "size": 1, "sha256": "0" * 64})
    sign_bytes(site, folder, json.dumps(manifest).encode())
    refused(site, folder, site["public"], "sign.manifest_unsafe", "manifest.json")


# -- the stick itself --------------------------------------------------------------------------
def test_a_stick_pulled_out_mid_read(site, tmp_path, monkeypatch):
    folder = copy_of(site["base"], tmp_path)
    real, copied = bundle_stage._copy, []

    def copy_until_gone(source, rel, *rest):
        if len(copied) == 5:  # the stick goes away while its files are copied
            shutil.rmtree(folder)
        copied.append(rel)
        return real(source, rel, *rest)

    monkeypatch.setattr(bundle_stage, "_copy", copy_until_gone)
    refused(site, folder, None, "stage.read_error", None)
    assert not any((site["data"] / "bundles").glob("staging/*"))


def test_a_stick_gone_before_the_check(site, tmp_path):
    refused(site, tmp_path / "gone" / "kiosk-directory", None, "bundle.unreadable", None)


def vanish(path: Path) -> None:
    path.unlink()


def link_out(path: Path) -> None:
    path.unlink()
    os.symlink("/etc/hostname", path)


def pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def photos_folder_link_out(path: Path) -> None:
    """The photos folder moved out of the bundle (same files) and a link left in its place."""
    outside = path.parent.parent.parent / "photos-elsewhere"
    shutil.move(path.parent, outside)
    os.symlink(outside, path.parent)


@pytest.mark.parametrize("change, victim", [
    *((change, victim) for change in (vanish, link_out, pipe, folder)
      for victim in ("staff.xlsx", "photos/s03.png")),
    (photos_folder_link_out, "photos/s03.png")])
def test_a_file_that_changes_between_listing_and_copying(site, tmp_path, monkeypatch, change,
                                                         victim):
    """The stick is read once to list it and again to copy: what changed in between is
    refused by the copy itself, never followed, and a pipe never blocks it."""
    source = copy_of(site["base"], tmp_path)
    real = bundle_stage._copy

    def copy_after_change(src, rel, *rest):
        if rel == victim:
            change(source / rel)
        return real(src, rel, *rest)

    def stuck(*_args):
        raise TimeoutError("the copy blocked on a pipe")

    monkeypatch.setattr(bundle_stage, "_copy", copy_after_change)
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(60)  # fail, rather than hang, if a pipe ever blocks the copy
    try:
        found = refused(site, source, None, "stage.read_error", victim)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not any((site["data"] / "bundles").glob("staging/*")), found


def test_a_stick_pulled_out_after_a_good_check(site, tmp_path):
    """Apply reads the staging copy only: the stick can be gone by then."""
    folder = copy_of(site["base"], tmp_path)
    table = rows(folder)
    table[1][column(table, "duties_ko")] = "뽑힌 뒤에도 적용"
    to_csv(folder, table)
    data = tmp_path / "data"
    shutil.copytree(site["data"], data, symlinks=True)
    checked = check(folder, data, None)
    assert checked.ok, [p.text("en") for p in checked.problems]
    shutil.rmtree(folder)
    apply_bundle(checked, data)
    discard(checked)
    assert current_directory(data).get("staff", table[1][0]).duties.ko == "뽑힌 뒤에도 적용"


def test_bombs_are_refused_under_the_memory_ceiling(site, tmp_path):
    """Each bomb, built here, is checked in a fresh process (so its peak memory is the
    check's alone); each is refused with its message and the data folder unchanged. A good
    but heavy bundle (large photos) is accepted within the same ceiling."""
    folders = []
    builders = {**{name: case[0] for name, case in BOMBS.items()}, **HEAVY_GOOD}
    for name, build in builders.items():
        folder = copy_of(site["base"], tmp_path / name)
        build(folder)
        folders.append(f"{name}={folder}")
    before = fingerprint(site["data"])
    here = Path(__file__).parent
    result = subprocess.run(
        [sys.executable, str(here / "bundle_bombs.py"), str(site["data"]), *folders],
        check=False, capture_output=True, text=True, timeout=600,
        cwd=here.parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "PYTHONPATH": os.pathsep.join([str(here.parent.parent), str(here)])})
    assert result.returncode == 0, result.stderr
    reports = {r["name"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert sorted(reports) == sorted(builders)
    for name in HEAVY_GOOD:
        assert reports[name]["ok"] and reports[name]["unchanged_after_discard"], reports[name]
        assert reports[name]["peak_mb"] < MEMORY_CEILING_MB, reports[name]
    for name, (_build, key, file) in BOMBS.items():
        report = reports[name]
        found = [p for p in report["problems"] if p[0] == key]
        assert not report["ok"] and not report["directory"], report
        assert found and any(p[1].startswith(file) and p[2] for p in found), report
        assert report["unchanged_after_check"] and report["unchanged_after_discard"], report
        assert report["peak_mb"] < MEMORY_CEILING_MB, report
    assert fingerprint(site["data"]) == before


# -- good sheets as staff save them ------------------------------------------------------------
def applied(site, tmp_path, folder: Path):
    """Apply `folder` to a fresh copy of the kiosk's data; returns the directory after."""
    data = tmp_path / "data"
    shutil.copytree(site["data"], data, symlinks=True)
    checked = check(folder, data, None)
    assert checked.ok, [p.text("en") for p in checked.problems]
    apply_bundle(checked, data)
    discard(checked)
    return current_directory(data)


def test_a_cp949_sheet_with_ttom_imports_intact(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    table = rows(folder)
    table[1][column(table, "name_ko")] = "김똠순"
    table[1][column(table, "duties_ko")] = "똠양꿍 요리 강좌, 뷁 안내"
    to_csv(folder, table, encoding="cp949")
    assert "똠".encode("cp949") in (folder / "staff.csv").read_bytes()
    person = applied(site, tmp_path, folder).get("staff", table[1][0])
    assert person.name.ko == "김똠순" and person.duties.ko == "똠양꿍 요리 강좌, 뷁 안내"


def test_a_utf8_sheet_with_bom(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    table = rows(folder)
    table[2][column(table, "name_ko")] = "이새봄"
    (folder / "staff.xlsx").unlink()
    (folder / "staff.csv").write_bytes(b"\xef\xbb\xbf" + csv_bytes(table))
    assert applied(site, tmp_path, folder).get("staff", table[2][0]).name.ko == "이새봄"


def test_formula_like_cells_are_kept_as_text(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    cells = ["=1+1", "+82 2 3677 0371", "-", "@SUM(A1)", "=cmd|' /C calc'!A0"]
    table = rows(folder)
    for row, text in zip(table[1:], cells):
        row[column(table, "duties_ko")] = text
    to_csv(folder, table)
    checked = check(folder, site["data"], None)
    discard(checked)
    warned = {p.line for p in checked.problems if p.key == "sheet.formula"}
    assert checked.ok and warned >= {2, 5, 6}
    after = applied(site, tmp_path, folder)
    assert [after.get("staff", r[0]).duties.ko for r in table[1:6]] == cells


def test_a_partial_bundle_updates_only_its_part(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    for name in ("building.toml", "departments.xlsx", "floorplans"):
        path = folder / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    table = rows(folder)
    table[1][column(table, "duties_ko")] = "새 업무"
    to_csv(folder, table)
    before = current_directory(site["data"])
    after = applied(site, tmp_path, folder)
    assert after.get("staff", table[1][0]).duties.ko == "새 업무"
    for kept in ("floors", "rooms", "departments", "services", "amenities", "nav_nodes",
                 "nav_edges"):
        assert getattr(after, kept) == getattr(before, kept), kept
    assert after.building == before.building


def test_formulas_in_an_xlsx_are_kept_as_their_text(site, tmp_path):
    """Real formula cells, as Excel stores them: the kiosk shows the formula, never a result."""
    folder = copy_of(site["base"], tmp_path)
    table = rows(folder)
    book = openpyxl.Workbook()
    for row in table:
        book.active.append(row)
    duties = column(table, "duties_ko") + 1
    book.active.cell(row=2, column=duties, value="=1+1")
    book.active.cell(row=3, column=duties, value='=HYPERLINK("http://example.invalid","x")')
    book.active.cell(row=4, column=duties, value="김똠순 담당")
    assert book.active.cell(row=2, column=duties).data_type == "f"
    book.save(folder / "staff.xlsx")
    after = applied(site, tmp_path, folder)
    assert [after.get("staff", r[0]).duties.ko for r in table[1:4]] == [
        "=1+1", '=HYPERLINK("http://example.invalid","x")', "김똠순 담당"]


def test_an_xlsx_that_understates_its_size_loses_no_row(site, tmp_path):
    """Some programs write a wrong <dimension>; rows past it are people all the same."""
    folder = copy_of(site["base"], tmp_path)
    table = rows(folder)
    with zipfile.ZipFile(folder / "staff.xlsx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', parts[sheet])
    with zipfile.ZipFile(folder / "staff.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert len(rows(folder)) == 2  # what a reader that trusts <dimension> sees
    after = applied(site, tmp_path, folder)
    assert {s.id for s in after.staff} == {r[0] for r in table[1:]}
    last = after.get("staff", table[-1][0])
    assert last.photo == table[-1][column(table, "photo")]


def test_a_plan_with_the_svg_doctype_is_accepted(site, tmp_path):
    """Illustrator and other drawing programs write the SVG 1.1 DOCTYPE; it is not an entity."""
    folder = copy_of(site["base"], tmp_path)
    plan = folder / "floorplans" / "2F.svg"
    text = plan.read_text(encoding="utf-8")
    text = text[text.index("<svg"):]
    plan.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD '
                    'SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + text,
                    encoding="utf-8")
    checked = check(folder, site["data"], None)
    discard(checked)
    assert checked.ok, [p.text("en") for p in checked.problems]


def test_a_plan_that_refers_only_to_itself_is_accepted(site, tmp_path):
    """In-document references are drawing: a symbol used twice, a gradient fill."""
    folder = copy_of(site["base"], tmp_path)
    plan = folder / "floorplans" / "2F.svg"
    text = plan.read_text(encoding="utf-8").replace("</svg>", (
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>'
        '<symbol id="seat"><rect width="4" height="4"/></symbol></defs>'
        '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#seat" x="50" y="50"/>'
        '<use href=" #seat" x="60" y="50"/><rect width="5" height="5" fill="url(#g)" '
        'style="stroke: url( \'#g\' )"/><style>rect.seat { fill: url(#g) }</style>\n</svg>'))
    plan.write_text(text, encoding="utf-8")
    checked = check(folder, site["data"], None)
    discard(checked)
    assert checked.ok, [p.text("en") for p in checked.problems]


# -- file names the kiosk's disk cannot keep, and staging copies left behind ------------------
def test_a_report_shows_a_name_that_is_not_utf8(site, tmp_path):
    """The report is written to the stick as UTF-8: a name's raw bytes appear as \\xNN."""
    folder = copy_of(site["base"], tmp_path)
    photo = next((folder / "photos").iterdir())
    os.rename(photo, os.fsencode(folder / "photos") + b"/\xb0\xa1.png")  # 가 in CP949
    checked = check(folder, site["data"], None)
    report = write_report(checked, tmp_path, "en").read_text(encoding="utf-8-sig")
    assert "photos/\\xb0\\xa1.png" in report and "not UTF-8" in report


class FakeEntry:
    """A directory entry as a stick's exFAT lists it: a name of up to 255 characters."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name, self.path = name, str(folder / name)

    def is_symlink(self) -> bool:
        return False

    def is_dir(self, follow_symlinks: bool = True) -> bool:
        return False

    def is_file(self, follow_symlinks: bool = True) -> bool:
        return True


class Listing:
    def __init__(self, entries) -> None:
        self.entries = entries

    def __enter__(self):
        return iter(self.entries)

    def __exit__(self, *exc) -> None:
        return None


def test_names_a_stick_holds_and_the_kiosk_s_disk_does_not(site, tmp_path, monkeypatch):
    folder = copy_of(site["base"], tmp_path)
    real = os.scandir
    long_photo, long_plan = "가" * 84 + ".png", "나" * 84 + ".svg"  # 256 bytes

    def scandir(path):
        with real(path) as entries:
            listed = list(entries)
        extra = {"photos": long_photo, "floorplans": long_plan}.get(Path(path).name)
        if extra is not None:
            listed.append(FakeEntry(Path(path), extra))
        return Listing(listed)

    monkeypatch.setattr(bundle_stage.os, "scandir", scandir)
    files, found = bundle_stage.list_files(folder)
    monkeypatch.undo()
    assert not any(long_photo in f or long_plan in f for f in files)
    rows = {p.file: p for p in found if p.key == "files.name_too_long"}
    assert set(rows) == {f"photos/{long_photo}", f"floorplans/{long_plan}"}
    assert all(p.severity == "error" and "256 bytes" in p.message.en for p in rows.values())


def test_a_check_that_fails_leaves_no_staging_copy(site, tmp_path, monkeypatch):
    from kiosk.bundle import update

    def fails(_folder):
        raise OSError(36, "File name too long")

    monkeypatch.setattr(update, "read_parts", fails)
    with pytest.raises(OSError):
        check(copy_of(site["base"], tmp_path), site["data"], None)
    assert not any((site["data"] / "bundles").glob("staging/*"))


def test_an_apply_that_fails_removes_its_staging_copy_at_once(site, tmp_path, monkeypatch):
    from kiosk.bundle import update

    data = tmp_path / "data"
    shutil.copytree(site["data"], data, symlinks=True)
    checked = check(copy_of(site["base"], tmp_path), data, None)
    assert checked.ok and checked.staging.is_dir()
    staging = checked.staging

    def fails(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(update, "_apply", fails)
    with pytest.raises(OSError):
        apply_bundle(checked, data)
    assert not staging.exists() and checked.staging is None
    assert not any((data / "bundles").glob("staging/*"))
