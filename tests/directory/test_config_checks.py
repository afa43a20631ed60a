"""Config settings the kiosk could not run with are refused at load, in one line naming the
file, the setting, the value and the fix: the data folder, control characters, the broker's
host, listener and TLS files, the bundles' public key; and the words of the messages."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.directory import config


def write(tmp_path, text: str, data: bool = True) -> Path:
    path = tmp_path / "kiosk.toml"
    folder = f'[data]\nfolder = "{tmp_path / "data"}"\n' if data else ""
    path.write_text(folder + text, encoding="utf-8")
    return path


def refused(path: Path, *words: str) -> str:
    with pytest.raises(config.ConfigError) as info:
        config.load(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message, message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize("folder, reason", [
    ("/etc/hostname", "not a folder"),
    ("/dev/null", "not a folder"),
    ("/proc/self", "may not write there"),  # /proc/self says so even to root
    ("/tmp/" + "x" * 5000, "longer than 255 bytes"),
])
def test_a_data_folder_the_kiosk_cannot_write_is_refused(tmp_path, folder, reason):
    path = write(tmp_path, f'[data]\nfolder = "{folder}"\n', data=False)
    refused(path, "data.folder", reason, "set data.folder to")


@pytest.mark.parametrize("made", [True, False])
def test_loading_a_config_leaves_its_data_folder_untouched(tmp_path, made):
    """`find`, `report` and every command load the config: none of them may write in the
    data folder (nor in its parent, where it is not made yet) to check it."""
    folder = tmp_path / "data"
    if made:
        folder.mkdir()
        (folder / "kiosk.json").write_text("{}", encoding="utf-8")
    watched = folder if made else tmp_path
    path = write(tmp_path, "")
    long_ago = 1_000_000_000_000_000_000  # 2001, in ns: any file made or removed moves it
    os.utime(watched, ns=(long_ago, long_ago))
    before = sorted(p.name for p in watched.iterdir())
    for _ in range(3):
        assert config.load(path).data_dir == folder
    assert watched.stat().st_mtime_ns == long_ago
    assert sorted(p.name for p in watched.iterdir()) == before


@pytest.mark.parametrize("folder", ["/sys/kiosk-data", "/proc/kiosk-data"])
def test_a_data_folder_no_file_can_be_made_in_is_refused_where_the_kiosk_starts(tmp_path,
                                                                                 folder):
    """/sys and /proc take no new files, yet root passes their permission check: only a file
    made for real finds it, as the kiosk starts (and in doctor and the self-test)."""
    path = write(tmp_path, f'[data]\nfolder = "{folder}"\n', data=False)
    with pytest.raises(config.ConfigError) as info:
        config.check_writes(config.load(path))
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message, message
    for word in ("data.folder", "not a folder the kiosk can write", "set data.folder to"):
        assert word in message, message


def test_a_data_folder_whose_directory_file_is_a_folder_is_refused(tmp_path):
    (tmp_path / "data" / "kiosk.json").mkdir(parents=True)
    refused(write(tmp_path, ""), "data.folder", "its kiosk.json is not a file")


def test_a_relative_data_folder_is_read_against_the_config_file_s_folder(tmp_path,
                                                                        monkeypatch):
    (tmp_path / "etc").mkdir()
    path = tmp_path / "etc" / "kiosk.toml"
    path.write_text('[data]\nfolder = "reldata"\n', encoding="utf-8")
    monkeypatch.chdir("/")
    cfg = config.load(path)
    assert cfg.data_dir == tmp_path / "etc" / "reldata" and cfg.data_dir.is_absolute()


@pytest.mark.parametrize("section, name, value", [
    ("data", "folder", r"/tmp/inj\nlistener 22999 127.0.0.1\nallow_anonymous true\n#"),
    ("data", "folder", r"/tmp/ctl\u0007dir"),
    ("kiosk", "id", r"a\nb"),
    ("broker", "listen", r"127.0.0.1\nlistener 1884"),
    ("broker", "host", r"a\u0000b"),
    ("broker", "consoles", [r"desk\n"]),
    ("usb", "roots", [r"/media\u2028x"]),
])
def test_control_characters_are_refused_in_every_text_setting(tmp_path, section, name, value):
    shown = (f'["{value[0]}"]' if isinstance(value, list) else f'"{value}"')
    text = f"[{section}]\n{name} = {shown}\n"
    path = write(tmp_path, text, data=(section, name) != ("data", "folder"))
    refused(path, f"{section}.{name}", "control character")


def test_an_empty_site_broker_host_and_an_empty_listener_are_refused(tmp_path):
    refused(write(tmp_path, '[broker]\nmanaged = false\nhost = " "\n'), "broker.host is empty")
    refused(write(tmp_path, '[broker]\nlisten = ""\n'), "broker.listen is empty", "0.0.0.0")


@pytest.mark.parametrize("ca, words", [
    ("{tmp}/missing.pem", ("broker.ca_file", "no such file")),
    ("{tmp}", ("broker.ca_file", "is a folder")),
    ("/etc/hostname", ("broker.ca_file", "not a PEM file")),
])
def test_tls_files_the_kiosk_cannot_read_are_refused_at_load(tmp_path, ca, words):
    text = (f'[broker]\nmanaged = false\nhost = "broker.example"\ntls = true\n'
            f'ca_file = "{ca.format(tmp=tmp_path)}"\n')
    refused(write(tmp_path, text), *words)


def test_the_kiosk_s_own_tls_broker_needs_its_three_files(tmp_path):
    refused(write(tmp_path, "[broker]\ntls = true\n"), "broker.tls = true", "broker.ca_file")


@pytest.mark.parametrize("key", ["zz", " x ", "ssh-ed25519 AAAA", "/etc",
                                 "/nonexistent/site.pub"])
def test_a_public_key_that_is_no_key_is_refused_at_start(tmp_path, key):
    refused(write(tmp_path, f'[bundle]\npublic_key = "{key}"\n'), "bundle.public_key",
            "bundle keygen")


def test_a_public_key_file_is_accepted(tmp_path):
    pub = tmp_path / "site.pub"
    pub.write_text("A" * 43 + "=\n", encoding="ascii")
    assert config.load(write(tmp_path, f'[bundle]\npublic_key = "{pub}"\n'))


def test_a_named_config_that_is_missing_is_refused(tmp_path, monkeypatch):
    refused(tmp_path / "missing.toml", "no such file")
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(config.ConfigError, match="gone.toml: no such file"):
        config.load()


@pytest.mark.parametrize("data, words", [
    (b'[kiosk]\n\nid = "lobby\xe9"\n', ("not UTF-8 text (byte 0xe9 at line 3)", "save it as UTF-8")),
    ('[kiosk]\nid = "lobby"\n'.encode("utf-16"), ("not UTF-8 text (byte 0xff at line 1)",)),
    (b'\xef\xbb\xbf[kiosk]\nid = "lobby"\n', ("byte order mark (BOM)", "without BOM")),
])
def test_a_config_that_is_not_plain_utf8_is_refused_naming_the_byte(tmp_path, data, words):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(data)
    refused(path, *words)


def test_a_folder_is_no_config(tmp_path):  # a FIFO and /dev/zero: tests/cli, in a process
    refused(tmp_path, "is a folder, not a config file")


@pytest.mark.parametrize("text, words", [
    ('[broker]\nport = "1883"\n', ("broker.port must be a whole number, got '1883'",)),
    ('[idle]\ntimeout = ""\n', ("idle.timeout must be a number, got ''", "Seconds")),
    ("[kiosk]\nid = 5\n", ("kiosk.id must be text in quotes",)),
    ('[broker]\nconsoles = "desk"\n', ('broker.consoles must be a list of texts',)),
    ("[idle]\ntimeout = 1\n", ("idle.timeout must be at least 5, got 1.0 (default 60)",
                               "Seconds without a touch")),
])
def test_type_and_range_errors_are_in_plain_words(tmp_path, text, words):
    message = refused(write(tmp_path, text), *words)
    assert "a int" not in message and "a float" not in message and "a str" not in message
