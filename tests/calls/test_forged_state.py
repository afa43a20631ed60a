"""A call state forged with the kiosk's own account: the kiosk's own word wins over time.

Whoever has the kiosk's password can publish, as the kiosk, a retained "resolved" for a call
that is still open. Consoles merge a call's states forward only, so without more the kiosk's
true (lower) state, published again when it reconnects, would be ignored and the call hidden
from every desk. The kiosk sees the forged state on its own topic, republishes the truth and
logs it; its heartbeat names each open call's state, and a console whose copy two heartbeats
in a row contradict takes the kiosk's word."""
from __future__ import annotations

import json
import logging

import paho.mqtt.client as mqtt
from alert_support import Changes, kiosk_and_desk, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import parse_presence, presence_payload

pytestmark = needs_mosquitto


def intrude(b, topic: str, payload: bytes) -> None:
    """Log in with the kiosk's account (and so its client id: the broker throws the kiosk
    off), publish one retained message, leave."""
    user, password = b.credentials("lobby")
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="lobby", protocol=mqtt.MQTTv311,
                    reconnect_on_failure=False)
    c.username_pw_set(user, password)
    c.connect("127.0.0.1", b.port, keepalive=10)
    c.loop_start()
    try:
        c.publish(topic, payload, qos=1, retain=True).wait_for_publish(timeout=10)
    finally:
        c.disconnect()
        c.loop_stop()


def forgeries(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records
            if r.name in ("kiosk.calls.call_publisher", "kiosk.calls.call_topic_check")
            and r.levelno == logging.WARNING and "forged" in r.getMessage()]


def answered(b, store, started):
    """A kiosk (a heartbeat a second) and a console (desk1, Kim) started, and a call the
    console acknowledged: (kiosk, console, their Changes, the call raised, as answered)."""
    k, c, kc, cc = kiosk_and_desk(b, started, CallOutbox(store), keepalive=1)
    call = k.call("mobility")
    cc.until(lambda: call.key in c.calls, what="the console sees the call")
    c.acknowledge(call.key)
    true = kc.until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                    what="the kiosk records the answer")
    cc.until(lambda: c.calls[call.key].state == "acknowledged", what="the console agrees")
    return k, c, kc, cc, call, true


def test_a_forged_resolved_does_not_hide_an_open_call(broker, store, started, caplog):
    caplog.set_level(logging.INFO)
    k, c, kc, cc, call, true = answered(broker, store, started)

    assert not forgeries(caplog)  # its own states, echoed back to it, are no forgery
    forged = true.advance("resolved", true.events[-1][1] + 1, "Kim", "desk1")
    intrude(broker, proto.call_topic("lobby", call.id), proto.call_payload(forged))
    cc.until(lambda: c.calls[call.key].state == "resolved", what="the forgery reaches the desk")

    shown = cc.until(lambda: c.calls[call.key].is_open and c.calls[call.key], timeout=20,
                     what="the kiosk's heartbeats bring the call back")
    assert shown.state == "acknowledged" and shown.attendant == "Kim"
    assert k.open_call == true  # the kiosk never took the forgery for its own
    until(lambda: forgeries(caplog), timeout=20, what="the kiosk logged it")
    assert call.id in forgeries(caplog)[0].getMessage()

    # What the broker keeps for the call now is the kiosk's truth again.
    kept = []
    watcher = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk2",
                          protocol=mqtt.MQTTv311, reconnect_on_failure=False)
    watcher.username_pw_set(*broker.credentials("desk2"))
    watcher.on_message = lambda cl, ud, msg: kept.append(proto.parse_call(msg.topic,
                                                                          msg.payload))
    watcher.on_connect = lambda cl, ud, fl, rc, pr: cl.subscribe(
        proto.call_topic("lobby", call.id), 1)
    watcher.connect("127.0.0.1", broker.port, keepalive=10)
    watcher.loop_start()
    try:
        until(lambda: kept, timeout=20, what="the retained state")
        assert kept[0] == true
    finally:
        watcher.disconnect()
        watcher.loop_stop()


def test_a_heartbeat_names_each_open_calls_state():
    presence = presence_payload("kiosk", "lobby", True, every=10, ages={"a" * 32: 5.0},
                                      states={"a" * 32: "acknowledged"})
    topic = proto.presence_topic("kiosk", "lobby")
    assert parse_presence(topic, presence).states == {"a" * 32: "acknowledged"}
    older = presence_payload("kiosk", "lobby", True, every=10)
    assert parse_presence(topic, older).states is None
    odd = proto.dump({**json.loads(presence),
                      "states": {"b" * 32: "resolved", "c" * 32: 7, "a" * 32: "arrived"}})
    # only open states are taken
    assert parse_presence(topic, odd).states == {"a" * 32: "arrived"}


def retained(b, topic: str) -> list[bytes]:
    """What the broker keeps on `topic` now (nothing: [])."""
    kept, subscribed = [], []
    watcher = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk2",
                          protocol=mqtt.MQTTv311, reconnect_on_failure=False)
    watcher.username_pw_set(*b.credentials("desk2"))
    watcher.on_message = lambda cl, ud, msg: kept.append(msg.payload)
    watcher.on_connect = lambda cl, ud, fl, rc, pr: cl.subscribe(topic, 1)
    watcher.on_subscribe = lambda *args: subscribed.append(True)
    watcher.connect("127.0.0.1", b.port, keepalive=10)
    watcher.loop_start()
    try:
        until(lambda: subscribed, timeout=20, what="subscribed")
        # a retained message is sent before the SUBACK's handling is done; one more round
        # trip makes sure it came if there is one
        watcher.publish(proto.presence_topic("console", "desk2"), b"", qos=1).wait_for_publish(
            timeout=10)
        return list(kept)
    finally:
        watcher.disconnect()
        watcher.loop_stop()


def test_a_made_up_call_on_the_kiosk_s_topic_is_cleared_and_logged(broker, store, started,
                                                                   caplog):
    caplog.set_level(logging.INFO)
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=1),
                            CallOutbox(store), on_change=kc))
    kc.until(lambda: k.listening, what="the kiosk listens")
    made_up = Call.raise_new("lobby", "1F", 1000.0)
    topic = proto.call_topic("lobby", made_up.id)
    intrude(broker, topic, proto.call_payload(made_up))
    until(lambda: any(made_up.id in r.getMessage() for r in forgeries(caplog)), timeout=20,
          what="the kiosk logged the made-up call")
    until(lambda: not retained(broker, topic), timeout=20, what="the made-up call cleared")
    assert k.open_call is None


def test_an_open_call_s_emptied_topic_is_republished_and_logged(broker, store, started,
                                                                caplog):
    """The kiosk says it and publishes the call again; the product console never drops an
    open call for an emptied topic (an empty message is how a kiosk clears a closed call's
    state): it keeps the call as it last saw it, and the kiosk's heartbeats list it."""
    caplog.set_level(logging.INFO)
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=1),
                            CallOutbox(store), on_change=kc))
    watched, dropped = [], []

    def console_changed():
        if watched:  # every change the console reports after the topic is emptied
            dropped.append(watched[0] not in c.calls or not c.calls[watched[0]].is_open)
        cc()

    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                              on_change=console_changed))
    kc.until(lambda: k.listening and k.consoles_online == 1, what="the kiosk sees the desk")
    call = k.call("mobility")
    topic = proto.call_topic("lobby", call.id)
    until(lambda: retained(broker, topic), timeout=20, what="the call published")
    cc.until(lambda: call.key in c.calls, what="the console sees the call")
    watched.append(call.key)
    intrude(broker, topic, b"")
    until(lambda: any(call.id in r.getMessage() and "cleared" in r.getMessage()
                      for r in forgeries(caplog)), timeout=20, what="the kiosk logged it")
    until(lambda: retained(broker, topic), timeout=20, what="the call published again")
    assert proto.parse_call(topic, retained(broker, topic)[0]).id == call.id
    assert c.calls[call.key].is_open and not any(dropped)
