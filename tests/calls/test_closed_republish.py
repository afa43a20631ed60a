"""A kiosk that reconnects publishes a closed call's final state again only when the broker's
retained copy does not show it kept: the copy is older, or gone. Republishing every call closed
in the last two minutes at each reconnect flooded a broker killed every few seconds (each copy
queued for every console), until no new call got through. Real Mosquitto on loopback."""
from __future__ import annotations

import threading

import paho.mqtt.client as mqtt
from alert_support import Changes, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.call_publisher import VERIFY_WAIT
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto


def as_the_kiosk(b, publish=None) -> None:
    """Log in with the kiosk's own account, which takes its session over (the broker drops the
    kiosk's connection: it reconnects by itself); optionally publish a retained message."""
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="lobby", protocol=mqtt.MQTTv311,
                    reconnect_on_failure=False)
    c.username_pw_set(*b.credentials("lobby"))
    up = threading.Event()
    c.on_connect = lambda *args: up.set()
    c.connect("127.0.0.1", b.port, keepalive=10)
    c.loop_start()
    assert up.wait(5), "the kiosk's account could not log in"
    if publish is not None:
        c.publish(*publish, qos=1, retain=True).wait_for_publish(5)
    c.disconnect()
    c.loop_stop()


def retained(b, topic: str) -> bytes:
    """The broker's retained message on `topic` (b"" for none), as a console would get it."""
    got, done = [], threading.Event()
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk9", protocol=mqtt.MQTTv311)
    c.username_pw_set(*b.credentials("desk9"))
    c.on_connect = lambda client, *args: client.subscribe(topic, qos=1)
    c.on_subscribe = lambda *args: threading.Timer(0.5, done.set).start()
    c.on_message = lambda client, userdata, msg: got.append(msg.payload)
    c.connect("127.0.0.1", b.port, keepalive=10)
    c.loop_start()
    assert done.wait(5)
    c.disconnect()
    c.loop_stop()
    return got[-1] if got else b""


def test_a_closed_call_goes_out_again_only_if_the_broker_lost_it(broker, store, started):
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc, closed_linger=120))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    kc.until(lambda: k.listening, what="the kiosk connected")
    call = k.call()
    cc.until(lambda: call.key in c.calls, what="the console has the call")
    final = k.cancel(call.id)
    cc.until(lambda: c.calls[call.key].state == "cancelled", what="the final state")
    topic = proto.call_topic("lobby", call.id)
    sent: list[str] = []
    publish = k.publish

    def counted(t, payload, retain=False):
        sent.append(t)
        return publish(t, payload, retain)

    k.publish = counted
    connects = []
    connected = k._connected

    def counted_connect():
        connected()
        connects.append(len(sent))

    k._connected = counted_connect

    def reconnect(**what) -> int:
        """Take the kiosk's session over (optionally leaving a retained message) and wait
        until it is back and has looked at the broker's retained copies; returns how many
        messages it had sent before."""
        before, count = len(sent), len(connects)
        as_the_kiosk(broker, **what)
        until(lambda: len(connects) > count and k.listening, timeout=10,
              what="the kiosk reconnected")
        until(lambda: not k._unverified, timeout=VERIFY_WAIT + 5, what="its check is over")
        return before

    # The broker holds an older state (it died before saving the last one): sent again.
    older = proto.call_payload(call.advance("delivered", call.events[0][1] + 1))
    before = reconnect(publish=(topic, older))
    until(lambda: topic in sent[before:], what="the final state sent again")
    until(lambda: proto.parse_call(topic, retained(broker, topic)) == final,
          what="the final state retained again")
    # The broker lost it altogether: sent again once the retained copies had their time.
    before = reconnect(publish=(topic, b""))
    until(lambda: topic in sent[before:], what="the final state sent again")
    until(lambda: proto.parse_call(topic, retained(broker, topic)) == final,
          what="the final state retained again")
    # The broker kept the final state: nothing about the call is sent again. (A new call,
    # published by the same thread after anything decided before, marks the end.)
    before = reconnect()
    marker = proto.call_topic("lobby", k.call().id)
    until(lambda: marker in sent[before:], what="the next call published")
    assert topic not in sent[before:]
