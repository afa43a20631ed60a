"""docs/alerts.schema.json against the wire: every message of a whole call (raised, received,
acknowledged, arrived, resolved; a cancelled one; presence and Last Wills) and of a message for
absent staff (the note, its receipt, "called back", its clearing), captured from a real
Mosquitto by a listening account, is valid for the definition its topic names; and the
schema refuses payloads that are plainly wrong."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import jsonschema
import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, needs_mosquitto, settings_for, until
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import accounts as acc
from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.note_console import ConsoleNotes
from kiosk.calls.outbox import CallOutbox

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "alerts.schema.json").read_text())


def validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    schema = SCHEMA if definition is None else {"$defs": SCHEMA["$defs"],
                                                "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema)


def definition_for(topic: str, payload: dict) -> str:
    """The schema's definition the topic names (docs/alerts.md, "Topics")."""
    if topic.startswith(f"{proto.PREFIX}/notes/"):
        return "note"
    if topic.startswith(f"{proto.PREFIX}/noteacks/"):
        return "noteAnswer"
    parts = proto.split(topic)
    if parts[0] == "calls":
        return "call"
    if parts[0] == "acks":
        return "receipt" if payload.get("state") == proto.RECEIPT else "answer"
    return {"kiosk": "kioskPresence", "console": "consolePresence"}[parts[1]]


def test_the_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@needs_mosquitto
def test_every_message_of_real_calls_matches_the_schema(broker, store):
    # A listening account that may read everything (tests only): added to the running
    # broker's files, which it reloads on SIGHUP.
    password = acc.new_password()
    with open(broker.state_dir / "passwd", "a", encoding="utf-8") as f:
        f.write(acc.hash_line("listener", password) + "\n")
    with open(broker.state_dir / "acl", "a", encoding="utf-8") as f:
        f.write(f"\nuser listener\ntopic read {proto.PREFIX}/#\n")
    os.kill(broker.pid, signal.SIGHUP)
    got: list[mqtt.MQTTMessage] = []
    sniffer = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="listener")
    sniffer.username_pw_set("listener", password)
    sniffer.on_message = lambda client, userdata, msg: got.append(msg)
    subscribed: list[int] = []
    sniffer.on_connect = lambda client, u, f, rc, p: rc.is_failure or client.subscribe(
        f"{proto.PREFIX}/#", qos=1)
    sniffer.on_subscribe = lambda client, u, mid, rcs, p: subscribed.append(mid)
    sniffer.reconnect_delay_set(0.05, 0.2)  # refused until the broker has reloaded
    sniffer.connect_async("127.0.0.1", broker.port)
    sniffer.loop_start()
    until(lambda: subscribed, what="the listener subscribed")
    kc, cc = Changes(), Changes()
    k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                    on_change=kc)
    c = ConsoleAlerts("desk1", "김민지", settings_for(broker, "desk1"), on_change=cc)
    kiosk_notes, desk_notes = KioskNotes("lobby", NoteBox(store)), ConsoleNotes(c)
    kiosk_notes.attach(k)
    try:
        k.start()
        c.start()
        kc.until(lambda: k.connected and k.consoles_online == 1, what="the kiosk sees the desk")
        call = k.call("mobility")
        kc.until(lambda: k.open_call.received, what="the console's receipt")
        for step, state in ((c.acknowledge, "acknowledged"), (c.arrived, "arrived"),
                            (c.resolve, "resolved")):
            step(call.key)
            kc.until(lambda s=state: (k.open_call is None and s == "resolved")
                     or (k.open_call is not None and k.open_call.state == s), what=state)
            # on the wire, on the call's own topic, before the next step: the kiosk publishes a
            # call's latest state, so a next step taken early would hide this one, and the
            # console's answer carries the same state word (waiting on it let that happen)
            until(lambda s=state: any(m.topic == proto.call_topic("lobby", call.id)
                                      and f'"state":"{s}"'.encode() in m.payload
                                      for m in list(got)), timeout=20,
                  what=f"{state} on the wire")
        cancelled = k.call()
        cc.until(lambda: cancelled.key in c.calls, what="the second call")
        k.cancel(cancelled.id)
        until(lambda: any(m.topic.endswith(cancelled.id) and b"cancelled" in m.payload
                          for m in list(got)), what="the cancelled state on the wire")
        note = kiosk_notes.send("message", "ga-admin", {
            "purpose": "대출 문의", "callback": "14:30", "name": "홍길동",
            "phone": "010-2345-6789"}, staff="s04", recipient=("최준영", "Choi Junyoung"))
        until(lambda: note.key in desk_notes.notes, what="the console has the message")
        desk_notes.called_back(note.key)
        until(lambda: (n := kiosk_notes.note(note.id)) and n.done, what="called back")
    finally:
        c.stop()  # its offline presence
        until(lambda: any(m.topic.endswith("/console/desk1") and b"offline" in m.payload
                          for m in list(got)), what="the console's offline presence")
        k.stop()
        sniffer.disconnect()
        sniffer.loop_stop()
    whole = validator()
    seen: dict[str, set] = {}
    for msg in got:
        if not msg.payload:
            continue  # a cleared retained topic
        payload = json.loads(msg.payload)
        name = definition_for(msg.topic, payload)
        errors = [e.message for e in validator(name).iter_errors(payload)]
        assert not errors, (msg.topic, payload, errors)
        whole.validate(payload)  # exactly one definition fits
        seen.setdefault(name, set()).add(payload.get("state") or payload.get("status"))
    # "delivered" is on the wire only when the console's receipt comes after the broker's
    # acknowledgement has been published: on a busy PC the receipt may overtake it.
    assert seen["call"] >= {"raised", "acknowledged", "arrived", "resolved", "cancelled"}
    assert seen["answer"] == {"acknowledged", "arrived", "resolved"}
    assert seen["receipt"] == {"received"}
    assert seen["kioskPresence"] >= {"online"}
    assert seen["consolePresence"] == {"online", "offline"}
    assert seen["note"] == {None} and seen["noteAnswer"] == {"received", "done"}


GOOD_CALL = {"schema": 1, "id": "5f0c2b7e9a1d4c3e8b6a0f1e2d3c4b5a", "kiosk": "lobby",
             "floor": "1F", "state": "acknowledged", "need": "mobility", "escalated": False,
             "attendant": "Kim", "received_by": "desk-1",
             "events": [["raised", 1732251995.23], ["acknowledged", 1732252003.91]]}
GOOD_ANSWER = {"schema": 1, "call": "5f0c2b7e9a1d4c3e8b6a0f1e2d3c4b5a", "kiosk": "lobby",
               "state": "acknowledged", "attendant": "Kim", "console": "desk-1",
               "at": 1732252003.88}
GOOD_PRESENCE = {"schema": 1, "role": "console", "id": "desk-1", "status": "online",
                 "name": "Kim", "every": 10, "session": "9f2c01ab5e7d4c30", "beat": 42}
GOOD_NOTE = {"schema": 1, "kind": "message", "id": "3b1f2b7e9a1d4c3e8b6a0f1e2d3c4b5a",
             "kiosk": "lobby", "department": "ga-admin", "staff": "s04", "at": 1796461913.98,
             "due": 1796465513.98, "keep_until": 1797066713.98,
             "fields": {"purpose": "대출·반납 문의", "callback": "asap", "name": "홍길동",
                        "phone": "010-2345-6789"},
             "for": {"ko": "최준영 · 총무담당", "en": "Choi Junyoung · Civil Affairs Team"},
             "received_by": "", "received_at": None, "done_by": "", "done_at": None,
             "purged_at": None}
GOOD_NOTE_ANSWER = {"schema": 1, "note": "3b1f2b7e9a1d4c3e8b6a0f1e2d3c4b5a", "kiosk": "lobby",
                    "state": "done", "console": "desk-2", "attendant": "Kim",
                    "at": 1796462513.0}


def changed(base: dict, **values) -> dict:
    out = dict(base)
    for key, value in values.items():
        if value is None:
            out.pop(key)
        else:
            out[key] = value
    return out


def test_the_examples_of_the_docs_are_valid():
    for payload in (GOOD_CALL, GOOD_ANSWER, GOOD_PRESENCE, GOOD_NOTE, GOOD_NOTE_ANSWER,
                    changed(GOOD_PRESENCE, status="offline", every=0),  # a Last Will
                    changed(GOOD_PRESENCE, every=10.0), changed(GOOD_ANSWER, attendant=""),
                    changed(GOOD_PRESENCE, session=None, beat=None),  # an older sender's
                    changed(GOOD_ANSWER, attendant=" Kim "),
                    changed(GOOD_CALL, destination={"ko": "관장실", "en": "Director's office"})):
        validator().validate(payload)


@pytest.mark.parametrize("payload", [
    changed(GOOD_CALL, schema=2), changed(GOOD_CALL, schema=None),
    changed(GOOD_CALL, state="eaten"), changed(GOOD_CALL, id="../../etc"),
    changed(GOOD_CALL, kiosk="lobby/+"), changed(GOOD_CALL, kiosk=""),
    changed(GOOD_CALL, need="pizza"), changed(GOOD_CALL, escalated="no"),
    changed(GOOD_CALL, events=[]), changed(GOOD_CALL, events=[["raised", -1]]),
    changed(GOOD_CALL, events=[["raised"]]), changed(GOOD_CALL, age=-3),
    changed(GOOD_ANSWER, state="cancelled"), changed(GOOD_ANSWER, at="yesterday"),
    changed(GOOD_ANSWER, console="desk#"), changed(GOOD_ANSWER, attendant="x" * 101),
    changed(GOOD_ANSWER, call=None), changed(GOOD_ANSWER, attendant=12345),
    changed(GOOD_ANSWER, attendant="Evil\x00\x1b[31m"), changed(GOOD_ANSWER, attendant="K\u202eim"),
    changed(GOOD_ANSWER, attendant="Kim\u200b"), changed(GOOD_ANSWER, attendant="FAKE\nNOTICE"),
    changed(GOOD_ANSWER, at=-5), changed(GOOD_ANSWER, at=True),
    changed(GOOD_CALL, destination={"ko": "x" * 201, "en": ""}),
    changed(GOOD_CALL, destination={"ko": 5, "en": ""}),
    changed(GOOD_PRESENCE, every=0), changed(GOOD_PRESENCE, every=3600),
    changed(GOOD_PRESENCE, every=None), changed(GOOD_PRESENCE, name="N" * 101),
    changed(GOOD_PRESENCE, name="\x00\x1b[2J\u202e"),
    changed(GOOD_PRESENCE, status="maybe"), changed(GOOD_PRESENCE, role="admin"),
    changed(GOOD_PRESENCE, session=None), changed(GOOD_PRESENCE, beat=None),
    changed(GOOD_PRESENCE, beat=0), changed(GOOD_PRESENCE, beat=1.5),
    changed(GOOD_PRESENCE, beat="7"), changed(GOOD_PRESENCE, session="a/b"),
    changed(GOOD_ANSWER, attendant="   "), changed(GOOD_ANSWER, attendant="\u3164"),
    changed(GOOD_PRESENCE, name=" \u0301"),
    changed(GOOD_PRESENCE, every=-10), changed(GOOD_PRESENCE, id="d" * 65),
    changed(GOOD_PRESENCE, place={"name": {"ko": "", "en": ""},
                                  "floor": {"ko": "", "en": ""}}),
    changed(GOOD_NOTE, kind="spam"), changed(GOOD_NOTE, department="a/b"),
    changed(GOOD_NOTE, fields={"purpose": "x", "callback": "asap", "name": "n"}),
    changed(GOOD_NOTE, fields={"purpose": "x" * 501, "callback": "asap", "name": "",
                               "phone": ""}),
    changed(GOOD_NOTE, due="soon"), changed(GOOD_NOTE, keep_until=None),
    changed(GOOD_NOTE_ANSWER, state="resolved"), changed(GOOD_NOTE_ANSWER, console=""),
    [], "call", None, 1,
], ids=lambda p: json.dumps(p, ensure_ascii=False)[:60])
def test_plainly_wrong_payloads_are_refused(payload):
    assert not validator().is_valid(payload)
