"""What a console's own account can still write, and the kiosk refuses, through a real
Mosquitto: the payloads of an outside integrator's console (forged attendants and times, a
ghost desk's presence, presence of the wrong role or id, a log flood, deep nesting, huge and
retained messages). Each is refused, logged in a bounded line, and changes nothing the visitor
is told; a well-formed message from the same account sent after it is applied (the sentinel:
Mosquitto keeps one client's messages in order, so anything refused came before it)."""
from __future__ import annotations

import ast
import json
import logging
import re
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from alert_support import needs_mosquitto, settings_for, until
from intruder import Intruder
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import note_protocol as np
from kiosk.calls import protocol as proto
from kiosk.calls import visitor
from kiosk.calls.call import Call
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.refusals import PER_MINUTE

pytestmark = needs_mosquitto
ATTACKER = "desk2"
TAKEN = (0, 16)  # MQTT 5 PUBACK: success, or taken with no subscriber yet
FORGED_ATTENDANTS = [12345, {"x": ["y"]}, None, "A" * 101, "B" * 100_000,
                     "Evil\x00\x1b[31m\n\r\u202eKim\u200b", "FAKE NOTICE:\ngo to 2F desk",
                     "Kim\u202e", "Kim\u200b", "\ud800"]


def presence(every=10, **changes) -> bytes:
    body = {"schema": 1, "role": "console", "id": ATTACKER, "status": "online", "name": "Lee",
            "every": every}
    return json.dumps({**body, **changes}).encode()


def answer_of(call: Call, state: str, **changes) -> bytes:
    body = {"schema": 1, "call": call.id, "kiosk": "lobby", "state": state, "attendant": "Lee",
            "console": ATTACKER, "at": time.time()}
    return json.dumps({**body, **changes}).encode()


def refusals(caplog, text: str = "") -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.getMessage().startswith("refused a message") and text in r.getMessage()]


@pytest.fixture
def kiosk(broker, store, started, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store)))
    until(lambda: k.listening, what="the kiosk connected")
    return k


@pytest.fixture
def attacker(broker):
    user, password = broker.credentials(ATTACKER)
    i = Intruder(broker.port, (user, password), ATTACKER)
    yield i
    i.close()


def test_forged_attendants_and_times_are_refused_and_never_reach_the_visitor(kiosk, attacker,
                                                                           caplog):
    topic = proto.presence_topic("console", ATTACKER)
    assert attacker.publish(topic, presence(), retain=True) == 0
    until(lambda: kiosk.consoles_online == 1, what="the kiosk counts the desk")
    call = kiosk.call()
    until(lambda: kiosk.open_call.state == "delivered", what="delivered")
    ack = proto.ack_topic("lobby", ATTACKER, call.id)
    # A receipt saying nothing true: the visitor must not be told the desk has the call.
    attacker.publish(ack, answer_of(call, "received", attendant=12345, at="now"))
    for name in FORGED_ATTENDANTS:
        attacker.publish(ack, answer_of(call, "acknowledged", attendant=name))
    for at in (float("nan"), float("inf"), -5, "now", True, None):
        attacker.publish(ack, answer_of(call, "acknowledged", at=at))
    attacker.publish(ack, answer_of(call, "acknowledged", schema=True))
    attacker.publish(ack, ('{"schema":1,"call":"%s","kiosk":"lobby","state":"acknowledged",'
                           '"attendant":"M","console":"x","console":"%s","at":1}'
                           % (call.id, ATTACKER)).encode())  # a member given twice
    attacker.publish(ack, answer_of(call, "received"))  # the sentinel: well-formed
    until(lambda: kiosk.open_call.received, what="the sentinel receipt recorded")
    now = kiosk.open_call
    assert now.state == "delivered" and now.attendant == "" and now.received_by == ATTACKER
    assert visitor.step(now, True, 1) == "received"
    assert [e for e, _ in now.events] == ["raised", "delivered", "received"]
    lines = refusals(caplog, ack)
    assert len(lines) == PER_MINUTE  # the rest of them counted, not logged one by one
    assert "attendant must be text, not int" in lines[0]
    assert all(len(line) < 700 and "\x1b" not in line and "\n" not in line for line in lines)
    attacker.publish(ack, answer_of(call, "acknowledged", attendant="김민지 Kim"))
    until(lambda: kiosk.open_call.state == "acknowledged", what="a real answer applied")
    assert kiosk.open_call.attendant == "김민지 Kim"


def test_a_ghost_desk_without_a_heartbeat_is_not_counted(broker, attacker, store, started,
                                                         caplog):
    """A retained "online" with every 0 (or 3600) from a console that then left cleanly, so no
    Will: before, the kiosk counted that desk online for ever (or 1.5 h), raised calls to it
    and told the visitor it was waiting for it to confirm."""
    caplog.set_level(logging.INFO, logger="kiosk")
    topic = proto.presence_topic("console", ATTACKER)
    assert attacker.publish(topic, presence(every=0), retain=True) in TAKEN
    attacker.close()  # a clean disconnect: the broker sends no Last Will
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store)))
    until(lambda: refusals(caplog, topic), what="the retained ghost refused")
    assert k.consoles_online == 0 and "online without a heartbeat" in refusals(caplog)[0]
    k.call()
    until(lambda: k.open_call.state == "delivered", what="delivered")
    assert visitor.step(k.open_call, k.connected, k.consoles_online) == "no_console"
    liar = Intruder(broker.port, broker.credentials(ATTACKER), ATTACKER + "-again")
    try:
        for body in (presence(every=3600), presence(every=float("inf")),
                     presence(role="kiosk"), presence(status="maybe"), presence(id="lobby"),
                     presence(name="\x00\x1b[2J\u202e"), presence(every="10"), b"[]",
                     b"not json", presence(every=10.0)):  # the last is right: the sentinel
            liar.publish(topic, body, retain=True)
        until(lambda: k.consoles_online == 1, what="the sentinel presence counted")
        lines = refusals(caplog, topic)
        for words in ("'every' is too large: at most 60", "presence of 'kiosk'",
                      "status 'maybe'", "presence of 'console' 'lobby'", "name holds the control",
                      "'every' must be a number", "schema 1", "not JSON"):
            assert any(words in line for line in lines), words
    finally:
        liar.close()


def test_a_log_flood_of_huge_topics_writes_a_few_short_lines(kiosk, attacker, caplog):
    """100 non-JSON answers with 60 KB topic levels rotated the kiosk's log away."""
    for i in range(100):
        attacker.client.publish(f"{proto.PREFIX}/acks/lobby/{ATTACKER}/{i:06d}" + "z" * 60_000,
                                b"not json", qos=1)
    call = kiosk.call()
    attacker.publish(proto.ack_topic("lobby", ATTACKER, call.id), answer_of(call, "received"))
    until(lambda: kiosk.open_call is not None and kiosk.open_call.received,
          what="the sentinel receipt recorded")
    lines = [r.getMessage() for r in caplog.records]
    assert len(refusals(caplog)) == PER_MINUTE
    assert sum(map(len, lines)) < 10_000
    assert "characters): not JSON" in refusals(caplog)[0]
    kiosk.refusals.flush()  # the minute is not over: no summary yet
    assert not any(line.startswith("…") for line in lines)


def test_deep_nesting_is_not_json_and_a_huge_packet_is_cut_off(kiosk, broker, attacker,
                                                               caplog):
    call = kiosk.call()
    ack = proto.ack_topic("lobby", ATTACKER, call.id)
    attacker.publish(ack, b'{"schema":1,"x":' + b"[" * 30_000 + b"]" * 30_000 + b"}")
    attacker.publish(ack, answer_of(call, "acknowledged", pad="x" * 70_000))  # over 64 KiB
    attacker.publish(ack, answer_of(call, "received"))
    until(lambda: kiosk.open_call.received, what="the sentinel receipt recorded")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("nested too deeply" in line for line in refusals(caplog, ack))
    assert any("more than the 65536" in line for line in refusals(caplog, ack))
    # A whole packet over max_packet_size (200,000 levels; a 5 MB presence): the broker
    # disconnects the client (MQTT 3.1.1: it was told no limit) and stores nothing.
    raw = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=ATTACKER, protocol=mqtt.MQTTv311)
    raw.username_pw_set(*broker.credentials(ATTACKER))
    dropped = []
    raw.on_disconnect = lambda *args: dropped.append(args[3])
    raw.connect("127.0.0.1", broker.port)
    raw.loop_start()
    try:
        raw.publish(proto.presence_topic("console", ATTACKER),
                    presence(name="N" * 5_000_000), qos=1, retain=True)
        until(lambda: dropped, what="the broker cut the huge packet off")
    finally:
        raw.loop_stop()
    watcher = Intruder(broker.port, broker.credentials("desk1"), "desk1")
    try:
        watcher.subscribe(proto.presence_topic("console", ATTACKER))
        time.sleep(0.5)  # a retained message comes with the SUBACK; nothing may come
        assert watcher.got == []
    finally:
        watcher.close()


def test_a_retained_answer_is_refused(broker, store, started, attacker, caplog):
    """Answers are never retained; a retained one (the broker's stored copy, delivered on
    subscribing) would answer for a console long gone. Mosquitto's ACL cannot forbid retain
    per topic, so the kiosk refuses the stored copy."""
    caplog.set_level(logging.INFO, logger="kiosk")
    k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store))
    call = k.call()  # in the outbox; the kiosk has never connected, so nothing is queued
    ack = proto.ack_topic("lobby", ATTACKER, call.id)
    assert attacker.publish(ack, answer_of(call, "acknowledged", attendant="Old"),
                            retain=True) in TAKEN
    started(k)
    until(lambda: refusals(caplog, "retained answer"), what="the retained answer refused")
    assert k.open_call.state in ("raised", "delivered") and k.open_call.attendant == ""


def test_note_answers_follow_the_same_rule(broker, store, started, attacker, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    alerts = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store))
    notes = KioskNotes("lobby", NoteBox(store), serves=lambda console, dept: True)
    notes.attach(alerts)
    started(alerts)
    until(lambda: alerts.listening, what="the kiosk connected")
    note = notes.send("message", "dept-a", {"purpose": "문의", "callback": "asap",
                                            "name": "홍길동", "phone": "01023456789"})
    topic = np.answer_topic("lobby", ATTACKER, note.id)

    def said(state, **changes):
        body = {"schema": 1, "note": note.id, "kiosk": "lobby", "state": state,
                "console": ATTACKER, "attendant": "Lee", "at": time.time()}
        return json.dumps({**body, **changes}).encode()

    for name in FORGED_ATTENDANTS[:4]:
        attacker.publish(topic, said("done", attendant=name))
    attacker.publish(topic, said("done", at="now"))
    attacker.publish(topic, said("done").replace(b'"at"', b'"at":NaN,"x"'))
    attacker.publish(topic, said("done"), retain=True)  # delivered live: a real answer
    until(lambda: notes.note(note.id).done, what="the sentinel answer applied")
    lines = refusals(caplog, topic)
    assert len(lines) == 6 and "attendant must be text, not int" in lines[0]
    assert any("NaN is not a JSON number" in line for line in lines)


def logged_kinds() -> set[str]:
    """The kinds of line the calls code hands to Refusals.limited (its second argument: a
    string, or a module's constant naming one)."""
    kinds = set()
    for path in Path(proto.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)
                     and isinstance(n.value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "limited" and len(node.args) >= 2):
                kind = node.args[1]
                kinds.add(kind.value if isinstance(kind, ast.Constant) else constants[kind.id])
    return kinds


def test_the_kinds_of_line_are_the_ones_the_docs_name():
    """docs/alerts.md once listed kinds the code never wrote ("takeovers") and left out two
    it did: a reader searching the log for a documented name found nothing."""
    docs = (Path(__file__).parents[2] / "docs" / "alerts.md").read_text(encoding="utf-8")
    table = docs[docs.index("| kind | written by |"):].split("\n\n")[0]
    documented = set(re.findall(r"^\| `([^`]+)` \|", table, re.MULTILINE))
    assert documented == logged_kinds()
    assert {"refused", "forged states corrected", "connection lines"} <= documented
