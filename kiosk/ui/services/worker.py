"""Slow work (checking, applying, exporting a directory; loading one a terminal applied) off
the GUI thread, so the kiosk keeps answering visitors while a big bundle is read.

A Job runs one function on the thread pool and reports back on the GUI thread: `finished`
with its result, or `failed` with the exception (never swallowed: the screen says it).
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("kiosk")


class Job(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, fn: Callable, *args, parent=None, **kwargs):
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> "Job":
        self.running = True
        self.finished.connect(self._done)
        self.failed.connect(self._done)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def _done(self, _result) -> None:
        self.running = False


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        job = self.job
        try:
            result = job.fn(*job.args, **job.kwargs)
        except Exception as exc:  # reported to the screen, which says what went wrong
            log.warning("job %s failed: %s", getattr(job.fn, "__name__", job.fn), exc)
            job.failed.emit(exc)
        else:
            job.finished.emit(result)
