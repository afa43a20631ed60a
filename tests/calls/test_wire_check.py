"""The rules for what comes from the wire (calls/wire_check.py) and the bounded, rate-limited
refusal lines (calls/refusals.py), without a broker; test_refusals.py sends the same through
a real Mosquitto."""
from __future__ import annotations

import json
import logging
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import note_protocol as np
from kiosk.calls import protocol as proto
from kiosk.calls import wire_check as wire
from kiosk.calls.call import Call
from kiosk.calls.connection_log import ConnectionLog
from kiosk.calls.note import Note
from kiosk.calls.presence_message import parse_presence
from kiosk.calls.refusals import NAMED, PER_MINUTE, Refusals, excerpt, sender
from kiosk.directory.text_safety import unfit

CALL = Call.raise_new("lobby", "1F", 100.0)
TOPIC = proto.ack_topic("lobby", "desk1", CALL.id)
NOTE = Note.from_wire({"schema": 1, "kind": "message", "id": "ab" * 16, "kiosk": "lobby",
                       "department": "-", "staff": "", "at": 1.0, "due": 2.0,
                       "keep_until": 3.0, "fields": {"purpose": "p", "callback": "asap",
                                                     "name": "n", "phone": "01012345678"},
                       "for": {"ko": "", "en": ""}, "received_by": "", "received_at": None,
                       "done_by": "", "done_at": None, "purged_at": None})


def ack(**changes) -> bytes:
    body = {"schema": 1, "call": CALL.id, "kiosk": "lobby", "state": "acknowledged",
            "attendant": "Kim", "console": "desk1", "at": 100.5}
    return json.dumps({**body, **changes}).encode()


@given(st.text(max_size=120))
def test_an_attendant_is_taken_as_it_came_or_refused_whole(name):
    try:
        got = proto.parse_ack(TOPIC, ack(attendant=name))["attendant"]
    except proto.ProtocolError:
        assert len(name) > 100 or unfit(name) is not None or shows_nothing(name)
    else:  # never cut or cleaned; and it can be shown, saved and republished
        assert got == name and unfit(got) is None and len(got) <= 100
        proto.call_payload(CALL.advance("acknowledged", 101.0, got))


def shows_nothing(name: str) -> bool:
    return name != "" and all(c.isspace() or c in wire.BLANK_LETTERS
                              or unicodedata.category(c) in ("Mn", "Me") for c in name)


def test_a_blank_attendant_is_refused_and_an_empty_one_is_not():
    """Spaces, the Hangul filler or a lone accent would show the visitor a blank name; an empty
    one is a console started without a name (older ones could), and the kiosk says "a staff
    member" instead."""
    for name in (" ", "   ", "\u3000", "\u3164\u3164", "\uffa0", "\u2800", " \u0301", "\u115f\u1160"):
        with pytest.raises(proto.ProtocolError, match="shows nothing"):
            proto.parse_ack(TOPIC, ack(attendant=name))
        with pytest.raises(proto.ProtocolError, match="shows nothing"):
            wire.attendant(name, "--name", required=True)
    with pytest.raises(proto.ProtocolError, match="--name is empty"):
        wire.attendant("", "--name", required=True)
    assert proto.parse_ack(TOPIC, ack(attendant=""))["attendant"] == ""
    for name in (" Kim ", "김 민지", "e\u0301", "ㅈ"):
        assert wire.attendant(name, "--name", required=True) == name


def test_what_an_outside_console_sent_is_refused():
    refused = {
        "attendant must be text": [ack(attendant=12345), ack(attendant={"x": ["y"]}),
                                   ack(attendant=True)],
        "attendant is missing": [ack(attendant=None)],
        "more than 100": [ack(attendant="A" * 101)],
        "control character U+0000": [ack(attendant="Evil\x00\x1b[31m\n\r\u202eKim\u200b")],
        "control character U+000A": [ack(attendant="FAKE NOTICE:\ngo to 2F desk")],
        "bidi character U+202E": [ack(attendant="Kim\u202e")],
        "zero-width character U+200B": [ack(attendant="Kim\u200b")],
        "unprintable character U+D800": [ack(attendant="\ud800")],
        "unprintable character U+2028": [ack(attendant="Kim\u2028Lee")],
        "at must be a number": [ack(at="now"), ack(at=True)],
        "at is missing": [ack(at=None)],
        "at must be at least 0": [ack(at=-5)],
        "NaN is not a JSON number": [ack(at=float("nan"))],
        "Infinity is not a JSON number": [ack(at=float("inf"))],
        "at is too large: not a finite number": [
            ack().replace(b'"at": 100.5', b'"at": 1' + b"0" * 400),
            ack().replace(b'"at": 100.5', b'"at": 1e400')],
        "at is too large: at most 1e+10": [ack(at=1e11)],
        "4300 digits": [ack().replace(b'"at": 100.5', b'"at": 1' + b"0" * 5000)],
        "schema 1": [ack(schema=True), ack(schema=2), b"[1,2,3]", b"null"],
        "given twice": [ack().replace(b'"console"', b'"console": "x", "console"')],
        "nested too deeply": [b'{"schema":1,"x":' + b"[" * 30_000 + b"]" * 30_000 + b"}"],
        "more than the 65536": [ack(pad="x" * 70_000)],
        "not JSON": [b"", b"\xff\xfe not json"],
    }
    for reason, payloads in refused.items():
        for raw in payloads:
            with pytest.raises(proto.ProtocolError, match=re.escape(reason)):
                proto.parse_ack(TOPIC, raw)
    other = proto.ack_topic("lobby", "desk1", "not-hex")
    with pytest.raises(proto.ProtocolError, match="32 lowercase hex digits"):
        proto.parse_ack(other, ack(call="not-hex"))
    for fine in (ack(at=100), ack(at=100.0), ack(schema=1.0), ack(attendant=""),
                 ack(attendant="김민지 (안내데스크)"), ack(state="received", extra={"a": 1})):
        assert proto.parse_ack(TOPIC, fine)["console"] == "desk1"


def test_a_notes_answer_has_the_same_rule():
    note = NOTE
    topic = np.answer_topic("lobby", "desk1", note.id)
    good = np.answer_payload(note, "done", "desk1", "Kim", 5.0)
    assert np.parse_answer(topic, good)["attendant"] == "Kim"
    for bad, reason in ((np.answer_payload(note, "done", "desk1", "K\u202eim", 5.0), "bidi"),
                        (np.answer_payload(note, "done", "desk1", 7, 5.0), "must be text"),
                        (good.replace(b'"at":5.0', b'"at":NaN'), "NaN")):
        with pytest.raises(proto.ProtocolError, match=reason):
            np.parse_answer(topic, bad)


def test_answers_keep_their_bytes_on_the_wire():
    """Calls' and notes' answers are built by one function (protocol.answer_message); each
    keeps the bytes it always had, members in their order."""
    call = Call.from_record({**CALL.to_record(), "id": "6e3e34df230c4c129581cc1d2832761e"})
    note = NOTE
    head = b'{"schema":1,"call":"6e3e34df230c4c129581cc1d2832761e","kiosk":"lobby","state":'
    assert proto.ack_payload(call, "acknowledged", "김민지", "desk1", 101.5) == (
        head + '"acknowledged","attendant":"김민지","console":"desk1","at":101.5}'.encode())
    assert proto.receipt_payload(call, "desk1", "Kim", 100.5) == (
        head + b'"received","attendant":"Kim","console":"desk1","at":100.5}')
    assert np.answer_payload(note, "done", "desk1", "Kim", 5.0) == (
        b'{"schema":1,"note":"abababababababababababababababab","kiosk":"lobby","state":"done",'
        b'"console":"desk1","attendant":"Kim","at":5.0}')
    assert np.note_payload(note).startswith(b'{"schema":1,"kind":"message","id":"abab')
    topic = np.note_topic("lobby", "", note.id)
    assert np.parse_note(topic, np.note_payload(note)) == (note.key, note)
    for bad in (topic + "/x", topic.replace("/lobby/", "//"), "library-kiosk/v1/notes/a/b"):
        with pytest.raises(proto.ProtocolError, match="not a notes topic"):
            np.parse_note(bad, np.note_payload(note))
    answer = np.answer_topic("lobby", "desk1", note.id)
    with pytest.raises(proto.ProtocolError, match="note answer does not match its topic"):
        np.parse_answer(answer.replace("desk1", "desk2"),
                        np.answer_payload(note, "done", "desk1", "Kim", 5.0))
    with pytest.raises(proto.ProtocolError, match="note answer state 'resolved'"):
        np.parse_answer(answer, np.answer_payload(note, "done", "desk1", "Kim", 5.0).replace(
            b'"done"', b'"resolved"'))


def test_presence_must_match_its_topic_and_carry_a_heartbeat():
    topic = proto.presence_topic("console", "desk")

    def said(**changes):
        body = {"schema": 1, "role": "console", "id": "desk", "status": "online", "name": "x",
                "every": 10}
        return json.dumps({**body, **changes}).encode()

    heard = parse_presence(topic, said())
    assert (heard.role, heard.ident, heard.online, heard.every) == ("console", "desk", True,
                                                                    10.0)
    assert parse_presence(topic, said(every=60.0)).every == 60.0
    assert parse_presence(topic, said(status="offline", every=0)).online is False  # Will
    assert parse_presence(topic, b"").online is False  # cleared
    for raw, reason in ((said(every=0), "online without a heartbeat"),
                        (said(every=3600), "is too large: at most 60"),
                        (said(every=-1), "must be at least 0"),
                        (said(every=None), "is missing"),
                        (said(every=float("nan")), "NaN"), (said(role="kiosk"), "presence of"),
                        (said(id="lobby"), "presence of"), (said(status="maybe"), "status"),
                        (said(name="\x00\x1b[2J\u202e"), "control"),
                        (said(name="N" * 101), "more than 100")):
        with pytest.raises(proto.ProtocolError, match=reason):
            parse_presence(topic, raw)


def test_a_refusal_line_is_short_escaped_and_a_sender_gets_ten_a_minute(caplog):
    caplog.set_level(logging.WARNING)
    clock = [0.0]
    r = Refusals(logging.getLogger("kiosk.test"), clock=lambda: clock[0])
    huge = f"{proto.PREFIX}/acks/lobby/desk2/" + "z\x1b" * 30_000
    assert sender(huge) == "desk2" and sender(proto.presence_topic("console", "d")) == "d"
    assert sender(proto.call_topic("lobby", CALL.id)) == "lobby" and sender("x") == "?"
    line = excerpt("a\x1b[2J\u202e\ud800" + "b" * 300)
    assert line.startswith("a<U+001B>[2J<U+202E>\\ud800b") and line.endswith("… (307 characters)")
    for _ in range(100):
        r.refused(huge, "not JSON: " + "q" * 10_000)
    r.refused(proto.ack_topic("lobby", "desk3", CALL.id), "another sender")
    lines = [rec.getMessage() for rec in caplog.records]
    assert len(lines) == 11 and max(map(len, lines)) < 500 and "\x1b" not in "".join(lines)
    clock[0] = 59.0
    r.flush()
    assert len(caplog.records) == 11  # the minute is not over
    clock[0] = 60.0
    r.flush()
    assert caplog.records[-1].getMessage() == "… 90 more refused from desk2 in 60 s"
    r.refused(huge, "again")  # a new minute: logged again
    assert caplog.records[-1].getMessage().startswith("refused a message on")


def test_the_minute_s_sum_counts_each_kind_of_line_by_its_name(caplog):
    """Each kind of line has ten a minute of its own: answers that changed nothing once
    shared a console's ten lines with its refused messages, and the sum called them all
    "refused"."""
    caplog.set_level(logging.INFO)
    clock = [0.0]
    r = Refusals(logging.getLogger("kiosk.test"), clock=lambda: clock[0])
    topic = proto.ack_topic("lobby", "desk2", CALL.id)
    for _ in range(12):
        r.refused(topic, "not JSON")
    for _ in range(5):
        r.limited("desk2", "answers ignored", "an answer ignored", level=logging.INFO)
    assert sum("answer ignored" in rec.getMessage() for rec in caplog.records) == 5
    for _ in range(7):
        r.limited("desk2", "answers ignored", "an answer ignored", level=logging.INFO,
                  about=CALL.id)
    clock[0] = 60.0
    r.flush()
    assert caplog.records[-1].getMessage() == (
        f"… 2 more refused, 2 more answers ignored (call {CALL.id}) from desk2 in 60 s")


def test_logins_do_not_silence_the_line_of_a_forged_state(caplog):
    """Five logins with the kiosk's password wrote the ten lines of its minute, and the
    warning that a forged state was corrected, the only trace of it, was never written."""
    caplog.set_level(logging.INFO)
    clock = [0.0]
    log = logging.getLogger("kiosk.test")
    r = Refusals(log, clock=lambda: clock[0])
    lines = ConnectionLog(log, r, "kiosk", "lobby")
    for _ in range(5):
        lines.dropped()
        lines.problem("lost the alert broker at x; reconnecting")
        lines.connected("x")
    ids = [f"{n:032x}" for n in range(PER_MINUTE + NAMED + 2)]
    for call_id in ids:
        r.limited("lobby", "forged states corrected", "call %s: forged", call_id,
                  about=call_id)
    written = [rec.getMessage() for rec in caplog.records if "forged" in rec.getMessage()]
    assert written == [f"call {call_id}: forged" for call_id in ids[:PER_MINUTE]]
    lines.problem("lost the alert broker at x; reconnecting")  # its own budget is spent
    clock[0] = 60.0
    r.flush()
    unwritten = ", ".join(ids[PER_MINUTE:PER_MINUTE + NAMED])
    assert caplog.records[-1].getMessage() == (
        f"… 1 more connection lines, {NAMED + 2} more forged states corrected "
        f"(calls {unwritten}, …) from lobby in 60 s")


def test_the_broker_bound_is_above_every_legitimate_message():
    from kiosk.calls.broker_files import MAX_PACKET
    biggest = {"schema": 1, "kind": "feedback", "id": "ab" * 16, "kiosk": "k" * 64,
               "department": "d" * 64, "staff": "s" * 64, "at": 1e9, "due": 1e9,
               "keep_until": 1e9, "fields": {k: "\u0001" * 500 for k in
                                             ("colour", "category", "text", "contact", "name")},
               "for": {"ko": "가" * 200, "en": "e" * 200}, "received_by": "r" * 64,
               "received_at": 1e9, "done_by": "r" * 64, "done_at": 1e9, "purged_at": 1e9}
    size = len(json.dumps(biggest).encode())  # every character \u-escaped: the worst case
    assert size * 3 < wire.MAX_PAYLOAD and MAX_PACKET == 2 * wire.MAX_PAYLOAD


@pytest.mark.parametrize("member", ["kiosk", "console", "call"])
def test_a_member_left_out_of_an_answer_is_said_to_be_missing(member):
    """Not `kiosk 'None'`: the sender reads that it left the member out (or sent null)."""
    body = {"schema": 1, "call": "ab" * 16, "kiosk": "lobby", "state": "acknowledged",
            "attendant": "Kim", "console": "desk1", "at": 1.0}
    topic = proto.ack_topic("lobby", "desk1", "ab" * 16)
    for payload in ({k: v for k, v in body.items() if k != member}, body | {member: None}):
        with pytest.raises(proto.ProtocolError) as caught:
            proto.parse_ack(topic, json.dumps(payload).encode())
        assert f"does not match its topic: {member} missing, the topic's" in str(caught.value)
        assert "None" not in str(caught.value)
