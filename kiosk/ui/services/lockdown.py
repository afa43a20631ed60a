"""The kiosk cannot be left from its screen: a visitor with a keyboard, a mouse or a long
press gets no menu, no tip, no other program and no desktop.

Seen first in the one application-wide filter (input_events.py), before any widget:

- keys that programs and desktops use to close, open, print, save, help or switch (anything
  with Ctrl, Alt or the Windows key, the function keys, the Menu key) are eaten; Escape is
  left to the keypad, where it means "back" (keypad.py), and never leaves full screen;
- context menus (right click, Shift+F10, the Menu key, a pen's or a touch's hold) and tool
  and "what's this" tips never open: the events are eaten for every widget;
- a close of the kiosk window is refused, whoever asks (the window system, Alt+F4 in a
  window manager, a stray close()); only the program's own quit (QApplication.quit: SIGTERM,
  SIGINT, see quit_signals.py) closes it;
- full screen taken away (a window manager's key) is given back;
- links: labels never open them (set as each label is first shown), and QDesktopServices
  hands web, mail, phone and file addresses to the kiosk, which refuses them, so no browser,
  mail or file manager starts.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel

log = logging.getLogger("kiosk.ui")

LEAVING_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier
FUNCTION_KEYS = range(Qt.Key_F1.value, Qt.Key_F35.value + 1)
SYSTEM_KEYS = frozenset(k.value for k in (
    Qt.Key_Menu, Qt.Key_Super_L, Qt.Key_Super_R, Qt.Key_Meta, Qt.Key_Alt, Qt.Key_AltGr,
    Qt.Key_Help, Qt.Key_Close, Qt.Key_Exit, Qt.Key_Print, Qt.Key_SysReq, Qt.Key_Explorer,
    Qt.Key_WWW, Qt.Key_HomePage, Qt.Key_Search, Qt.Key_LaunchMail, Qt.Key_Terminal,
    Qt.Key_PowerOff, Qt.Key_Sleep, Qt.Key_Suspend, Qt.Key_Hibernate, Qt.Key_Hangup))
URL_SCHEMES = ("http", "https", "file", "ftp", "sftp", "smb", "ssh", "mailto", "tel", "sms")
TIPS = frozenset({QEvent.ToolTip, QEvent.WhatsThis, QEvent.QueryWhatsThis})
LINKS = Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard


def lock_links(label: QLabel) -> None:
    """The label opens no link, by mouse or keys."""
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(label.textInteractionFlags() & ~LINKS)


def leaves(event) -> bool:
    """A key press (or its shortcut) that could take the visitor out of the kiosk."""
    key = event.key()
    return bool(event.modifiers() & LEAVING_MODIFIERS) or key in FUNCTION_KEYS \
        or key in SYSTEM_KEYS


class Lockdown(QObject):
    def __init__(self, window, inputs) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False
        self.refused_urls: list[str] = []
        self._full_screen = window.isFullScreen()
        inputs.guard = self.guard
        inputs.started.connect(self.catch_up)
        for scheme in URL_SCHEMES:  # Qt drops these handlers when this object is destroyed
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")

    def guard(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.KeyPress, QEvent.ShortcutOverride):
            if not leaves(event):
                return False
            event.accept()  # as a shortcut override: no shortcut fires for it either
            return True
        if kind == QEvent.Shortcut or kind == QEvent.ContextMenu or kind in TIPS:
            event.accept()  # nobody else sees it; for ContextMenu, not the parents either
            return True
        if kind == QEvent.Polish:
            if isinstance(obj, QLabel):
                lock_links(obj)
            return False
        if kind == QEvent.Quit and obj is QApplication.instance():
            self.quitting = True  # the program's own quit: the window may close now
            return False
        if obj is not self.window:
            return False
        if kind == QEvent.Close and not self.quitting:
            event.ignore()
            log.info("lockdown: a close of the kiosk window was refused")
            return True
        if kind == QEvent.WindowStateChange:
            self._state_changed()
        return False

    def catch_up(self) -> None:
        """The filter started after the window was built and shown (at its first frame): the
        labels polished before it are locked now, and full screen is known."""
        for label in self.window.findChildren(QLabel):
            lock_links(label)
        self._state_changed()

    def _state_changed(self) -> None:
        window = self.window
        if window.isFullScreen() and not window.isMinimized():
            self._full_screen = True
        elif self._full_screen and not self.quitting:
            log.info("lockdown: full screen was taken away; taking it back")
            QTimer.singleShot(0, window, window.showFullScreen)

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        self.refused_urls.append(url.toString())
        log.info("lockdown: refused to open %s", url.toString())
