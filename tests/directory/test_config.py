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
    ('[idle]\ncountdown = 3\n', "idle.countdown must be at least 20"),
    ('[route]\nbase_url = "zz"\n', "route.base_url must be a web address starting with "
                                   "https:// or http://"),
    ('[route]\nbase_url = " "\n', "route.base_url must be a web address"),
    ('[route]\nbase_url = "javascript:alert(1)"\n', "route.base_url must be a web address"),
    ('[route]\nbase_url = "https://lib.example/\\u0007way"\n',
     "route.base_url .* holds a control character"),
    ('[route]\nbase_url = "https://[::1"\n', "route.base_url must be a web address"),
    (f'[route]\nbase_url = "https://lib.example/{"x" * 5000}"\n',
     "route.base_url must be at most 300 characters, short enough for the route's QR code"),
])
def test_bad_files_are_refused_with_the_fix(tmp_path, text, message):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message) as info:
        config.load(path)
    assert str(path) in str(info.value)


def test_a_web_address_for_the_route_is_taken():
    for url in ("https://library.example/way", "http://10.0.0.5:8080/route?site=1"):
        assert config.parse(f'[route]\nbase_url = "{url}"\n') == {"route.base_url": url}


def test_example_parses_back_to_the_defaults():
    values = config.parse(config.example())
    for setting in config.SETTINGS:
        assert values[setting.key] == setting.default


@pytest.mark.parametrize("place", [{"kiosk.x": 1e308}, {"kiosk.x": -5.0, "kiosk.y": 100.0},
                                   {"kiosk.x": 1e308, "kiosk.y": 1e308},
                                   {"kiosk.x": 300.0}, {"kiosk.y": 300.0},
                                   {"kiosk.x": 1601.0, "kiosk.y": 450.0},
                                   {"kiosk.floor": "3F", "kiosk.x": 800.0, "kiosk.y": 901.0}])
def test_a_you_are_here_off_the_plan_or_half_given_is_refused(place):
    from kiosk.directory.files import load_demo

    cfg = config.Config(place, None)
    with pytest.raises(config.ConfigError, match=r"kiosk.x and kiosk.y must both be set.*"
                                                 r"x 0 to 1600, y 0 to 900"):
        config.kiosk_position(load_demo(), cfg)


def test_a_you_are_here_on_the_plan_is_taken():
    from kiosk.directory.files import load_demo

    here = config.kiosk_position(load_demo(), config.Config(
        {"kiosk.floor": "3F", "kiosk.x": 0.0, "kiosk.y": 900.0}, None))
    assert (here.floor, here.x, here.y) == ("3F", 0.0, 900.0)
    assert (config.kiosk_position(load_demo(), config.Config({}, None)).x) == 860
