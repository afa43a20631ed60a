"""The whole kiosk without touch: arrows, Tab, Enter and Escape, or a numeric keypad laid out
as on tactile kiosk keypads.

    8 / ↑    previous control      2 / ↓    next control (in a list: the row above / below)
    4 / ←    previous control      6 / →    next control
    5, Enter select                 0        home
    . , Esc  back (or close a dialog)   /    call for help
    +  -     louder, quieter        7        stop speaking     9   say it again

Focus moves in reading order: header, then the screen, then the footer, and is always
visible (a thick ring). Every move is announced when speech is on (window._focus_changed).
While a dialog is open, keys act in it alone: moves wrap inside it, 0 closes it as back does,
and its focus trap (widgets/dialog_focus.py) keeps select and every other key off the screen
behind it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QScrollArea, QWidget

from kiosk.ui.widgets.dialog_focus import dialogs

PAD = {Qt.Key_8: "up", Qt.Key_2: "down", Qt.Key_4: "left", Qt.Key_6: "right",
       Qt.Key_5: "select", Qt.Key_0: "home", Qt.Key_Period: "back", Qt.Key_Slash: "help",
       Qt.Key_Plus: "louder", Qt.Key_Minus: "quieter", Qt.Key_7: "stop", Qt.Key_9: "repeat",
       Qt.Key_Enter: "select"}
KEYS = {Qt.Key_Up: "up", Qt.Key_Down: "down", Qt.Key_Left: "left", Qt.Key_Right: "right",
        Qt.Key_Return: "select", Qt.Key_Enter: "select", Qt.Key_Escape: "back",
        Qt.Key_Tab: "right", Qt.Key_Backtab: "left"}


class KeypadNavigator(QObject):
    def __init__(self, window, inputs):
        super().__init__(window)
        self.window = window
        inputs.key_handler = self.key_pressed

    def action_for(self, event) -> str | None:
        if event.modifiers() & Qt.KeypadModifier and event.key() in PAD:
            return PAD[event.key()]
        return KEYS.get(event.key())

    def key_pressed(self, obj, event) -> bool:
        if not isinstance(obj, QWidget):
            return False
        if obj.window() is not self.window:
            return False
        action = self.action_for(event)
        if action is None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractItemView) and action in ("up", "down"):
            return False  # the list moves its current row itself
        return self.perform(action, focus)

    def perform(self, action: str, focus: QWidget | None) -> bool:
        w, voice = self.window, self.window.ctx.voice
        dialog = next((o for o in self.overlays() if o.isVisible()), None)
        if action in ("up", "left"):
            self.move(focus, forward=False)
        elif action in ("down", "right"):
            self.move(focus, forward=True)
        elif action == "select":
            if isinstance(focus, QAbstractButton):
                focus.click()
            elif isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
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
        return True

    def overlays(self) -> list[QWidget]:
        """Dialogs, the one on top (the keys' focus is in it) first."""
        return dialogs(self.window)

    def focusables(self) -> list[QWidget]:
        """Controls in reading order; inside an open dialog, only the dialog's."""
        dialog = next((o for o in self.overlays() if o.isVisible()), None)
        root = dialog if dialog is not None else self.window
        found = [c for c in root.findChildren(QWidget)
                 if c.isVisible() and c.isEnabled() and c.focusPolicy() & Qt.TabFocus
                 and not any(o.isVisible() and o.isAncestorOf(c) for o in self.overlays()
                             if o is not dialog)]
        origin = root.mapToGlobal(root.rect().topLeft())

        def place(c):
            p = c.mapToGlobal(c.rect().topLeft()) - origin
            return (p.y() // 24, p.x())
        return sorted(found, key=place)

    def move(self, focus: QWidget | None, forward: bool) -> None:
        order = self.focusables()
        if not order:
            return
        if focus not in order:
            target = order[0] if forward else order[-1]
        else:
            i = order.index(focus) + (1 if forward else -1)
            target = order[i % len(order)]
        target.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
        parent = target.parentWidget()
        while parent is not None:  # scrolled into view, as a finger would have done
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(target)
            parent = parent.parentWidget()
