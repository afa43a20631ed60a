"""An error in a screen never ends the kiosk: it is logged with its traceback and the visitor
finds the home screen, as after a new visit.

Qt calls Python slots and virtual methods itself; PySide hands an exception raised in one to
`sys.excepthook` and goes on. Python's default hook only prints it, leaving the screen half
updated, and nobody reads a lobby kiosk's terminal. The kiosk's hook logs it (to the log file,
see directory/log_file.py) and goes home. Exceptions of other threads are logged likewise,
and so are Qt's own warnings (`log_qt_messages`), which would otherwise reach only stderr.
"""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, QtMsgType, QTimer, qInstallMessageHandler

from kiosk.ui.widgets.overlays import Overlay

log = logging.getLogger("kiosk.ui")
qt_log = logging.getLogger("kiosk.qt")
QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}


def log_qt_messages():
    """Qt's messages into the kiosk's log; returns the handler it replaced."""
    def handler(kind, context, message) -> None:
        where = f" ({context.category})" if context.category not in (None, "default") else ""
        qt_log.log(QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
    return qInstallMessageHandler(handler)


class ReturnHomeOnError(QObject):
    """Installs itself as sys.excepthook (and threading.excepthook) until `uninstall`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.errors = 0
        self._previous = sys.excepthook
        self._previous_threads = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        window.destroyed.connect(self.uninstall)

    def uninstall(self, *_args) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_threads

    def handle(self, kind, error, trace) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self._previous(kind, error, trace)
            return
        self.errors += 1
        log.error("unexpected error on screen %s; going home", self.window.route or "(none)",
                  exc_info=(kind, error, trace))
        # After the slot that failed has unwound, not inside it.
        QTimer.singleShot(0, self.window, self._go_home)

    def handle_thread(self, args) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("unexpected error in thread %s", name,
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def _go_home(self) -> None:
        try:
            for dialog in self.window.findChildren(Overlay):
                if dialog.isVisible():
                    dialog.close_overlay()
            self.window.navigate(("home",))
            self.window.setFocus()
        except Exception:  # caught here: through the hook it would come back here, forever
            log.exception("going home after the error failed as well; staying on this screen")
