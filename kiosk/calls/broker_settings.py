"""Where the alert service's MQTT broker is, and with which account (a kiosk's or a console's
BrokerSettings), and where the kiosk's own broker may listen (broker.listen, broker.port).

By default (broker.managed) it is the kiosk's own Mosquitto on this PC (broker.py), whose
accounts are this kiosk and the consoles of broker.consoles, with passwords generated into
the kiosk's data folder (broker_files.py). A fleet's kiosks and consoles name one external
broker and their own accounts in the config instead; a desk PC's console has its account file
(account_file.py).
"""
from __future__ import annotations

import errno
import socket
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.calls import accounts as acc
from kiosk.calls.broker_files import BrokerError, ensure_credentials


@dataclass(frozen=True)
class BrokerSettings:
    """One device's connection: the broker's address, TLS, and its account (whose name is
    the device's id); `managed`: the kiosk's own broker on this PC."""

    host: str = "127.0.0.1"
    port: int = 1883
    tls: bool = False
    ca_file: str = ""
    username: str = ""
    password: str = field(default="", repr=False)
    managed: bool = True
    keepalive: int = 10
    ca_pem: str = field(default="", repr=False)  # the CA itself, from a console's account file

    @classmethod
    def from_config(cls, cfg, data_dir: Path | str | None = None,
                    account: str | None = None) -> "BrokerSettings":
        """The broker this kiosk (or the account `account`, e.g. a console on this PC) talks
        to. When managed, it is the kiosk's own broker on this PC, the account is the kiosk's
        (kiosk.id) unless named, and the password is the generated one."""
        s = cls(host=cfg["broker.host"], port=cfg["broker.port"], tls=cfg["broker.tls"],
                ca_file=cfg["broker.ca_file"], username=cfg["broker.username"],
                password=cfg["broker.password"], managed=cfg["broker.managed"],
                keepalive=cfg["broker.keepalive"])
        if not s.managed:
            return s
        accounts = managed_accounts(cfg)
        account = account or cfg["kiosk.id"]
        if account not in accounts:
            raise BrokerError(f"no broker account {account!r}: the kiosk's own broker has "
                              f"{', '.join(accounts)} (kiosk.id and broker.consoles)")
        creds = ensure_credentials(Path(data_dir if data_dir is not None else cfg.data_dir),
                                   accounts)
        # With TLS the listener's certificate must name this address (docs/alerts.md).
        return replace(s, host=local_address(cfg["broker.listen"]),
                       username=account, password=creds[account])


def local_address(listen: str) -> str:
    """Where a client on this PC reaches the managed broker listening on `listen`."""
    listen = listen.strip()
    return {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}.get(listen, listen)


def managed_accounts(cfg) -> dict[str, str]:
    """{account: role} of the kiosk's own broker: this kiosk and the consoles of
    broker.consoles."""
    try:
        return acc.wanted([cfg["kiosk.id"]], cfg["broker.consoles"])
    except acc.AccountError as exc:
        raise BrokerError(f"{cfg.path or 'kiosk.toml'}: {exc}") from exc


def check_port_free(bind: str, port: int) -> None:
    """The managed listener's address (broker.listen) is one of this PC's, and its port is
    free; BrokerError saying which setting to change otherwise."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(
            bind or "0.0.0.0", port, type=socket.SOCK_STREAM,
            flags=socket.AI_PASSIVE | socket.AI_NUMERICHOST)[0]
    except socket.gaierror as exc:
        raise BrokerError(f"broker.listen {bind!r} is not an IP address: use \"0.0.0.0\" "
                          f"(every interface), \"127.0.0.1\" (this PC only) or one of this "
                          f"PC's addresses") from exc
    with socket.socket(family, kind) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL:
                raise BrokerError(f"broker.listen {bind!r} is not an address of this PC "
                                  f"({exc.strerror}): use \"0.0.0.0\" or \"127.0.0.1\"") from exc
            raise BrokerError(f"port {port} is in use ({exc.strerror}): another MQTT broker "
                              f"(the system's mosquitto service?) or set broker.port") from exc
