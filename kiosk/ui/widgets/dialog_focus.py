"""The keys' focus and the dialogs drawn over the window (help, the idle countdown, the
accessibility panel, the staff PIN pad and staff screen).

Opening, a dialog takes the focus: its first sensible control. While it is open the focus stays
inside it, whatever tried to move it out (a control hidden or disabled under the focus, code
behind the dialog), so no key, from a keyboard or the keypad, reaches a control behind it.
Closing, it gives the focus back to the control that had it before, or, if that one is gone,
to the first control of what is now on top. The window itself may hold the focus at any time:
that is how a new visit starts, with no control ringed.

Each dialog gets one DialogFocus; the keypad asks `dialogs(window)` which one is on top.
"""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.widgets.spatial import stops


def dialogs(window: QWidget) -> list[QWidget]:
    """The window's dialogs, the one on top first (a dialog is raised as it opens)."""
    return [c for c in reversed(window.children())
            if isinstance(getattr(c, "focus_keeper", None), DialogFocus)]


def top_dialog(window: QWidget) -> QWidget | None:
    return next((d for d in dialogs(window) if d.isVisible()), None)


def usable(widget: QWidget | None) -> bool:
    return (widget is not None and shiboken6.isValid(widget) and widget.isVisible()
            and widget.isEnabled())


def controls(root: QWidget) -> list[QWidget]:
    """What keys can focus inside `root`, in reading order (top to bottom, left to right)."""
    return stops(root)


class DialogFocus(QObject):
    """Takes, keeps and gives back the focus for `dialog`, a child of the window.

    `first()` names the control to start at (None: the first in reading order)."""

    def __init__(self, dialog: QWidget, first: Callable[[], QWidget | None] = lambda: None):
        super().__init__(dialog)
        self.dialog, self.first = dialog, first
        self.opener: QWidget | None = None  # had the focus when the dialog opened
        self.last: QWidget | None = None  # the last control focused inside
        dialog.focus_keeper = self
        dialog.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def holds(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self.dialog or self.dialog.isAncestorOf(widget))

    def start(self) -> QWidget:
        """Where the focus goes inside the dialog."""
        if usable(self.last) and self.holds(self.last):
            return self.last
        first = self.first()
        if usable(first):
            return first
        return next(iter(controls(self.dialog)), self.dialog)

    # -- opening and closing ------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.dialog and not event.spontaneous():
            if event.type() == QEvent.Show:
                self._opened()
            elif event.type() == QEvent.Hide:
                self._closed()
        return False

    def _opened(self) -> None:
        # The window's focus child: the focus even while another application is active.
        focus = self.dialog.window().focusWidget()
        if self.holds(focus):
            return  # shown again with its window: the focus is where it was
        self.opener, self.last = focus, None
        # On top before the focus moves, so that no other open dialog claims it back.
        self.dialog.raise_()
        self.start().setFocus(Qt.OtherFocusReason)

    def _closed(self) -> None:
        opener, self.opener, self.last = self.opener, None, None
        if not self.holds(self.dialog.window().focusWidget()):
            return  # the focus went elsewhere first (a new visit starts at the window)
        window = self.dialog.parentWidget()
        below = top_dialog(window)  # this one no longer counts: hidden already
        if usable(opener) and (below is None or below.focus_keeper.holds(opener)):
            target = opener
        elif below is not None:
            target = below.focus_keeper.start()
        else:
            page = window.current_page() if hasattr(window, "current_page") else None
            target = next(iter(controls(page or window)), window)
        target.setFocus(Qt.OtherFocusReason)

    # -- the trap ----------------------------------------------------------------------------
    def _focus_changed(self, _old, new) -> None:
        if new is None or not self.dialog.isVisible():
            return
        if self.holds(new):
            self.last = new
            return
        window = self.dialog.parentWidget()
        if new is window or not window.isAncestorOf(new) or top_dialog(window) is not self.dialog:
            return
        self.start().setFocus(Qt.OtherFocusReason)
