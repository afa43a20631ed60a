"""Applied directory versions in the data folder, applied atomically, kept five deep.

    <data>/bundles/versions/<N>/records.json   the whole directory as records
                               /info.json      when, from where, how many of each
                               /photos/ floorplans/ thumbnails/

Applying writes `<N>.tmp/` in full, renames it to `<N>/`, and only then commits: one atomic
write of kiosk.json holds the new directory and, in its meta, the active version, the kept
versions and the last signed version. A kill before the commit leaves the old directory
(and a folder that `cleanup` removes); after it, the new one, whole.

Each version's info.json names the version it replaced, the one in use when it was applied:
a rollback goes back to that one (apply X, roll back, apply Y, roll back: the directory
before Y, not X).

Each commit (apply or rollback) then writes `<data>/applied.json` (directory/commit_marker.py):
a running kiosk watches it to show what a terminal committed. Apply, rollback and cleanup
take one lock (`one_update_at_a_time`), also against other processes.
"""
from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.bundle.version_folder import Thumbnail, write_version
from kiosk.directory import paths
from kiosk.directory.commit_marker import mark_commit
from kiosk.directory.directory import Directory
from kiosk.directory.disk import file_lock
from kiosk.directory.strings import tr
from kiosk.directory.store import Store, assets_folder

ROOT = "bundles"
KEEP = 5
STALE_STAGING_SECONDS = 3600  # an unfinished check older than this was abandoned

class BundleError(RuntimeError):
    """Apply or roll back cannot go on; nothing was changed. Said in the staff's language by
    text(lang) (the command's --lang, the staff screen's language); str() is English, for
    the log."""

    def __init__(self, key: str, **values) -> None:
        self.key, self.values = key, values
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return tr(self.key, lang, **self.values)


@dataclass(frozen=True)
class VersionInfo:
    number: int
    saved_at: str
    source: str
    counts: dict
    current: bool
    signed_version: int | None = None
    replaced: int | None = None  # the version in use when this one was applied


def versions_root(data_dir: Path) -> Path:
    return Path(data_dir) / ROOT / "versions"


def staging_root(data_dir: Path) -> Path:
    return Path(data_dir) / ROOT / "staging"


def bundle_state(meta: dict) -> tuple[int | None, list[int], int | None]:
    """(active version, kept versions, last signed version) from the store's meta."""
    return meta.get("bundle_version"), list(meta.get("bundle_kept") or []), \
        meta.get("bundle_signed")


def last_signed(data_dir: Path) -> int | None:
    if not (Path(data_dir) / "kiosk.json").exists():
        return None
    with Store(data_dir) as store:
        return bundle_state(store.directory_meta())[2]


def one_update_at_a_time(data_dir: Path):
    """Held by apply, rollback, cleanup and load_committed, in this process and in others (a
    terminal's `bundle apply` beside the kiosk's staff screen): each reads the kept versions,
    the next number or the version in use before it writes or deletes."""
    return file_lock(Path(data_dir) / ROOT)


def apply(directory: Directory, data_dir: Path, photos: dict[str, Path],
          plans: dict[str, Path], source: str, signed_version: int | None,
          thumbnail: Thumbnail | None = None, store: Store | None = None) -> int:
    """Make `directory` (with the bundle's photos and plans) the kiosk's; returns its number."""
    with one_update_at_a_time(data_dir):
        number = _apply(directory, data_dir, photos, plans, source, signed_version, thumbnail,
                        store)
        cleanup(data_dir)
    return number


def _apply(directory: Directory, data_dir: Path, photos: dict[str, Path],
           plans: dict[str, Path], source: str, signed_version: int | None,
           thumbnail: Thumbnail | None, store: Store | None) -> int:
    owned = store is None
    store = store or Store(data_dir)
    try:
        meta = store.directory_meta()
        active, kept, signed = bundle_state(meta)
        # Files the bundle does not bring are carried over from the version in use.
        paths.use_data_assets(assets_folder(data_dir, meta))
        if signed_version is not None and signed is not None and signed_version <= signed:
            raise BundleError("bundle.err.not_newer", version=signed_version, applied=signed)
        root = versions_root(data_dir)
        root.mkdir(parents=True, exist_ok=True)
        number = _next_number(root, kept)
        if active is None:  # keep what was there before the first bundle, to roll back to
            before = store.load_directory()
            if before is not None:
                # Its own time, not this apply's: the two must be told apart on the screen.
                write_version(root, number, before, {}, {}, meta.get("source", ""), None,
                               saved_at=meta.get("saved_at"))
                kept.append(number)
                active = number
                number += 1
        write_version(root, number, directory, photos, plans, source, signed_version,
                       thumbnail, replaced=active)
        kept = (kept + [number])[-KEEP:]
        if signed_version is not None:
            signed = max(signed_version, signed or signed_version)
        _commit(store, directory, data_dir, number, kept, signed)
    finally:
        if owned:
            store.close()
    return number


def _next_number(root: Path, kept: list[int]) -> int:
    numbers = list(kept)
    for entry in root.iterdir():
        head = entry.name.split(".")[0]
        if head.isdigit():
            numbers.append(int(head))
    return max(numbers, default=0) + 1


def _commit(store: Store, directory: Directory, data_dir: Path, number: int, kept: list[int],
            signed: int | None) -> None:
    assets = f"{ROOT}/versions/{number}"
    store.save_directory(directory, source="bundle", version=f"bundle-{number}", extra={
        "assets": assets, "bundle_version": number, "bundle_kept": kept,
        "bundle_signed": signed})
    paths.use_data_assets(Path(data_dir) / assets)
    mark_commit(data_dir, number)


def forget_signed(data_dir: Path) -> int | None:
    """Forget the last signed version applied (returns it): the way out for a kiosk that took
    a version so high that no bundle can be newer (docs/bundle-format.md). The directory and
    its versions stay as they are. Only from the kiosk's own PC: a stick cannot do this."""
    with one_update_at_a_time(data_dir), Store(data_dir) as store:
        meta = store.directory_meta()
        directory = store.load_directory()
        signed = meta.get("bundle_signed")
        if directory is None or signed is None:
            return None
        extra = {k: v for k, v in meta.items() if k not in ("source", "version", "saved_at")}
        store.save_directory(directory, source=meta.get("source", "bundle"),
                             version=meta.get("version", ""), extra={**extra,
                                                                     "bundle_signed": None})
    return signed


def load_committed(data_dir: Path) -> tuple[Directory | None, Path | None]:
    """The directory in kiosk.json and the folder of its photos and plans (None: built-in
    assets), without pointing lookups at that folder yet: the directory on screen still
    uses the old one."""
    with one_update_at_a_time(data_dir), Store(data_dir) as store:  # no commit in between
        meta = store.directory_meta()
        return store.load_directory(), assets_folder(data_dir, meta)


def rollback(data_dir: Path, to: int | None = None, store: Store | None = None) -> int:
    with one_update_at_a_time(data_dir):
        return _rollback(data_dir, to, store)


def _rollback(data_dir: Path, to: int | None, store: Store | None) -> int:
    owned = store is None
    store = store or Store(data_dir)
    try:
        active, kept, signed = bundle_state(store.directory_meta())
        target = to if to is not None else _replaced(data_dir, active, kept)
        folder = versions_root(data_dir) / str(target)
        if target is None or target not in kept or not (folder / "records.json").is_file():
            raise BundleError("bundle.err.no_version", version=target,
                              kept=", ".join(map(str, kept)) or "-")
        records = json.loads((folder / "records.json").read_bytes().decode("utf-8"))
        _commit(store, Directory.from_records(records), data_dir, target, kept, signed)
    finally:
        if owned:
            store.close()
    return target


def _info(data_dir: Path, number: int) -> dict | None:
    try:
        info = json.loads((versions_root(data_dir) / str(number) / "info.json").read_text(
            encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def _replaced(data_dir: Path, active: int | None, kept: list[int]) -> int | None:
    """What a rollback without a number goes back to: the version the one in use replaced.
    A version written before info.json said so: the newest kept one below it."""
    if active is None:
        return None
    info = _info(data_dir, active) or {}
    if "replaced" in info:
        replaced = info["replaced"]
        return replaced if replaced in kept else None
    earlier = [n for n in kept if n < active]
    return max(earlier) if earlier else None


def rollback_target(data_dir: Path) -> VersionInfo | None:
    """The version `rollback` without a number would bring back, None if there is none."""
    if not (Path(data_dir) / "kiosk.json").exists():
        return None
    with Store(data_dir) as store:
        active, kept, _signed = bundle_state(store.directory_meta())
    target = _replaced(data_dir, active, kept)
    return next((v for v in versions(data_dir) if v.number == target), None)


def versions(data_dir: Path) -> list[VersionInfo]:
    if not (Path(data_dir) / "kiosk.json").exists():
        return []
    with Store(data_dir) as store:
        active, kept, _signed = bundle_state(store.directory_meta())
    out = []
    for number in kept:
        info = _info(data_dir, number)
        if info is None:
            continue
        out.append(VersionInfo(number, info["saved_at"], info["source"], info["counts"],
                               number == active, info.get("signed_version"),
                               info.get("replaced")))
    return out


def cleanup(data_dir: Path) -> None:
    """Remove what a killed apply or an abandoned check left: unfinished and uncommitted
    version folders, old staging copies."""
    with one_update_at_a_time(data_dir):
        _cleanup(data_dir)


def _cleanup(data_dir: Path) -> None:
    root = versions_root(data_dir)
    if root.is_dir() and (Path(data_dir) / "kiosk.json").exists():
        with Store(data_dir) as store:
            _active, kept, _signed = bundle_state(store.directory_meta())
        for entry in root.iterdir():
            if entry.name not in {str(n) for n in kept}:
                shutil.rmtree(entry, ignore_errors=True)
    staging = staging_root(data_dir)
    if staging.is_dir():
        cutoff = time.time() - STALE_STAGING_SECONDS
        for entry in staging.iterdir():
            if entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
