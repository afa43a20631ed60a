"""The desk PC's account file: written by `attendant enrol` on the kiosk PC, read by the
console (`attendant --account-file FILE`, or broker.account_file).

TOML, 0600: the console's id and password, where the kiosk's broker is as the desk PC reaches
it, and, with TLS, the CA certificate (PEM) that signed the broker's certificate, so one file
is all the desk PC needs. A console refuses the file when other users could read it.
"""
from __future__ import annotations

import os
import ssl
import stat
import tomllib
from pathlib import Path

from kiosk.calls import accounts as acc
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.directory import user_file


class AccountFileError(ValueError):
    """The account file cannot be used; the message names the file and the fix."""


def text(name: str, password: str, host: str, port: int, *, tls: bool = False,
         ca_pem: str = "", departments=()) -> str:
    """The file's content."""
    acc.check_name(name, "console name")
    if not host or any(c in host for c in '"\\\n\r\t '):
        raise AccountFileError(f"broker host {host!r}: give the host name or address by which "
                               f"the desk PC reaches this PC (--broker HOST[:PORT])")
    if not 0 < int(port) < 65536:
        raise AccountFileError(f"broker port {port!r} must be 1-65535")
    depts = ", ".join(f'"{acc.check_name(d, "department id")}"' for d in departments)
    out = (f"# The library kiosk's console account {name!r}, for one desk PC. Keep it private\n"
           f"# (chmod 600). On the desk PC:\n"
           f"#   python -m kiosk attendant --account-file THIS_FILE --name YOUR_NAME\n"
           f"# Issued by 'python -m kiosk attendant enrol' on the kiosk PC; 'revoke' ends it.\n\n"
           f'[console]\nid = "{name}"\npassword = "{password}"\ndepartments = [{depts}]\n\n'
           f'[broker]\nhost = "{host}"\nport = {int(port)}\ntls = {"true" if tls else "false"}\n')
    if tls and ca_pem:
        out += f'ca = """\n{ca_pem.strip()}\n"""\n'
    return out


def read(path: Path | str, keepalive: int = 10) -> BrokerSettings:
    """The console's BrokerSettings from its account file."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
        raw = tomllib.loads(user_file.read_text(path, user_file.KEY_LIMIT,
                                                "a console account file"))
    except FileNotFoundError as exc:
        raise AccountFileError(f"{path}: no such account file (made on the kiosk PC by "
                               f"'python -m kiosk attendant enrol NAME')") from exc
    except (OSError, user_file.UserFileError, tomllib.TOMLDecodeError) as exc:
        raise AccountFileError(f"{path}: not a console account file ({exc}); enrol the "
                               f"console again on the kiosk PC") from exc
    if os.name == "posix" and stat.S_IMODE(mode) & 0o077:
        raise AccountFileError(f"{path}: other users of this PC can read the console's "
                               f"password (mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}")
    console, broker = raw.get("console"), raw.get("broker")
    try:
        if not isinstance(console, dict) or not isinstance(broker, dict):
            raise AccountFileError("no [console] or [broker] section")
        name = acc.check_name(console.get("id"), "console id")
        password, host = console.get("password"), broker.get("host")
        port, tls, ca = broker.get("port", 1883), broker.get("tls", False), broker.get("ca", "")
        if not isinstance(password, str) or not password:
            raise AccountFileError("[console] password is missing")
        if not isinstance(host, str) or not host.strip():
            raise AccountFileError("[broker] host is missing")
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise AccountFileError(f"[broker] port {port!r} must be 1-65535")
        if not isinstance(tls, bool) or not isinstance(ca, str):
            raise AccountFileError("[broker] tls must be true or false, ca a PEM text")
        if tls and ca:
            ssl.create_default_context(cadata=ca)  # a malformed CA is found here, not later
    except (AccountFileError, acc.AccountError, ssl.SSLError) as exc:
        raise AccountFileError(f"{path}: {exc}; enrol the console again on the kiosk PC "
                               f"(python -m kiosk attendant enrol)") from exc
    return BrokerSettings(host=host.strip(), port=port, tls=tls, ca_pem=ca if tls else "",
                          username=name, password=password, managed=False,
                          keepalive=keepalive)
