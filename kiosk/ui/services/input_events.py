"""The one input filter: every touch, click, key and wheel of a visitor passes through it once.

Several services care about input (the idle timer, speech that any action stops, keypad
navigation, the lockdown, the survey's "a tap elsewhere"); one filter serves them all, so each
event crosses into Python once, not once per service.

It sits where the window system's input enters: on the kiosk window's QWindow (and on the
QWindow of any other window of the kiosk's that takes the focus: a dialog or popup), which
receives every mouse, touch, key and wheel event before a widget does. Not on the application:
a Python filter there is called for every event of every object, Qt's private ones included,
and PySide then builds the Python type of every QObject class it knows to name them (3.5 MB
and 30 ms at idle, performance.md §2a, fifth round). The kiosk window's own widget is watched
too, for what happens to the window itself (a close, full screen lost, a new QWindow).
The lockdown (lockdown.py) sees the events it guards first and may eat them.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

ACTIVITY = frozenset({QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin,
                      QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel})
PRESSES = frozenset({QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.KeyPress})
MOUSE = frozenset({QEvent.MouseButtonPress, QEvent.MouseButtonRelease,
                   QEvent.MouseButtonDblClick, QEvent.MouseMove})
# What could take a visitor out of the kiosk (keys, shortcuts, menus, a mouse's hover that
# wakes a tip, a link pressed) as the window system sends it to a window.
GUARDED = frozenset({QEvent.KeyPress, QEvent.ShortcutOverride, QEvent.ContextMenu,
                     *MOUSE})
# What happens to the kiosk window itself (its widget): a close, a state change.
WINDOW_GUARDED = frozenset({QEvent.Close, QEvent.WindowStateChange})
NEW_HANDLE = frozenset({QEvent.Show, QEvent.WinIdChange})


class InputEvents(QObject):
    activity = Signal()  # any touch, click, key or wheel: the visitor is still there
    pressed = Signal()  # a touch, click or key press: an action begins
    started = Signal()  # the filter is in place: what it missed before may be caught up

    def __init__(self, window: QWidget, start: bool = True):
        """`window`: the kiosk's window. `start`: filter from now on; False leaves it to
        `start()`."""
        super().__init__(window)
        self.window = window
        self.key_handler: Callable[[QWidget | None, QEvent], bool] | None = None
        # (a window's QWindow, or the kiosk window's widget; event) -> True: event eaten.
        self.guard: Callable[[QObject, QEvent], bool] | None = None
        # A press (mouse or touch) about to reach `target`: True eats it (the survey's).
        self.press_handlers: list[Callable[[QWidget | None, QEvent], bool]] = []
        self.running = False
        if start:
            self.start()

    def start(self) -> None:
        """Input is filtered from now on. The kiosk starts it as soon as its first frame is
        on screen (ui/app.py); the lockdown catches up on what happened before
        (lockdown.py)."""
        self.window.installEventFilter(self)
        self._watch(self.window.windowHandle())
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window)
        self.running = True
        self.started.emit()

    def _watch(self, handle: QWindow | None) -> None:
        if handle is not None:
            handle.installEventFilter(self)  # once per object, however often asked

    def _focus_window(self, handle: QWindow | None) -> None:
        """A window of the kiosk's (a dialog, a popup) takes the focus: its input is
        filtered too. Another program's window in the same process (a test's) is not."""
        if handle is None or handle is self.window.windowHandle():
            return
        widget = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is handle),
                      None)
        while widget is not None and widget is not self.window:
            widget = widget.parentWidget()
        if widget is self.window:
            self._watch(handle)

    def target(self, handle: QObject, event: QEvent) -> QWidget | None:
        """The widget an input event at a window is for."""
        kind = event.type()
        if kind in (QEvent.KeyPress, QEvent.ShortcutOverride):
            return QApplication.focusWidget() or (
                self.window if handle is self.window.windowHandle() else None)
        if kind in MOUSE or kind == QEvent.ContextMenu:
            at = event.position().toPoint() if kind in MOUSE else event.pos()
        elif kind == QEvent.TouchBegin and event.points():
            at = event.points()[0].position().toPoint()
        else:
            return None
        if handle is self.window.windowHandle():
            return self.window.childAt(at) or self.window
        return QApplication.widgetAt(handle.mapToGlobal(at))

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window:
            if kind in NEW_HANDLE:
                self._watch(obj.windowHandle())
            elif kind in WINDOW_GUARDED and self.guard is not None:
                return self.guard(obj, event)
            return False
        if not isinstance(obj, QWindow):
            return False
        if kind in GUARDED and self.guard is not None:
            if self.guard(obj, event):
                if kind in ACTIVITY:
                    self.activity.emit()
                return True
        if kind not in ACTIVITY:
            return False
        self.activity.emit()
        if kind in PRESSES:
            self.pressed.emit()
        if kind == QEvent.KeyPress and self.key_handler is not None:
            return self.key_handler(self.target(obj, event), event)
        if kind in (QEvent.MouseButtonPress, QEvent.TouchBegin) and self.press_handlers:
            target = self.target(obj, event)
            return any(handler(target, event) for handler in list(self.press_handlers))
        return False


def inputs_of(widget: QWidget) -> InputEvents | None:
    """The input filter of the kiosk window `widget` is in (None outside one: a test's)."""
    return getattr(widget.window(), "inputs", None)

