"""Where the console finds its broker: the kiosk's config (`[broker]`), as the kiosk reads it;
--broker and --user still override."""
from __future__ import annotations

import pytest
from alert_support import until

from kiosk.calls.console_side import ConsoleAlerts
from kiosk.directory import config
from kiosk.ui.console import app as console_app


def write_config(folder, text: str) -> config.Config:
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def test_the_kiosks_own_broker_is_where_the_kiosk_listens(tmp_path):
    creds = tmp_path / "broker" / "credentials.toml"
    creds.parent.mkdir()
    creds.write_text('[accounts."desk"]\nrole = "console"\npassword = "s3cret"\n')
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n[broker]\nport = 18831\n')
    s = console_app.broker_settings(None, None, None, cfg)
    assert (s.host, s.port, s.username, s.password) == ("127.0.0.1", 18831, "desk", "s3cret")
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n'
                                 f'[broker]\nport = 18832\nlisten = "192.168.0.20"\n')
    s = console_app.broker_settings(None, None, None, cfg)
    assert (s.host, s.port) == ("192.168.0.20", 18832)  # it listens on that address only
    s = console_app.broker_settings("10.0.0.5:1884", None, None, cfg)  # --broker overrides
    assert (s.host, s.port, s.username) == ("10.0.0.5", 1884, "desk")


def test_the_kiosks_accounts_file_is_read_as_the_kiosk_reads_it(tmp_path):
    """One reader (calls/broker_files.py) for the kiosk and the console on its PC: a kiosk's
    account is not a console's, and a damaged file is named with its fix, not taken for none."""
    creds = tmp_path / "broker" / "credentials.toml"
    creds.parent.mkdir()
    creds.write_text('[accounts."lobby"]\nrole = "kiosk"\npassword = "k"\n'
                     '[accounts."desk"]\nrole = "console"\npassword = "d"\n'
                     '[accounts."desk9"]\nrole = "console"\npassword = ""\n')
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n')
    assert console_app.stored_accounts(tmp_path) == {"desk": "d"}
    assert console_app.broker_settings(None, None, None, cfg).username == "desk"
    creds.write_bytes(b'[accounts."desk"\nrole = \xff')
    with pytest.raises(console_app.ConsoleSetupError,
                       match="credentials.toml: cannot read the broker's accounts .*delete the "
                             "file to get new passwords"):
        console_app.broker_settings(None, None, None, cfg)


def test_a_site_broker_and_its_account_come_from_the_config(tmp_path):
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n'
                                 '[broker]\nmanaged = false\nhost = "mqtt.library.example"\n'
                                 'port = 8883\ntls = true\nusername = "desk-2"\n'
                                 'password = "pw"\n')
    s = console_app.broker_settings(None, None, None, cfg)
    assert (s.host, s.port, s.tls, s.username, s.password, s.managed) == (
        "mqtt.library.example", 8883, True, "desk-2", "pw", False)
    s = console_app.broker_settings(None, "desk-3", "other", cfg)  # --user overrides
    assert (s.username, s.password) == ("desk-3", "other")
    with pytest.raises(console_app.ConsoleSetupError, match="no password"):
        console_app.broker_settings(None, "desk-3", None, cfg)  # not desk-2's password
    kiosk = write_config(tmp_path, '[kiosk]\nid = "lobby-2f"\n[broker]\nmanaged = false\n'
                                   'username = "lobby-2f"\npassword = "k"\n')
    with pytest.raises(console_app.ConsoleSetupError, match="kiosk's own account"):
        console_app.broker_settings(None, None, None, kiosk)


def connects(settings) -> None:
    alerts = ConsoleAlerts(settings.username, "Kim", settings)
    alerts.start()
    try:
        until(lambda: alerts.listening, what=f"the console connected ({alerts.problem})")
    finally:
        alerts.stop()


def test_a_console_started_with_the_kiosks_config_reaches_its_broker_on_another_port(
        broker, alert_dir, tmp_path):
    assert broker.port != 1883
    cfg = write_config(tmp_path, f'[data]\nfolder = "{alert_dir}"\n'
                                 f'[broker]\nport = {broker.port}\nlisten = "127.0.0.1"\n'
                                 f'consoles = ["desk"]\n')
    settings = console_app.broker_settings(None, "desk", None, cfg)
    assert (settings.host, settings.port) == ("127.0.0.1", broker.port)
    connects(settings)


def test_a_console_started_with_a_site_config_reaches_the_site_broker(external_broker,
                                                                      tmp_path):
    user, password = external_broker.credentials("desk")
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n'
                                 f'[broker]\nmanaged = false\nhost = "127.0.0.1"\n'
                                 f'port = {external_broker.port}\nusername = "{user}"\n'
                                 f'password = "{password}"\n')
    connects(console_app.broker_settings(None, None, None, cfg))


def test_a_desk_pc_console_reads_its_account_file(tmp_path):
    from kiosk.calls import account_file

    path = tmp_path / "console.toml"
    path.write_text(account_file.text("desk-2", "pw", "192.168.10.21", 1883))
    path.chmod(0o600)
    cfg = write_config(tmp_path, f'[data]\nfolder = "{tmp_path}"\n'
                                 f'[broker]\naccount_file = "{path}"\n')
    s = console_app.broker_settings(None, None, None, cfg)
    assert (s.host, s.port, s.username, s.password, s.tls) == (
        "192.168.10.21", 1883, "desk-2", "pw", False)
    s = console_app.broker_settings("10.0.0.5:1884", None, None, cfg)  # --broker overrides
    assert (s.host, s.port, s.username) == ("10.0.0.5", 1884, "desk-2")
    with pytest.raises(console_app.ConsoleSetupError, match="leave --user out"):
        console_app.broker_settings(None, "desk-3", None, cfg)
    path.write_text("[console]\nid = 'desk/2'\n")
    with pytest.raises(console_app.ConsoleSetupError, match="enrol the console again"):
        console_app.broker_settings(None, None, None, cfg)
