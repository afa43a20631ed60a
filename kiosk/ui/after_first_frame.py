"""What the kiosk does once the home screen's first frame is on screen, and the hook that
waits for that frame.

The composition root (kiosk/ui/app.py) decides the order of the start-up tasks; the tasks
themselves are here, each a short function that imports what it needs when it runs: the
dialogs built ahead of their first opening, speech's engine made for the first visitor who
asks, the leftovers of an unfinished directory update removed. None of it may delay the first
frame (docs/performance.md, §1; tests/ui/test_start_imports.py).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("kiosk")


class AfterFirstPaint(QObject):
    """Runs callbacks once the window has painted its first frame."""

    def __init__(self, window: QObject, *callbacks):
        super().__init__(window)
        self._callbacks = list(callbacks)
        window.installEventFilter(self)

    def then(self, callback) -> None:
        self._callbacks.insert(0, callback)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        for callback in self._callbacks:
            try:
                callback()
            except Exception:  # one failing start-up task must not keep the others away
                log.exception("start-up task %s failed", getattr(callback, "__name__", callback))


def start_speech():
    """The speech service, with its engine, for the first visitor who asks for speech."""
    from kiosk.speech.engine import Speech
    return Speech()


def build_dialogs(window) -> None:
    """Help and "need more time?" are built on first use; once the home screen is on view
    they are built at once, so that their first opening is as quick as the next. So is the
    closing question's strip (home knows its room without it: screens/strip_size.py)."""
    window.help_overlay
    window.idle.overlay
    window.visit_end.strip


def import_screens(modules: list[str]) -> None:
    """Every screen's code imported ahead of its first opening, one module a turn of the event
    loop, so a visitor's tap waits for one at most: a first visit had imported its screen's
    modules inside the tap (a floor's plan 15-30 ms, the route's with its QR code's 20-40)."""
    import importlib

    pending = list(modules)

    def next_one() -> None:
        if pending:
            importlib.import_module(pending.pop(0))
            QTimer.singleShot(0, next_one)

    next_one()


def remove_bundle_leftovers(data_dir) -> None:
    """What a kiosk switched off during an apply, or a check abandoned, left on the disk (a
    version folder of 5,000 photos, say): removed at start, not only after the next apply."""
    from kiosk.bundle.versions import cleanup
    from kiosk.directory.store import StoreError

    try:
        cleanup(data_dir)
    except (OSError, StoreError) as exc:
        log.warning("could not remove unfinished directory updates: %s", exc)
