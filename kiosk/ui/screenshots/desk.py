"""The call transport the screenshots picture: a desk online, as a kiosk whose attendants can
be called shows its buttons ("Call for help", "Call staff to take me there") and the help
dialog calling. It keeps the calls the tour raises in memory (calls.memory_alerts, KioskAlerts'
rules) and sends nothing: pictures make no claim that a call reaches anyone (the tests that do
use a real broker and console).

The tour also pictures a kiosk with no call system (visitor.render_all builds one without a
transport), whose buttons offer the desk's phone instead."""
from __future__ import annotations

from kiosk.calls.memory_alerts import MemoryAlerts


class PicturedDesk(MemoryAlerts):
    """Connected, one console online; its calls pictured as raised, never escalated or
    expired however long the tour takes on a slow machine."""

    def check_escalation(self) -> None:
        pass
