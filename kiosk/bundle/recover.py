"""Start-up without a usable kiosk.json: the last directory version kept in the data folder,
else the built-in demo, rather than no kiosk at all.

A damaged file (a disk fault, someone's editor) used to stop the kiosk at every start, and a
service manager restarting it only repeated the failure in an empty lobby. Now the damaged
file is moved aside, kept for whoever looks into it (`kiosk.json.damaged-<time>`), and the
kiosk starts from the version last committed (`applied.json`), or the newest version folder,
or, with none, the demo. A missing file with kept versions (deleted by hand) is the same loss
and is repaired the same way. Every step is logged.

A damaged file may still hold the open messages' and cards' names and phone numbers, which
the kiosk promises to destroy after `messages.retention_days`: `forget_damaged` deletes a
moved-aside file once it is older than that (its last write, which no note in it postdates),
at start and at each of the notes' purges.
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Callable

from kiosk.directory import paths
from kiosk.directory.commit_marker import last_applied
from kiosk.directory.directory import Directory
from kiosk.directory.store import (DAMAGED, FILE_NAME, Store, StoreError, keep_aside,
                                   open_directory)

log = logging.getLogger(__name__)


def open_or_recover(data_dir: Path | str, demo_loader: Callable[[], Directory],
                    demo_fingerprint: Callable[[], str] | None = None) -> Directory:
    """store.open_directory, but a missing or damaged kiosk.json never stops the start."""
    data_dir = Path(data_dir)
    store_file = data_dir / FILE_NAME
    if not store_file.exists():
        restored = restore_last_version(data_dir, f"{store_file} is missing")
        if restored is not None:
            return restored
    try:
        return open_directory(data_dir, demo_loader, demo_fingerprint)
    except StoreError as exc:
        aside = keep_aside(store_file)
        log.error("the stored directory cannot be used (%s); the file was moved to %s",
                  exc.__cause__ or exc, aside)
    restored = restore_last_version(data_dir, f"{store_file} was damaged")
    if restored is not None:
        return restored
    log.warning("no kept directory version to fall back to: starting from the built-in demo")
    return open_directory(data_dir, demo_loader, demo_fingerprint)


def forget_damaged(data_dir: Path | str, retention: float, now: float | None = None
                   ) -> list[Path]:
    """Delete the moved-aside store files whose content is older than `retention` seconds
    (at `now`, default the time); returns those deleted. A file that cannot be deleted is
    logged and tried again at the next purge."""
    now = time.time() if now is None else now
    gone = []
    for path in sorted(Path(data_dir).glob(f"{FILE_NAME}{DAMAGED}*")):
        try:
            if not path.is_file() or now - path.stat().st_mtime < retention:
                continue
            path.unlink()
        except OSError as exc:
            log.warning("could not delete %s, kept past the retention period: %s", path, exc)
            continue
        log.info("deleted %s: a damaged store file may hold visitors' names and phone "
                 "numbers, kept no longer than the retention period", path)
        gone.append(path)
    return gone


# The bundle's versions (bundle/versions.py) are imported where a version is restored: a
# start that finds its kiosk.json, as nearly every start does, does not need them.


def kept_folders(data_dir: Path) -> list[int]:
    """Numbers of the version folders with their records, oldest first (a folder gets its
    number only once written whole; see version_folder.write_version)."""
    from kiosk.bundle.versions import versions_root

    root = versions_root(data_dir)
    if not root.is_dir():
        return []
    return sorted(int(e.name) for e in root.iterdir() if e.name.isdigit()
                  and (e / "records.json").is_file() and (e / "info.json").is_file())


def restore_last_version(data_dir: Path, why: str) -> Directory | None:
    """Commit the best kept version into a new kiosk.json and return it; None if none reads."""
    from kiosk.bundle.versions import one_update_at_a_time, versions_root

    with one_update_at_a_time(data_dir):  # not while a terminal's apply writes a version
        numbers = kept_folders(data_dir)
        if not numbers:
            return None
        marker = (last_applied(data_dir) or {}).get("version")
        order = ([marker] if marker in numbers else []) + \
            [n for n in reversed(numbers) if n != marker]
        for number in order:
            folder = versions_root(data_dir) / str(number)
            try:
                records = json.loads((folder / "records.json").read_bytes().decode("utf-8"))
                directory = Directory.from_records(records)
            except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
                log.warning("directory version %d cannot be read (%s); trying an older one",
                            number, exc)
                continue
            _commit(data_dir, directory, number, numbers)
            log.warning("%s: started from directory version %d (%s)", why, number, folder)
            return directory
    return None


def _commit(data_dir: Path, directory: Directory, number: int, numbers: list[int]) -> None:
    from kiosk.bundle.versions import KEEP, ROOT

    kept = sorted(set(numbers[-KEEP:]) | {number})
    assets = f"{ROOT}/versions/{number}"
    with Store(data_dir) as store:
        store.save_directory(directory, source="bundle", version=f"bundle-{number}", extra={
            "assets": assets, "bundle_version": number, "bundle_kept": kept,
            "bundle_signed": _highest_signed(data_dir, numbers)})
    paths.use_data_assets(data_dir / assets)


def _highest_signed(data_dir: Path, numbers: list[int]) -> int | None:
    """The newest signed version ever applied: an older signed stick stays refused."""
    from kiosk.bundle.versions import versions_root

    signed = []
    for number in numbers:
        try:
            info = json.loads((versions_root(data_dir) / str(number) / "info.json")
                              .read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(info, dict) and isinstance(info.get("signed_version"), int):
            signed.append(info["signed_version"])
    return max(signed, default=None)
