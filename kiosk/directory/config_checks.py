"""The config's checks across settings and against this PC (config.py checks each value's
type and range): text without control characters, a broker the kiosk can reach, TLS files
and the bundles' public key it can read, a data folder it can write. All run when the config
is loaded, before anything is written, so a setting the kiosk cannot use stops it at once
with one line naming the file, the setting, the value and the fix (exit 2), instead of a
traceback in a thread or a hang once it runs. Loading only asks the file system about the
data folder; a file is made in it where the kiosk starts, and by doctor and the self-test.
"""
from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from kiosk.directory import user_file

NAME_MAX = 255  # bytes of one file or folder name on Linux's file systems
DATA_FILES = ("kiosk.json",)  # files of the data folder that must be files, if there
_TLS_WHAT = {"broker.ca_file": "CA", "broker.cert_file": "broker's certificate",
             "broker.key_file": "broker's private key"}
_TLS = tuple(_TLS_WHAT)


class ConfigError(ValueError):
    """The config file is malformed; the message says where and how to fix it."""


def shown(value: Any) -> str:
    """A setting's value as a message quotes it: its repr, cut after 80 characters."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _texts(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _texts(item)


def check_text(key: str, value: Any, where: str) -> None:
    """No control characters (a newline, a tab, a bell) or line separators in a setting's
    text: they reach the broker's config file and the log as lines of their own."""
    for text in _texts(value):
        bad = next((ch for ch in text if unicodedata.category(ch) in ("Cc", "Zl", "Zp")), None)
        if bad is not None:
            raise ConfigError(f"{where}: {key} {shown(value)} holds a control character "
                              f"(U+{ord(bad):04X}); write it on one line, without control "
                              f"characters")


def check_broker(get, where: str) -> None:
    """broker.host for a site broker, broker.listen for the kiosk's own, and the TLS files."""
    if not get("broker.managed") and not get("broker.host").strip():
        raise ConfigError(f"{where}: broker.host is empty but broker.managed = false; give "
                          f"the site broker's host name or address, or set broker.managed = "
                          f"true (the kiosk's own broker)")
    if not get("broker.listen").strip():
        raise ConfigError(f"{where}: broker.listen is empty; use \"0.0.0.0\" (every "
                          f"interface), \"127.0.0.1\" (this PC only) or one of this PC's "
                          f"addresses")
    if not get("broker.tls"):
        return
    for key in _TLS:
        source = get(key)
        if not source:
            if get("broker.managed"):
                raise ConfigError(f"{where}: broker.tls = true for the kiosk's own broker "
                                  f"needs {key} (a PEM file: {', '.join(_TLS)} are the CA, "
                                  f"the broker's certificate and its key)")
            continue
        try:
            user_file.read_pem(source)
        except user_file.UserFileError as exc:
            raise ConfigError(f"{where}: {key} (the {_TLS_WHAT[key]}): {exc}") from None


def check_public_key(setting: str, where: str) -> None:
    """bundle.public_key read as `bundle validate` reads it, at start rather than at the
    first bundle."""
    try:
        user_file.public_key(setting)
    except user_file.UserFileError as exc:
        raise ConfigError(f"{where}: bundle.public_key is neither an Ed25519 public key nor "
                          f"a file holding one ({exc}); give the one line of the .pub file "
                          f"made by 'python -m kiosk bundle keygen', or that file's path"
                          ) from None


def _refuse(folder: Path, where: str, reason: str) -> ConfigError:
    return ConfigError(f"{where}: data.folder {shown(str(folder))} is not a folder the kiosk "
                       f"can write ({reason}); set data.folder to a folder of this PC the "
                       f"kiosk's user can write, or leave it empty for the default")


def _nearest(folder: Path, where: str) -> Path:
    """The data folder, or (not there yet) its nearest existing parent, where it will be made."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        if probe.is_symlink():
            raise _refuse(folder, where, "a link to nothing")
        probe = probe.parent
    return probe


def check_data_folder(folder: Path, where: str) -> None:
    """The data folder is a folder the kiosk may create files in (or, not there yet, can be
    made in its nearest existing parent), and its data files are not folders. Asked of the
    file system without writing: every command loads the config, and none may touch the
    folder to check it (`check_data_folder_writes` makes a file, where the kiosk starts)."""
    if any(len(os.fsencode(part)) > NAME_MAX for part in folder.parts):
        raise _refuse(folder, where, f"a name longer than {NAME_MAX} bytes")
    probe = _nearest(folder, where)
    if not probe.is_dir():
        raise _refuse(folder, where,
                      "not a folder" if probe == folder else f"{probe} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):  # also no on a read-only file system
        raise _refuse(folder, where, "this user may not write there, or it is read-only")
    for data_file in DATA_FILES:
        path = folder / data_file
        if path.exists() and not path.is_file():
            raise _refuse(folder, where, f"its {data_file} is not a file")


def check_data_folder_writes(folder: Path, where: str) -> None:
    """A file made and removed in the data folder (or its nearest existing parent): the only
    sure test, as root passes the permission check of `check_data_folder` yet can make no
    file in /sys or /proc. Made where the kiosk starts, and by doctor and the self-test."""
    try:
        fd, name = tempfile.mkstemp(dir=_nearest(folder, where), prefix=".kiosk-write-check-")
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise _refuse(folder, where, exc.strerror or str(exc)) from None


def resolve_folder(folder: str, config_path: Path | None) -> str:
    """A relative data.folder is read against the config file's own folder (not the folder
    the kiosk was started from), made absolute."""
    path = Path(folder).expanduser()
    if folder and not path.is_absolute() and config_path is not None:
        path = Path(os.path.abspath(config_path.parent / path))
    return str(path) if folder else folder
