"""MemoryAlerts (the tour's desk and the screens' tests' transport) keeps KioskAlerts' rules:
the same taps, in any order, leave the same open calls (need, destination, state, which is
raised last), close the same ones and refuse the same ones. KioskAlerts is not started: what
a visitor's taps do to its calls happens before anything goes to a broker."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import NEEDS as CALL_NEEDS
from kiosk.calls.call import CallError
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.memory_alerts import MemoryAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.model import EMPTY, Text
from kiosk.directory.store import Store

NEEDS = ("", *CALL_NEEDS)
PLACES = (EMPTY, Text("관장실", "Director's office"), Text("수유실", "Nursing room"))

tap = st.one_of(
    st.tuples(st.just("call"), st.sampled_from(NEEDS), st.sampled_from(PLACES), st.booleans()),
    st.tuples(st.just("refine"), st.integers(0, 5), st.sampled_from(NEEDS[1:])),
    st.tuples(st.just("cancel"), st.integers(0, 5)),
    st.tuples(st.just("wait"), st.sampled_from((1.0, 30.0, 200.0, 900.0))),
)


def shape(call):
    return None if call is None else (call.need, call.destination, call.state, call.escalated)


def play(alerts, taps, clock, raised):
    """Each tap on `alerts`; what each returned, by shape. `raised` lists the ids of the
    calls it made, so a refine or cancel names the same call on both sides by its index."""
    out = []
    for t in taps:
        if t[0] == "call":
            try:
                call = alerts.call(t[1], t[2], own=t[3])
            except CallError:
                out.append("full")
                continue
            if call.id not in raised:
                raised.append(call.id)
            out.append(shape(call))
        elif t[0] in ("refine", "cancel"):
            call_id = raised[t[1]] if t[1] < len(raised) else "no-such-call"
            result = (alerts.refine(call_id, t[2]) if t[0] == "refine"
                      else alerts.cancel(call_id))
            out.append(shape(result))
        else:
            clock[0] += t[1]
            alerts.check_escalation()
            out.append([shape(c) for c in alerts.open_calls])
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(tap, max_size=14))
def test_the_same_taps_leave_the_same_calls(tmp_path_factory, taps):
    folder = tmp_path_factory.mktemp("kiosk")
    clock_m, clock_k = [1_700_000_000.0], [1_700_000_000.0]
    memory = MemoryAlerts("lobby", "1F", clock=lambda: clock_m[0])
    with Store(folder) as store:
        real = KioskAlerts("lobby", "1F", BrokerSettings(port=1), CallOutbox(store),
                           clock=lambda: clock_k[0])
        ids_m, ids_k = [], []
        assert play(memory, taps, clock_m, ids_m) == play(real, taps, clock_k, ids_k)
        assert [shape(c) for c in memory.open_calls] == [shape(c) for c in real.open_calls]
        assert shape(memory.open_call) == shape(real.open_call)
        for mine, theirs in zip(ids_m, ids_k):
            assert shape(memory.closed_call(mine)) == shape(real.closed_call(theirs))
