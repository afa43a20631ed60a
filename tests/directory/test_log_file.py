"""The kiosk's log file: set up in the data folder, written, rotated at its cap."""
from __future__ import annotations

import logging

import pytest

from kiosk.directory.log_file import log_path, remove_logging, setup_logging


@pytest.fixture
def kiosk_log():
    yield logging.getLogger("kiosk")
    remove_logging()


def test_the_kiosk_logs_to_a_file_in_the_data_folder(tmp_path, kiosk_log, capsys):
    path = setup_logging(tmp_path / "data")
    assert path == log_path(tmp_path / "data") == tmp_path / "data" / "logs" / "kiosk.log"
    logging.getLogger("kiosk.calls.broker").warning("mosquitto stopped (code 1)")
    assert "WARNING kiosk.calls.broker [MainThread] mosquitto stopped (code 1)" in \
        path.read_text(encoding="utf-8")
    assert "mosquitto stopped (code 1)" in capsys.readouterr().err  # and to the journal


def test_the_file_rotates_at_its_cap(tmp_path, kiosk_log):
    path = setup_logging(tmp_path, max_bytes=2000, backups=2)
    for n in range(200):
        kiosk_log.info("line %03d %s", n, "x" * 40)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


def test_rotation_keeps_the_newest_lines_in_order_and_a_long_line_whole(tmp_path, kiosk_log):
    path = setup_logging(tmp_path, max_bytes=300, backups=2)
    for n in range(12):
        kiosk_log.info("line %02d", n)
    newest = path.read_text(encoding="utf-8")
    older = (path.parent / "kiosk.log.1").read_text(encoding="utf-8")
    numbers = [int(line.split()[-1]) for line in (older + newest).splitlines()]
    assert numbers == list(range(numbers[0], 12))  # nothing lost between the two, in order
    kiosk_log.info("long %s", "y" * 1000)  # longer than the cap: alone in a file, whole
    assert path.read_text(encoding="utf-8").count("y" * 1000) == 1
    kiosk_log.info("after")
    assert path.read_text(encoding="utf-8").endswith("after\n")
    assert "y" * 1000 in (path.parent / "kiosk.log.1").read_text(encoding="utf-8")


def test_set_up_twice_it_writes_each_line_once(tmp_path, kiosk_log):
    setup_logging(tmp_path)
    path = setup_logging(tmp_path)
    kiosk_log.info("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_an_unwritable_data_folder_leaves_standard_error(tmp_path, kiosk_log, capsys):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    assert setup_logging(blocker) is None
    kiosk_log.info("still said")
    err = capsys.readouterr().err
    assert "no log file" in err and "still said" in err


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_the_log_and_its_backups_are_the_kiosk_users_alone(tmp_path, kiosk_log):
    """The log names attendants and quotes visitors' messages: 0600, whatever the umask, and
    files an older kiosk left readable by everyone are closed up on start."""
    folder = tmp_path / "logs"
    folder.mkdir()
    for name in ("kiosk.log", "kiosk.log.1", "kiosk.log.3"):
        (folder / name).write_text("old line\n", encoding="utf-8")
        (folder / name).chmod(0o644)
    path = setup_logging(tmp_path, max_bytes=300, backups=3)
    assert {p.name: _mode(p) for p in folder.iterdir()} == {
        "kiosk.log": 0o600, "kiosk.log.1": 0o600, "kiosk.log.3": 0o600}
    for n in range(40):
        kiosk_log.info("line %02d %s", n, "x" * 30)
    assert sorted(p.name for p in folder.iterdir()) == [
        "kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert all(_mode(p) == 0o600 for p in folder.iterdir())
    assert "old line" not in path.read_text(encoding="utf-8")


def test_a_new_log_is_private_and_so_is_a_log_without_backups(tmp_path, kiosk_log):
    path = setup_logging(tmp_path / "fresh", max_bytes=100, backups=0)
    for n in range(10):
        kiosk_log.info("line %02d %s", n, "x" * 30)
    assert [p.name for p in path.parent.iterdir()] == ["kiosk.log"]
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


def test_an_older_kiosks_open_log_folder_is_closed_up(tmp_path, kiosk_log):
    """mkdir leaves an existing folder's mode as it was: a 0755 logs/ showed the file names."""
    (tmp_path / "logs").mkdir(mode=0o755)
    (tmp_path / "logs").chmod(0o755)
    path = setup_logging(tmp_path)
    assert _mode(path.parent) == 0o700


def test_a_backup_that_cannot_be_closed_up_keeps_the_file_log(tmp_path, kiosk_log, capsys):
    """A backup whose mode cannot be changed (here a link into /proc, which refuses even
    root) is said, and the kiosk still logs to its file."""
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "kiosk.log.2").symlink_to("/proc/self/status")
    path = setup_logging(tmp_path, backups=3)
    assert path is not None
    kiosk_log.info("still in the file")
    assert "still in the file" in path.read_text(encoding="utf-8")
    assert "kiosk.log.2" in capsys.readouterr().err
