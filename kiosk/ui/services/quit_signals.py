"""Quit the Qt event loop on SIGTERM, SIGINT and SIGHUP, so the code after `app.exec()` runs:
the kiosk stops its own Mosquitto and says offline, instead of leaving a broker behind.

Python runs a signal handler only when the interpreter gets control, which the Qt event loop
may not give it for a long time. The C-level handler writes the signal number to a pipe
(signal.set_wakeup_fd); a QSocketNotifier wakes the loop on it. Nothing polls. A pipe, not a
socket pair: importing `socket` would come before the first frame (performance.md §1c).
"""
from __future__ import annotations

import os
import signal

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


class QuitOnSignals(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.received: int | None = None
        self._reader, self._writer = os.pipe()
        for fd in (self._reader, self._writer):
            os.set_blocking(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous = {sig: signal.signal(sig, lambda *_: None) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._woken)
        app.aboutToQuit.connect(self.restore)

    def _woken(self) -> None:
        try:
            data = os.read(self._reader, 64)
        except BlockingIOError:
            return
        if data:
            self.received = data[-1]
            QApplication.instance().quit()

    def restore(self) -> None:
        """Back to the default handlers: a second signal during shutdown acts at once. Once:
        the application (the tests') may quit again later, and the pipe is closed here."""
        QApplication.instance().aboutToQuit.disconnect(self.restore)
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        for fd in (self._reader, self._writer):
            os.close(fd)
