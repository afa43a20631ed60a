"""A copy of an open call forged with the kiosk's account, with the kiosk's own events and
another destination or attendant: undone like a forged state.

No state's rank tells such a copy apart. The kiosk keeps every record it published of each
open call and takes any other on its topics for forged (republished over, logged); its
heartbeat names each open call's record by a digest (calls/copies.py), and a console whose
copy two heartbeats in a row disagree with shows the kiosk's own again. Consoles merge a
copy whose events another's include as the earlier one, changing nothing."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from pathlib import Path

from alert_support import Changes, needs_mosquitto, settings_for, until
from test_forged_state import answered, forgeries, intrude

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.console_side import UNLISTED_HEARTBEATS, ConsoleAlerts
from kiosk.calls.copies import KEPT, Copies, digest, digests_from
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import parse_presence, presence_payload
from kiosk.directory.model import Text

ROOF = Text("옥상", "Roof")


def beats(console: ConsoleAlerts, kiosk: str = "lobby") -> int:
    """How many of the kiosk's heartbeats the console has counted (its number in them)."""
    with console._lock:
        return console._kiosk_beats.get(kiosk, ("", 0))[1]


@needs_mosquitto
def test_a_forged_earlier_copy_with_a_destination_is_undone(broker, store, started, caplog):
    k, c, _, cc, call, true = answered(broker, store, started)
    cc.until(lambda: c.calls[call.key] == true, what="the console has the kiosk's copy")
    assert not forgeries(caplog)

    # The raised copy's events, state and need, and a destination the visitor never chose.
    intrude(broker, proto.call_topic("lobby", call.id),
            proto.call_payload(replace(call, destination=ROOF)))
    until(lambda: forgeries(caplog), timeout=20, what="the kiosk takes it for forged")
    assert call.id in forgeries(caplog)[0].getMessage()
    heard = beats(c)  # the forged copy came to the console before these heartbeats
    cc.until(lambda: beats(c) >= heard + UNLISTED_HEARTBEATS, timeout=20,
             what="two more heartbeats")
    assert c.calls[call.key] == true and k.open_call == true


@needs_mosquitto
def test_a_forged_answer_that_ties_with_the_real_one_is_undone(broker, store, started, caplog):
    """A forged "acknowledged" by "Nobody" before the desk's real one: both acknowledged,
    neither copy's events include the other's, so only the kiosk's heartbeats tell."""
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=3),
                            CallOutbox(store), on_change=kc))
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    other = started(ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2")))
    kc.until(lambda: k.connected and k.consoles_online == 2, what="kiosk sees the consoles")
    call = k.call("mobility")
    base = kc.until(lambda: k.open_call.received and k.open_call, what="a receipt")
    cc.until(lambda: c.calls.get(call.key) == base, what="the console has the kiosk's copy")

    forged = base.advance("acknowledged", base.events[-1][1] + 1, "Nobody", "desk2")
    intrude(broker, proto.call_topic("lobby", call.id), proto.call_payload(forged))
    cc.until(lambda: c.calls[call.key].attendant == "Nobody", what="the forgery reaches it")
    until(lambda: forgeries(caplog), timeout=20, what="the kiosk is back and saw it")
    other.publish(proto.ack_topic("lobby", "desk2", call.id),
                  proto.ack_payload(base, "acknowledged", "Lee", "desk2", time.time()))
    true = kc.until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                    what="the kiosk records Lee's answer")
    shown = cc.until(lambda: c.calls[call.key] == true and c.calls[call.key], timeout=30,
                     what="the kiosk's heartbeats bring its own copy back")
    assert shown.attendant == "Lee"


def test_a_copy_whose_events_the_others_include_changes_nothing():
    raised = Call.raise_new("lobby", "1F", 100.0, "mobility")
    answered = raised.advance("acknowledged", 110.0, "Kim", "desk1")
    assert answered.merge(replace(raised, destination=ROOF)) == answered
    assert answered.merge(replace(raised, need="hearing", attendant="Nobody")) == answered
    later = answered.advance("arrived", 120.0, "Lee", "desk2")
    assert answered.merge(later) == later  # the later copy, whole
    assert answered.merge(answered) == answered


@needs_mosquitto
def test_a_late_copy_from_before_a_destination_change_does_not_undo_it(broker, store, started):
    """The visitor asks to be taken somewhere while the call is open: no state changes, and
    the copy before had the same events, so a console took that copy, arriving late (here
    replayed with the kiosk's account, which the kiosk knows for one it published), for the
    newer and showed the call without its destination."""
    kc, cc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    watched, shown = [], []

    def console_changed():
        if watched:  # every destination the console shows once the visitor changed it
            shown.append(c.calls[watched[0]].destination)
        cc()

    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"),
                              on_change=console_changed))
    kc.until(lambda: k.listening and k.consoles_online == 1, what="the kiosk sees the desk")
    call = k.call("mobility")
    before = kc.until(lambda: k.open_call.received and k.open_call, what="the desk's receipt")
    cc.until(lambda: c.calls[call.key] == before, what="the console has the kiosk's copy")
    k.call("mobility", ROOF)
    cc.until(lambda: c.calls[call.key].destination == ROOF, what="the console shows the roof")
    watched.append(call.key)
    intrude(broker, proto.call_topic("lobby", call.id), proto.call_payload(before))
    kc.until(lambda: k.listening, timeout=20, what="the kiosk back")
    hall = Text("강당", "Hall")
    k.call("mobility", hall)  # published after the late copy: the console has read it
    cc.until(lambda: c.calls[call.key].destination == hall, timeout=20, what="the hall")
    assert set(shown) <= {ROOF, hall}  # never without a destination


def test_a_destination_change_makes_a_later_copy_by_its_events():
    call = Call.raise_new("lobby", "1F", 100.0, "mobility").advance("delivered", 100.5)
    there = call.with_destination(ROOF, 120.0)
    assert set(there.events) > set(call.events) and there.events[-1] == ("need", 120.0)
    assert there.merge(call) == there and call.merge(there) == there
    both = call.with_need("hearing", 130.0).with_destination(ROOF, 130.0)
    assert both.events == call.events + (("need", 130.0),)  # one request, one event


def _digests(raw: bytes):
    """What a console reads of a kiosk's presence's `digests`."""
    return parse_presence(proto.presence_topic("kiosk", "lobby"), raw).digests


def test_a_heartbeat_names_each_open_calls_record():
    call = Call.raise_new("lobby", "1F", 100)  # a clock of whole numbers: the wire's floats
    assert digest(call) == digest(proto.parse_call(proto.call_topic("lobby", call.id),
                                                   proto.call_payload(call, 101.0)))
    assert digest(call) != digest(replace(call, destination=ROOF))
    presence = presence_payload("kiosk", "lobby", True, every=10.0, ages={call.id: 1.0},
                                      states={call.id: "raised"},
                                      digests={call.id: digest(call)})
    assert digests_from(_digests(presence)) == {call.id: digest(call)}
    older = presence_payload("kiosk", "lobby", True, every=10.0, ages={call.id: 1.0})
    assert digests_from(_digests(older)) is None  # optional
    odd = proto.dump({**json.loads(presence), "digests": {"a" * 32: 5, "b" * 32: "x" * 16,
                                                           call.id: digest(call)}})
    assert digests_from(_digests(odd)) == {call.id: digest(call)}


def test_a_console_keeps_a_few_copies_of_a_call():
    copies, call = Copies(), Call.raise_new("lobby", "1F", 100.0)
    versions = [replace(call, events=((("raised", 100.0),) + (("need", 100.0 + n),)))
                for n in range(KEPT + 5)]
    for version in versions:
        copies.keep(version)
    assert copies.own(call.key, digest(versions[-1]), "raised") == versions[-1]
    assert copies.own(call.key, digest(versions[0]), "raised") is None  # the oldest went
    assert copies.own(call.key, None, "raised") == versions[-1]  # an older kiosk's word
    copies.drop(call.key)
    assert call.key not in copies


@needs_mosquitto
def test_a_console_forgets_the_copies_of_a_call_that_is_over(broker, store, started):
    """The copies are kept for the kiosk's heartbeats to name; once the call is closed and
    the kiosk lists it no more, nothing will name them: a console running for months keeps
    none of its calls' copies."""
    k, c, _, cc, call, _ = answered(broker, store, started)
    c.resolve(call.key)
    cc.until(lambda: not c.calls[call.key].is_open and k.open_call is None, what="resolved")
    heard = beats(c)
    cc.until(lambda: beats(c) >= heard + UNLISTED_HEARTBEATS, timeout=20,
             what="two heartbeats without it")
    with c._lock:
        assert call.key not in c._copies and call.key not in c._behind
    assert not c.calls[call.key].is_open  # the desk's history still has it


def test_the_documented_digests():
    """docs/alerts.md spells how a digest is made, with a worked example: its serialization
    hashes to its digest, and the code makes the same from the example's call."""
    docs = (Path(__file__).parents[2] / "docs" / "alerts.md").read_text(encoding="utf-8")
    written = next(line for line in docs.splitlines() if line.startswith('{"answered_by":'))
    assert hashlib.sha256(written.encode("utf-8")).hexdigest()[:16] == "6cafff754de29742"
    example = Call.from_record(json.loads(written))
    assert digest(example) == "6cafff754de29742" and "`6cafff754de29742`" in docs
    # Read back from its published state (with `age` and a member no reader knows).
    state = proto.dump({**json.loads(proto.call_payload(example, 1732252004.0)), "x": 1})
    assert digest(proto.parse_call(proto.call_topic("lobby", example.id), state)) == (
        "6cafff754de29742")
    whole = Call(example.id, "lobby", "1F", events=(("raised", 1732251995),))
    assert digest(whole) == "a3cb0501539a5666" and "`a3cb0501539a5666`" in docs
