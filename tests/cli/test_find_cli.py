"""`python -m kiosk find`: what staff see on their PC is what the kiosk answers."""
from __future__ import annotations

import json
import os
import subprocess
import sys


def run(tmp_path, *args, config_text=""):
    """The command with `config_text` as its config (empty: every setting at its default)."""
    (tmp_path / "none.toml").write_text(config_text, encoding="utf-8")
    env = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "none.toml"),
           "XDG_DATA_HOME": str(tmp_path / "xdg")}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_find_json(tmp_path):
    result = run(tmp_path, "find", "대출증", "--json")
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers[0]["match"] == "exact"
    assert {"kind", "floor", "room", "department", "phone"} <= set(answers[0])
    assert answers[0]["floor"] and answers[0]["phone"].startswith("02-3677")


def test_find_text_in_english(tmp_path):
    result = run(tmp_path, "find", "library card", "--lang", "en")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(" 1. [") and "02-3677" in result.stdout


def test_find_initials(tmp_path):
    result = run(tmp_path, "find", "ㅈㅎㅈㅂㅈㄹㅅ", "--json")
    assert json.loads(result.stdout)[0]["name"] == "종합정보자료실"


def test_find_nothing_says_so(tmp_path):
    result = run(tmp_path, "find", "zqxjzqxj")
    assert result.returncode == 1
    assert "안내데스크" in result.stdout


def test_bad_config_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[idle]\ntimeout = 'x'\n", encoding="utf-8")
    env = {**os.environ, "KIOSK_CONFIG": str(bad)}
    result = subprocess.run([sys.executable, "-m", "kiosk", "find", "x"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "idle.timeout must be a number" in result.stderr and "Traceback" not in result.stderr


def test_a_limit_under_one_is_refused(tmp_path):
    for limit in ("0", "-5", "x"):
        result = run(tmp_path, "find", "대출증", "--limit", limit)
        assert result.returncode == 2 and result.stdout == ""
        assert "--limit: a whole number of answers, 1 or more" in result.stderr
    two = json.loads(run(tmp_path, "find", "열람실", "--json", "--limit", "2").stdout)
    assert len(two) == 2
