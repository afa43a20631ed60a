"""A missing or damaged kiosk.json at start: the last kept directory version, else the demo,
never a kiosk that will not start (bundle/recover.py)."""
from __future__ import annotations

import json
import logging
import os
import time

import pytest

from kiosk.bundle import versions
from kiosk.bundle.recover import forget_damaged, open_or_recover
from kiosk.directory.directory import Directory
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.model import TABLES
from kiosk.directory.store import FILE_NAME, Store, open_directory

pytestmark = pytest.mark.usefixtures("built_in_assets")


def named(demo: Directory, name: str) -> Directory:
    records = demo.to_records()
    records["building"] = dict(records["building"], name={"ko": name, "en": name})
    return Directory.from_records(records)


def damage(data) -> None:
    (data / FILE_NAME).write_bytes(b'{"building": {"1": {"id": "x", "na')


def name_of(directory: Directory) -> str:
    return directory.building.name.ko


def test_damaged_without_versions_starts_from_the_demo(tmp_path, demo, caplog):
    data = tmp_path / "data"
    open_directory(data, load_demo, demo_fingerprint)
    damage(data)
    with caplog.at_level(logging.INFO, logger="kiosk"):
        directory = open_or_recover(data, load_demo, demo_fingerprint)
    assert directory.to_records() == demo.to_records()
    aside = list(data.glob(f"{FILE_NAME}.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b'{"building"')
    assert "cannot be used" in caplog.text and "built-in demo" in caplog.text
    with Store(data) as store:  # a good file again, read without a fallback next time
        assert store.directory_meta()["source"] == "demo"


@pytest.mark.parametrize("content", [b"", b"  \n", b'{"my": "notes"}',
                                     b'{"rooms": {"1": "x"}, "floors": 5}',
                                     b'{"building": {"1": {}}, "meta": ["demo"]}',
                                     b'{"notes": {"first": {"a": 1}}}'])
def test_a_file_that_is_no_kiosk_store_is_moved_aside_not_merged(tmp_path, demo, caplog,
                                                                   content):
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_bytes(content)
    with caplog.at_level(logging.INFO, logger="kiosk"):
        directory = open_or_recover(data, load_demo, demo_fingerprint)
    assert directory.to_records() == demo.to_records()
    [aside] = data.glob(f"{FILE_NAME}.damaged-*")
    assert aside.read_bytes() == content  # kept as it was, nothing merged into it
    assert str(aside) in caplog.text and "cannot be used" in caplog.text
    with Store(data) as store:
        assert set(store.contents()) <= {"building", "meta", *TABLES}


def test_damaged_falls_back_to_the_version_last_applied(tmp_path, demo, caplog):
    data = tmp_path / "data"
    open_directory(data, load_demo, demo_fingerprint)
    versions.apply(named(demo, "first"), data, {}, {}, "stick", signed_version=3)
    second = versions.apply(named(demo, "second"), data, {}, {}, "stick", signed_version=4)
    damage(data)
    with caplog.at_level(logging.INFO, logger="kiosk"):
        directory = open_or_recover(data, load_demo, demo_fingerprint)
    assert name_of(directory) == "second"
    assert f"started from directory version {second}" in caplog.text
    with Store(data) as store:
        meta = store.directory_meta()
        assert name_of(store.load_directory()) == "second"
    active, kept, signed = versions.bundle_state(meta)
    assert (active, signed) == (second, 4)  # an older signed stick stays refused
    assert kept == [1, 2, 3]  # the demo as it was before the first update, and both updates
    assert [v.current for v in versions.versions(data)] == [False, False, True]


def test_a_rollback_is_what_comes_back(tmp_path, demo):
    data = tmp_path / "data"
    open_directory(data, load_demo, demo_fingerprint)
    first = versions.apply(named(demo, "first"), data, {}, {}, "stick", None)
    versions.apply(named(demo, "second"), data, {}, {}, "stick", None)
    versions.rollback(data, to=first)
    damage(data)
    assert name_of(open_or_recover(data, load_demo, demo_fingerprint)) == "first"


def test_a_missing_file_with_kept_versions_comes_back_too(tmp_path, demo, caplog):
    data = tmp_path / "data"
    versions.apply(named(demo, "only"), data, {}, {}, "stick", None)
    (data / FILE_NAME).unlink()
    with caplog.at_level(logging.INFO, logger="kiosk"):
        assert name_of(open_or_recover(data, load_demo, demo_fingerprint)) == "only"
    assert "is missing" in caplog.text


def test_an_unreadable_version_is_passed_over(tmp_path, demo):
    data = tmp_path / "data"
    versions.apply(named(demo, "older"), data, {}, {}, "stick", None)
    newest = versions.apply(named(demo, "newer"), data, {}, {}, "stick", None)
    (versions.versions_root(data) / str(newest) / "records.json").write_text("{broken")
    damage(data)
    assert name_of(open_or_recover(data, load_demo, demo_fingerprint)) == "older"


def test_a_first_start_is_the_demo_and_quiet(tmp_path, demo, caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk"):
        directory = open_or_recover(tmp_path / "data", load_demo, demo_fingerprint)
    assert directory.to_records() == demo.to_records()
    assert caplog.text == ""
    assert json.loads((tmp_path / "data" / FILE_NAME).read_text())["meta"]["1"]["source"] == \
        "demo"


DAY = 86400.0


def test_a_damaged_file_set_aside_is_destroyed_once_older_than_the_retention(tmp_path, demo):
    """It may hold open messages' names and phone numbers: kept no longer than they would
    have been in the store (messages.retention_days), on an injected clock."""
    data = tmp_path / "data"
    open_directory(data, load_demo, demo_fingerprint)
    damage(data)
    open_or_recover(data, load_demo, demo_fingerprint)
    aside = next(data.glob(f"{FILE_NAME}.damaged-*"))
    written = aside.stat().st_mtime  # its content's last write
    other = data / "notes.txt"  # anything else in the folder is not the sweep's
    other.write_text("kept")
    os.utime(other, (written - 30 * DAY, written - 30 * DAY))
    assert forget_damaged(data, 7 * DAY, now=written + 7 * DAY - 1) == []
    assert aside.exists()
    assert forget_damaged(data, 7 * DAY, now=written + 7 * DAY) == [aside]
    assert not aside.exists() and other.exists()
    assert (data / FILE_NAME).exists()  # the working store is never the sweep's
    assert forget_damaged(data, 7 * DAY, now=written + 30 * DAY) == []


def test_every_damaged_file_is_judged_by_its_own_age(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    now = 1_800_000_000.0
    ages = {"20261101T000000": 10 * DAY, "20261130T000000": 3 * DAY, "x": 8 * DAY}
    for stamp, age in ages.items():
        path = data / f"{FILE_NAME}.damaged-{stamp}"
        path.write_bytes(b'{"notes": {"1": {"name": "\\ud64d\\uae38\\ub3d9", "pho')
        os.utime(path, (now - age, now - age))
    (data / f"{FILE_NAME}.damaged-dir").mkdir()  # not a file: left alone
    gone = forget_damaged(data, 7 * DAY, now=now)
    assert sorted(p.name.rsplit("-", 1)[1] for p in gone) == ["20261101T000000", "x"]
    assert sorted(p.name for p in data.iterdir()) == [
        f"{FILE_NAME}.damaged-20261130T000000", f"{FILE_NAME}.damaged-dir"]

