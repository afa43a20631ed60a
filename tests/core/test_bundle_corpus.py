"""Every bad stick gets its clear message and leaves the kiosk's data byte for byte as it was:
the corpus of bad bundles (bundle_corpus.py), signatures, a stick pulled out mid-read, bombs
under a memory ceiling; and the good sheets staff save (CP949 with 똠, UTF-8 with BOM, XLSX,
a partial bundle, formula-like cells kept as text)."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_corpus import CASES, HEAVY, column, csv_bytes, edit_staff, rows, to_csv

from kiosk import imaging
from kiosk.core import bundle_stage, paths
from kiosk.core.bundle import apply_bundle, check_bundle, current_directory, discard, export_bundle
from kiosk.core.bundle_sign import keygen, load_private_key, load_public_key, sign
from kiosk.core.directory_files import load_demo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
APPLIED_VERSION = 100
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


def fingerprint(folder: Path) -> dict[str, tuple]:
    """Every file and folder under the data folder: its kind, size and contents."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            out[rel] = ("dir",)
        else:
            out[rel] = ("file", path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    return out


def refused(site, folder: Path, key: bytes | None, expected: str, file: str | None):
    """Check `folder`; it must fail with `expected` naming `file`, and change nothing."""
    before = fingerprint(site["data"])
    checked = check(folder, site["data"], key)
    discard(checked)
    found = [p for p in checked.problems if p.key == expected]
    assert not checked.ok and checked.directory is None
    assert found, [p.text("en") for p in checked.problems]
    if file is not None:
        assert any(p.file.startswith(file) for p in found), [p.text("en") for p in found]
    assert all(p.message.ko and p.message.en and p.fix.ko and p.fix.en for p in found)
    assert fingerprint(site["data"]) == before
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_bad_bundle_is_refused_and_changes_nothing(site, tmp_path, name):
    build, key, file, _signed = CASES[name]
    folder = copy_of(site["base"], tmp_path)
    build(folder)
    refused(site, folder, None, key, file)


def test_rows_are_named(site, tmp_path):
    folder = copy_of(site["base"], tmp_path)
    edit_staff(folder, lambda t: t[5].__setitem__(column(t, "department"), "no-such-dept"))
    found = refused(site, folder, None, "link.missing", "staff.csv")
    assert found[0].line == 6  # the header is row 1: the fifth person is on row 6
    assert "staff.csv, 6행" in found[0].text("ko") and "no-such-dept" in found[0].text("en")


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


def test_a_file_changed_after_signing(site, tmp_path):
    folder = signed_copy(site, tmp_path)
    edit = rows(folder)
    edit[1][1] = "바뀐이름"
    from bundle_corpus import write_xlsx
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

    def copy_until_gone(source, rel, staging):
        if len(copied) == 5:  # the stick goes away while its files are copied
            shutil.rmtree(folder)
        copied.append(rel)
        return real(source, rel, staging)

    monkeypatch.setattr(bundle_stage, "_copy", copy_until_gone)
    refused(site, folder, None, "stage.read_error", None)
    assert not any((site["data"] / "bundles").glob("staging/*"))


def test_a_stick_gone_before_the_check(site, tmp_path):
    refused(site, tmp_path / "gone" / "kiosk-directory", None, "bundle.unreadable", None)


def test_bombs_stay_under_the_memory_ceiling(site, tmp_path):
    """Pixel bomb, zip bomb, billion laughs and an oversized file, checked in a fresh process
    (so its peak memory is theirs alone)."""
    script = Path(__file__).with_name("bundle_corpus.py")
    result = subprocess.run([sys.executable, str(script), str(site["base"]), str(site["data"]),
                             *HEAVY], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    peak = float(result.stdout.split("peak_mb")[1])
    assert peak < MEMORY_CEILING_MB, peak


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
