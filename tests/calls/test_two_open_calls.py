"""A call an earlier visitor left open, and a new visitor's own request beside it
(KioskAlerts.call(own=True)), through a real Mosquitto: both are published, listed by every
heartbeat (a console forgets a call the heartbeats leave out), answered each on its own,
resumed together after a restart; later taps go to the newer call."""
from __future__ import annotations

import pytest
from alert_support import Changes, needs_mosquitto, settings_for

from kiosk.calls import protocol as proto
from kiosk.calls.call import MAX_OPEN, Call, CallError
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.model import Text

pytestmark = needs_mosquitto
DIRECTOR = Text("관장실", "Director's office")


def kiosk(broker, outbox, changes) -> KioskAlerts:
    return KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=1), outbox,
                       on_change=changes)


def seen_by_one_console(k: KioskAlerts, kc: Changes) -> None:
    kc.until(lambda: k.connected and k.consoles_online == 1, what="the kiosk sees the console")


def test_an_own_call_beside_an_earlier_one_lives_its_own_life(broker, store, started):
    kc, cc, outbox = Changes(), Changes(), CallOutbox(store)
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    k = started(kiosk(broker, outbox, kc))
    seen_by_one_console(k, kc)
    earlier = k.call()
    cc.until(lambda: earlier.key in c.calls, what="the console sees the earlier call")
    c.acknowledge(earlier.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="the earlier call answered")

    own = k.call("mobility", DIRECTOR, own=True)
    assert own.id != earlier.id and k.open_call.id == own.id
    assert k.call("hearing").id == own.id  # a later tap: the newer call, not the earlier
    assert [(c_.id, c_.need) for c_ in k.open_calls] == [(earlier.id, ""), (own.id, "hearing")]
    cc.until(lambda: own.key in c.calls and c.calls[own.key].need == "hearing"
             and c.calls[own.key].destination == DIRECTOR, what="the console sees the own call")
    kc.until(lambda: k.open_call.received, what="the console's receipt of the own call")

    # Two heartbeats that leave a call out make the console forget it: a phantom published
    # with the kiosk's account goes, both real calls stay (every heartbeat lists them).
    phantom = Call.raise_new("lobby", "1F", 1_700_000_000.0)
    k.publish(proto.call_topic("lobby", phantom.id), proto.call_payload(phantom))
    cc.until(lambda: phantom.key in c.calls, what="the phantom shown")
    cc.until(lambda: phantom.key not in c.calls, what="the phantom forgotten", timeout=20)
    assert {earlier.key, own.key} <= set(c.calls)

    # A restart resumes both from the outbox.
    k.stop()
    k = started(kiosk(broker, outbox, kc))
    assert [c_.id for c_ in k.open_calls] == [earlier.id, own.id]
    seen_by_one_console(k, kc)

    # Each answer goes to its call: the earlier one resolved, the own one still waits.
    c.resolve(earlier.key)
    kc.until(lambda: [c_.id for c_ in k.open_calls] == [own.id], what="earlier resolved")
    assert k.open_call.state in ("raised", "delivered")
    c.acknowledge(own.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="the own call answered")
    assert k.open_call.id == own.id and k.open_call.attendant == "Kim"


def test_a_refusal_beside_an_open_call_is_recorded(broker, store):
    """A new visitor whose own request could not go is counted, an earlier call open or not."""
    outbox = CallOutbox(store)
    k = kiosk(broker, outbox, None)
    k.call()
    refused = k.refuse("no_console", "mobility", DIRECTOR)
    assert refused.reason == "no_console" and refused.state == "refused"
    # Which taps are one visitor is the screens' to say (once a visit, CallService): each
    # refusal handed here is recorded, the next visitor's however soon they come.
    again = k.refuse("no_console")
    assert again.id != refused.id and again.reason == "no_console"


def test_a_kiosk_keeps_at_most_max_open_calls(broker, store):
    """An earlier visitor's call and a new visitor's own: a third request beside them (each
    "start over" makes the last call an earlier one) is refused, not a call more to ring the
    desk, and the open calls stay as they were, in the outbox too."""
    outbox = CallOutbox(store)
    k = kiosk(broker, outbox, None)
    calls = [k.call()] + [k.call("mobility", DIRECTOR, own=True) for _ in range(MAX_OPEN - 1)]
    assert MAX_OPEN == 2 and [c.id for c in k.open_calls] == [c.id for c in calls]
    for _ in range(10):
        with pytest.raises(CallError, match="at most 2"):
            k.call("hearing", own=True)
    assert k.open_calls == calls
    assert {c.id for c in outbox.open_calls_of("lobby")} == {c.id for c in calls}
    assert k.call("hearing").id == calls[-1].id  # a plain request still goes to the last


def test_cancel_and_refine_act_on_the_call_they_name(broker, store, started):
    """Each visitor's dialog changes its own call, named by id: the earlier visitor's call
    gets the need and the cancel meant for it, and the newer call, raised last, stays as it
    was; the desk sees exactly that."""
    kc, cc, outbox = Changes(), Changes(), CallOutbox(store)
    c = started(ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc))
    k = started(kiosk(broker, outbox, kc))
    seen_by_one_console(k, kc)
    earlier = k.call()
    own = k.call("mobility", DIRECTOR, own=True)
    cc.until(lambda: {earlier.key, own.key} <= set(c.calls), what="the desk sees both calls")

    assert k.refine(earlier.id, "hearing").id == earlier.id
    assert [(c_.id, c_.need) for c_ in k.open_calls] == [(earlier.id, "hearing"),
                                                          (own.id, "mobility")]
    cc.until(lambda: c.calls[earlier.key].need == "hearing", what="the earlier call's need")
    assert k.cancel(earlier.id).state == "cancelled"
    assert [c_.id for c_ in k.open_calls] == [own.id]
    cc.until(lambda: earlier.key not in c.calls or not c.calls[earlier.key].is_open,
             what="the desk sees the earlier call cancelled")
    assert c.calls[own.key].is_open and c.calls[own.key].need == "mobility"
    assert outbox.get(own.id).is_open and outbox.get(own.id).need == "mobility"
    # A call closed meanwhile is not one to change: nothing else is.
    assert k.cancel(earlier.id) is None and k.refine(earlier.id, "other") is None
    assert [(c_.id, c_.need) for c_ in k.open_calls] == [(own.id, "mobility")]
