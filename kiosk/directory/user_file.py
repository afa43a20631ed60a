"""One reader for every small file a user names: the config, the bundle's public key, a
console's account file, the broker's TLS files.

Each is untrusted: only a regular file is opened (a folder, a FIFO or a device such as
/dev/zero would hang or exhaust memory), at most `limit` bytes are read, and text must be UTF-8;
every refusal names the file and what to do. The Ed25519 public key of `bundle.public_key`
(its text or its file) is read here too, so the config is checked at start with the same rule
`bundle validate` applies.
"""
from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

CONFIG_LIMIT = 1 << 20  # 1 MB: a config file is a few KB
KEY_LIMIT = 64 << 10  # 64 KB: a key, a certificate chain or an account file


class UserFileError(ValueError):
    """A file the user named cannot be used; the message names the file and the fix."""


class KeyFormatError(UserFileError):
    """The text is not an Ed25519 public key."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file `path` (`what` says what it should be, e.g. "a config
    file"); UserFileError when it is missing, not a regular file, unreadable or over `limit`."""
    try:  # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UserFileError(f"{path}: no such file; give the path of {what}") from None
    except IsADirectoryError:
        raise UserFileError(f"{path} is a folder, not {what}") from None
    except OSError as exc:
        raise UserFileError(f"{path}: cannot be read ({exc.strerror}); give {what} "
                            f"this user can read") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UserFileError(f"{path} is {_kind(mode)}, not {what}")
    with os.fdopen(fd, "rb") as f:
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise UserFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise UserFileError(f"{path} is larger than {limit // 1024} KB: not {what}")
    return data


def read_text(path: Path, limit: int, what: str) -> str:
    """The UTF-8 text of the regular file `path`; a BOM or a byte that is not UTF-8 is refused
    with its line, so the user can save the file again as plain UTF-8."""
    data = read_bytes(path, limit, what)
    if data.startswith(b"\xef\xbb\xbf"):
        raise UserFileError(f"{path}: the file starts with a byte order mark (BOM); save it "
                            f"as UTF-8 without BOM")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise UserFileError(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at line "
                            f"{line}); save it as UTF-8") from None


def read_pem(source: str) -> bytes:
    """The PEM file (a TLS CA, certificate or key) at the path `source`, as its bytes;
    UserFileError when it cannot be read or holds no '-----BEGIN' line."""
    path = Path(source).expanduser()
    data = read_bytes(path, KEY_LIMIT, "a PEM file")
    if b"-----BEGIN " not in data:
        raise UserFileError(f"{path} is not a PEM file (no '-----BEGIN' line)")
    return data


def _key(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def public_key(setting: str) -> bytes | None:
    """The raw 32-byte Ed25519 key of `bundle.public_key`: its base64 text, or the path of a
    .pub file; None when the setting is empty. KeyFormatError when the text (or the file's)
    is not such a key, UserFileError when the file cannot be read."""
    setting = setting.strip()
    if not setting:
        return None
    key = _key(setting)
    if key is not None:
        return key
    path = Path(setting).expanduser()
    key = _key(read_text(path, KEY_LIMIT, "a public key file (.pub)").strip())
    if key is None:
        raise KeyFormatError(f"{path}: not an Ed25519 public key")
    return key
