"""A kiosk believes a console's heartbeat interval only up to its own (broker.keepalive, what
the product's consoles send): a console that said `every: 60` and left without a Will is not
counted as a desk "connected now" for 90 s."""
from __future__ import annotations

import paho.mqtt.client as mqtt
from alert_support import Changes, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence import Presence


def test_a_long_heartbeat_is_believed_only_up_to_the_cap():
    now = [100.0]
    capped, plain = Presence(lambda: now[0], trusted_every=10.0), Presence(lambda: now[0])
    for p in (capped, plain):
        p.heard("desk-4", True, 60.0, ("s1", 1))
    now[0] += 15.5
    assert capped.count() == 0 and plain.count() == 1
    capped.heard("desk-2", True, 5.0, ("s2", 1))  # a shorter one stays as it said
    now[0] += 7.0
    assert capped.online()["desk-2"] is True
    now[0] += 1.0
    assert capped.online()["desk-2"] is False


@needs_mosquitto
def test_a_console_gone_without_a_will_stops_counting_at_the_kiosks_interval(broker, store,
                                                                              started):
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=2),
                            CallOutbox(store), on_change=kc))
    kc.until(lambda: k.connected, what="kiosk connected")
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk1", protocol=mqtt.MQTTv311)
    c.username_pw_set(*broker.credentials("desk1"))
    c.connect("127.0.0.1", broker.port, keepalive=60)
    c.loop_start()
    c.publish(proto.presence_topic("console", "desk1"), proto.presence_payload(
        "console", "desk1", True, "Park", 60, beat=("a1", 1)), qos=1, retain=True
    ).wait_for_publish(5)
    kc.until(lambda: k.consoles_online == 1, what="the kiosk counts the console")
    c.disconnect()  # clean: no Will, the retained "online, every 60" stays
    c.loop_stop()
    # 1.5 x the kiosk's own 2 s, not 1.5 x 60 s: within the deadline below.
    until(lambda: k.consoles_online == 0, timeout=10, what="the console no longer counted")
