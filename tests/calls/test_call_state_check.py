"""A call's state is parsed with the same checks on both sides (wire_check.call_state, via
protocol.parse_call_state): whatever a console would show is within docs/alerts.schema.json,
and the rest is refused whole."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import jsonschema
import pytest
from alert_support import Changes, needs_mosquitto, settings_for
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import parse_presence, presence_payload
from kiosk.calls.wire_check import MAX_AGE, MAX_TIME, ProtocolError

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "alerts.schema.json").read_text())
CALL = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/call"})
BASE = Call.raise_new("lobby", "1F", 1_700_000_000.0).advance("acknowledged",
                                                              1_700_000_010.0, "Kim")
TOPIC = proto.call_topic("lobby", BASE.id)

numbers = st.one_of(st.floats(allow_nan=False), st.integers(-10**20, 10**20),
                    st.sampled_from([-1, -0.001, 0, 1e308, MAX_TIME, MAX_TIME + 1, MAX_AGE,
                                     MAX_AGE + 0.5]))


def record(**changes) -> dict:
    return {**json.loads(proto.call_payload(BASE, 1_700_000_020.0)), **changes}


@given(attendant=st.one_of(st.text(max_size=110), st.sampled_from([
    "\u202e\uc218\ubbfc\ubc15", "K" + "\u0301" * 99, "a\U000e0041", "\U000f0000", "\u0378",
    "x\u20dd", "x\ufe0f", "x\U000e0100", "e\u0323\u0302"])),
       event_time=numbers, age=numbers, received_by=st.text(max_size=70))
def test_what_is_accepted_is_within_the_schema(attendant, event_time, age, received_by):
    raw = record(attendant=attendant, age=age, received_by=received_by,
                 events=[["raised", event_time], ["acknowledged", 1_700_000_010.0]])
    try:
        call, seen_age = proto.parse_call_state(TOPIC, proto.dump(raw))
    except (ProtocolError, ValueError):
        return
    CALL.validate(json.loads(proto.dump(raw)))
    assert 0 <= seen_age <= MAX_AGE and 0 <= call.events[0][1] <= MAX_TIME
    assert call.attendant == attendant


@pytest.mark.parametrize("changes", [
    {"age": -5}, {"age": 1e308}, {"events": [["raised", -100.0]]},
    {"events": [["raised", 1e12]]}, {"events": [["shouted", 1.0]]}, {"events": []},
    {"attendant": "\u202e\uc218\ubbfc\ubc15"}, {"attendant": "K" + "\u0301" * 99},
    {"received_by": "desk/1"}, {"state": "refused"}],
    ids=lambda c: next(iter(c)))
def test_what_the_outsider_sent_is_refused(changes):
    with pytest.raises(ProtocolError):
        proto.parse_call_state(TOPIC, proto.dump(record(**changes)))


def test_a_kiosks_own_states_pass():
    call, age = proto.parse_call_state(TOPIC, proto.call_payload(BASE, 1_700_000_020.0))
    assert call == BASE and age == 20.0
    CALL.validate(record())


@needs_mosquitto
def test_the_product_console_refuses_and_logs_a_forbidden_state(broker, store, started,
                                                                 caplog):
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    kc.until(lambda: k.connected and k.consoles_online == 1, what="kiosk sees the console")
    forged = Call.raise_new("lobby", "1F", 1_700_000_000.0)
    caplog.set_level(logging.INFO)
    # With the kiosk's own account (its password is on the kiosk PC): a negative age.
    k.publish(proto.call_topic("lobby", forged.id),
              proto.dump({**forged.to_record(), "age": -300}), retain=True)
    real = k.call()  # then a true call, which comes after it on the same link
    cc.until(lambda: real.key in c.calls, what="the console sees the true call")
    assert forged.key not in c.calls
    assert any(forged.id in r.getMessage() or "age" in r.getMessage()
               for r in caplog.records), "the refusal is logged"
    k.publish(proto.call_topic("lobby", forged.id), b"", retain=True)


@needs_mosquitto
def test_a_call_the_kiosks_heartbeats_do_not_list_is_forgotten(broker, store, started):
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=1),
                            CallOutbox(store), on_change=kc))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    kc.until(lambda: k.connected and k.consoles_online == 1, what="kiosk sees the console")
    real = k.call()
    # Not retained, with the kiosk's account: a state the kiosk never recorded.
    phantom = Call.raise_new("lobby", "1F", 1_700_000_000.0).advance("acknowledged",
                                                                     1_700_000_001.0, "Park")
    k.publish(proto.call_topic("lobby", phantom.id), proto.call_payload(phantom))
    cc.until(lambda: phantom.key in c.calls and real.key in c.calls, what="both shown")
    cc.until(lambda: phantom.key not in c.calls, what="the phantom forgotten", timeout=10)
    assert real.key in c.calls and c.calls[real.key].is_open  # listed by every heartbeat


def test_a_call_listed_with_an_age_past_the_bound_is_still_listed():
    topic = proto.presence_topic("kiosk", "lobby")
    said = parse_presence(topic, presence_payload(
        "kiosk", "lobby", True, every=10, ages={BASE.id: MAX_AGE + 60}))
    assert said.ages == {}  # no wait shown from it
    assert said.listed == {BASE.id}  # but not forgotten as unlisted
    assert parse_presence(topic, presence_payload(
        "kiosk", "lobby", True, every=10)).listed is None
