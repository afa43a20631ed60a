"""The one application-wide event filter: every touch, click and key passes through it once.

Several services care about input (the idle timer, speech that any action stops, keypad
navigation); one filter serves them all, so each event crosses into Python once, not once
per service.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset({QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin,
                      QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel})
PRESSES = frozenset({QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.KeyPress})


class InputEvents(QObject):
    activity = Signal()  # any touch, click, key or wheel: the visitor is still there
    pressed = Signal()  # a touch, click or key press: an action begins

    def __init__(self, parent=None):
        super().__init__(parent)
        self.key_handler: Callable[[QObject, QEvent], bool] | None = None
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in ACTIVITY:
            return False
        self.activity.emit()
        if kind in PRESSES:
            self.pressed.emit()
        if kind == QEvent.KeyPress and self.key_handler is not None:
            return self.key_handler(obj, event)
        return False
