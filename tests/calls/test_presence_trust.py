"""A kiosk believes a console's heartbeat interval only up to the longer of its own
(broker.keepalive) and 30 s: a console that said `every: 60` and left without a Will is not
counted as a desk "connected now" for 90 s, and one set to beat every 30 s beside a kiosk that
beats every 10 is not counted gone between its beats."""
from __future__ import annotations

import paho.mqtt.client as mqtt
from alert_support import Changes, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.kiosk_side import KioskAlerts, trusted_every
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence import Presence
from kiosk.calls.presence_message import presence_payload


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


def test_a_console_beating_every_30_s_stays_counted_beside_a_kiosk_beating_every_10():
    now = [100.0]
    p = Presence(lambda: now[0], trusted_every=trusted_every(10))
    for beat in range(1, 5):  # a desk PC set to broker.keepalive = 30
        p.heard("desk-5", True, 30.0, ("s1", beat))
        for _second in range(30):
            assert p.count() == 1
            now[0] += 1.0
    now[0] += 15.5  # its beats stop: gone 1.5 x 30 s after the last
    assert p.count() == 0
    p.heard("desk-6", True, 60.0, ("s2", 1))  # a minute's beat: believed as 30 s
    now[0] += 45.5
    assert p.count() == 0


@needs_mosquitto
def test_a_console_gone_without_a_will_stops_counting_at_the_kiosks_interval(broker, store,
                                                                              started):
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=2),
                            CallOutbox(store), on_change=kc, trust_floor=2.0))
    kc.until(lambda: k.connected, what="kiosk connected")
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk1", protocol=mqtt.MQTTv311)
    c.username_pw_set(*broker.credentials("desk1"))
    c.connect("127.0.0.1", broker.port, keepalive=60)
    c.loop_start()
    c.publish(proto.presence_topic("console", "desk1"), presence_payload(
        "console", "desk1", True, "Park", 60, beat=("a1", 1)), qos=1, retain=True
    ).wait_for_publish(5)
    kc.until(lambda: k.consoles_online == 1, what="the kiosk counts the console")
    c.disconnect()  # clean: no Will, the retained "online, every 60" stays
    c.loop_stop()
    # 1.5 x the kiosk's 2 s (its floor made 2 s here), not 1.5 x 60 s: within the deadline.
    until(lambda: k.consoles_online == 0, timeout=10, what="the console no longer counted")
