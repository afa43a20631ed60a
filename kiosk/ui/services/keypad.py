"""The whole kiosk without touch: arrows, Tab, Enter and Escape, or a numeric keypad laid out
as on tactile kiosk keypads.

    8 / ↑    up                     2 / ↓    down
    4 / ←    left                   6 / →    right
    5, Enter select                 0        home
    . , Esc  back (or close a dialog)   /    call for help
    * , 9    say it again           7        stop speaking      +  -  louder, quieter
    Tab, Shift+Tab  next, previous control in reading order

A direction moves to the nearest control that way on the screen (widgets/spatial.py); in a
list, up and down go from row to row and leave the list at its ends. A screen opened by a key
gives the focus to its first control; one come back to, to the control (and row) that left it. The digits of a keyboard's top row do what the
keypad's do, except where the focus is in a text field (search), which keeps them as text.
While a dialog is open, keys act in it alone: moves stay inside it, 0 closes it as back does,
and its focus trap (widgets/dialog_focus.py) keeps select and every other key off the screen
behind it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from kiosk.ui.widgets import spatial
from kiosk.ui.widgets.dialog_focus import dialogs, usable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

PAD = {Qt.Key_8: "up", Qt.Key_2: "down", Qt.Key_4: "left", Qt.Key_6: "right",
       Qt.Key_5: "select", Qt.Key_0: "home", Qt.Key_Period: "back", Qt.Key_Slash: "help",
       Qt.Key_Plus: "louder", Qt.Key_Minus: "quieter", Qt.Key_7: "stop", Qt.Key_9: "repeat",
       Qt.Key_Asterisk: "repeat", Qt.Key_Enter: "select"}
# The keypad with Num Lock off sends these instead of its digits.
PAD_NUMLOCK_OFF = {Qt.Key_Clear: "select", Qt.Key_Insert: "home", Qt.Key_Delete: "back",
                   Qt.Key_Home: "stop", Qt.Key_PageUp: "repeat"}
KEYS = {Qt.Key_Up: "up", Qt.Key_Down: "down", Qt.Key_Left: "left", Qt.Key_Right: "right",
        Qt.Key_Return: "select", Qt.Key_Enter: "select", Qt.Key_Escape: "back",
        Qt.Key_Tab: "next", Qt.Key_Backtab: "previous"}


def takes_text(widget: QWidget | None) -> bool:
    """The focus is in a text field (a widget marked `takes_text`, or inside one)."""
    while widget is not None:
        if widget.property("takes_text"):
            return True
        widget = widget.parentWidget()
    return False


class KeypadNavigator(QObject):
    def __init__(self, window, inputs):
        super().__init__(window)
        self.window = window
        self.left_from: dict[tuple, tuple[QWidget, int]] = {}  # route -> control, list row
        window.ctx.session.reset_requested.connect(self.left_from.clear)  # a new visitor
        inputs.key_handler = self.key_pressed

    def action_for(self, event, focus: QWidget | None = None) -> str | None:
        key = event.key()
        if event.modifiers() & Qt.KeypadModifier:
            if key in PAD or key in PAD_NUMLOCK_OFF:
                return PAD.get(key) or PAD_NUMLOCK_OFF[key]
        elif key in PAD and not takes_text(focus):
            return PAD[key]  # the top row's digits, where nothing is being typed
        return KEYS.get(key)

    def key_pressed(self, obj, event) -> bool:
        if not isinstance(obj, QWidget):
            return False
        if obj.window() is not self.window:
            return False
        focus = QApplication.focusWidget()
        action = self.action_for(event, focus)
        if action is None:
            return False
        # The keypad's keys are never typed (a 5 with nothing to select stays a 5 that did
        # nothing, not a "5" in the search box).
        return self.perform(action, focus) or bool(event.modifiers() & Qt.KeypadModifier)

    def perform(self, action: str, focus: QWidget | None) -> bool:
        w, voice = self.window, self.window.ctx.voice
        dialog = self.dialog()
        route = w.route
        if action in spatial.DIRECTIONS:
            self.go(action, focus)
        elif action in ("next", "previous"):
            self.move(focus, forward=action == "next")
        elif action == "select":
            if isinstance(focus, QAbstractButton):
                focus.click()
            elif spatial.is_list(focus) and focus.currentIndex().isValid():
                focus.activated.emit(focus.currentIndex())
            else:
                return False
        elif action == "back":
            if dialog is not None:
                dialog.close_overlay()
            else:
                w.back()
        elif action == "home":
            if dialog is not None:
                dialog.close_overlay()  # nothing behind a dialog moves while it is open
            else:
                w.navigate(("home",))
        elif action == "help":
            if dialog is not None:
                dialog.close_overlay()  # answer the open dialog first (countdown: more time)
            w.help_overlay.open()
        elif action == "louder":
            voice.change_volume(+0.2)
        elif action == "quieter":
            voice.change_volume(-0.2)
        elif action == "stop":
            voice.stop()
        elif action == "repeat":
            voice.repeat()
        if w.route != route:
            if focus is not None and route:
                row = focus.currentIndex().row() if spatial.is_list(focus) else -1
                self.left_from[route] = (focus, row)
            self.land()
        return True

    # -- where the focus goes --------------------------------------------------------------------
    def dialog(self) -> QWidget | None:
        """The open dialog on top (the keys' focus is in it), if any."""
        return next((o for o in dialogs(self.window) if o.isVisible()), None)

    def focusables(self) -> list[QWidget]:
        """Controls in reading order; inside an open dialog, only the dialog's."""
        dialog = self.dialog()
        root = dialog if dialog is not None else self.window
        others = [o for o in dialogs(self.window) if o is not dialog and o.isVisible()]
        return spatial.stops(root, lambda c: any(o.isAncestorOf(c) for o in others))

    def land(self) -> None:
        """A key opened a new screen: its first control takes the focus, ringed and spoken,
        unless the screen took the focus itself (search: its text field)."""
        focus = QApplication.focusWidget()
        if self.dialog() is not None or (focus is not None and focus is not self.window):
            return
        page = self.window.current_page()
        if page is None:
            return
        # Laid out first: the control is scrolled into view where it will stand, not where
        # the screen's pending layout would still move it from.
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        control, row = self.left_from.pop(self.window.route, (None, -1))
        if usable(control) and page.isAncestorOf(control) and control in spatial.stops(page):
            self.focus(control, "down", None, row)
            return
        first = self.first_on(page)
        if first is not None:
            self.focus(first, "down", None)

    @staticmethod
    def first_on(page: QWidget) -> QWidget | None:
        """Where the keys start on a screen: the control the visitor acts on, where the screen
        names one (`first_control`: the route's Next), else its first in reading order."""
        named = getattr(page, "first_control", lambda: None)()
        if usable(named) and named in spatial.stops(page):
            return named
        return next(iter(spatial.stops(page)), None)

    def go(self, direction: str, focus: QWidget | None) -> None:
        """To the nearest control in `direction`; from nothing, to the screen's first one."""
        order = self.focusables()
        if not order:
            return
        if focus not in order:
            dialog, page = self.dialog(), self.window.current_page()
            inside = [c for c in order if dialog is not None or page is None
                      or page.isAncestorOf(c)]
            first = self.first_on(page) if dialog is None and page is not None else None
            self.focus(first or (inside or order)[0], direction, None)
            return
        if spatial.is_list(focus) and direction in ("up", "down"):
            row = focus.currentIndex().row() + (1 if direction == "down" else -1)
            if 0 <= row < focus.model().rowCount():
                focus.setCurrentIndex(focus.model().index(row, 0))
                self.reveal(focus)
                self.window.say_focus(focus)  # the new row is spoken
                return
        target = spatial.towards(focus, direction, self.dialog() or self.window, order)
        if target is not None:
            self.focus(target, direction, focus)

    def move(self, focus: QWidget | None, forward: bool) -> None:
        """Tab and Shift+Tab: the next or previous control in reading order, round and round."""
        order = self.focusables()
        if not order:
            return
        if focus not in order:
            target = order[0] if forward else order[-1]
        else:
            target = order[(order.index(focus) + (1 if forward else -1)) % len(order)]
        self.focus(target, "down" if forward else "up", focus)

    def focus(self, target: QWidget, direction: str, came_from: QWidget | None,
              row: int = -1) -> None:
        if spatial.is_list(target):
            if 0 <= row < target.model().rowCount():
                target.setCurrentIndex(target.model().index(row, 0))  # the row it left from
            else:
                self._enter_list(target, direction, came_from)
        target.setFocus(Qt.TabFocusReason if direction in ("down", "right")
                        else Qt.BacktabFocusReason)
        self.reveal(target)

    @staticmethod
    def reveal(target: QWidget) -> None:
        """Scrolled into view, as a finger would have done; a list: its current row."""
        if spatial.is_list(target) and target.currentIndex().isValid():
            target.scrollTo(target.currentIndex())
        shown = spatial.focus_rect(target, target)
        parent = target.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                centre = target.mapTo(parent.widget(), shown.center())
                parent.ensureVisible(centre.x(), centre.y(), shown.width() // 2 + 8,
                                     shown.height() // 2 + 8)
            parent = parent.parentWidget()

    @staticmethod
    def _enter_list(view: QAbstractItemView, direction: str, came_from: QWidget | None) -> None:
        """Entering a list picks the row on the side the move came from, so the ring shows."""
        viewport = view.viewport()
        height = viewport.height()
        if direction == "down":
            y = 1
        elif direction == "up":
            y = height - 2
        elif came_from is not None:
            centre = spatial.focus_rect(came_from).center()
            y = min(max(viewport.mapFromGlobal(centre).y(), 1), height - 2)
        else:
            y = 1
        index = view.indexAt(QPoint(viewport.width() // 2, y))
        if not index.isValid():
            rows = view.model().rowCount()
            index = view.model().index(0 if direction == "down" else rows - 1, 0)
        view.setCurrentIndex(index)
