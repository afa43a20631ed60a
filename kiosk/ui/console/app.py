"""`python -m kiosk attendant`: the console's composition root. Reads where the broker is and
the console's account (the kiosk's config, `[broker]`; --broker and --user override), builds
the transport (calls.console_side.ConsoleAlerts), the adapter and the window, and runs them
until the window is closed.
"""
from __future__ import annotations

import re
import sys
import tomllib
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


def credentials_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / "broker" / "credentials.toml"


def stored_accounts(data_dir: Path) -> dict[str, str]:
    """{console account: password} the kiosk wrote for its own broker, when this PC has
    that file (`[accounts."<name>"]` with `role = "console"`)."""
    try:
        raw = tomllib.loads(credentials_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    accounts = raw.get("accounts", {})
    return {name: str(entry["password"]) for name, entry in (
        accounts.items() if isinstance(accounts, dict) else ())
        if isinstance(entry, dict) and entry.get("role") == "console" and entry.get("password")}


def where_from_config(cfg) -> tuple[str, int]:
    """The broker the config names: with broker.managed, the kiosk's own broker on this PC at
    the port it listens on (its listen address, unless that is every interface); otherwise
    the site's broker at broker.host."""
    if not cfg["broker.managed"]:
        return cfg["broker.host"], cfg["broker.port"]
    listen = cfg["broker.listen"].strip()
    host = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}.get(listen, listen)
    return host, cfg["broker.port"]


def broker_settings(broker: str | None, user: str | None, password: str | None, cfg):
    """BrokerSettings for the console: a client of a broker it does not manage. Where it is
    and which account to use come from the config (the kiosk's `[broker]` section), unless
    --broker or --user say otherwise. The user is the console's own account, and its name
    is the console's id on the broker."""
    from kiosk.calls.broker import BrokerSettings

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
                f"no password for the console's broker account {user or '(none)'}. Pass "
                f"--user NAME --password P (the kiosk keeps them in {where} on the kiosk PC, "
                f"the [accounts] with role \"console\"), set broker.username and "
                f"broker.password in the config, or run the console where that file "
                f"is ({credentials_path(data_dir)}).")
        password = stored[user]
    if not user:
        raise ConsoleSetupError(f"--password needs --user NAME: the console's own broker "
                                f"account (an [accounts] entry with role \"console\" in {where} "
                                f"on the kiosk PC)")
    return BrokerSettings(host=host, port=port, username=user, password=password,
                          managed=False, tls=site and cfg["broker.tls"],
                          ca_file=cfg["broker.ca_file"] if site else "",
                          keepalive=cfg["broker.keepalive"])


def run(broker: str | None, user: str | None, password: str | None, name: str,
        config_path: Path | None = None) -> int:
    from kiosk.directory import config

    try:
        cfg = config.load(config_path)
        settings = broker_settings(broker, user, password, cfg)
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
