"""Every number of the wire schema (an answer's and a receipt's `at`, a call's event times
and `age`, a presence's `every` and `beat`), given what an outside sender may write instead:
NaN, ±Infinity, 1e400 (read as infinity), negative, huge, missing, null, text. Each is
refused with a reason that says what is wrong: `at: 1e400` was refused as "not inf"."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.presence_message import parse_presence

CALL = Call.raise_new("lobby", "1F", 100.0)
HOLE = "__value__"

# field -> (topic, a valid message with HOLE where the number goes, its largest value)
FIELDS = {
    "at": (proto.ack_topic("lobby", "desk1", CALL.id),
           {"schema": 1, "call": CALL.id, "kiosk": "lobby", "state": "acknowledged",
            "attendant": "Kim", "console": "desk1", "at": HOLE}, 1e10),
    "receipt at": (proto.ack_topic("lobby", "desk1", CALL.id),
                   {"schema": 1, "call": CALL.id, "kiosk": "lobby", "state": "received",
                    "attendant": "Kim", "console": "desk1", "at": HOLE}, 1e10),
    "event time": (proto.call_topic("lobby", CALL.id),
                   {**CALL.to_record(), "events": [["raised", HOLE]]}, 1e10),
    "age": (proto.call_topic("lobby", CALL.id), {**CALL.to_record(), "age": HOLE}, 86400),
    "every": (proto.presence_topic("console", "desk1"),
              {"schema": 1, "role": "console", "id": "desk1", "status": "online",
               "name": "Kim", "every": HOLE}, 60),
    "beat": (proto.presence_topic("console", "desk1"),
             {"schema": 1, "role": "console", "id": "desk1", "status": "online",
              "name": "Kim", "every": 10, "session": "abc", "beat": HOLE}, 2 ** 53),
}
PARSE = {"acks": proto.parse_ack, "calls": proto.parse_call, "presence": parse_presence}
# What an outside sender may put where a number goes, and the words its refusal must hold.
WRONG = {"NaN": "not a JSON number", "Infinity": "not a JSON number",
         "-Infinity": "not a JSON number", "1e400": "too large: not a finite number",
         "-1e400": "too large: not a finite number", "1" + "0" * 400: "too large",
         "-1": "at least 0", "-0.5": "at least 0", "null": "is missing", '"10"': "a number",
         '""': "a number", "true": "a number", "[]": "a number", "{}": "a number",
         "1e300": "too large: at most"}


def message(field: str, literal: str | None) -> tuple[str, bytes]:
    topic, body, _most = FIELDS[field]
    if literal is None:  # the member left out
        body = {k: v for k, v in body.items() if v != HOLE}
        if field == "event time":
            body["events"] = [["raised"]]
    raw = json.dumps(body).replace(f'"{HOLE}"', literal or "")
    return topic, raw.encode()


def refusal(topic: str, raw: bytes) -> str:
    with pytest.raises(proto.ProtocolError) as caught:
        PARSE[topic.split("/")[2]](topic, raw)
    return str(caught.value)


@given(st.sampled_from(sorted(FIELDS)), st.sampled_from(sorted(WRONG)))
def test_a_wrong_number_is_refused_saying_what_is_wrong(field, literal):
    reason = refusal(*message(field, literal))
    assert WRONG[literal] in reason
    assert not re.search(r"\b(inf|nan)\b", reason)  # Python's words, not the protocol's


@given(st.sampled_from(sorted(FIELDS)), st.floats(min_value=0, max_value=1e300))
def test_anything_above_the_field_s_largest_value_is_too_large(field, over):
    value = 2 * FIELDS[field][2] + over
    assert "too large" in refusal(*message(field, repr(value)))


@given(st.sampled_from(sorted(FIELDS)), st.integers(min_value=1, max_value=10 ** 20))
def test_a_whole_number_just_above_the_largest_is_too_large(field, over):
    """Compared exactly, not as a float: 2^53 + 1 rounds to 2^53 as a float, which passed."""
    value = int(FIELDS[field][2]) + over
    assert "too large: at most" in refusal(*message(field, str(value)))


@given(st.sampled_from(sorted(FIELDS)), st.floats(min_value=0, max_value=1.0))
def test_a_number_within_its_range_is_taken(field, share):
    most = FIELDS[field][2]
    value = share * most
    if field in ("beat", "every"):  # a whole count from 1; an online heartbeat above 0
        value = float(int(1 + share * (most - 1)))
    topic, raw = message(field, repr(value))
    assert PARSE[topic.split("/")[2]](topic, raw) is not None


@pytest.mark.parametrize(("field", "words"), [
    ("at", "at is missing"), ("receipt at", "at is missing"), ("every", "is missing"),
    ("event time", "is not [known event, time]"), ("beat", "'beat' is missing")])
def test_a_missing_number_is_said_to_be_missing(field, words):
    """(`age` is optional: an older kiosk sends none.)"""
    assert words in refusal(*message(field, None))


@pytest.mark.parametrize("field", ["at", "receipt at", "event time", "age"])
def test_minus_zero_is_zero_and_a_schema_of_1_0_is_1(field):
    """Decided and documented: JSON has one kind of number, so `-0.0` is 0 and `1.0` is 1."""
    topic, raw = message(field, "-0.0")
    assert PARSE[topic.split("/")[2]](topic, raw) is not None
    topic, raw = message(field, "0")
    raw = raw.replace(b'"schema": 1,', b'"schema": 1.0,')
    assert b'"schema": 1.0' in raw
    assert PARSE[topic.split("/")[2]](topic, raw) is not None


def test_a_beat_of_minus_zero_is_below_one():
    assert "whole number from 1" in refusal(*message("beat", "-0.0"))
