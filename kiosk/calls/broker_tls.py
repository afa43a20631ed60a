"""TLS on the kiosk's own broker (broker.tls): the listener's CA, certificate and key.

Mosquitto reads these files after dropping privileges (to the mosquitto user when started as
root), so it could not read root's own key: they are copied into broker-state/ (the broker's
folder, 0600 each) at every start, which also takes a renewed certificate.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.calls.broker_files import TLS_COPIES, BrokerError, broker_owner, write_private
from kiosk.directory import user_file

SETTINGS = ("broker.ca_file", "broker.cert_file", "broker.key_file")


@dataclass(frozen=True)
class ListenerTls:
    """The managed listener's TLS files (PEM): the CA, the broker's certificate and key."""
    ca: str
    cert: str
    key: str


def listener_tls(cfg) -> ListenerTls | None:
    """The managed broker's TLS files (broker.tls), or None for plain TCP."""
    if not cfg["broker.tls"]:
        return None
    files = ListenerTls(*(cfg[setting] for setting in SETTINGS))
    missing = [k for k, v in zip(SETTINGS, (files.ca, files.cert, files.key)) if not v]
    if missing:
        raise BrokerError(f"{cfg.path or 'kiosk.toml'}: broker.tls = true for the kiosk's own "
                          f"broker needs {', '.join(missing)} (PEM files: the CA, the broker's "
                          f"certificate and its key)")
    return files


def copy_tls(tls: ListenerTls, state_dir: Path) -> None:
    """The three files into broker-state/, as the broker's config names them."""
    for setting, source, copy in zip(SETTINGS, (tls.ca, tls.cert, tls.key), TLS_COPIES):
        try:
            data = user_file.read_pem(source)
        except user_file.UserFileError as exc:
            raise BrokerError(f"{setting} {source!r}: cannot read it ({exc})") from exc
        write_private(state_dir / copy, data, broker_owner())
