"""A console's receipt, against a real Mosquitto on loopback: the broker's PUBACK
("delivered") says nothing about any console; only a console that has the call sends a
receipt, and only then may the kiosk's screen say the desk received it."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, needs_mosquitto, settings_for, until
from kill_support import start_child
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls import visitor
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox

CHILD = Path(__file__).with_name("link_child.py")




def told(k: KioskAlerts) -> str:
    """What the help screen tells the visitor about the kiosk's open call."""
    return visitor.step(k.open_call, k.connected, k.consoles_online)


def recorded_events(store, call_id):
    return [e for e, _ in CallOutbox(store).get(call_id).events]


def test_a_receipt_is_recorded_once_and_only_before_an_answer():
    call = Call.raise_new("lobby", "1F", 100.0).advance("delivered", 100.1)
    got = call.receive("desk1", 100.2)
    assert got.received and got.received_by == "desk1" and got.state == "delivered"
    assert got.receive("desk2", 100.3) == got  # the first console's receipt is the record
    assert Call.from_record(got.to_record()) == got  # kept in the outbox
    assert call.merge(got).received_by == "desk1" and got.merge(call).received
    answered = call.advance("acknowledged", 101.0, "Kim")
    assert answered.receive("desk1", 102.0) == answered and answered.received
    assert not call.received and not call.advance("cancelled", 103.0).received


def test_the_receipt_on_the_wire():
    call = Call.raise_new("lobby", "1F", 100.0)
    topic = proto.ack_topic("lobby", "desk1", call.id)
    assert topic == f"library-kiosk/v1/acks/lobby/desk1/{call.id}"
    payload = proto.parse_ack(topic, proto.receipt_payload(call, "desk1", "Kim", 100.5))
    assert (payload["schema"], payload["state"], payload["console"]) == (1, "received", "desk1")
    nameless = proto.receipt_payload(call, "", "Kim", 100.5)
    with pytest.raises(proto.ProtocolError):
        proto.parse_ack(topic, nameless)
    with pytest.raises(proto.ProtocolError):  # a receipt for another call than its topic's
        proto.parse_ack(proto.ack_topic("lobby", "desk1", "0" * 32), proto.receipt_payload(
            call, "desk1", "Kim", 100.5))
    with pytest.raises(proto.ProtocolError):  # naming another console than its topic's
        proto.parse_ack(proto.ack_topic("lobby", "desk2", call.id), proto.receipt_payload(
            call, "desk1", "Kim", 100.5))


@needs_mosquitto
def test_receipt_is_recorded_only_once_a_console_has_the_call(broker, store, started):
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    # A subscriber that takes the call and says nothing: the broker delivers to it and
    # confirms the kiosk's publish, as it does for a frozen console.
    got = []
    mute = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="mute", protocol=mqtt.MQTTv311)
    mute.username_pw_set(*broker.credentials("screen"))
    mute.on_message = lambda client, userdata, msg: got.append(msg.topic)
    mute.on_connect = lambda client, *a: client.subscribe(proto.CALLS_ALL, qos=1)
    mute.connect("127.0.0.1", broker.port, keepalive=10)
    mute.loop_start()
    try:
        kc.until(lambda: k.listening, what="kiosk connected")
        until(lambda: mute.is_connected(), what="the mute subscriber")
        call = k.call()
        kc.until(lambda: k.open_call.state == "delivered", what="the broker's PUBACK")
        until(lambda: proto.call_topic("lobby", call.id) in got, what="the mute copy")
    finally:
        mute.disconnect()
        mute.loop_stop()
    assert not k.open_call.received and "received" not in recorded_events(store, call.id)
    assert told(k) == visitor.NO_CONSOLE  # delivered to the broker, and no desk online
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    kc.until(lambda: k.open_call.received, what="the console's receipt")
    record = CallOutbox(store).get(call.id)  # in the outbox, as acknowledgements are
    assert record.received_by == "desk1" and "received" in recorded_events(store, call.id)
    kc.until(lambda: k.consoles_online == 1, what="the console online")
    assert told(k) == "received"
    # The kiosk republishes its record: the console sees its receipt applied.
    cc.until(lambda: c.calls[call.key].received_by == "desk1", what="the receipt applied")
    c.acknowledge(call.key)
    kc.until(lambda: told(k) == "acknowledged", what="the acknowledgement")


@needs_mosquitto
def test_a_frozen_console_sends_no_receipt_and_no_desk_is_said(broker, store, started):
    """The console's process is stopped (SIGSTOP) while its connection stays open: the broker
    takes the call, nothing receives it, and once its heartbeat is stale no desk is online."""
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    user, password = broker.credentials("frozen-desk")
    child = start_child(CHILD, "console", "frozen-desk", broker.port, user, password, 1,
                        ready="ready", timeout=30)
    try:
        kc.until(lambda: k.consoles_online == 1, what="the console online")
        os.kill(child.pid, signal.SIGSTOP)
        until(lambda: Path(f"/proc/{child.pid}/stat").read_text().split(") ")[1][0] == "T",
              what="the console stopped")
        call = k.call()
        kc.until(lambda: k.open_call.state == "delivered", what="the broker's PUBACK")
        assert told(k) in ("delivered", visitor.NO_CONSOLE)  # never "received"
        assert not k.open_call.received
        kc.until(lambda: k.consoles_online == 0, timeout=10, what="its heartbeat goes stale")
        assert told(k) == visitor.NO_CONSOLE and not k.open_call.received
        # Thawed, it reconnects, gets the call and says so.
        os.kill(child.pid, signal.SIGCONT)
        kc.until(lambda: k.open_call.received, timeout=15, what="the thawed console's receipt")
        assert CallOutbox(store).get(call.id).received_by == "frozen-desk"
        kc.until(lambda: told(k) == "received", timeout=10, what="the console online again")
    finally:
        child.kill()
        child.communicate()


@needs_mosquitto
def test_without_any_console_the_kiosk_says_no_desk_is_connected(broker, store, started):
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    kc.until(lambda: k.listening, what="kiosk connected")
    k.call()
    kc.until(lambda: k.open_call.state == "delivered", what="the broker's PUBACK")
    assert told(k) == visitor.NO_CONSOLE
    broker.stop()
    kc.until(lambda: not k.connected, what="the broker gone")
    assert told(k) == visitor.NO_BROKER


@needs_mosquitto
def test_delivered_is_recorded_before_the_receipt_it_precedes(broker, store, started):
    """The broker's PUBACK of the raised state comes back before any console can have the
    call; the kiosk looked for it every 50 ms on its publisher thread while receipts were
    applied at once, so its record said `received` before `delivered`."""
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    kc.until(lambda: k.listening and k.consoles_online == 1, what="kiosk sees the console")
    for _ in range(5):
        call = k.call()
        kc.until(lambda: k.open_call.received, what="the receipt recorded")
        kc.until(lambda: k.open_call.state == "delivered", what="delivered recorded")
        names = [e for e, _ in k.open_call.events]
        assert names == ["raised", "delivered", "received"]
        times = [t for _e, t in k.open_call.events]
        assert times == sorted(times)
        k.cancel(call.id)
        kc.until(lambda: k.open_call is None, what="cancelled")
        assert recorded_events(store, call.id)[:3] == names


def test_the_puback_is_delivered_at_once_and_a_receipt_implies_it(store):
    """The order of a call's events is the order they happened in: the PUBACK comes back
    before any console can send a receipt, so `delivered` is recorded as paho reports it
    (paho marks the message published only after its callback), and a receipt that finds
    the call still `raised` (the PUBACK's report still to come) records `delivered` first."""
    k = KioskAlerts("lobby", "1F", BrokerSettings(username="lobby"), CallOutbox(store))
    for puback_first in (True, False):
        call = k.call(own=True)
        info = mqtt.MQTTMessageInfo(41)
        info.rc = 0
        k._sent.append((info, call.id))  # its raised state, sent and not yet marked published
        if puback_first:
            k._published(41)
        k._acknowledged(proto.parse_ack(proto.ack_topic("lobby", "desk1", call.id),
                                        proto.receipt_payload(call, "desk1", "Kim", 1.0)))
        k._published(41)
        mine = next(c for c in k.open_calls if c.id == call.id)
        assert [e for e, _ in mine.events] == ["raised", "delivered", "received"]
        assert recorded_events(store, call.id) == ["raised", "delivered", "received"]
