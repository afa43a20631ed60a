"""One directory version's folder, written whole before it gets its number: the directory as
records, its info, and the photos, plans and thumbnails it uses (linked where the disk
allows, so versions share their bytes).

    <root>/<N>.tmp/  ->  <root>/<N>/   records.json, info.json, photos/, floorplans/, thumbnails/
"""
from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.disk import atomic_write_bytes, sync_file_system
from kiosk.directory.model import TABLES

Thumbnail = Callable[[Path, Path], None]  # (photo, thumbnail file to write)


def write_version(root: Path, number: int, directory: Directory, photos: dict[str, Path],
                   plans: dict[str, Path], source: str, signed_version: int | None,
                   thumbnail: Thumbnail | None = None, replaced: int | None = None,
                   saved_at: str | None = None) -> None:
    tmp = root / f"{number}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for sub in ("photos", "floorplans", "thumbnails"):
        (tmp / sub).mkdir(parents=True)
    wanted_photos = {s.photo for s in directory.staff if s.photo}
    wanted_plans = {f.plan for f in directory.floors if f.plan}
    new_photos = _place(tmp / "photos", wanted_photos, photos, paths.staff_photo)
    _place(tmp / "floorplans", wanted_plans, plans, paths.floorplan)
    _thumbnails(tmp, wanted_photos, new_photos, thumbnail)
    records = json.dumps(directory.to_records(), ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(tmp / "records.json", records)
    info = {"saved_at": saved_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "source": source, "signed_version": signed_version, "replaced": replaced,
            "counts": {t: len(getattr(directory, t)) for t in TABLES}}
    atomic_write_bytes(tmp / "info.json", json.dumps(info, ensure_ascii=False).encode("utf-8"))
    sync_file_system(tmp)  # photos and thumbnails on disk before the folder gets its final name
    os.rename(tmp, root / str(number))


def _place(folder: Path, wanted: Iterable[str], brought: dict[str, Path],
           resolve: Callable[[str], Path | None]) -> set[str]:
    """Link (or copy) into `folder` each wanted file: the bundle's own, else the one in use
    (built-in assets stay where they are). Returns the names the bundle brought."""
    new = set()
    for name in sorted(set(wanted) | set(brought)):
        source = brought.get(name)
        if source is not None:
            new.add(name)
        else:
            source = resolve(name)
            if source is None or not source.is_file() or source.is_relative_to(paths.ASSETS):
                continue
        _link_or_copy(source, folder / name)
    return new


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # same disk: no bytes copied, and the versions share them
    except OSError:
        shutil.copyfile(source, target)


def _thumbnails(tmp: Path, wanted: set[str], new: set[str], thumbnail: Thumbnail | None) -> None:
    if thumbnail is None:
        return
    jobs = []
    for name in sorted(wanted | new):
        photo, thumb = tmp / "photos" / name, tmp / "thumbnails" / paths.thumbnail_name(name)
        old = paths.data_assets()
        previous = old / "thumbnails" / thumb.name if old is not None else None
        if name not in new and previous is not None and previous.is_file():
            _link_or_copy(previous, thumb)
        elif photo.is_file() or paths.staff_photo(name) is not None:
            jobs.append((photo if photo.is_file() else paths.staff_photo(name), thumb))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda job: thumbnail(*job), jobs))
