"""`python -m kiosk attendant`: the console's composition root. Reads where the broker is and
the console's password, builds the transport (calls.console_side.ConsoleAlerts), the adapter and the
window, and runs them until the window is closed.
"""
from __future__ import annotations

import re
import socket
import sys
import tomllib
from pathlib import Path

DEFAULT_PORT = 1883
DEFAULT_USER = "console"


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


def credentials_path(data_dir: Path) -> Path:
    return Path(data_dir) / "broker" / "credentials.toml"


def stored_credentials(data_dir: Path) -> tuple[str, str] | None:
    """The `[console]` user the kiosk wrote for its own broker, when this PC has that file."""
    path = credentials_path(data_dir)
    try:
        entry = tomllib.loads(path.read_text(encoding="utf-8")).get("console", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    password = str(entry.get("password", "")) if isinstance(entry, dict) else ""
    return (str(entry.get("username", DEFAULT_USER)), password) if password else None


def broker_settings(broker: str, user: str | None, password: str | None, data_dir: Path):
    """BrokerSettings for the console: a client of a broker it does not manage."""
    from kiosk.calls.broker import BrokerSettings

    host, port = parse_broker(broker)
    if not password:
        stored = stored_credentials(data_dir)
        if stored is None or (user and user != stored[0]):
            raise ConsoleSetupError(
                f"no password for the console's broker user {user or DEFAULT_USER!r}. Pass it "
                f"with --password P (the kiosk keeps it in {credentials_path('<data folder>')} "
                f"on the kiosk PC, under [console]), or run the console where that file is "
                f"({credentials_path(data_dir)}).")
        user, password = stored
    return BrokerSettings(host=host, port=port, username=user or DEFAULT_USER,
                          password=password, managed=False)


def console_id() -> str:
    """This console's id on the broker: one per PC, a single topic level."""
    return "desk-" + (re.sub(r"[^A-Za-z0-9_.-]", "-", socket.gethostname()) or "pc")


def run(broker: str, user: str | None, password: str | None, name: str,
        config_path: Path | None = None) -> int:
    from kiosk.directory import config

    cfg = config.load(config_path)
    try:
        settings = broker_settings(broker, user, password, cfg.data_dir)
    except ConsoleSetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from kiosk.calls.console_side import (
        ConsoleAlerts,  # the transport: imported only by this command
    )
    from kiosk.ui.console.adapter import ConsoleAdapter
    from kiosk.ui.console.window import ConsoleWindow
    from kiosk.ui.services.quit_signals import QuitOnSignals

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("library-kiosk-console")
    alerts = ConsoleAlerts(console_id(), name, settings)
    adapter = ConsoleAdapter(alerts)
    window = ConsoleWindow(adapter, name, language=cfg["language.default"],
                           server=f"{settings.host}:{settings.port}")
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
