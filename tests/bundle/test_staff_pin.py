"""The staff PIN: hashed, never stored in clear; 5 wrong tries lock it for 5 minutes, and a
restart does not give fresh tries."""
from __future__ import annotations

import json

import pytest

from kiosk.bundle.staff_pin import LOCK_SECONDS, MAX_TRIES, PinError, StaffPin


class Clock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_stored_salted_and_hashed(tmp_path):
    pin = StaffPin(tmp_path)
    assert not pin.is_set
    pin.set("482913")
    text = pin.path.read_text()
    assert "482913" not in text
    data = json.loads(text)
    assert data["scheme"] == "scrypt" and len(bytes.fromhex(data["salt"])) == 16
    other = StaffPin(tmp_path / "other")
    other.set("482913")
    assert json.loads(other.path.read_text())["hash"] != data["hash"]  # salted
    assert pin.attempt("482913").ok
    assert not pin.attempt("482914").ok


def test_without_a_pin_nothing_unlocks(tmp_path):
    result = StaffPin(tmp_path).attempt("0000")
    assert not result.ok and result.no_pin


def test_a_damaged_file_unlocks_nothing(tmp_path):
    pin = StaffPin(tmp_path)
    pin.path.write_text("{not json")
    assert not pin.is_set
    assert pin.attempt("1234").no_pin


@pytest.mark.parametrize("bad", ["123", "12ab", "", "1234567890123", "١٢٣٤"])
def test_only_4_to_12_digits_are_accepted(tmp_path, bad):
    with pytest.raises(PinError):
        StaffPin(tmp_path).set(bad)


def test_five_wrong_tries_lock_for_five_minutes_even_across_a_restart(tmp_path):
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set("2468")
    for left in range(MAX_TRIES - 1, 0, -1):
        result = pin.attempt("1111")
        assert not result.ok and result.tries_left == left
    result = pin.attempt("1111")
    assert result.tries_left == 0 and result.locked_for == LOCK_SECONDS
    # The right PIN is refused while locked, and a restart (a new object) changes nothing.
    clock.now += LOCK_SECONDS - 1
    restarted = StaffPin(tmp_path, clock)
    refused = restarted.attempt("2468")
    assert not refused.ok and refused.locked_for == pytest.approx(1)
    assert restarted.locked_for() == pytest.approx(1)
    clock.now += 1
    assert restarted.locked_for() == 0 and restarted.tries_left() == MAX_TRIES
    assert restarted.attempt("2468").ok
    assert restarted.tries_left() == MAX_TRIES


def test_after_a_lockout_a_guesser_gets_five_tries_again_not_one(tmp_path):
    clock = Clock()
    pin = StaffPin(tmp_path, clock)
    pin.set("2468")
    for _ in range(MAX_TRIES):
        pin.attempt("0000")
    clock.now += LOCK_SECONDS
    assert pin.attempt("0000").tries_left == MAX_TRIES - 1


def test_a_right_pin_clears_earlier_wrong_tries(tmp_path):
    pin = StaffPin(tmp_path, Clock())
    pin.set("2468")
    for _ in range(MAX_TRIES - 1):
        pin.attempt("0000")
    assert pin.attempt("2468").ok
    assert pin.tries_left() == MAX_TRIES


def test_setting_a_new_pin_ends_a_lockout(tmp_path):
    pin = StaffPin(tmp_path, Clock())
    pin.set("2468")
    for _ in range(MAX_TRIES):
        pin.attempt("0000")
    assert pin.locked_for() > 0
    pin.set("13579")
    assert pin.locked_for() == 0 and pin.attempt("13579").ok


def _cli(monkeypatch, tmp_path, answers):
    from kiosk.__main__ import main
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'[data]\nfolder = "{tmp_path / "data"}"\n')
    given = iter(answers)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(given))
    monkeypatch.setattr("sys.stdin", Terminal())  # asked at a terminal
    return main(["--config", str(config_file), "staff-pin", "--lang", "en"])


class Terminal:
    def isatty(self) -> bool:
        return True


def test_the_command_line_sets_the_pin_asked_twice(monkeypatch, tmp_path, capsys):
    assert _cli(monkeypatch, tmp_path, ["735911", "735911"]) == 0
    assert "Staff PIN set" in capsys.readouterr().out
    assert StaffPin(tmp_path / "data").attempt("735911").ok


def test_the_command_line_refuses_two_different_pins_or_a_short_one(monkeypatch, tmp_path,
                                                                   capsys):
    assert _cli(monkeypatch, tmp_path, ["735911", "735912"]) == 2
    assert "differ" in capsys.readouterr().err
    assert _cli(monkeypatch, tmp_path, ["12"]) == 2
    assert "4 to 12 digits" in capsys.readouterr().err
    assert not StaffPin(tmp_path / "data").is_set


def _piped(tmp_path, text: str, *args: str, language: str = "ko"):
    import os
    import subprocess
    import sys
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f'[data]\nfolder = "{tmp_path / "data"}"\n'
                           f'[language]\ndefault = "{language}"\n')
    return subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config_file),
                           "staff-pin", *args], input=text, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONWARNINGS": "default"})


def test_a_piped_pin_is_read_without_a_warning_in_the_kiosks_language(tmp_path):
    done = _piped(tmp_path, "735911\n")
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "GetPass" not in done.stderr
    assert "직원 PIN을 정했습니다" in done.stdout
    assert StaffPin(tmp_path / "data").attempt("735911").ok
    differ = _piped(tmp_path, "735911\n735912\n")
    assert differ.returncode == 2 and "두 PIN이 다릅니다" in differ.stderr
    english = _piped(tmp_path, "12\n", language="en")
    assert english.returncode == 2 and "4 to 12 digits" in english.stderr
    for bad in ("", "\x00\x01\n", "1234 5678\n", "١٢٣٤\n", "NaN\n", "-1234\n",
                "9" * 5000 + "\n"):
        refused = _piped(tmp_path, bad, "--stdin")
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, bad
    assert StaffPin(tmp_path / "data").attempt("735911").ok  # nothing changed


def test_the_help_says_what_a_piped_pin_needs():
    """A single piped line sets the PIN; the help had said a second line must repeat it."""
    import subprocess
    import sys
    shown = subprocess.run([sys.executable, "-m", "kiosk", "staff-pin", "--help"],
                           capture_output=True, text=True, timeout=60).stdout
    assert "a second line, if there is one, must repeat it" in " ".join(shown.split())
