"""The alert service end to end, against a real Mosquitto on loopback.

Kiosk and console talk through the kiosk's own broker (ManagedBroker) or a plain Mosquitto the
test starts (an external broker). Waits have deadlines and wake on on_change.
"""
from __future__ import annotations

import os
import signal
import time

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, free_port, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import broker as broker_mod
from kiosk.calls import protocol as proto
from kiosk.calls.broker import ManagedBroker
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.store import Store
from kiosk.records.log import records_of

pytestmark = needs_mosquitto




def kiosk(b, store, started, changes=None, **kw):
    return started(KioskAlerts("lobby", "1F", settings_for(b, "lobby"), CallOutbox(store),
                               on_change=changes, **kw))


def console(b, started, changes, ident="desk1", name="Kim", **kw):
    return started(ConsoleAlerts(ident, name, settings_for(b, ident, **kw), on_change=changes))


def raw_client(b, account, client_id, password=None):
    """A bare paho client logged in as `account`; returns (client, connack reason codes)."""
    c = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv311,
                    reconnect_on_failure=False)
    user, pw = b.credentials(account)
    c.username_pw_set(user, pw if password is None else password)
    results = []
    c.on_connect = lambda client, userdata, flags, rc, props: results.append(rc)
    c.connect("127.0.0.1", b.port, keepalive=10)
    c.loop_start()
    until(lambda: results, what="a CONNACK")
    return c, results


def test_call_reaches_console_and_the_ack_comes_back(broker, store, started):
    kc, cc = Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    c = console(broker, started, cc)
    kc.until(lambda: k.connected and k.consoles_online == 1, what="kiosk sees the console")
    call = k.call("mobility")
    assert CallOutbox(store).get(call.id) == call  # in the outbox before anything is sent
    seen = cc.until(lambda: c.calls.get(call.key), what="console sees the call")
    assert (seen.kiosk, seen.floor, seen.need) == ("lobby", "1F", "mobility")
    kc.until(lambda: k.open_call.state == "delivered", what="broker confirmed the publish")
    c.acknowledge(call.key)
    assert c.calls[call.key].state == "acknowledged"  # at once, locally
    got = kc.until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                   what="kiosk gets the acknowledgement")
    assert got.attendant == "Kim"
    c.arrived(call.key)
    kc.until(lambda: k.open_call.state == "arrived", what="arrived")
    c.resolve(call.key)
    kc.until(lambda: k.open_call is None, what="resolved closes the call")
    cc.until(lambda: c.calls[call.key].state == "resolved" and c.calls[call.key].attendant,
             what="console sees the kiosk's final state")
    record = CallOutbox(store).get(call.id)  # the report's record: every step, timestamped
    events = [e for e, _ in record.events]  # the broker's PUBACK and the console's receipt
    assert events[0] == "raised" and set(events[1:3]) == {"delivered", "received"}  # either first
    assert events[3:] == ["acknowledged", "arrived", "resolved"]
    assert record.received_by == "desk1"
    assert c.kiosks == {"lobby": True} and c.consoles == {"desk1": True}


def test_console_that_connects_late_sees_open_calls(broker, store, started):
    kc, cc = Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    call = k.call()
    kc.until(lambda: k.open_call.state == "delivered", what="delivered")
    c = console(broker, started, cc)
    seen = cc.until(lambda: c.calls.get(call.key), what="retained call state")
    # The kiosk republishes "delivered" after the PUBACK of "raised": the retained copy a late
    # console gets may be either, and the newer one follows.
    assert seen.state in ("raised", "delivered")
    cc.until(lambda: c.calls[call.key].state == "delivered", what="the delivered state")
    cc.until(lambda: c.kiosks.get("lobby"), what="retained presence")


def test_repeated_taps_give_one_call(broker, store, started):
    cc = Changes()
    k = kiosk(broker, store, started)
    c = console(broker, started, cc)
    calls = {k.call().id for _ in range(5)} | {k.call("hearing").id}
    assert len(calls) == 1
    assert len(CallOutbox(store).all_calls()) == 1
    cc.until(lambda: c.calls, what="the call")
    k.cancel(next(iter(calls)))
    assert k.call().id not in calls  # after a cancel, a tap is a new call
    cc.until(lambda: len(c.calls) == 2, what="the second call")


def test_closed_call_is_cleared_from_the_broker_after_a_while(broker, store, started):
    cc, c2c = Changes(), Changes()
    k = kiosk(broker, store, started, closed_linger=0.3)
    c = console(broker, started, cc)
    call = k.call()
    cc.until(lambda: call.key in c.calls, what="the call")
    k.cancel(call.id)
    cc.until(lambda: c.calls[call.key].state == "cancelled", what="final state")
    until(lambda: not k._closed, what="the kiosk clears the retained state")
    late = console(broker, started, c2c, ident="desk2")
    # Retained states come in subscription order: calls, then presence.
    c2c.until(lambda: late.kiosks.get("lobby"), what="the late console's retained presence")
    assert call.key not in late.calls
    assert c.calls[call.key].state == "cancelled"  # what a console saw stays


def test_escalation_after_30_seconds_with_an_injected_clock(broker, store, started):
    now = [1_000.0]
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            clock=lambda: now[0], on_change=kc))
    c = console(broker, started, cc)
    call = k.call()
    now[0] = 1_029.0
    assert not k.check_escalation()
    assert not k.open_call.escalated
    now[0] = 1_031.0
    k.check_escalation()  # the publisher thread checks too, and may be first
    assert k.open_call.escalated
    cc.until(lambda: c.calls.get(call.key) and c.calls[call.key].escalated,
             what="console sees it urgent")
    assert ("escalated", 1_031.0) in CallOutbox(store).get(call.id).events
    c.acknowledge(call.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="ack")
    now[0] = 2_000.0
    assert not k.check_escalation()


def test_broker_killed_mid_call_loses_nothing(broker, store, started):
    kc, cc, c2c = Changes(), Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    c = console(broker, started, cc)
    call = k.call("low_vision")
    cc.until(lambda: call.key in c.calls, what="the call")
    old = broker.pid
    os.kill(old, signal.SIGKILL)  # no chance to save anything
    kc.until(lambda: not k.connected, what="kiosk notices")
    c.acknowledge(call.key)  # while the broker is down
    until(lambda: broker.running and broker.pid != old, timeout=8, what="supervisor restart")
    kc.until(lambda: k.open_call.state == "acknowledged", timeout=10,
             what="the acknowledgement reaches the kiosk after the restart")
    late = console(broker, started, c2c, ident="desk2")
    c2c.until(lambda: late.calls.get(call.key) and late.calls[call.key].state == "acknowledged",
              what="a late console sees the acknowledged call")


def test_call_raised_while_the_broker_is_down_arrives_when_it_is_back(broker, store, started):
    kc, cc = Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    kc.until(lambda: k.listening, what="connected")
    broker.stop()  # down for good: no supervisor
    kc.until(lambda: not k.connected, what="kiosk notices")
    call = k.call()
    assert call.state == "raised" and CallOutbox(store).get(call.id) == call
    assert broker.start(), broker.problem  # a fresh broker process
    c = console(broker, started, cc)
    cc.until(lambda: call.key in c.calls, timeout=10, what="the call after the broker is back")
    kc.until(lambda: k.open_call.state == "delivered", what="delivered")


def test_restarted_kiosk_resumes_its_open_call(broker, alert_dir, started):
    kc, cc = Changes(), Changes()
    first_store = Store(alert_dir / "kiosk")
    first = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(first_store))
    first.start()
    call = first.call()
    until(lambda: first.open_call.state == "delivered", what="delivered")
    first.stop()
    first_store.close()
    with Store(alert_dir / "kiosk") as store:
        again = kiosk(broker, store, started, kc)
        assert again.open_call.id == call.id
        assert again.call().id == call.id  # still one open call
        c = console(broker, started, cc)
        cc.until(lambda: call.key in c.calls, what="the resumed call")
        c.acknowledge(call.key)
        kc.until(lambda: again.open_call.state == "acknowledged", what="ack on the new kiosk")
        again.stop()


def test_wrong_credentials_are_refused(broker, started):
    client, results = raw_client(broker, "desk", "wrong", password="not-the-password")
    client.disconnect()
    client.loop_stop()
    assert results[0].is_failure
    cc = Changes()
    c = started(ConsoleAlerts("desk9", "Lee", settings_for(broker, "desk9", password="nope"),
                              on_change=cc))
    cc.until(lambda: "refused" in c.problem, what="a clear refusal")
    assert not c.connected and c.problem_code == "refused"  # the console says it in Korean
    anon = started(ConsoleAlerts("desk8", "Lee", BrokerSettings(port=broker.port)))
    until(lambda: "refused" in anon.problem, what="anonymous refused")


def test_kiosk_credentials_cannot_acknowledge_or_forge(broker, store, started):
    kc, cc = Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    c = console(broker, started, cc)
    call = k.call()
    cc.until(lambda: call.key in c.calls, what="the call")
    rogue, _ = raw_client(broker, "lobby-2", "intruder")  # another kiosk's account
    try:
        ack = proto.ack_payload(call, "resolved", "Mallory", "lobby-2", time.time())
        rogue.publish(proto.ack_topic("lobby", "lobby-2", call.id), ack,
                      qos=1).wait_for_publish(3)
        forged = Call.raise_new("lobby", "9F", time.time())
        rogue.publish(proto.call_topic("lobby", forged.id), proto.call_payload(forged),
                      qos=1).wait_for_publish(3)
        own = Call.raise_new("lobby-2", "1F", time.time())  # its own topics: allowed
        rogue.publish(proto.call_topic("lobby-2", own.id), proto.call_payload(own),
                      qos=1).wait_for_publish(3)
    finally:
        rogue.disconnect()
        rogue.loop_stop()
    # The broker handled the rogue's messages in order: the last one is through, so the
    # first two were refused, not late.
    cc.until(lambda: own.key in c.calls, what="the rogue's own call")
    assert forged.key not in c.calls
    assert k.open_call.state in ("raised", "delivered")
    c.acknowledge(call.key)
    got = kc.until(lambda: k.open_call and k.open_call.state == "acknowledged" and k.open_call,
                   what="the console's acknowledgement")
    assert got.attendant == "Kim"


def test_console_deduplicates_by_call_id(broker, store, started):
    cc = Changes()
    k = kiosk(broker, store, started, republish_every=0.05)
    c = console(broker, started, cc)
    call = k.call()
    cc.until(lambda: call.key in c.calls and c.calls[call.key].state == "delivered"
             and c.calls[call.key].received, what="delivered, and the receipt applied")
    counted = cc.count
    republished = []
    watcher, _ = raw_client(broker, "screen", "watcher")
    watcher.on_message = lambda client, userdata, msg: republished.append(msg)
    watcher.subscribe(proto.call_topic("lobby", call.id), qos=1)
    try:
        until(lambda: len(republished) >= 4, what="republished states")
    finally:
        watcher.disconnect()
        watcher.loop_stop()
    assert list(c.calls) == [call.key] and cc.count == counted  # repeats change nothing
    # An older state arriving late (QoS 1 redelivery) does not move the call back.
    stale = mqtt.MQTTMessage(topic=proto.call_topic("lobby", call.id).encode())
    stale.payload = proto.call_payload(call)  # "raised"
    c._message(stale)
    assert c.calls[call.key].state == "delivered"
    assert c.calls[call.key].events == k.open_call.events


def test_presence_and_last_will(broker, store, started):
    kc, cc = Changes(), Changes()
    k = kiosk(broker, store, started, kc)
    c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc)
    c.start()
    kc.until(lambda: k.consoles_online == 1, what="console online")
    cc.until(lambda: c.kiosks.get("lobby"), what="kiosk online")
    c._stopping.set()  # the console PC loses power: no goodbye, no more heartbeats
    c._client.loop_stop()
    c._client.socket().close()
    kc.until(lambda: k.consoles_online == 0, what="the Last Will")
    watcher = started(ConsoleAlerts("desk2", "Park", settings_for(broker, "desk2"),
                                    on_change=cc))
    cc.until(lambda: watcher.kiosks.get("lobby") and "desk1" in watcher.consoles,
             what="retained presence")
    assert watcher.consoles["desk1"] is False
    k.stop()  # a clean stop says offline itself
    cc.until(lambda: watcher.kiosks["lobby"] is False, what="kiosk offline")


def test_saving_fails_nothing_is_sent(broker, store, started, monkeypatch):
    cc = Changes()
    k = kiosk(broker, store, started)
    c = console(broker, started, cc)
    until(lambda: k.listening and c.listening, what="connected")

    def disk_full(call):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(k.outbox, "save", disk_full)
    with pytest.raises(OSError):
        k.call()
    assert k.open_call is None
    monkeypatch.undo()
    call = k.call()
    cc.until(lambda: c.calls, what="the call that was saved")
    assert list(c.calls) == [call.key]


def test_external_broker_from_config(external_broker, alert_dir, started):
    """A fleet's broker: every kiosk and console configured with managed = false."""
    kc, cc = Changes(), Changes()

    def cfg(account):
        user, password = external_broker.credentials(account)
        return config.Config({"broker.managed": False, "broker.host": "127.0.0.1",
                              "broker.port": external_broker.port, "broker.username": user,
                              "broker.password": password})

    ks = BrokerSettings.from_config(cfg("lobby"), alert_dir / "k")
    assert not ks.managed and ks.username == "lobby"
    assert not (alert_dir / "k" / "broker").exists()  # an external broker: nothing generated
    with Store(alert_dir / "k") as store:
        k = started(KioskAlerts("lobby", "1F", ks, CallOutbox(store), on_change=kc))
        c = started(ConsoleAlerts("desk1", "Kim", BrokerSettings.from_config(cfg("desk1")),
                                  on_change=cc))
        call = k.call()
        cc.until(lambda: call.key in c.calls, what="the call")
        c.acknowledge(call.key)
        kc.until(lambda: k.open_call.state == "acknowledged", what="ack")
        k.stop()


def test_without_mosquitto_the_kiosk_still_runs(alert_dir, store, started, monkeypatch):
    monkeypatch.setattr(broker_mod, "find_mosquitto", lambda: None)
    b = ManagedBroker(alert_dir, port=1)
    assert not b.start()
    assert "mosquitto is not installed" in b.problem and not b.running
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", BrokerSettings(port=free_port()), CallOutbox(store),
                            on_change=kc))
    call = k.call()  # the screen still works; the call waits in the outbox
    assert CallOutbox(store).get(call.id) == call
    kc.until(lambda: "cannot reach" in k.problem, what="a reason")
    assert not k.connected and k.consoles_online == 0 and k.problem_code == "unreachable"


def test_restarted_kiosk_clears_what_it_closed_before(broker, alert_dir, started):
    """A kiosk stopped before clearing a closed call's retained state clears it next time."""
    with Store(alert_dir / "kiosk") as store:
        first = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            closed_linger=60)
        first.start()
        call = first.call()
        until(lambda: first.open_call.state == "delivered", what="delivered")
        first.cancel(call.id)
        until(lambda: not first._dirty, what="final state published")
        first.stop()
        again = kiosk(broker, store, started, closed_linger=0.2)
        until(lambda: call.id in again._closed, what="the kiosk reads its retained calls")
        until(lambda: not again._closed, what="the kiosk clears it")
        late, lc = None, Changes()
        late = console(broker, started, lc, ident="desk2")
        lc.until(lambda: late.kiosks.get("lobby"), what="retained presence")
        assert call.key not in late.calls


def test_a_console_that_was_away_gets_what_it_missed(broker, store, started):
    """Its session is persistent: the broker queues the states it missed, even those whose
    retained copy was cleared meanwhile."""
    cc = Changes()
    k = kiosk(broker, store, started, closed_linger=0)
    away = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"))
    away.start()
    until(lambda: away.listening, what="connected")
    away.stop()
    call = k.call()
    until(lambda: k.open_call.state == "delivered", what="delivered")
    k.cancel(call.id)
    until(lambda: not k._closed, what="cleared")
    back = console(broker, started, cc)
    cc.until(lambda: back.calls.get(call.key) and back.calls[call.key].state == "cancelled",
             what="the missed call, closed")


def test_a_device_s_id_must_be_its_broker_account():
    """The broker names every client by its account and lets it write only topics with that
    name: a device with another id would have everything it says refused, one by one."""
    with pytest.raises(ValueError, match="must be its broker account's name"):
        ConsoleAlerts("desk1", "Kim", BrokerSettings(username="desk2", password="x"))
    with pytest.raises(ValueError, match="broker.username = 'lobby'"):
        KioskAlerts("lobby", "1F", BrokerSettings(username="kiosk", password="x"), None)


def test_a_finished_call_moves_to_the_records_and_a_restart_finds_none_open(broker, store,
                                                                           started, alert_dir):
    history = records_of(alert_dir / "kiosk")
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"),
                            CallOutbox(store, history), on_change=kc))
    c = console(broker, started, cc)
    kc.until(lambda: k.connected and k.consoles_online == 1, what="kiosk sees the console")
    call = k.call("hearing")
    assert [d["id"] for d in store.table("calls").all()] == [call.id]  # open: in the store
    cc.until(lambda: c.calls.get(call.key), what="console sees the call")
    c.acknowledge(call.key)
    kc.until(lambda: k.open_call is not None and k.open_call.state == "acknowledged",
             what="acknowledged")
    c.resolve(call.key)
    kc.until(lambda: k.open_call is None, what="resolved")
    assert store.table("calls").all() == []  # the store's file stays small
    (moved,) = history.latest("calls")
    assert moved["id"] == call.id and moved["state"] == "resolved"
    assert [e for e, _ in Call.from_record(moved).events][-2:] == ["acknowledged", "resolved"]
    again = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store, history))
    assert again.open_call is None
