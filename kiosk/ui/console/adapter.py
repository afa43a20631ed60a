"""The transport (calls.console_side.ConsoleAlerts) as the console's widgets see it.

The transport calls `on_change()` from its network thread. Widgets must only be touched from
the GUI thread, so the adapter turns that call into a queued signal: `changed` is emitted in
the GUI thread, once for a burst of changes. The widgets then read a snapshot of the
transport's state; the adapter never polls it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.calls.call import Call, CallKey
from kiosk.calls.presence_message import Place


@dataclass(frozen=True)
class Snapshot:
    """The transport's state at one moment, copied so the network thread can move on."""

    connected: bool = False
    problem: str = ""
    calls: dict[CallKey, Call] = field(default_factory=dict)  # by (kiosk, call id)
    kiosks: dict[str, bool] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)  # kiosk id -> its name and floor
    opened: dict[CallKey, float] = field(default_factory=dict)  # raised, on `ticks`
    notes: dict = field(default_factory=dict)  # (kiosk, note id) -> Note: its departments'
    #                                            messages
    problem_code: str = ""  # the problem's kind (calls/link.py), said in the console's words


class ConsoleAdapter(QObject):
    changed = Signal()  # in the GUI thread, after the transport reported a change
    _from_network = Signal()

    def __init__(self, alerts, parent: QObject | None = None, notes=None):
        super().__init__(parent)
        self.alerts = alerts
        self.notes = notes  # calls.note_console.ConsoleNotes on the same link, or None
        self._lock = threading.Lock()
        self._pending = False
        # Queued even from the GUI thread: `changed` always arrives from the event loop.
        self._from_network.connect(self._deliver, Qt.QueuedConnection)
        alerts.on_change = self.notify

    # -- from any thread ------------------------------------------------------------------
    def notify(self) -> None:
        """The transport's on_change: safe from any thread, coalesces bursts."""
        with self._lock:
            if self._pending:
                return
            self._pending = True
        self._from_network.emit()

    def _deliver(self) -> None:
        with self._lock:
            self._pending = False
        self.changed.emit()

    # -- in the GUI thread ----------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        a = self.alerts
        notes = self.notes.notes if self.notes is not None else {}
        for _attempt in range(5):
            try:  # copying a dict is atomic under the GIL, but be safe if it grows meanwhile
                return Snapshot(bool(a.connected), str(a.problem or ""), dict(a.calls),
                                dict(a.kiosks), dict(a.places), dict(a.opened), notes,
                                str(getattr(a, "problem_code", "") or ""))
            except RuntimeError:
                continue
        return Snapshot(bool(a.connected), str(a.problem or ""), dict(a.calls), dict(a.kiosks),
                        dict(a.places), dict(a.opened), notes,
                        str(getattr(a, "problem_code", "") or ""))

    def acknowledge(self, key: CallKey) -> None:
        self._answer(self.alerts.acknowledge, key)

    def arrived(self, key: CallKey) -> None:
        self._answer(self.alerts.arrived, key)

    def resolve(self, key: CallKey) -> None:
        self._answer(self.alerts.resolve, key)

    def _answer(self, answer, key: CallKey) -> None:
        """Answers the call of that kiosk and id: never another kiosk's of the same id."""
        try:
            answer(key)
        except KeyError:  # forgotten since the list was drawn (its kiosk does not list it)
            self.changed.emit()  # the list is redrawn without it

    def called_back(self, key: tuple[str, str]) -> None:
        """The note (kiosk, id): never another kiosk's of the same id."""
        self.notes.called_back(key)

    def forget_expired(self) -> bool:
        """Drop messages past their retention period (the console's clock); True if any."""
        return self.notes.forget_expired() if self.notes is not None else False
