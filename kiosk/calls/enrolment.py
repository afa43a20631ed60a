"""Console accounts for desk PCs, issued and revoked on the kiosk PC (`attendant enrol`,
`attendant revoke`).

The kiosk PC keeps only each enrolled console's hash (Mosquitto's PBKDF2 `$7$` line) in
`<data folder>/broker/consoles.toml` (0600): its password exists in clear only in the account
file written for the desk PC (0600), which the operator moves there. The managed broker's
passwd and acl are rewritten from it at once, and a running broker reloads them (SIGHUP), so a
new console can log in, and a revoked one is disconnected and refused, without a restart.
"""
from __future__ import annotations

import datetime
import os
import re
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.calls import accounts as acc
from kiosk.calls import broker_files
from kiosk.calls.broker_files import BrokerError, write_private

ENROLLED_FILE = "consoles.toml"
_HASH = re.compile(r"\$7\$\d{1,7}\$[A-Za-z0-9+/=]{1,200}\$[A-Za-z0-9+/=]{1,200}")


@dataclass(frozen=True)
class Enrolled:
    """One console enrolled for a desk PC: its name (its id), its password's hash only."""
    name: str
    hash: str  # "$7$iterations$salt$digest"
    departments: tuple[str, ...] = ()
    since: str = ""  # the day it was enrolled (ISO), for the operator's list


def enrolled_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / broker_files.KIOSK_FOLDER / ENROLLED_FILE


def read_enrolled(data_dir: Path | str) -> dict[str, Enrolled]:
    """{name: Enrolled} from consoles.toml; {} when there is none."""
    path = enrolled_path(data_dir)
    raw = broker_files.read_table(path, "consoles", "the enrolled consoles",
                                  "fix the file or delete it and enrol the desk PCs again")
    found = {}
    for name, entry in raw.items():
        try:
            acc.check_name(name, "enrolled console")
            if not isinstance(entry, dict) or not _HASH.fullmatch(str(entry.get("hash", ""))):
                raise acc.AccountError(f"enrolled console {name!r} has no valid hash")
            depts = tuple(acc.check_name(d, "department id")
                          for d in entry.get("departments", []))
        except (acc.AccountError, TypeError) as exc:
            raise BrokerError(f"{path}: {exc}; revoke it and enrol it again") from exc
        found[name] = Enrolled(name, entry["hash"], depts, str(entry.get("since", "")))
    return found


def _write_enrolled(data_dir: Path | str, entries: dict[str, Enrolled]) -> None:
    folder = broker_files.own_folder(Path(data_dir) / broker_files.KIOSK_FOLDER, None)
    text = ("# Consoles enrolled for desk PCs (python -m kiosk attendant enrol / revoke).\n"
            "# Only each password's hash is kept here; see docs/alerts.md.\n")
    for e in entries.values():
        depts = ", ".join(f'"{d}"' for d in e.departments)
        text += (f'\n[consoles."{e.name}"]\nhash = "{e.hash}"\ndepartments = [{depts}]\n'
                 f'since = "{e.since}"\n')
    write_private(folder / ENROLLED_FILE, text.encode("utf-8"), None)


def enrol(data_dir: Path | str, name: str, departments=(), taken=()) -> str:
    """Add the console `name` and return its new password (to be written only into the
    desk PC's account file). `taken`: the names of the config's accounts (kiosk.id,
    broker.consoles), which an enrolled console may not take over."""
    acc.check_name(name, "console name")
    depts = tuple(acc.check_name(d, "department id") for d in departments)
    if name in taken:
        raise BrokerError(f"{name!r} is already an account of this kiosk's broker (kiosk.id "
                          f"or broker.consoles in kiosk.toml): choose another console name")
    entries = read_enrolled(data_dir)
    if name in entries:
        raise BrokerError(f"the console {name!r} is enrolled already: revoke it first "
                          f"(python -m kiosk attendant revoke {name}) to issue a new password")
    password = acc.new_password()
    line = acc.hash_line(name, password)
    entries[name] = Enrolled(name, line.split(":", 1)[1], depts,
                             datetime.date.today().isoformat())
    _write_enrolled(data_dir, entries)
    return password


def departments_of(data_dir: Path | str, configured: dict) -> dict[str, list[str]]:
    """Console id -> the departments whose notes it serves: broker.console_departments
    (`configured`) and the enrolled consoles' own; a console not named serves all."""
    return dict(configured) | {e.name: list(e.departments)
                               for e in read_enrolled(data_dir).values() if e.departments}


def revoke(data_dir: Path | str, name: str) -> bool:
    """Remove the enrolled console `name`; False if it was not enrolled."""
    entries = read_enrolled(data_dir)
    if entries.pop(name, None) is None:
        return False
    _write_enrolled(data_dir, entries)
    return True


def apply(data_dir: Path | str, accounts: dict[str, str],
          leaving: dict[str, str] | None = None, departments: dict | None = None) -> bool:
    """Write the broker's passwd and acl (the config's `accounts` and `departments`, the
    enrolled consoles and `leaving`, see broker_files.write_accounts) and make a running
    broker reload them; False if none runs."""
    broker_files.write_accounts(Path(data_dir), accounts, read_enrolled(data_dir), leaving,
                                departments)
    return reload_running_broker(data_dir, [f"Client {n} disconnected" for n in leaving or ()])


def reload_running_broker(data_dir: Path | str, wait_for=(), timeout: float = 2.0) -> bool:
    """Make the kiosk's running broker re-read passwd and acl (SIGHUP): Mosquitto then
    disconnects clients whose password no longer matches and refuses them. False: none is
    running. `wait_for`: log lines to wait for (at most `timeout`), e.g. a dropped client's.
    Run as root, Mosquitto (as its own user) also logs that it cannot re-read
    mosquitto.conf in root's folder; it keeps that config and re-reads passwd and acl."""
    pid = broker_files.running_broker_pid(Path(data_dir))
    if pid is None:
        return False
    log = Path(data_dir) / broker_files.KIOSK_FOLDER / "mosquitto.log"
    try:
        seen = log.stat().st_size
    except OSError:
        seen = 0
    os.kill(pid, signal.SIGHUP)
    waiting = {line.encode() for line in wait_for}
    deadline = time.monotonic() + timeout
    while waiting and time.monotonic() < deadline:  # handled in the broker's own loop
        try:
            with log.open("rb") as f:
                f.seek(seen)
                new = f.read()
        except OSError:
            break
        waiting = {line for line in waiting if line not in new}
        time.sleep(0.02)
    return True
