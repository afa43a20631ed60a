"""The one application-wide event filter: every touch, click and key passes through it once.

Several services care about input (the idle timer, speech that any action stops, keypad
navigation); one filter serves them all, so each event crosses into Python once, not once
per service. The lockdown (lockdown.py) sees the events it guards first and may eat them.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset({QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin,
                      QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel})
PRESSES = frozenset({QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.KeyPress})
# What could take a visitor out of the kiosk (keys, menus, tips, closing) or what the
# lockdown needs to know of (the program quitting, a label first shown, full screen lost).
GUARDED = frozenset({QEvent.KeyPress, QEvent.ShortcutOverride, QEvent.Shortcut,
                     QEvent.ContextMenu, QEvent.ToolTip, QEvent.WhatsThis,
                     QEvent.QueryWhatsThis, QEvent.Close, QEvent.Quit, QEvent.Polish,
                     QEvent.WindowStateChange})
HEEDED = ACTIVITY | GUARDED


class InputEvents(QObject):
    activity = Signal()  # any touch, click, key or wheel: the visitor is still there
    pressed = Signal()  # a touch, click or key press: an action begins
    started = Signal()  # the filter is in place: what it missed before may be caught up

    def __init__(self, parent=None, start: bool = True):
        """`start`: filter from now on; False leaves it to `start()`."""
        super().__init__(parent)
        self.key_handler: Callable[[QObject, QEvent], bool] | None = None
        self.guard: Callable[[QObject, QEvent], bool] | None = None  # True: event eaten
        self.running = False
        if start:
            self.start()

    def start(self) -> None:
        """Every event passes through the filter from now on. The kiosk starts it as soon as
        its first frame is on screen (ui/app.py): the ~500 events of building, laying out
        and painting that frame, none of them a visitor's, each crossing into Python, cost
        6 % of the instructions to it (performance.md §1c). The lockdown catches up on what
        happened before (lockdown.py)."""
        QApplication.instance().installEventFilter(self)
        self.running = True
        self.started.emit()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in HEEDED:  # most events (paints, layouts, moves): one look-up, gone
            return False
        if kind in GUARDED and self.guard is not None and self.guard(obj, event):
            if kind in ACTIVITY:
                self.activity.emit()
            return True
        if kind not in ACTIVITY:
            return False
        self.activity.emit()
        if kind in PRESSES:
            self.pressed.emit()
        if kind == QEvent.KeyPress and self.key_handler is not None:
            return self.key_handler(obj, event)
        return False
