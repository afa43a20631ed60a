"""`python -m kiosk doctor` names what is there and what is missing, with the fix."""
from __future__ import annotations

import os
import subprocess
import sys

from kiosk.cli import doctor_checks as doctor
from kiosk.directory import config


def test_doctor_command(tmp_path):
    (tmp_path / "none.toml").write_text("")  # every setting at its default
    env = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "none.toml"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "kiosk", "doctor"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines][:2] == ["display", "Hangul"]
    assert any(line.startswith("NO  display") for line in lines)
    assert any(line.startswith("ok  directory") and "44 rooms" in line for line in lines)


def test_missing_mosquitto_is_named_with_its_package(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor, "find_mosquitto", lambda: None)
    checks = {c.name: c for c in doctor.run_checks(config.Config({"data.folder":
                                                                 str(tmp_path)}))}
    assert not checks["call system"].ok
    assert "Debian package mosquitto" in checks["call system"].detail


def test_a_site_broker_account_that_is_not_the_kiosk_s_id_is_named(tmp_path):
    """Every device logs in as itself: a shared user such as "kiosk" would have every call
    refused by the broker."""
    values = {"data.folder": str(tmp_path), "broker.managed": False, "kiosk.id": "lobby"}
    shared = config.Config({**values, "broker.username": "kiosk"})
    check = {c.name: c for c in doctor.run_checks(shared)}["call system"]
    assert not check.ok and "'lobby'" in check.detail and "own account" in check.detail
    own = config.Config({**values, "broker.username": "lobby"})
    assert {c.name: c for c in doctor.run_checks(own)}["call system"].ok


def test_a_screen_mounted_out_of_reach_is_named_with_the_fix(tmp_path):
    """A 10" panel whose bottom edge is 1,500 mm up: the low position cannot bring any of it
    within a wheelchair user's reach, and only the site can fix that."""
    def reach(**screen):
        cfg = config.Config({"data.folder": str(tmp_path), **screen})
        return {c.name: c for c in doctor.run_checks(cfg)}["reach"]

    high = reach(**{"screen.diagonal": 10.0, "screen.bottom": 1500.0})
    assert not high.ok and "mount it lower" in high.detail and "1500 mm up" in high.detail
    assert "landscape and portrait" in high.detail
    assert reach().ok  # a 32" panel at 700 mm, either way up
    assert reach(**{"screen.diagonal": 32.0, "screen.bottom": 500.0}).ok
