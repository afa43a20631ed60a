"""A stick with a directory update is noticed when it appears; sticks already there at
start, and sticks without a bundle, are not announced."""
from __future__ import annotations

from pathlib import Path

from kiosk.ui.services.usb_watch import UsbWatcher

FOLDER = "kiosk-directory"


def finder(volume: Path) -> Path | None:
    bundle = volume / FOLDER
    return bundle if bundle.is_dir() else None


def stick(root: Path, name: str, with_bundle: bool = True) -> Path:
    volume = root / name
    volume.mkdir()
    if with_bundle:
        (volume / FOLDER).mkdir()
    return volume


def watcher(qtbot, root: Path) -> UsbWatcher:
    w = UsbWatcher(finder, roots=[root], system=False, interval_ms=20)
    w.start()
    return w


def test_a_new_stick_with_a_bundle_is_announced(qtbot, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    w = watcher(qtbot, media)
    with qtbot.waitSignal(w.bundle_inserted, timeout=5000) as inserted:
        stick(media, "STICK")
    assert inserted.args == [media / "STICK" / FOLDER]
    with qtbot.waitSignal(w.removed, timeout=5000) as removed:
        (media / "STICK" / FOLDER).rmdir()
        (media / "STICK").rmdir()
    assert removed.args == [media / "STICK" / FOLDER]
    assert w.inserted == []


def test_a_stick_present_at_start_is_not_announced_until_put_in_again(qtbot, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    old = stick(media, "OLD")
    w = UsbWatcher(finder, roots=[media], system=False)
    announced = []
    w.bundle_inserted.connect(announced.append)
    w.poll()
    assert announced == []
    (old / FOLDER).rmdir()
    old.rmdir()
    w.poll()
    stick(media, "OLD")
    w.poll()
    assert announced == [old / FOLDER]


def test_a_stick_whose_files_arrive_late_is_announced_once(qtbot, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    w = UsbWatcher(finder, roots=[media], system=False)
    announced = []
    w.bundle_inserted.connect(announced.append)
    volume = stick(media, "SLOW", with_bundle=False)
    w.poll()
    assert announced == []
    (volume / FOLDER).mkdir()
    w.poll()
    w.poll()
    assert announced == [volume / FOLDER]


def test_a_missing_root_and_an_unreadable_stick_are_ignored(qtbot, tmp_path):
    def broken(volume):
        raise PermissionError("no access")

    w = UsbWatcher(broken, roots=[tmp_path / "nowhere", tmp_path], system=False)
    announced = []
    w.bundle_inserted.connect(announced.append)
    stick(tmp_path, "LOCKED")
    w.poll()
    assert announced == [] and w.volumes() == [tmp_path / "LOCKED"]


def test_the_systems_mounts_are_read(qtbot):
    w = UsbWatcher(finder)
    assert Path("/") in w.volumes()
