"""After a power cut (broker, console and kiosk down at once) the restarted broker restores
the console's retained "online" and no Last Will follows: a kiosk that never heard that
console live must not count it online, nor offer a call to nobody, until it beats live."""
from __future__ import annotations

import paho.mqtt.client as mqtt
from alert_support import Changes, needs_mosquitto, settings_for
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto

from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import presence_payload

pytestmark = needs_mosquitto


def leave_online(broker, account: str) -> None:
    """What a power cut leaves: the console's retained "online", and no Will to follow
    (a clean disconnect sends none)."""
    user, password = broker.credentials(account)
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=account, clean_session=True)
    client.username_pw_set(user, password)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    try:
        client.publish(proto.presence_topic("console", account),
                       presence_payload("console", account, True, "Kim", 10.0,
                                        beat=("0123456789abcdef", 7)),
                       qos=1, retain=True).wait_for_publish(timeout=10)
    finally:
        client.disconnect()
        client.loop_stop()


def test_a_stored_online_counts_only_once_the_console_beats_live(broker, store, started):
    leave_online(broker, "desk1")
    changes = Changes()
    kiosk = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"),
                                CallOutbox(store), on_change=changes))
    changes.until(lambda: "desk1" in kiosk._consoles.online(), what="the stored presence")
    assert kiosk.consoles_online == 0
    # The console comes back: its live beat counts at once.
    started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1")))
    changes.until(lambda: kiosk.consoles_online == 1, timeout=20, what="the live console")


def test_a_running_console_answers_a_restarted_kiosk_at_once(broker, store, started):
    """The console beats when a kiosk's new run appears, so the kiosk does not wait its
    heartbeat (30 s here) to offer calls."""
    started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1", keepalive=30)))
    for _ in range(2):  # the kiosk started, then restarted
        changes = Changes()
        kiosk = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=changes)
        kiosk.start()
        try:
            changes.until(lambda: kiosk.consoles_online == 1, timeout=20,
                          what="the console answered")
        finally:
            kiosk.stop()
