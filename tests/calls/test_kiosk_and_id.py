"""Another kiosk's account cannot touch a kiosk's call on the consoles: a call is its kiosk
and its id together.

Each kiosk's account writes only its own call topics, and a state must name its topic's
kiosk. A kiosk that copies another kiosk's open call, id and events, onto its own topic (then
"resolved" by "Mallory", or asking for floor B2 and a destination) publishes a call of its
own: the consoles show it as that kiosk's, and the first kiosk's call stays as its kiosk
says, answered on its kiosk's topic. Consoles must not rely on ids staying secret: any
console account reads every kiosk's calls."""
from __future__ import annotations

from dataclasses import replace

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, kiosk_and_desk, needs_mosquitto, settings_for
from rogue_kiosk import ROGUE, copy_as_rogue, elsewhere
from test_forged_content import beats

from kiosk.calls import protocol as proto
from kiosk.calls.console_side import UNLISTED_HEARTBEATS, ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto


def raised(b, store, started):
    """The kiosk "lobby" (a heartbeat a second) and a console (desk1, Kim), and a call of
    the kiosk's that the console has, received: (kiosk, console, their Changes, the call)."""
    k, c, kc, cc = kiosk_and_desk(b, started, CallOutbox(store), keepalive=1)
    call = k.call("mobility")
    true = kc.until(lambda: k.open_call.received and k.open_call, timeout=20,
                    what="the console's receipt")
    cc.until(lambda: c.calls.get(call.key) == true, timeout=20,
             what="the console has the kiosk's copy")
    return k, c, kc, cc, true


def test_another_kiosks_resolved_copy_leaves_the_call_open(broker, store, started):
    k, c, _kc, cc, true = raised(broker, store, started)
    forged = true.advance("resolved", true.events[-1][1] + 1, "Mallory", "desk2")
    copy = copy_as_rogue(broker, forged)
    cc.until(lambda: copy.key in c.calls, timeout=20, what="the rogue's copy at the desk")
    assert c.calls[copy.key] == copy  # that kiosk's own call, as it said it

    heard = beats(c)  # the kiosk's heartbeats that come now cannot have mended anything
    cc.until(lambda: beats(c) >= heard + UNLISTED_HEARTBEATS, timeout=20,
             what="two more heartbeats of the kiosk")
    mine = c.calls[true.key]
    assert mine.kiosk == "lobby" and mine.is_open and mine.attendant != "Mallory"
    assert mine == k.open_call


def test_an_answer_goes_to_the_kiosk_whose_call_was_chosen(broker, store, started):
    k, c, kc, cc, true = raised(broker, store, started)
    copy = copy_as_rogue(broker, elsewhere(true))
    cc.until(lambda: copy.key in c.calls, timeout=20, what="the rogue's copy at the desk")
    mine = c.calls[true.key]
    assert (mine.kiosk, mine.floor, mine.destination, mine.need) == (
        "lobby", "1F", true.destination, "mobility")

    c.acknowledge(true.key)
    answered = kc.until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                        timeout=20, what="the kiosk records the desk's answer")
    assert answered.answered_by == (("acknowledged", "desk1"),)
    cc.until(lambda: c.calls[true.key] == answered, timeout=20, what="the desk agrees")
    assert c.calls[copy.key].state == copy.state  # nobody answered the rogue's copy


def test_a_console_started_after_the_copy_shows_the_kiosks_own_call(broker, store, started):
    k, _c, kc, _cc, true = raised(broker, store, started)
    copy = copy_as_rogue(broker, elsewhere(true))

    lc = Changes()
    late = started(ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2"), on_change=lc))
    lc.until(lambda: copy.key in late.calls and true.key in late.calls, timeout=20,
             what="the retained states of both kiosks")
    mine = late.calls[true.key]
    assert (mine.kiosk, mine.floor, mine.destination) == ("lobby", "1F", true.destination)
    assert late.calls[copy.key].floor == "B2"

    late.acknowledge(true.key)
    answered = kc.until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                        timeout=20, what="the kiosk records the late desk's answer")
    assert answered.answered_by == (("acknowledged", "desk2"),)
    assert answered.attendant == "Lee"


def test_a_kiosk_applies_only_answers_to_its_own_calls(broker, store, started):
    """A kiosk subscribes to its own ack topics only; an answer on another kiosk's topic that
    names one of its open calls' ids is still refused, never applied."""
    kc = Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    call = k.call("mobility")
    other = replace(call, kiosk=ROGUE)
    msg = mqtt.MQTTMessage(topic=proto.ack_topic(ROGUE, "desk1", call.id).encode())
    msg.payload = proto.ack_payload(other, "acknowledged", "Mallory", "desk1", 1.0)
    with pytest.raises(proto.ProtocolError, match="an answer to kiosk 'lobby-2'"):
        k._message(msg)
    assert k.open_call.state in ("raised", "delivered") and k.open_call.attendant == ""
