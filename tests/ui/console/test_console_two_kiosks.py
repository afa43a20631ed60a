"""The console window over a real broker: a call chosen is its kiosk and its id, so another
kiosk's copy of a call under the same id is a row of its own, and Acknowledge on the first
kiosk's row answers that kiosk."""
from __future__ import annotations

from alert_support import needs_mosquitto, settings_for
from helpers import SilentChime, tap
from rogue_kiosk import ROGUE, copy_as_rogue, elsewhere
from test_console import button

from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.store import Store
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

pytestmark = needs_mosquitto


def test_acknowledge_answers_the_kiosk_of_the_chosen_row(qtbot, broker, alert_dir):
    store = Store(alert_dir / "kiosk")
    kiosk = KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=1),
                        CallOutbox(store))
    alerts = ConsoleAlerts("desk", "Kim", settings_for(broker, "desk"))
    adapter = ConsoleAdapter(alerts)
    win = ConsoleWindow(adapter, "Kim", chime=SilentChime())
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    alerts.start()
    kiosk.start()
    try:
        qtbot.waitUntil(lambda: kiosk.consoles_online == 1, timeout=20000)
        call = kiosk.call("mobility")
        qtbot.waitUntil(lambda: kiosk.open_call.received, timeout=20000)
        copy = copy_as_rogue(broker, elsewhere(kiosk.open_call))
        model = win.open_model
        qtbot.waitUntil(lambda: model.row_of(copy.key) >= 0 and model.row_of(call.key) >= 0,
                        timeout=20000)
        shown = {c.key: c for c in model.calls}
        assert (shown[call.key].floor, shown[copy.key].floor) == ("1F", "B2")
        assert copy.key == (ROGUE, call.id)

        win.select_call(call.key)
        assert win.selected_call().kiosk == "lobby"
        with qtbot.waitSignal(adapter.changed, timeout=20000):
            tap(qtbot, button(win, "acknowledge"))
        qtbot.waitUntil(lambda: kiosk.open_call.state == "acknowledged", timeout=20000)
        assert kiosk.open_call.answered_by == (("acknowledged", "desk"),)
        qtbot.waitUntil(lambda: model.calls[model.row_of(call.key)].state == "acknowledged",
                        timeout=20000)
        assert model.calls[model.row_of(copy.key)].state == copy.state
    finally:
        kiosk.stop()
        alerts.stop()
        store.close()
