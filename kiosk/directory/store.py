"""The kiosk's one data file, `<data folder>/kiosk.json`: TinyDB behind this module.

Every write replaces the whole file atomically (temp file, fsync, rename, folder fsync), so a
power cut or a kill leaves either the old or the new file, never a torn one. TinyDB rewrites
the whole file on each write, so write in batches (save_directory is one write).
"""
from __future__ import annotations

import contextlib
import itertools
import json
import os
import time
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.disk import atomic_write_bytes, file_lock
from kiosk.directory.model import TABLES

if TYPE_CHECKING:
    from tinydb.table import Table

FILE_NAME = "kiosk.json"
DIRECTORY_TABLES = ("building", *TABLES, "meta")  # written only by save_directory
STALE_TEMP_SECONDS = 60  # older temp files are leftovers of a killed writer
DAMAGED = ".damaged-"  # a damaged store file kept aside: kiosk.json.damaged-<time>[-n]


class StoreError(RuntimeError):
    """The data file cannot be used; the message names the file and what to do."""


class AtomicJSONStorage:
    """TinyDB storage (read, write, close): UTF-8 JSON, read whole, written whole with
    atomic_write_bytes. TinyDB itself loads only when a feature opens a table (`Store.table`):
    a kiosk reading its directory at start does not need it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # Held from read to write of each change: the alert service writes its table from
        # network threads while the screen writes others; unlocked, one would undo the other.
        # One lock per file, shared by every Store on it (the call outbox keeps one open while
        # a bundle apply opens its own) and taken by other processes too (FileLock).
        self.lock = file_lock(self.path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"a JSON object was expected, not {type(data).__name__}")
        except ValueError as exc:  # also JSONDecodeError and UnicodeDecodeError
            raise StoreError(
                f"{self.path} is damaged and cannot be read ({exc}). The kiosk will not "
                f"overwrite it. Move it aside (or restore a backup) and start again; with no "
                f"file the kiosk starts from the built-in demo directory.") from exc
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # 0600 whoever made the folder: open messages and cards hold visitors' names and
        # phone numbers until they are purged.
        atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                           mode=0o600)

    def close(self) -> None:
        pass  # no handle is kept open between reads and writes


def directory_version(directory: Directory) -> str:
    """A short hash of the directory's records: equal content, equal version."""
    import hashlib  # only for the demo: a site's own directory starts without it (§1c)

    text = json.dumps(directory.to_records(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Store:
    """The data file: the building directory plus small tables for other features.

    Open one Store per data folder and share it where you can: TinyDB tables cache query
    results and the next document id, so two Stores must not write the same table. Writes of
    different tables through different Stores, in one process or several, are safe (FileLock).
    """

    def __init__(self, data_dir: Path | str, check: bool = True) -> None:
        """`check`: read the file now, to fail at once with StoreError if it is damaged; a
        caller that reads it next anyway (`contents`) need not."""
        self.path = Path(data_dir) / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale_temps()
        self._storage = AtomicJSONStorage(self.path)
        self._db = None  # TinyDB, made by the first table()
        if check:
            self._storage.read()

    def _remove_stale_temps(self) -> None:
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.path.parent.glob(f".{FILE_NAME}.*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    # -- the building directory ---------------------------------------------------------------
    def contents(self) -> dict[str, dict[str, Any]]:
        """The whole file, read once; {} if there is none. Raises StoreError if damaged."""
        return self._storage.read() or {}

    def load_directory(self, data: dict | None = None) -> Directory | None:
        """The stored directory, from `data` (what `contents` gave) or read now."""
        data = self.contents() if data is None else data
        if not data.get("building"):
            return None
        try:
            records: dict[str, Any] = {"building": _docs(data["building"])[0]}
            for table in TABLES:
                records[table] = _docs(data.get(table, {}))
            return Directory.from_records(records)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"{self.path}: the stored directory does not fit this version of "
                             f"the kiosk ({exc}). Import the directory again.") from exc

    def save_directory(self, directory: Directory, source: str, version: str,
                       extra: dict | None = None) -> None:
        """Replace the whole directory and its meta in one atomic write; other tables stay.
        `extra`: more meta fields (the bundle versions, see bundle/versions.py)."""
        records = directory.to_records()
        saved_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._storage.lock:
            data = self._storage.read() or {}
            data["building"] = {"1": records["building"]}
            for table in TABLES:
                data[table] = {str(i): r for i, r in enumerate(records[table], start=1)}
            data["meta"] = {"1": {"source": source, "version": version, "saved_at": saved_at,
                                  **(extra or {})}}
            # Straight to the storage: one file write, not one per document. The directory's
            # tables are never handed out by table(), so no TinyDB query cache goes stale.
            self._storage.write(data)

    def drop_unreadable(self, name: str, readable: Callable[[str, Any], bool]) -> list[Any]:
        """Take out of table `name` the documents `readable(key, document)` refuses (all of
        them when the table is not a table of documents): one atomic write.
        Returns what went; the caller keeps the file aside first (keep_aside)."""
        if name in DIRECTORY_TABLES:
            raise ValueError(f"table {name!r} belongs to the directory")
        with self._storage.lock:
            data = self._storage.read() or {}
            table = data.get(name, {})
            if not isinstance(table, dict):
                dropped, data[name] = [table], {}
            else:
                dropped = [doc for k, doc in table.items() if not readable(k, doc)]
                data[name] = {k: doc for k, doc in table.items() if readable(k, doc)}
            if dropped:
                self._storage.write(data)
                if self._db is not None:  # its query results are of the file before
                    self._db.table(name).clear_cache()
        return dropped

    def directory_meta(self, data: dict | None = None) -> dict:
        """{'source', 'version', 'saved_at'} of the stored directory, or {} if none; from
        `data` (what `contents` gave) or read now."""
        docs = _docs((self.contents() if data is None else data).get("meta") or {})
        return dict(docs[0]) if docs else {}

    # -- other features ---------------------------------------------------------------------
    def table(self, name: str) -> Table:
        """A TinyDB table for another feature (settings, statistics...), in the same file.

        Each TinyDB write rewrites the whole file atomically: use insert_multiple / update
        with a query rather than many single inserts. The directory's tables are off-limits.
        """
        if name in DIRECTORY_TABLES:
            raise ValueError(f"table {name!r} belongs to the directory; use save_directory")
        if self._db is None:
            self._db = _tinydb(self._storage)
        return self._db.table(name)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _tinydb(storage: AtomicJSONStorage):
    """A TinyDB on `storage` whose tables lock the file from read to write of each change."""
    from tinydb import TinyDB

    db = TinyDB(storage=lambda: storage)
    db.table_class = _locked_table()
    return db


@lru_cache(maxsize=1)
def _locked_table():
    from tinydb.table import Table

    class LockedTable(Table):
        """A TinyDB table whose read-modify-write of the file excludes every other writer."""

        def _update_table(self, updater) -> None:
            with self._storage.lock:  # type: ignore[attr-defined]
                super()._update_table(updater)

    return LockedTable


def keep_aside(store_file: Path, move: bool = True) -> Path:
    """Keep a damaged store file for whoever looks into it, as `kiosk.json.damaged-<UTC
    time>` (`-2`, `-3` ... after it when that name is taken: one kept before is never
    overwritten): moved (the kiosk goes on without it) or copied (a part of it is still
    used). 0600: it may hold visitors' names and phone numbers (bundle/recover.py deletes
    it after the retention period)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    for n in itertools.count(1):
        aside = store_file.with_name(f"{store_file.name}{DAMAGED}{stamp}"
                                     + (f"-{n}" if n > 1 else ""))
        try:
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        break
    with os.fdopen(fd, "wb") as out:
        if not move:
            out.write(store_file.read_bytes())
            out.flush()
            os.fsync(out.fileno())
    if move:  # over the empty file just made for this name, which no one else took
        os.replace(store_file, aside)
    return aside


def _docs(table: dict[str, Any]) -> list[dict]:
    """A stored table's documents in insertion order (doc ids are 1, 2, 3...)."""
    return [table[key] for key in sorted(table, key=int)]


def assets_folder(data_dir: Path | str, meta: dict) -> Path | None:
    """The folder of the photos and plans of the stored directory, named in its meta (an
    applied bundle's version folder), or None: the built-in assets."""
    return Path(data_dir) / meta["assets"] if meta.get("assets") else None


def open_directory(data_dir: Path | str, demo_loader: Callable[[], Directory],
                   demo_fingerprint: Callable[[], str] | None = None) -> Directory:
    """Start-up: the stored directory, or the built-in demo if none (or an older demo) is stored.

    A directory imported from elsewhere (source != "demo") is never replaced by the demo, and
    then the demo is not even loaded. With `demo_fingerprint` (a cheap hash of the demo's
    files), a store already holding this demo is read without parsing the demo files.
    """
    # One read of the file (each is a parse of the whole store, before the first frame: 1 ms
    # of CPU for the demo's, more for a larger directory), and so the meta and the directory
    # of one version, even if an update is saved meanwhile.
    with Store(data_dir, check=False) as store:
        data = store.contents()
        _check_start(store.path, data)
        meta = store.directory_meta(data)
        paths.use_data_assets(assets_folder(data_dir, meta))
        if meta and meta.get("source") != "demo":
            directory = store.load_directory(data)
            if directory is not None:
                return directory
        fingerprint = demo_fingerprint() if demo_fingerprint is not None else None
        if fingerprint is not None and meta.get("version") == fingerprint:
            directory = store.load_directory(data)
            if directory is not None:
                return directory
        demo = demo_loader()
        version = fingerprint or directory_version(demo)
        if meta.get("source") != "demo" or meta.get("version") != version:
            store.save_directory(demo, source="demo", version=version)
        return demo


def _check_start(path: Path, data: dict[str, Any]) -> None:
    """StoreError unless `data` (from `path`) is a kiosk's store, not notes or an emptied file
    (the demo would be merged in): directory tables, or all if none, hold numbered records."""
    if not data and path.exists() and not path.read_bytes().strip():
        raise StoreError(f"{path} is empty (a kiosk never writes an empty file)")
    for name, table in data.items():
        if name not in DIRECTORY_TABLES and data.get("building"):
            continue
        if not isinstance(table, dict) or not all(
                k.isascii() and k.isdigit() and isinstance(d, dict) for k, d in table.items()):
            raise StoreError(f"{path} is not a kiosk's data file: {name!r} is not a table of "
                             f"numbered records")
