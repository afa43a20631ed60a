"""A directory applied or rolled back from a terminal on the kiosk's PC (`python -m kiosk
bundle apply`, `bundle rollback`) comes on screen without a restart.

Every commit writes `<data>/applied.json` (directory/commit_marker.py); this watches the data
folder for it. A commit by another process is loaded off the GUI thread, then shown at once
if nobody is using the kiosk, else when the visit ends (or the staff screen closes), so no
visitor is thrown back home in the middle of a route. The kiosk's own staff screen shows
its commits itself.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from kiosk.directory import paths
from kiosk.directory.commit_marker import WRITER, last_applied
from kiosk.search.index import SearchIndex
from kiosk.ui.services.worker import Job

log = logging.getLogger("kiosk")

SETTLE_MS = 250  # a commit is several changes of the folder (temp files, renames): wait them out


class AppliedDirectoryWatch(QObject):
    def __init__(self, data_dir: Path, seen: dict | None, load: Callable, switch: Callable,
                 busy: Callable[[], bool], visit_ended, parent: QObject):
        """`seen`: the marker as it was before the kiosk read its directory at start;
        `load()` reads what was committed, off the GUI thread; `switch(*what_load_returned)`
        shows it; `busy()` is true while a visitor or the staff screen uses the kiosk;
        `visit_ended`: a signal emitted when a visit is over."""
        super().__init__(parent)
        self.data_dir, self.load, self.switch, self.busy = Path(data_dir), load, switch, busy
        self.seen = seen
        self.pending: tuple | None = None  # (marker, loaded) awaiting the visit's end
        self.job: Job | None = None
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self.look)
        self.watcher = QFileSystemWatcher([str(self.data_dir)], self)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        visit_ended.connect(self._visit_ended)
        self.look()  # a commit between the start-up read and now

    def look(self) -> None:
        applied = last_applied(self.data_dir)
        if applied is None or applied == self.seen:
            return
        if self.job is not None:
            return  # one load at a time: the load's end looks again
        self.seen = applied
        if applied.get("writer") == WRITER:
            return  # the staff screen committed it and shows it
        log.info("directory version %s committed outside the kiosk (bundle apply or "
                 "rollback): loading it", applied.get("version"))
        self.job = job = Job(self.load, parent=self)
        job.finished.connect(lambda loaded: self._loaded(job, applied, loaded))
        job.failed.connect(lambda exc: self._loaded(job, applied, None, exc))
        job.start()

    def _loaded(self, job: Job, applied: dict, loaded: tuple | None, exc=None) -> None:
        self.job = None
        job.deleteLater()
        if exc is not None:
            log.error("the directory committed outside the kiosk could not be loaded; it "
                      "shows after a restart: %s", exc)
        else:
            self.pending = (applied, loaded)  # replaces any older one still waiting
            self._show_pending()  # unless somebody is using the kiosk
        self.look()  # a commit that came while this one loaded

    def _visit_ended(self) -> None:
        if self.pending is not None:
            # After the screens have handled the end of the visit themselves.
            QTimer.singleShot(0, self, self._show_pending)

    def _show_pending(self) -> None:
        if self.pending is None or self.busy():
            return
        applied, loaded = self.pending
        self.pending = None
        if last_applied(self.data_dir) != applied:
            return  # a later commit (the staff screen's, or one loading now) takes its place
        try:
            self.switch(*loaded)
        except Exception as exc:  # a directory without this kiosk: keep showing the old one
            log.error("the directory committed outside the kiosk was not shown: %s", exc)


def watch_applied_directory(window, cfg, seen: dict | None) -> AppliedDirectoryWatch:
    """Wire the watch to the kiosk window (called by the composition root after the first
    frame). `seen`: commit_marker.last_applied as read before the directory at start."""
    from kiosk.bundle.versions import load_committed

    def load():
        directory, assets = load_committed(cfg.data_dir)
        if directory is None:
            raise ValueError(f"{cfg.data_dir / 'kiosk.json'} holds no directory")
        return directory, SearchIndex(directory), assets

    def show(directory, index, assets):
        before = paths.data_assets()
        paths.use_data_assets(assets)  # the new version's photos, from the first screen on
        try:
            window.switch_directory(directory, index)
        except Exception:
            paths.use_data_assets(before)
            raise

    def busy() -> bool:  # a visitor mid-visit, or the staff screen open
        return window.idle.visit_in_progress() or window.idle.hold()

    window.directory_watch = AppliedDirectoryWatch(
        cfg.data_dir, seen, load, show, busy, window.ctx.session.reset_requested,
        parent=window)
    return window.directory_watch
