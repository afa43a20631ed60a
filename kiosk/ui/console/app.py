"""`python -m kiosk attendant`: the console's composition root. Reads where the broker is and
the console's account (its account file from `attendant enrol`, or the kiosk's config,
`[broker]`; --broker and --user override), builds the transport (calls.console_side.ConsoleAlerts), the adapter and the window, and runs them
until the window is closed.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

DEFAULT_PORT = 1883


class ConsoleSetupError(ValueError):
    """The console cannot start as asked; the message says how to fix it."""


def parse_broker(text: str) -> tuple[str, int]:
    """HOST[:PORT] (or [IPv6]:PORT) -> (host, port)."""
    text = text.strip()
    match = re.fullmatch(r"\[(?P<v6>[^\]]+)\](?::(?P<p6>\d+))?"  # [IPv6]:PORT
                         r"|(?P<host>[^:\s]+)(?::(?P<port>\d+))?", text)
    if not match:
        raise ConsoleSetupError(f"--broker {text!r}: expected HOST or HOST:PORT, "
                                f"e.g. 192.168.0.20:1883")
    host = match["v6"] or match["host"]
    port = int(match["p6"] or match["port"] or DEFAULT_PORT)
    if not 0 < port < 65536:
        raise ConsoleSetupError(f"--broker {text!r}: port must be 1-65535")
    return host, port


def stored_accounts(data_dir: Path) -> dict[str, str]:
    """{console account: password} the kiosk wrote for its own broker, when this PC has
    that file (calls/broker_files.py's credentials.toml)."""
    from kiosk.calls import broker_files

    try:
        stored = broker_files.read_credentials(data_dir)
    except broker_files.BrokerError as exc:
        raise ConsoleSetupError(str(exc)) from exc
    return {name: password for name, (role, password) in stored.items() if role == "console"}


def where_from_config(cfg) -> tuple[str, int]:
    """The broker the config names: with broker.managed, the kiosk's own broker on this PC at
    the port it listens on (its listen address, unless that is every interface); otherwise
    the site's broker at broker.host."""
    from kiosk.calls.broker_settings import local_address

    if not cfg["broker.managed"]:
        return cfg["broker.host"], cfg["broker.port"]
    return local_address(cfg["broker.listen"]), cfg["broker.port"]


def from_account_file(path: Path, broker: str | None, user: str | None, cfg):
    """The settings of an account file from `attendant enrol`; --broker may say where."""
    from dataclasses import replace

    from kiosk.calls import account_file

    try:
        settings = account_file.read(path, keepalive=cfg["broker.keepalive"])
    except account_file.AccountFileError as exc:
        raise ConsoleSetupError(str(exc)) from exc
    if user is not None and user != settings.username:
        raise ConsoleSetupError(f"--user {user!r}: the account file {path} is the console "
                                f"{settings.username!r}'s; leave --user out")
    if broker:
        host, port = parse_broker(broker)
        settings = replace(settings, host=host, port=port)
    return settings


def broker_settings(broker: str | None, user: str | None, password: str | None, cfg,
                    account_file: Path | None = None):
    """BrokerSettings for the console: a client of a broker it does not manage. From its
    account file (--account-file, broker.account_file) when it has one; else where the
    broker is and which account to use come from the config (the kiosk's `[broker]`
    section), unless --broker or --user say otherwise. The user is the console's own
    account, and its name is the console's id on the broker. `password`: from the
    environment (KIOSK_CONSOLE_PASSWORD), never the command line."""
    from kiosk.calls.broker_settings import BrokerSettings

    account_file = account_file or (Path(cfg["broker.account_file"]).expanduser()
                                    if cfg["broker.account_file"] else None)
    if account_file is not None:
        return from_account_file(account_file, broker, user, cfg)
    host, port = parse_broker(broker) if broker else where_from_config(cfg)
    site = not cfg["broker.managed"]  # a site's broker: its account may be in the config
    if site and user is None and cfg["broker.username"]:
        if cfg["broker.username"] == cfg["kiosk.id"]:
            raise ConsoleSetupError(
                f"{cfg.path or 'kiosk.toml'}: broker.username {cfg['broker.username']!r} is "
                f"this kiosk's own account; a console logging in with it would push the kiosk "
                f"off the broker. Give the console's account with --user NAME")
        user = cfg["broker.username"]
    if site and not password and user and user == cfg["broker.username"]:
        password = cfg["broker.password"] or None
    from kiosk.calls.broker_files import credentials_path

    data_dir = cfg.data_dir
    where = credentials_path("<data folder>")
    if not password:
        stored = stored_accounts(data_dir)
        if user is None and len(stored) == 1:
            user = next(iter(stored))
        if user is None and len(stored) > 1:
            raise ConsoleSetupError(f"this PC's kiosk has the console accounts "
                                    f"{', '.join(stored)}: choose one with --user NAME")
        if user not in stored:
            raise ConsoleSetupError(
                f"no password for the console's broker account {user or '(none)'}. On the "
                f"kiosk PC, 'python -m kiosk attendant enrol NAME' writes this console's "
                f"account file: start with --account-file FILE. Or set broker.username and "
                f"broker.password in the config (a site broker), or KIOSK_CONSOLE_PASSWORD "
                f"with --user NAME, or run the console on the kiosk PC "
                f"({credentials_path(data_dir)}).")
        password = stored[user]
    if not user:
        raise ConsoleSetupError(f"KIOSK_CONSOLE_PASSWORD needs --user NAME: the console's "
                                f"own broker account (an [accounts] entry with role "
                                f"\"console\" in {where} on the kiosk PC)")
    # The kiosk's own broker with TLS (broker.tls) as much as a site's.
    return BrokerSettings(host=host, port=port, username=user, password=password,
                          managed=False, tls=cfg["broker.tls"], ca_file=cfg["broker.ca_file"],
                          keepalive=cfg["broker.keepalive"])


def run(broker: str | None, user: str | None, password: str | None, name: str,
        config_path: Path | None = None, account_file: Path | None = None) -> int:
    from kiosk.directory import config

    try:
        cfg = config.load(config_path)
        settings = broker_settings(broker, user, password, cfg, account_file)
    except (config.ConfigError, ConsoleSetupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from kiosk.calls.console_side import (
        ConsoleAlerts,  # the transport: imported only by this command
    )
    from kiosk.calls.note_console import ConsoleNotes
    from kiosk.ui.console.adapter import ConsoleAdapter
    from kiosk.ui.console.window import ConsoleWindow
    from kiosk.ui.services.quit_signals import QuitOnSignals

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("library-kiosk-console")
    alerts = ConsoleAlerts(settings.username, name, settings)  # its account is its id
    notes = ConsoleNotes(alerts)  # the messages of its departments, on the same connection
    adapter = ConsoleAdapter(alerts, notes=notes)
    window = ConsoleWindow(adapter, name, language=cfg["language.default"],
                           server=f"{settings.host}:{settings.port}", ticks=alerts.ticks)
    adapter.setParent(window)
    window.resize(1600, 900)
    window.show()
    alerts.start()
    adapter.notify()  # show "connecting" at once, not the state before start()
    QuitOnSignals(app)  # SIGTERM: say offline (no Last Will needed) and disconnect
    try:
        return app.exec()
    finally:
        alerts.stop()
