"""A call's floor and a kiosk's place are shown on every console: the rule of the attendant's
name holds for them (wire_check.shown), whoever's account wrote them. What breaks it is
refused whole and logged, never cut or cleaned; and the ids of the schema are ASCII, as the
docs say, and a call id is 32 lowercase hex digits."""
from __future__ import annotations

import json
import logging

import pytest
from alert_support import Changes, needs_mosquitto, settings_for
from hypothesis import given
from hypothesis import strategies as st
from intruder import Intruder
from rogue_kiosk import ROGUE
from test_wire_check import shows_nothing

from kiosk.calls import protocol as proto
from kiosk.calls.accounts import AccountError, check_name
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.presence_message import Place, parse_presence, presence_payload
from kiosk.calls.wire_check import MAX_FLOOR, MAX_PLACE, ProtocolError
from kiosk.directory.model import Text
from kiosk.directory.text_safety import unfit

CALL = Call.raise_new(ROGUE, "2F", 1_700_000_000.0)
TOPIC = proto.call_topic(ROGUE, CALL.id)
PRESENCE = proto.presence_topic("kiosk", ROGUE)
BIDI_FLOOR = "\u202eF1\x07\n\nFLOOR"
BIDI_NAME = {"ko": "\u202e키오스크\x07", "en": "Lobby\n\nFAKE"}
LOBBY = Place(Text("1층 로비 키오스크", "Lobby kiosk"), Text("1층", "1st floor"))


def state(**changes) -> bytes:
    return proto.dump({**CALL.to_record(), **changes})


def presence(place) -> bytes:
    return proto.dump({**json.loads(presence_payload("kiosk", ROGUE, True, every=10)),
                       "place": place})


@given(st.text(max_size=MAX_FLOOR + 6))
def test_a_floor_is_taken_as_it_came_or_refused_whole(floor):
    try:
        call = proto.parse_call(TOPIC, state(floor=floor))
    except ProtocolError as exc:
        assert "floor" in str(exc)
        assert (len(floor) > MAX_FLOOR or unfit(floor) is not None or shows_nothing(floor)
                or not floor)
    else:
        assert call.floor == floor and unfit(floor) is None and 0 < len(floor) <= MAX_FLOOR


@pytest.mark.parametrize("floor, why", [
    (BIDI_FLOOR, r"floor holds the bidi character U\+202E"),
    ("F" * 60_000, "floor has 60000 characters, more than 64"),
    ("", "floor is empty"), (" ", "floor shows nothing"), (7, "floor must be text")],
    ids=["bidi", "long", "empty", "blank", "number"])
def test_the_outsiders_floors_are_refused(floor, why):
    with pytest.raises(ProtocolError, match=why):
        proto.parse_call(TOPIC, state(floor=floor))


def test_a_missing_floor_is_named():
    record = CALL.to_record()
    del record["floor"]
    with pytest.raises(ProtocolError, match="floor is missing"):
        proto.parse_call(TOPIC, proto.dump(record))


@given(st.text(max_size=MAX_PLACE + 6), st.sampled_from(["name", "floor"]),
       st.sampled_from(["ko", "en"]))
def test_a_place_is_taken_as_it_came_or_refused_whole(text, part, lang):
    place = {**LOBBY.to_json()}
    place[part] = {**place[part], lang: text}
    try:
        said = parse_presence(PRESENCE, presence(place)).place
    except ProtocolError as exc:
        assert f"place {part} ({lang})" in str(exc)
        assert len(text) > MAX_PLACE or unfit(text) is not None or shows_nothing(text)
    else:
        got = getattr(said, part).given(lang) if said is not None else None
        assert got == text or (said is None and part == "name")


@pytest.mark.parametrize("place, why", [
    ({"name": BIDI_NAME, "floor": LOBBY.to_json()["floor"]},
     r"place name \(ko\) holds the bidi character U\+202E"),
    ({"name": {"ko": "", "en": "Lobby\n\nFAKE"}, "floor": LOBBY.to_json()["floor"]},
     r"place name \(en\) holds the control character U\+000A"),
    ({"name": {"ko": "가" * 20_000, "en": ""}, "floor": LOBBY.to_json()["floor"]},
     r"place name \(ko\) has 20000 characters"),
    ({"name": LOBBY.to_json()["name"], "floor": {"ko": BIDI_FLOOR, "en": ""}},
     r"place floor \(ko\) holds the bidi"),
    ({"name": "Lobby", "floor": LOBBY.to_json()["floor"]}, "place name must be"),
    ("Lobby", "place must be")],
    ids=["bidi", "lines", "long", "floor", "name-not-text", "not-an-object"])
def test_the_outsiders_places_are_refused(place, why):
    with pytest.raises(ProtocolError, match=why):
        parse_presence(PRESENCE, presence(place))


def test_a_kiosks_own_place_and_an_older_kiosks_none_pass():
    assert parse_presence(PRESENCE, presence(LOBBY.to_json())).place == LOBBY
    older = presence_payload("kiosk", ROGUE, True, every=10)
    assert parse_presence(PRESENCE, older).place is None


@pytest.mark.parametrize("changes", [
    {"received_by": "데스크-1"}, {"answered_by": [["acknowledged", "데스크-1"]]},
    {"received_by": "desk\u00b9"}], ids=["received_by", "answered_by", "superscript"])
def test_a_console_id_is_ascii(changes):
    with pytest.raises(ProtocolError):
        proto.parse_call(TOPIC, state(**changes))
    with pytest.raises(AccountError):
        check_name("데스크-1")


def test_a_call_id_is_lowercase_hex():
    upper = CALL.id.upper()
    with pytest.raises(ProtocolError, match="32 lowercase hex digits"):
        proto.parse_call(proto.call_topic(ROGUE, upper), state(id=upper))
    with pytest.raises(ProtocolError, match="32 lowercase hex digits"):
        proto.parse_ack(proto.ack_topic(ROGUE, "desk1", upper), proto.ack_payload(
            Call(upper, ROGUE, "2F"), "acknowledged", "Kim", "desk1", 1.0))


@needs_mosquitto
def test_the_console_refuses_and_logs_them(broker, started, caplog):
    caplog.set_level(logging.INFO)
    cc = Changes()
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    cc.until(lambda: c.listening, what="the console listens")
    rogue = Intruder(broker.port, broker.credentials(ROGUE), ROGUE)
    try:
        for topic, payload in ((TOPIC, state(floor=BIDI_FLOOR)),
                               (PRESENCE, presence({"name": BIDI_NAME, "floor": {}}))):
            assert rogue.publish(topic, payload, retain=True) == 0
        sentinel = Call.raise_new(ROGUE, "2F", 1_700_000_000.0)
        assert rogue.publish(proto.call_topic(ROGUE, sentinel.id), proto.call_payload(
            sentinel), retain=True) == 0
        cc.until(lambda: sentinel.key in c.calls, timeout=20, what="the sentinel")
    finally:
        rogue.close()
    assert CALL.key not in c.calls and ROGUE not in c.places and ROGUE not in c.kiosks
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(CALL.id in line and "floor holds the bidi" in line for line in lines)
    assert any("presence/kiosk/" + ROGUE in line and "place name (ko)" in line
               for line in lines)


@pytest.mark.parametrize("member", ["kiosk", "console", "call"])
def test_an_answer_off_its_topic_names_the_member(member):
    topic = proto.ack_topic(ROGUE, "desk1", CALL.id)
    raw = json.loads(proto.ack_payload(CALL, "acknowledged", "Kim", "desk1", 1.0))
    raw[member] = "a" * 32 if member == "call" else "other"
    with pytest.raises(ProtocolError, match=f"does not match its topic: {member} "):
        proto.parse_ack(topic, proto.dump(raw))
