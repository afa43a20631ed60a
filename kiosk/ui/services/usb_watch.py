"""Notices a USB stick holding a directory update within a few seconds of its mounting.

Qt cannot tell a removable volume from any other (QStorageInfo has no such flag), and
QFileSystemWatcher on /media misses sticks mounted elsewhere (/run/media/$USER, /mnt, an
automounter's own folder). So every 2 s the watcher compares the mounted volumes with the
last look (QStorageInfo.mountedVolumes() reads the kernel's mount table: cheap) and looks for
the bundle folder only on volumes that were not there before. Sites whose sticks appear as
folders rather than mounts, and the tests, name extra roots (`usb.roots`): every folder
directly inside such a root counts as a volume.

Volumes mounted before the kiosk started never count as inserted: a stick left in the kiosk
must not open the staff screen at every start; take it out and put it in again. A volume that
appears without a bundle is looked at again at each poll until it has one (an automounter may
show the folder before its files), then announced once.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

log = logging.getLogger("kiosk")

POLL_MS = 2000


def mounted_volumes() -> list[Path]:
    return [Path(v.rootPath()) for v in QStorageInfo.mountedVolumes()
            if v.isValid() and v.isReady()]


def folders_in(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        try:
            found += [p for p in root.iterdir() if p.is_dir()]
        except OSError:
            continue  # a root that does not exist (yet) has no volumes
    return found


class UsbWatcher(QObject):
    bundle_inserted = Signal(object)  # Path of the bundle folder on the new volume
    removed = Signal(object)  # Path of a bundle folder announced before, now gone

    def __init__(self, finder: Callable[[Path], Path | None], roots: Iterable[Path] = (),
                 system: bool = True, interval_ms: int = POLL_MS, parent=None):
        super().__init__(parent)
        self.finder = finder
        self.roots = [Path(r) for r in roots]
        self.system = system
        self._present: set[Path] = set(self.volumes())  # there at start: never "inserted"
        self._baseline = set(self._present)
        self._waiting: set[Path] = set()  # new volumes without a bundle yet
        self._announced: dict[Path, Path] = {}  # volume -> its bundle folder
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def volumes(self) -> list[Path]:
        found = mounted_volumes() if self.system else []
        return found + folders_in(self.roots)

    def poll(self) -> None:
        now = set(self.volumes())
        for volume in self._present - now:
            self._baseline.discard(volume)
            self._waiting.discard(volume)
            bundle = self._announced.pop(volume, None)
            if bundle is not None:
                self.removed.emit(bundle)
        for volume, bundle in list(self._announced.items()):
            if not bundle.is_dir():  # the folder went, the volume stayed
                del self._announced[volume]
                self._waiting.add(volume)
                self.removed.emit(bundle)
        self._waiting |= now - self._present - self._baseline
        self._present = now
        for volume in sorted(self._waiting):
            try:
                bundle = self.finder(volume)
            except OSError as exc:  # an unreadable volume: nothing to announce
                log.info("usb: cannot look into %s: %s", volume, exc)
                continue
            if bundle is not None:
                self._waiting.discard(volume)
                self._announced[volume] = bundle
                self.bundle_inserted.emit(bundle)

    @property
    def inserted(self) -> list[Path]:
        """Bundle folders on volumes inserted since start and still there."""
        return list(self._announced.values())
