"""Config: defaults, a documented example, and clear refusals of bad files."""
from __future__ import annotations

import pytest

from kiosk.directory import config


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr(config, "default_path", lambda: tmp_path / "missing.toml")
    cfg = config.load()
    assert cfg["kiosk.id"] == "lobby"
    assert cfg["idle.timeout"] == 60.0
    assert cfg["language.default"] == "ko"
    assert cfg.data_dir.name  # the platform's user data folder


def test_values_from_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nid = "k2"\n[idle]\ntimeout = 90\n[data]\nfolder = "%s"\n'
                    % (tmp_path / "d"), encoding="utf-8")
    cfg = config.load(path)
    assert cfg["kiosk.id"] == "k2" and cfg["idle.timeout"] == 90.0
    assert cfg.data_dir == tmp_path / "d"


def test_env_var_points_at_the_file(tmp_path, monkeypatch):
    path = tmp_path / "other.toml"
    path.write_text('[language]\ndefault = "en"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(path))
    assert config.load()["language.default"] == "en"


@pytest.mark.parametrize("text, message", [
    ("[kiosk\n", "not valid TOML"),
    ('[kiosk]\nname = "x"\n', "unknown setting 'kiosk.name'"),
    ('[idle]\ntimeout = "soon"\n', "idle.timeout must be a number"),
    ('[idle]\ntimeout = 1\n', "idle.timeout must be at least 5"),
    ('[language]\ndefault = "fr"\n', "language.default must be one of ko, en"),
    ('kiosk = 3\n', "'kiosk' must be a \\[section\\]"),
    ('[idle]\ntimeout = true\n', "idle.timeout must be a number"),
    ('[idle]\ntimeout = nan\n', "idle.timeout must be a finite number"),
    ('[idle]\ntimeout = inf\n', "idle.timeout must be a finite number"),
    ('[idle]\ntimeout = 1e7\n', "idle.timeout must be at most 3600"),
])
def test_bad_files_are_refused_with_the_fix(tmp_path, text, message):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message) as info:
        config.load(path)
    assert str(path) in str(info.value)


def test_example_parses_back_to_the_defaults():
    values = config.parse(config.example())
    for setting in config.SETTINGS:
        assert values[setting.key] == setting.default
