"""The command line refuses a config, a file or an option it cannot use in one line with exit
2 (doctor and the self-test: NO / FAILED): never a traceback, never a hang on a pipe or a
device. Each runs in its own process with a time limit, so a hang fails the test."""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.__main__ import main, parser, plain_start
from kiosk.cli import doctor_checks, selftest

ROOT = Path(__file__).parents[2]
MEMORY = 2 << 30  # bytes a command may map: reading /dev/zero whole stops at this, not the PC's


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def kiosk(*argv, config: str | Path | None = None, timeout: int = 30):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    if config is not None:
        env["KIOSK_CONFIG"] = str(config)
    return subprocess.run([sys.executable, "-m", "kiosk", *argv], capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=ROOT, preexec_fn=limited)


def one_line_refusal(result, *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_config_that_is_not_utf8_stops_the_kiosk_in_one_line(tmp_path):
    path = tmp_path / "k.toml"
    path.write_bytes(f'[data]\nfolder = "{tmp_path}"\n[kiosk]\nid = "lobby\xe9"\n'
                     .encode("latin-1"))
    one_line_refusal(kiosk("--config", str(path), "--windowed"), "not UTF-8 text",
                     "byte 0xe9 at line 4")


@pytest.mark.parametrize("named", ["folder", ""])
def test_a_folder_named_as_the_config_is_refused(tmp_path, named):
    one_line_refusal(kiosk("--config", str(tmp_path) if named else "", "find", "x"),
                     "is a folder, not a config file")


def test_dev_zero_and_a_fifo_as_the_config_are_refused_at_once(tmp_path):
    one_line_refusal(kiosk("find", "x", config="/dev/zero"), "/dev/zero is a device")
    fifo = tmp_path / "k.toml"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    one_line_refusal(kiosk("--windowed", config=fifo), "is a pipe (FIFO)")


def test_a_data_folder_that_is_a_file_stops_find_in_one_line(tmp_path):
    path = tmp_path / "k.toml"
    path.write_text('[data]\nfolder = "/etc/hostname"\n', encoding="utf-8")
    one_line_refusal(kiosk("--config", str(path), "find", "x"), "data.folder",
                     "not a folder the kiosk can write")


def test_a_missing_named_config_is_refused(tmp_path):
    one_line_refusal(kiosk("--config", str(tmp_path / "missing.toml"), "find", "x"),
                     "missing.toml: no such file")


def test_a_public_key_on_dev_zero_is_refused_at_start(tmp_path):
    path = tmp_path / "k.toml"
    path.write_text(f'[data]\nfolder = "{tmp_path}"\n[bundle]\npublic_key = "/dev/zero"\n',
                    encoding="utf-8")
    one_line_refusal(kiosk("--config", str(path), "--windowed"), "bundle.public_key",
                     "/dev/zero is a device")


def test_tls_files_on_dev_zero_are_refused_at_once(tmp_path):
    path = tmp_path / "k.toml"
    path.write_text(f'[data]\nfolder = "{tmp_path}"\n[broker]\nmanaged = false\n'
                    f'host = "broker.example"\ntls = true\nca_file = "/dev/zero"\n',
                    encoding="utf-8")
    one_line_refusal(kiosk("--config", str(path), "find", "x"), "broker.ca_file",
                     "/dev/zero is a device")


def test_an_account_file_on_dev_zero_is_refused_at_once():
    code = ("from kiosk.calls.account_file import AccountFileError, read\n"
            "try:\n    read('/dev/zero')\nexcept AccountFileError as exc:\n    print(exc)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=ROOT, preexec_fn=limited)
    assert "/dev/zero is a device, not a console account file" in result.stdout, result


@pytest.mark.parametrize("size", ["1080X1920x", "abc", "1080x", "1e308x1", "0x0", "10x10",
                                  "100000x100000", "-1x500"])
def test_a_bad_size_is_an_argument_error(size, capsys):
    assert plain_start(["--size", size, "--windowed"]) is None  # the whole parser says why
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args(["--size", size, "--windowed"])
    assert exit_.value.code == 2
    assert "argument --size:" in capsys.readouterr().err


def test_a_good_size_is_kept_as_the_window_opens_it():
    from kiosk.__main__ import window_size
    assert window_size("1080X1920") == "1080x1920" and window_size("") == ""
    with pytest.raises(argparse.ArgumentTypeError):
        window_size("1080x1920x1")


def test_screenshots_into_a_file_is_refused_in_one_line(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("")
    one_line_refusal(kiosk("screenshots", str(target)), "cannot make the folder",
                     "a file of that name is there")
    one_line_refusal(kiosk("screenshots", "/proc/kiosk-shots"), "cannot make the folder")


def bad_config(tmp_path) -> Path:
    path = tmp_path / "k.toml"
    path.write_text(f'[data]\nfolder = "{tmp_path}"\n[broker]\nmanaged = false\nhost = ""\n',
                    encoding="utf-8")
    return path


def test_doctor_says_no_to_a_config_the_kiosk_would_refuse(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(doctor_checks, "_hangul_font",
                        lambda: doctor_checks.Check("Hangul font", True, "here"))
    code = doctor_checks.cmd_doctor(argparse.Namespace(config=bad_config(tmp_path)))
    out = capsys.readouterr().out
    assert code == 1
    assert any(line.startswith("NO  config") and "broker.host is empty" in line
               for line in out.splitlines()), out


def test_the_self_test_fails_on_a_config_the_kiosk_would_refuse(tmp_path, capsys,
                                                                monkeypatch):
    monkeypatch.setattr(selftest, "CHECKS", (("routes", lambda folder: "fine"),))
    assert main(["--config", str(bad_config(tmp_path)), "--selftest"]) == 1
    out = capsys.readouterr().out
    assert "FAILED config:" in out and "broker.host is empty" in out
    assert out.rstrip().endswith("self-test FAILED: config")


def test_a_data_folder_only_a_write_finds_closed_stops_the_kiosk_doctor_and_self_test(
        tmp_path, capsys, monkeypatch):
    """/sys takes no new files though root passes its permission check, so the config loads
    (commands such as `find` write nothing to check it): the kiosk's start, doctor and the
    self-test each make a file there, and refuse it in one line."""
    path = tmp_path / "k.toml"
    path.write_text('[data]\nfolder = "/sys/kiosk-data"\n', encoding="utf-8")
    words = ("data.folder '/sys/kiosk-data' is not a folder the kiosk can write",
             "set data.folder to")
    one_line_refusal(kiosk("--config", str(path), "--windowed"), *words)
    monkeypatch.setattr(doctor_checks, "_hangul_font",
                        lambda: doctor_checks.Check("Hangul font", True, "here"))
    assert doctor_checks.cmd_doctor(argparse.Namespace(config=path)) == 1
    out = capsys.readouterr().out
    assert any(line.startswith("NO  config") and all(w in line for w in words)
               for line in out.splitlines()), out
    monkeypatch.setattr(selftest, "CHECKS", (("routes", lambda folder: "fine"),))
    assert main(["--config", str(path), "--selftest"]) == 1
    out = capsys.readouterr().out
    assert "FAILED config:" in out and all(w in out for w in words), out


def test_a_command_that_cannot_make_its_data_folder_says_so_in_one_line(tmp_path):
    """A folder the config check lets through (root may write anywhere by its permissions)
    that still takes no new files: `find` opens the directory's store there and must refuse
    in one line naming the folder, not end in a traceback."""
    path = tmp_path / "k.toml"
    path.write_text('[data]\nfolder = "/sys/kiosk-data"\n', encoding="utf-8")
    one_line_refusal(kiosk("--config", str(path), "find", "민원"), "/sys/kiosk-data")
