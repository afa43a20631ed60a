"""The wait a console shows needs no two clocks to agree: the kiosk says how old its call is
(its state and its heartbeat carry the age), the console adds its own monotonic time since."""
from __future__ import annotations

import json
import time

import pytest
from alert_support import Changes, needs_mosquitto, settings_for
from intruder import Intruder

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import parse_presence, presence_payload
from kiosk.directory.store import Store

SLACK = 30.0  # seconds a loaded test machine may take between two looks; far below the hour


def test_an_open_calls_state_says_its_age_and_older_states_still_parse():
    call = Call.raise_new("lobby", "1F", 1000.0)
    topic = proto.call_topic("lobby", call.id)
    raw = proto.call_payload(call, 1042.5)
    assert json.loads(raw)["age"] == 42.5
    assert proto.parse_call_state(topic, raw) == (call, 42.5)
    assert proto.parse_call(topic, raw) == call
    assert proto.parse_call_state(topic, proto.call_payload(call)) == (call, None)  # older
    assert json.loads(proto.call_payload(call, 900.0))["age"] == 0  # never negative
    done = call.advance("resolved", 1100.0)
    assert "age" not in json.loads(proto.call_payload(done, 1200.0))
    def ages(**said):
        raw = presence_payload("kiosk", "lobby", True, "", 10, **said)
        return parse_presence(proto.presence_topic("kiosk", "lobby"), raw).ages

    assert ages(ages={call.id: 7.0}) == {call.id: 7.0}
    assert ages() is None
    assert ages(ages={}) == {}
    odd = {"schema": 1, "role": "kiosk", "id": "lobby", "status": "online", "every": 10,
           "ages": {"a": "soon", "b": 3}}
    assert parse_presence(proto.presence_topic("kiosk", "lobby"),
                                json.dumps(odd).encode()).ages == {"b": 3.0}


def waited(console: ConsoleAlerts, call: Call) -> float:
    return console.ticks() - console.opened[call.key]


@needs_mosquitto
@pytest.mark.parametrize("kiosk_clock_off_by", [3600.0, -3600.0])
def test_the_wait_is_right_when_the_kiosks_clock_is_an_hour_off(broker, alert_dir,
                                                                kiosk_clock_off_by):
    passed = [0.0]  # time the test lets pass at once, on both PCs' clocks alike
    kiosk_clock = lambda: time.time() + kiosk_clock_off_by + passed[0]  # noqa: E731
    console_ticks = lambda: time.monotonic() + passed[0]  # noqa: E731
    changes = Changes()
    with Store(alert_dir / "kiosk") as store:
        k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=2),
                        CallOutbox(store), clock=kiosk_clock, on_change=changes)
        first = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                              ticks=console_ticks, on_change=changes)
        late = ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2"),
                             ticks=console_ticks, on_change=changes)
        k.start()
        try:
            changes.until(lambda: k.listening, what="the kiosk connected")
            call = k.call("mobility")
            passed[0] += 300  # five minutes before a console looks
            first.start()
            changes.until(lambda: call.key in first.opened and waited(first, call) >= 300,
                          what="the call's age from the kiosk")
            assert waited(first, call) <= 300 + SLACK
            first.acknowledge(call.key)
            changes.until(lambda: k.open_call.state == "acknowledged", what="the answer")
            passed[0] += 100  # an answered call's state is not published again ...
            late.start()  # ... so a console that comes now has it from the heartbeat
            changes.until(lambda: call.key in late.opened and waited(late, call) >= 400,
                          timeout=10, what="the age in the kiosk's heartbeat")
            assert waited(late, call) <= 400 + SLACK
            assert 400 <= waited(first, call) <= 400 + SLACK
        finally:
            late.stop()
            first.stop()
            k.stop()


@needs_mosquitto
def test_a_kiosk_s_heartbeat_ages_only_its_own_calls(broker, store, started):
    """Kiosk lobby's account names, in its heartbeat's `ages`, kiosk lobby-2's call (a day
    old) and a thousand ids of no call: lobby-2's visitor still waits as long as lobby-2
    says, and the console keeps nothing for the ids it holds no call of."""
    changes = Changes()
    k = started(KioskAlerts("lobby-2", "2F", settings_for(broker, "lobby-2"),
                            CallOutbox(store), on_change=changes))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                              on_change=changes))
    changes.until(lambda: k.listening and k.consoles_online == 1, what="the kiosk sees the desk")
    call = k.call("mobility")
    changes.until(lambda: call.key in c.opened, what="the console sees the call")
    other = Intruder(broker.port, broker.credentials("lobby"), "lobby")
    try:
        ages = {call.id: 86000.0, **{f"{n:032x}": 1.0 for n in range(1000)}}
        other.publish(proto.presence_topic("kiosk", "lobby"), presence_payload(
            "kiosk", "lobby", True, every=10.0, ages=ages, beat=("s1", 1), states={},
            digests={}), retain=True)
        changes.until(lambda: c.kiosks.get("lobby"), what="the console heard lobby")
    finally:
        other.close()
    assert waited(c, call) <= SLACK
    assert set(c.opened) == {call.key}
