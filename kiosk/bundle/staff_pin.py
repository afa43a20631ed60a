"""The staff PIN that guards the staff screen: a salted scrypt hash and a lockout.

Kept in `<data folder>/staff-pin.json`, apart from the directory's data file, so setting the
PIN from the command line (`python -m kiosk staff-pin`) never races the running kiosk's
writes to `kiosk.json`. The lockout (5 wrong tries: locked for 5 minutes) is saved in the
same file at each try, so restarting the kiosk does not give a guesser fresh tries.
No PIN set: nothing unlocks, and the staff screen says how to set one.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.directory.disk import atomic_write_bytes

FILE_NAME = "staff-pin.json"
MAX_TRIES = 5
LOCK_SECONDS = 5 * 60
MIN_DIGITS, MAX_DIGITS = 4, 12
# scrypt cost: about 50 ms on a kiosk PC, so a stolen file is slow to guess from.
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class PinError(ValueError):
    """A PIN that cannot be used (too short, not digits); the message says what is allowed."""


def check_format(pin: str) -> None:
    if not pin.isdigit() or not pin.isascii() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits (0-9)")


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=32)


@dataclass(frozen=True)
class Attempt:
    """What one try of a PIN gave: unlocked, or why not."""

    ok: bool
    tries_left: int = MAX_TRIES
    locked_for: float = 0.0  # seconds until the next try is accepted
    no_pin: bool = False


class StaffPin:
    """The PIN and its lockout for one data folder; `clock` is injectable for tests."""

    def __init__(self, data_dir: Path | str, clock: Callable[[], float] = time.time):
        self.path = Path(data_dir) / FILE_NAME
        self.clock = clock

    # -- the file ---------------------------------------------------------------------------
    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {"damaged": True}  # unreadable: no PIN works until it is set again
        return data if isinstance(data, dict) else {"damaged": True}

    def _write(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(data, indent=1).encode("utf-8"))

    # -- setting ----------------------------------------------------------------------------
    @property
    def is_set(self) -> bool:
        data = self._read()
        return bool(data.get("hash")) and not data.get("damaged")

    def set(self, pin: str) -> None:
        """A new PIN; it also ends any lockout (whoever can run this owns the kiosk)."""
        check_format(pin)
        salt = os.urandom(16)
        self._write({"scheme": "scrypt", **SCRYPT, "salt": salt.hex(),
                     "hash": _hash(pin, salt, **SCRYPT).hex(), "failures": 0,
                     "locked_until": 0.0})

    # -- trying -----------------------------------------------------------------------------
    def locked_for(self) -> float:
        """Seconds left of the lockout, 0 when a PIN may be tried."""
        return max(0.0, float(self._read().get("locked_until", 0.0)) - self.clock())

    def tries_left(self) -> int:
        data = self._read()
        locked_until = float(data.get("locked_until", 0.0))
        if locked_until and locked_until <= self.clock():
            return MAX_TRIES  # the lockout ran out
        return max(0, MAX_TRIES - int(data.get("failures", 0)))

    def attempt(self, pin: str) -> Attempt:
        data = self._read()
        if not data.get("hash") or data.get("damaged"):
            return Attempt(False, no_pin=True)
        now = self.clock()
        locked_until = float(data.get("locked_until", 0.0))
        if locked_until > now:
            return Attempt(False, 0, locked_until - now)
        failures = int(data.get("failures", 0))
        if locked_until:  # a lockout that ran out: a fresh set of tries
            failures, data["locked_until"] = 0, 0.0
        try:
            salt = bytes.fromhex(data["salt"])
            expected = bytes.fromhex(data["hash"])
            given = _hash(pin, salt, int(data["n"]), int(data["r"]), int(data["p"])) \
                if pin.isdigit() and pin.isascii() else b""
        except (KeyError, ValueError):
            return Attempt(False, no_pin=True)
        if given and hmac.compare_digest(given, expected):
            if failures or data.get("locked_until"):
                data.update(failures=0, locked_until=0.0)
                self._write(data)
            return Attempt(True)
        failures += 1
        data["failures"] = failures
        if failures >= MAX_TRIES:
            data["locked_until"] = now + LOCK_SECONDS
        self._write(data)
        if failures >= MAX_TRIES:
            return Attempt(False, 0, float(LOCK_SECONDS))
        return Attempt(False, MAX_TRIES - failures)
