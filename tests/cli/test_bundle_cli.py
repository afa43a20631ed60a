"""`python -m kiosk bundle ...`: what staff type on their PC and on the kiosk's own PC, run
in-process against a data folder of the test's own (and twice as a real process)."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kiosk.__main__ import main
from kiosk.bundle.problems import MESSAGES
from kiosk.directory import paths
from kiosk.directory.files import DEPARTMENT_COLUMNS, STAFF_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "bundle-format.md"


class Kiosk:
    """A config file naming a data folder under tmp_path; `run` is `python -m kiosk` in this
    process, returning (exit code, stdout, stderr)."""

    def __init__(self, tmp_path: Path, capsys):
        self.root, self.capsys = tmp_path, capsys
        self.exports = 0
        self.data = tmp_path / "data"
        self.config = tmp_path / "kiosk.toml"
        self.configure()

    def configure(self, **sections: dict) -> None:
        lines = ["[data]", f"folder = {json.dumps(str(self.data))}"]
        for section, values in sections.items():
            lines.append(f"[{section}]")
            lines += [f"{k} = {json.dumps(v)}" for k, v in values.items()]
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--config", str(self.config), "bundle", *map(str, args)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def export(self, name: str = "stick", change: bool = True) -> Path:
        """The directory in use as a bundle; with `change`, one closed day added, as apply
        applies nothing when nothing changes."""
        code, out, err = self.run("export", self.root / name, "--lang", "en")
        assert code == 0, err
        if change:
            self.exports += 1
            with (self.root / name / "building.toml").open("a", encoding="utf-8") as toml:
                toml.write(f'\n[[closed_days]]\ndate = "2031-01-{self.exports:02d}"\n'
                           'name = { ko = "임시휴관", en = "Closed" }\n')
        return self.root / name


@pytest.fixture
def kiosk(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # keygen writes beside the working folder
    yield Kiosk(tmp_path, capsys)
    paths.use_data_assets(None)  # apply points photo lookups at this test's data folder


@pytest.fixture
def keys(kiosk):
    code, _out, err = kiosk.run("keygen", "site")
    assert code == 0, err
    return kiosk.root / "site.key", kiosk.root / "site.pub"


def write_csv(path: Path, table: list[list[str]], encoding: str = "utf-8") -> None:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(table)
    path.write_bytes(text.getvalue().encode(encoding))


def sheet_rows(path: Path) -> list[list[str]]:
    book = openpyxl.load_workbook(path, read_only=True)
    out = [["" if v is None else str(v) for v in row] for row in book.active.iter_rows(
        values_only=True)]
    book.close()
    return out


def staff_as_csv(bundle: Path, change, encoding: str = "utf-8") -> None:
    """The exported staff sheet saved as staff.csv after `change(table)`, as staff do."""
    table = sheet_rows(bundle / "staff.xlsx")
    change(table)
    (bundle / "staff.xlsx").unlink()
    write_csv(bundle / "staff.csv", table, encoding)


# -- keys and signatures -----------------------------------------------------------------------
def test_keygen_writes_a_private_key_for_its_owner_only_and_never_overwrites(kiosk, keys):
    private, public = keys
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert len(public.read_text().strip()) == 44  # 32 bytes, base64
    before = private.read_bytes(), public.read_bytes()
    code, out, err = kiosk.run("keygen", "site.key", "--lang", "en")
    assert code == 2 and "site.key already exists" in err and "Traceback" not in err
    assert (private.read_bytes(), public.read_bytes()) == before


def test_export_then_validate_is_clean_and_changes_nothing(kiosk):
    bundle = kiosk.export(change=False)
    assert {p.name for p in bundle.iterdir()} == {"building.toml", "staff.xlsx",
                                                  "departments.xlsx", "photos", "floorplans"}
    assert (bundle / "photos" / "s01.png").is_file()
    assert (bundle / "floorplans" / "1F.svg").is_file()
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 0, out
    assert "Result: Ready to apply (warnings: 1)" in out and "Nothing changes" in out
    assert "[error]" not in out
    code, out, _err = kiosk.run("validate", bundle)  # Korean by default
    assert code == 0 and "바뀌는 내용이 없습니다" in out
    assert not kiosk.data.exists()  # a check on a staff PC leaves no data folder behind


def test_export_into_a_stick_that_has_files_writes_kiosk_directory(kiosk):
    stick = kiosk.root / "stick"
    stick.mkdir()
    (stick / "notes.txt").write_text("other things on the stick")
    kiosk.export()
    assert (stick / "kiosk-directory" / "building.toml").is_file()
    code, out, _err = kiosk.run("validate", stick, "--lang", "en")  # the stick itself
    assert code == 0 and "kiosk-directory" in out


def test_export_onto_an_empty_new_stick_writes_kiosk_directory(kiosk):
    """`bundle export E:\\` on a new, empty stick: the kiosk reads only E:\\kiosk-directory,
    so that is where the bundle goes, not the stick's top; an empty kiosk-directory given by
    name is used itself."""
    stick = kiosk.root / "empty-stick"
    stick.mkdir()
    kiosk.export("empty-stick", change=False)
    assert (stick / "kiosk-directory" / "building.toml").is_file()
    assert not (stick / "building.toml").exists()
    named = kiosk.root / "other" / "kiosk-directory"
    named.mkdir(parents=True)
    kiosk.export("other/kiosk-directory", change=False)
    assert (named / "building.toml").is_file()


def test_validate_prints_no_control_character(kiosk):
    """A stick's folder and a staff name holding ESC and BEL (a terminal would clear itself
    and ring): the report shows them as <U+001B>, never raw."""
    bundle = kiosk.export("stick\x1b[2J")
    table = sheet_rows(bundle / "staff.xlsx")
    table[1][table[0].index("name_en")] = "Jung\x1b]0;owned\x07"
    (bundle / "staff.xlsx").unlink()
    out_csv = io.StringIO(newline="")
    csv.writer(out_csv).writerows(table)
    (bundle / "staff.csv").write_text(out_csv.getvalue(), encoding="utf-8")
    code, out, err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 1 and "text.control" not in err
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "stick<U+001B>[2J" in out and "U+001B" in out


def test_sign_then_validate_with_the_key_verifies_the_signature(kiosk, keys):
    private, public = keys
    bundle = kiosk.export()
    code, out, err = kiosk.run("sign", bundle, "--key", private, "--version", "7",
                               "--lang", "en")
    assert code == 0, err
    assert "version 7" in out and (bundle / "manifest.json").is_file()
    code, out, _err = kiosk.run("validate", bundle, "--key", public, "--lang", "en")
    assert code == 0, out
    assert "Signature: verified (version 7)" in out
    code, out, _err = kiosk.run("validate", bundle, "--key", public.read_text().strip())
    assert code == 0 and "서명: 확인됨 (버전 7)" in out


def test_a_file_edited_after_signing_is_named(kiosk, keys):
    private, public = keys
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", private)[0] == 0
    with open(bundle / "building.toml", "a", encoding="utf-8") as f:
        f.write("# edited after signing\n")
    code, out, _err = kiosk.run("validate", bundle, "--key", public, "--lang", "en")
    assert code == 1
    assert "[error] building.toml: The file changed after the bundle was signed." in out
    assert "Sign the bundle again" in out
    # The signature itself is valid, but it no longer vouches for these files: never
    # "verified" beside that error.
    assert "Signature: verified" not in out
    assert "Signature: the files differ from what was signed" in out


def test_an_unsigned_bundle_fails_when_the_kiosk_has_a_key(kiosk, keys):
    _private, public = keys
    kiosk.configure(bundle={"public_key": str(public)})
    bundle = kiosk.export()
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 1
    assert "[error] manifest.sig: The bundle is not signed" in out
    code, out, _err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 1 and not (kiosk.data / "bundles" / "versions").exists()


def test_signing_with_a_lower_version_is_refused(kiosk, keys):
    private, _public = keys
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", private, "--version", "20")[0] == 0
    manifest = (bundle / "manifest.json").read_bytes()
    for lower in ("20", "19"):
        code, _out, err = kiosk.run("sign", bundle, "--key", private, "--version", lower,
                                    "--lang", "en")
        assert code == 2 and "must be higher than" in err and "(20)" in err
    assert (bundle / "manifest.json").read_bytes() == manifest
    code, out, _err = kiosk.run("sign", bundle, "--key", private, "--lang", "en")
    assert code == 0  # without --version: the time of signing, above 20
    assert int(re.search(r"version (\d+)", out).group(1)) > 20


def test_a_bundle_signed_with_another_key_is_refused(kiosk, keys):
    _private, public = keys
    assert kiosk.run("keygen", "other")[0] == 0
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", kiosk.root / "other.key")[0] == 0
    code, out, _err = kiosk.run("validate", bundle, "--key", public, "--lang", "en")
    assert code == 1 and "[error] manifest.sig: The signature does not match" in out


# -- sheets -------------------------------------------------------------------------------------
def test_a_bad_sheet_row_names_the_file_and_the_row(kiosk):
    bundle = kiosk.export()

    def break_row_3(table):
        table[2][table[0].index("department")] = "nowhere"
        table[4][table[0].index("id")] = ""
    staff_as_csv(bundle, break_row_3)
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 1
    assert "[error] staff.csv, line 3: staff 's02': department 'nowhere' is not in " \
        "departments." in out
    assert "[error] staff.csv, line 5: The id cell is empty." in out
    code, out, _err = kiosk.run("validate", bundle)
    assert "staff.csv, 3행" in out


def test_a_partial_cp949_bundle_changes_only_the_staff(kiosk):
    """Only staff.csv (as Korean Excel saves it) and one photo: the rest stays as it is."""
    full = kiosk.export("full")
    bundle = kiosk.root / "partial"
    (bundle / "photos").mkdir(parents=True)
    (bundle / "photos" / "s01.png").write_bytes((full / "photos" / "s02.png").read_bytes())
    table = sheet_rows(full / "staff.xlsx")
    table[1][table[0].index("name_ko")] = "김똠이"  # 똠: in CP949, not in EUC-KR
    write_csv(bundle / "staff.csv", table, "cp949")
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 0, out
    changes = out.split("Changes", 1)[1]
    assert "Person: 0 added, 0 removed, 1 changed" in changes
    assert "\n      name (Korean): 정혜원 → 김똠이\n      Changed: photo\n" in changes
    assert not re.search(r"^  (Place|Floors|Department)", changes, re.MULTILINE)


# -- on the kiosk's own PC ----------------------------------------------------------------------
def versions_listed(kiosk) -> list[tuple[bool, int]]:
    code, out, _err = kiosk.run("versions", "--lang", "en")
    assert code == 0
    return [(line[0] == "*", int(line[1:6])) for line in out.splitlines()
            if re.match(r"^[* ] +\d+  ", line)]


def test_apply_then_versions_marks_it_current(kiosk):
    bundle = kiosk.export()
    code, out, err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 0, err
    assert "Applied: version 2." in out
    # 1 is the directory from before the first bundle, kept to roll back to
    assert versions_listed(kiosk) == [(False, 1), (True, 2)]
    assert str(bundle) in kiosk.run("versions")[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_apply_flushes_only_the_kiosk_s_own_disk(kiosk, monkeypatch):
    """sync() would also wait for the report being written to a slow USB stick."""
    def every_disk():
        raise AssertionError("os.sync() flushes every disk, the stick's too")
    monkeypatch.setattr(os, "sync", every_disk)
    code, out, err = kiosk.run("apply", kiosk.export(), "--lang", "en")
    assert code == 0, err
    assert "Applied: version 2." in out


def test_apply_twice_then_roll_back(kiosk, keys):
    private, public = keys
    first = kiosk.export("first")
    assert kiosk.run("apply", first)[0] == 0
    kiosk.configure(bundle={"public_key": str(public)})  # from now on: signed bundles only
    second = kiosk.export("second")
    staff_as_csv(second, lambda table: table.pop())  # the last person leaves
    assert kiosk.run("sign", second, "--key", private, "--version", "3")[0] == 0
    code, out, _err = kiosk.run("apply", second, "--lang", "en")
    assert code == 0 and "Person: 0 added, 1 removed, 0 changed" in out
    assert "signed version 3" in kiosk.run("versions", "--lang", "en")[1]
    assert versions_listed(kiosk) == [(False, 1), (False, 2), (True, 3)]
    code, out, err = kiosk.run("rollback", "--lang", "en")
    assert code == 0, err
    assert "Rolled back to version 2." in out
    assert versions_listed(kiosk) == [(False, 1), (True, 2), (False, 3)]
    again = kiosk.export("again")  # the directory in use is the first bundle's again
    assert len(sheet_rows(again / "staff.xlsx")) == len(sheet_rows(first / "staff.xlsx"))
    assert kiosk.run("rollback", "--to", "3")[0] == 0
    assert versions_listed(kiosk) == [(False, 1), (False, 2), (True, 3)]
    code, _out, err = kiosk.run("rollback", "--to", "9", "--lang", "en")
    assert code == 2 and "There is no version 9. Kept versions: 1, 2, 3" in err


def test_an_old_signed_version_is_not_applied_again(kiosk, keys):
    private, public = keys
    kiosk.configure(bundle={"public_key": public.read_text().strip()})
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", private, "--version", "5")[0] == 0
    assert kiosk.run("apply", bundle)[0] == 0
    code, out, _err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 1 and "Bundle version 5 is not newer than the version already applied " \
        "(5)" in out


def test_apply_of_a_bundle_that_changes_nothing_applies_nothing(kiosk):
    """As the staff screen's Apply is off: it took a version slot for nothing."""
    assert kiosk.run("apply", kiosk.export("first"))[0] == 0
    kept = versions_listed(kiosk)
    code, out, err = kiosk.run("apply", kiosk.export("same", change=False), "--lang", "en")
    assert code == 0 and err == "" and "Nothing changes, so nothing was applied" in out
    assert versions_listed(kiosk) == kept
    assert "Applied" not in out


def test_apply_refuses_a_directory_without_this_kiosk(kiosk):
    bundle = kiosk.export()
    kiosk.configure(kiosk={"id": "annex"})
    code, out, _err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 1 and "This kiosk (annex, floor -) is not among the new directory's " \
        "kiosks" in out
    assert versions_listed(kiosk) == []


def test_validate_on_the_kiosk_refuses_a_directory_without_this_kiosk_as_apply_does(kiosk):
    """A bundle that renamed the kiosk validated as ready on the kiosk's own PC, and
    `bundle apply` then refused it with exit code 2."""
    bundle = kiosk.export()
    assert kiosk.run("apply", bundle)[0] == 0  # now the data folder is a kiosk's
    kept = versions_listed(kiosk)
    text = (bundle / "building.toml").read_text(encoding="utf-8")
    kiosk_id = "lobby"  # the kiosk.id setting's default
    (bundle / "building.toml").write_text(
        text.replace(f'id = "{kiosk_id}"', f'id = "{kiosk_id}-2"')
            .replace(f'"{kiosk_id}"', f'"{kiosk_id}-2"'), encoding="utf-8")
    for command in ("validate", "apply"):
        code, out, err = kiosk.run(command, bundle, "--lang", "en")
        assert code == 1 and err == "", command
        assert f"This kiosk ({kiosk_id}, floor" in out and "Result: No problems" not in out
    assert versions_listed(kiosk) == kept


def test_a_bundle_without_kiosks_is_not_ready(kiosk):
    """It used to validate as ready, and `bundle apply` then exited 2."""
    bundle = kiosk.export()
    text = (bundle / "building.toml").read_text(encoding="utf-8")
    kept = [e for e in text.split("\n[[") if not e.startswith("kiosks]]")]
    (bundle / "building.toml").write_text("kiosks = []\n" + "\n[[".join(kept), encoding="utf-8")
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 1 and "building.toml, line 1: No kiosk is listed" in out
    code, out, _err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 1 and "No kiosk is listed" in out
    assert versions_listed(kiosk) == []


def test_a_photo_name_too_long_is_a_row_and_apply_leaves_no_staging(kiosk):
    bundle = kiosk.export()
    long_name = "가" * 100 + ".png"
    staff_as_csv(bundle, lambda table: table[1].__setitem__(table[0].index("photo"), long_name))
    code, out, err = kiosk.run("apply", bundle, "--lang", "en")
    assert code == 1 and err == ""
    assert "staff.csv, line 2: The name" in out and "304 bytes, at most 251" in out
    assert not list((kiosk.data / "bundles").glob("staging/*"))


def test_roll_back_with_nothing_to_roll_back_is_a_clear_error(kiosk):
    code, out, err = kiosk.run("rollback", "--lang", "en")
    assert code == 2 and out == ""
    assert err == "error: There is no earlier version to roll back to; see 'bundle versions' " \
        "for the kept ones.\n"
    assert not kiosk.data.exists()
    assert kiosk.run("versions", "--lang", "en")[1] == "No bundle has been applied.\n"


def test_a_folder_that_does_not_exist_is_a_clear_error(kiosk):
    for command in (("validate",), ("apply",), ("sign", "--key", "site.key")):
        code, out, err = kiosk.run(command[0], kiosk.root / "nowhere", *command[1:],
                                   "--lang", "en")
        assert code == 2 and out == ""
        assert err.startswith(f"error: No such folder: {kiosk.root / 'nowhere'}. Give the "
                              f"bundle folder (kiosk-directory)")


# -- as a separate process ----------------------------------------------------------------------
def run_process(kiosk, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    return subprocess.run([sys.executable, "-m", "kiosk", "--config", str(kiosk.config),
                           "bundle", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=kiosk.root, timeout=120)


def test_process_keygen_sign_validate(kiosk):
    assert run_process(kiosk, "keygen", "site").returncode == 0
    bundle = kiosk.export(change=False)
    signed = run_process(kiosk, "sign", bundle, "--key", "site.key", "--lang", "en")
    assert signed.returncode == 0, signed.stderr
    checked = run_process(kiosk, "validate", bundle, "--key", "site.pub", "--lang", "en")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Signature: verified" in checked.stdout and "Nothing changes" in checked.stdout


def test_process_refusals_are_one_line_without_a_traceback(kiosk):
    result = run_process(kiosk, "rollback")
    assert result.returncode == 2 and result.stderr.startswith("오류: 되돌릴 이전 버전이 없습니다")
    assert "Traceback" not in result.stderr
    broken = kiosk.root / "broken.key"
    broken.write_text("not a key")
    (kiosk.root / "stick").mkdir()
    result = run_process(kiosk, "sign", kiosk.root / "stick", "--key", broken)
    assert result.returncode == 2 and "broken.key" in result.stderr
    assert "Traceback" not in result.stderr


# -- the staff document cannot fall behind ------------------------------------------------------
def test_every_problem_key_is_explained_in_the_document():
    doc = DOC.read_text(encoding="utf-8")
    missing = [key for key in MESSAGES if f"`{key}`" not in doc]
    assert missing == []


def test_every_exported_column_and_field_is_in_the_document(kiosk):
    from dataclasses import fields

    from kiosk.directory.model import TABLES, Building, ServiceStep
    doc = DOC.read_text(encoding="utf-8")
    bundle = kiosk.export()
    for sheet, columns in (("staff", STAFF_COLUMNS + ("sample",)),
                           ("departments", DEPARTMENT_COLUMNS)):
        header = tuple(sheet_rows(bundle / f"{sheet}.xlsx")[0])
        assert header == columns  # the demo's staff are sample people: the column is there
        section = doc.split(f"### `{sheet}.xlsx` / `{sheet}.csv`")[1].split("###")[0]
        assert tuple(re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)) == columns
    assert "[building]" in doc
    for table in TABLES:
        if table not in ("staff", "departments"):
            assert f"[[{table}]]" in doc or f"`{table}`" in doc, table
    in_toml = [cls for table, cls in TABLES.items() if table not in ("staff", "departments")]
    for cls in (Building, ServiceStep, *in_toml):
        assert [f.name for f in fields(cls) if f"`{f.name}`" not in doc] == [], cls.__name__


def test_the_documents_example_bundle_passes_every_check(kiosk):
    """The complete example in the document, written out as staff would, with its photos
    (one PNG, one JPEG) and plans: ready to apply, with no warning beyond the missing key."""
    from PySide6.QtGui import QImage
    doc = DOC.read_text(encoding="utf-8")
    bundle = kiosk.root / "stick" / "kiosk-directory"
    (bundle / "photos").mkdir(parents=True)
    (bundle / "floorplans").mkdir()
    for name in ("building.toml", "staff.csv", "departments.csv"):
        block = re.search(rf"<!-- example: {re.escape(name)} -->\n```\w+\n(.*?)```", doc,
                          re.DOTALL)
        assert block, name
        (bundle / name).write_text(block.group(1), encoding="utf-8")
    (bundle / "photos" / "s01.png").write_bytes((paths.STAFF_PHOTOS / "s01.png").read_bytes())
    assert QImage(str(paths.STAFF_PHOTOS / "s02.png")).save(str(bundle / "photos" / "s02.jpg"),
                                                            "JPEG")
    for plan in ("1F.svg", "2F.svg"):
        (bundle / "floorplans" / plan).write_bytes((paths.FLOORPLANS / plan).read_bytes())
    code, out, _err = kiosk.run("validate", kiosk.root / "stick", "--lang", "en")
    assert code == 0, out
    assert "Problems: errors 0, warnings 1" in out and "No signature was checked" in out
    assert "[added] Person" not in out  # s01 and s02 replace the demo's s01 and s02
    assert "[added] Department admin Administration" in out


def test_validate_on_the_kiosk_pc_says_a_version_is_not_newer(kiosk, keys):
    """Only apply refused it before: validate staged in a scratch folder with no history."""
    private, public = keys
    kiosk.configure(bundle={"public_key": str(public)})
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", private, "--version", "7")[0] == 0
    assert kiosk.run("apply", bundle)[0] == 0
    before = sorted(p.relative_to(kiosk.data) for p in kiosk.data.rglob("*"))
    code, out, _err = kiosk.run("validate", bundle, "--lang", "en")
    assert code == 1
    assert "Bundle version 7 is not newer than the version already applied (7)" in out
    assert "use --version 8 or higher" in out
    code, out, _err = kiosk.run("validate", bundle)
    assert "--version 8 이상을 쓰세요" in out
    assert sorted(p.relative_to(kiosk.data) for p in kiosk.data.rglob("*")) == before


def test_a_signed_version_too_high_is_forgotten_on_the_kiosk_pc(kiosk, keys):
    """A kiosk that took a version beyond 10^15 (an older kiosk allowed 10^30) refused every
    bundle after it, rollback or not; forget-version is the way out."""
    from kiosk.bundle.sign import MAX_VERSION
    from kiosk.directory.store import Store

    private, public = keys
    kiosk.configure(bundle={"public_key": str(public)})
    bundle = kiosk.export()
    assert kiosk.run("sign", bundle, "--key", private)[0] == 0
    assert kiosk.run("apply", bundle)[0] == 0
    with Store(kiosk.data) as store:  # as the older kiosk left it
        meta = store.directory_meta()
        store.save_directory(store.load_directory(), meta["source"], meta["version"], extra={
            k: v for k, v in meta.items() if k not in ("source", "version", "saved_at")}
            | {"bundle_signed": 10 ** 30})
    again = kiosk.export("again")
    assert kiosk.run("sign", again, "--key", private)[0] == 0  # the time of signing
    code, out, _err = kiosk.run("apply", again, "--lang", "en")
    assert code == 1 and "bundle forget-version" in out
    assert f"{10 ** 30}" in out and MAX_VERSION < 10 ** 30
    code, out, _err = kiosk.run("forget-version", "--lang", "en")
    assert code == 0 and f"Forgot the signed version {10 ** 30}" in out
    assert kiosk.run("apply", again)[0] == 0
    code, out, _err = kiosk.run("apply", again, "--lang", "en")  # remembered again
    assert code == 1 and "not newer" in out
    assert kiosk.run("forget-version", "--lang", "en")[1].startswith("Forgot")
    assert kiosk.run("forget-version", "--lang", "en")[1].startswith("This kiosk remembers no")


def test_signing_errors_are_said_in_the_staff_s_language_without_the_library_s_words(kiosk):
    """A missing key file and a public key given where the private one goes: Korean by
    default, English with --lang en, never the crypto library's own text or web address."""
    bundle = kiosk.export()
    code, _out, err = kiosk.run("sign", bundle, "--key", kiosk.root / "nothing.key")
    assert code == 2 and "비밀 키를 읽을 수 없습니다" in err and "파일이나 폴더가 없습니다" in err
    assert kiosk.run("keygen", "site")[0] == 0
    code, _out, err = kiosk.run("sign", bundle, "--key", kiosk.root / "site.pub", "--lang", "en")
    assert code == 2 and "not a private key made by 'bundle keygen'" in err
    assert "http" not in err and "Could not deserialize" not in err
    code, _out, err = kiosk.run("sign", bundle, "--key", kiosk.root / "site.pub")
    assert code == 2 and "'bundle keygen'으로 만든 비밀 키가 아닙니다" in err


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_apply_or_rollback_refused_is_said_in_the_command_language_only(kiosk, monkeypatch,
                                                                          lang):
    """A BundleError (another apply got there first) printed both languages at once."""
    from kiosk.bundle import update
    from kiosk.bundle.versions import BundleError

    def refused(data_dir, to=None):
        raise BundleError("bundle.err.no_version", version=3, kept="1, 2")

    monkeypatch.setattr(update, "rollback", refused)
    monkeypatch.setattr(update, "rollback_target", lambda data_dir: 3)
    code, out, err = kiosk.run("rollback", "--lang", lang)
    assert code == 2 and out == ""
    hangul = re.search("[가-힣]", err)
    if lang == "ko":
        assert err == "오류: 되돌릴 버전 3이 없습니다(보관된 버전: 1, 2)\n"
    else:
        assert err == "error: there is no version 3 to roll back to (kept: 1, 2)\n"
        assert hangul is None
