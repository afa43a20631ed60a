"""Ed25519 signatures over a bundle's manifest: every file's path, size and SHA-256, and a
version number that must increase, so an old bundle cannot be played back.

The site keeps the private key on the PC that signs; kiosks hold only the public key (the
`bundle.public_key` setting). `manifest.sig` holds the base64 signature of the exact bytes of
`manifest.json`.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.bundle.reader_errors import os_error
from kiosk.bundle.stage import MANIFEST, SIGNATURE, list_files
from kiosk.directory import user_file
from kiosk.directory.disk import atomic_write_bytes
from kiosk.directory.model import Text
from kiosk.directory.strings import tr

FORMAT = 1
# Versions run from 1 to 10^15: the default, the time of signing as YYYYMMDDhhmmss, stays below
# it until the year 9999, and a kiosk that remembered a larger one (a slip such as 10**30)
# would refuse every normally signed bundle after it.
MAX_VERSION = 10**15


class SignError(ValueError):
    """A key or manifest cannot be used; the message says which file and what to do, in
    English as str(), in the staff's language by text(lang)."""

    def __init__(self, key: str, **values) -> None:
        self.key, self.values = key, values
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        # A value may itself be said in two languages (a problem's message and fix).
        values = {k: v.get(lang) if isinstance(v, Text) else v for k, v in self.values.items()}
        return tr(self.key, lang, **values)


@dataclass(frozen=True)
class Manifest:
    version: int
    files: dict[str, tuple[int, str]]  # path -> (size, sha256)


def keygen(out: Path) -> tuple[Path, Path]:
    """Write a new private key to `out` (PEM, readable by its owner only) and the public key,
    as one base64 line, beside it with the suffix ".pub" (site.key -> site.pub)."""
    public = out.with_suffix(".pub")
    if public == out:
        raise SignError("sign.err.same_name", out=out)
    for path in (out, public):
        if path.exists():
            raise SignError("sign.err.exists", path=path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public.write_text(public_key_text(key.public_key()) + "\n", encoding="ascii")
    return out, public


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_public_key(setting: str) -> bytes | None:
    """The raw 32-byte key from the setting: base64 text, or the path of a .pub file (a
    regular file of at most a few KB: kiosk/directory/user_file.py)."""
    try:
        return user_file.public_key(setting)
    except user_file.KeyFormatError:
        raise SignError("sign.err.public_bad") from None
    except user_file.UserFileError as exc:
        raise SignError("sign.err.public_unreadable", path=Path(setting.strip()).expanduser(),
                        reason=str(exc)) from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SignError("sign.err.private_unreadable", path=path, reason=os_error(exc)) from None
    try:  # the library's own words name its internals (and a web page): not for staff
        key = serialization.load_pem_private_key(raw, password=None)
    except (ValueError, TypeError):
        raise SignError("sign.err.private_bad", path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SignError("sign.err.private_not_ed25519", path=path)
    return key


def sign(folder: Path, key_path: Path, version: int | None = None) -> Manifest:
    """Write manifest.json and manifest.sig into the bundle folder. The version defaults to
    the time of signing (YYYYMMDDhhmmss, UTC), which increases by itself."""
    key = load_private_key(key_path)
    files, problems = list_files(folder)
    refused = [p for p in problems if p.severity == "error"]
    if refused:
        raise SignError("sign.err.file", file=refused[0].file, message=refused[0].message,
                        fix=refused[0].fix)
    entries = []
    for rel in files:
        if rel in (MANIFEST, SIGNATURE):
            continue
        data = (folder / rel).read_bytes()
        entries.append({"path": rel, "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
    version = version if version is not None else int(time.strftime("%Y%m%d%H%M%S",
                                                                    time.gmtime()))
    if not version_in_range(version):
        raise SignError("sign.err.version_range", version=version, most=f"{MAX_VERSION:,}")
    body = json.dumps({"format": FORMAT, "version": version, "files": entries},
                      ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(folder / MANIFEST, body)
    atomic_write_bytes(folder / SIGNATURE, base64.b64encode(key.sign(body)) + b"\n")
    return parse_manifest(body)


def verify(manifest: bytes, signature: bytes, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            base64.b64decode(signature.strip(), validate=True), manifest)
        return True
    except (InvalidSignature, ValueError):
        return False


def version_in_range(version) -> bool:
    return isinstance(version, int) and not isinstance(version, bool) \
        and 1 <= version <= MAX_VERSION


def parse_manifest(data: bytes) -> Manifest:
    """Raises ValueError if the manifest is not one `sign` writes."""
    raw = json.loads(data.decode("utf-8"))
    version = raw["version"]
    if raw.get("format") != FORMAT or not isinstance(version, int) or isinstance(version, bool):
        raise ValueError("format or version")
    files = {}
    for entry in raw["files"]:
        path, size, digest = entry["path"], entry["size"], entry["sha256"]
        if not (isinstance(path, str) and isinstance(size, int) and isinstance(digest, str)):
            raise ValueError("entry types")
        files[path] = (size, digest)
    return Manifest(version, files)


def unsafe_paths(manifest: Manifest) -> list[str]:
    """Manifest paths that are absolute or climb out with '..' (a forged manifest)."""
    return [p for p in manifest.files
            if p.startswith(("/", "\\")) or ":" in p or "\\" in p
            or any(part in ("", ".", "..") for part in p.split("/"))]
