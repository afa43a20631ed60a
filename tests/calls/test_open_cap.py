"""A console shows at most MAX_OPEN open calls of one kiosk: more can only be copies written
with the kiosk's account (no kiosk raises more), and four of them must not fill the desk's
list. Those the kiosk's heartbeat lists come first, then those not first heard while the
kiosk was offline by its own word: a login with its account takes its session, and the
broker says the kiosk's Will before anything that login sends, so a forged call never hides
a real one."""
from __future__ import annotations

import time

import paho.mqtt.client as mqtt
from alert_support import Changes, needs_mosquitto, settings_for
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.call import MAX_OPEN, Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.copies import held_back
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto


def forge(broker, calls: list[Call]) -> None:
    """Publish `calls` on the kiosk's topics with its account (live, not retained), as
    whoever has its password can: the login takes the kiosk's session over."""
    user, password = broker.credentials("lobby")
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="lobby", clean_session=True)
    client.username_pw_set(user, password)
    client.connect("127.0.0.1", broker.port)
    client.loop_start()
    try:
        for call in calls:
            client.publish(proto.call_topic("lobby", call.id), proto.call_payload(call, 1.0),
                           qos=1, retain=False).wait_for_publish(10)
    finally:
        client.disconnect()
        client.loop_stop()


def test_more_open_calls_of_a_kiosk_than_it_may_have_are_held_back(broker, started):
    changes = Changes()
    desk = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                                 on_change=changes))
    changes.until(lambda: desk.listening, what="the console listens")
    forged = [Call.raise_new("lobby", "1F", 1_800_000_000.0 + n) for n in range(4)]
    forge(broker, forged)
    changes.until(lambda: len(desk._seen) == 4, timeout=20, what="all four arrived")
    assert set(desk.calls) == {c.key for c in forged[-MAX_OPEN:]}  # the last received


def test_a_call_forged_after_two_real_ones_hides_neither(broker, store, started):
    """Two real calls the kiosk's heartbeat does not list yet (it beats once a minute here),
    then one forged with its account: the two real ones stay on the desk throughout."""
    changes, shown = Changes(), []
    desk = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                                 on_change=lambda: (shown.append(set(desk.calls)), changes())))
    kiosk = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=60),
                                CallOutbox(store)))
    changes.until(lambda: desk.kiosks.get("lobby"), timeout=20, what="the kiosk online")
    real = {kiosk.call().key, kiosk.call("mobility", own=True).key}
    changes.until(lambda: real <= set(desk.calls), timeout=20, what="the real calls")
    since = len(shown)
    forged = Call.raise_new("lobby", "1F", time.time())
    forge(broker, [forged])
    changes.until(lambda: forged.key in desk._seen, timeout=20, what="the forged call")
    changes.until(lambda: kiosk.connected, timeout=20, what="the kiosk back")
    assert all(real <= seen for seen in shown[since:]), shown[since:]
    assert real == set(desk.calls)


def test_the_calls_a_heartbeat_lists_are_shown_first():
    calls = [Call.raise_new("lobby", "1F", 100.0 + n) for n in range(4)]
    calls.append(Call.raise_new("lobby-2", "2F", 1.0))
    views = {c.key: c for c in calls}
    listed = {"lobby": {calls[0].id}}
    assert held_back(views, listed) == {calls[1].key, calls[2].key}
    assert held_back({c.key: c for c in calls[:2]}, {}) == set()
