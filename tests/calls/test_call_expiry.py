"""A call unchanged for EXPIRE_AFTER seconds is closed by its kiosk: cancelled after an
"expired" event, in its records and on the wire, so the next tap raises a fresh call."""
from __future__ import annotations

from alert_support import Changes, kiosk_and_desk, needs_mosquitto, settings_for

from kiosk.calls.call import EXPIRE_AFTER, Call
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox


def test_expiry_counts_from_the_last_change_not_from_the_raise():
    call = Call.raise_new("lobby", "1F", 1000.0).advance("acknowledged", 1000.0 + 600, "Kim")
    assert not call.due_to_expire(1000.0 + EXPIRE_AFTER)  # answered 10 min after
    assert call.expire(1000.0 + EXPIRE_AFTER) is call
    late = 1000.0 + 600 + EXPIRE_AFTER
    closed = call.expire(late)
    assert closed.state == "cancelled" and closed.events[-2:] == (("expired", late),
                                                                  ("cancelled", late))
    assert Call.from_record(closed.to_record()) == closed  # the records read it back
    assert closed.expire(late + 1) is closed  # closed calls stay as they are


@needs_mosquitto
def test_the_kiosk_closes_a_stale_call_and_consoles_see_why(broker, store, started):
    now = [10_000.0]
    outbox = CallOutbox(store)
    k, c, kc, cc = kiosk_and_desk(broker, started, outbox, clock=lambda: now[0])
    first = k.call()
    cc.until(lambda: first.key in c.calls, what="console sees the call")
    c.acknowledge(first.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="acknowledged")
    now[0] += EXPIRE_AFTER - 1
    assert not k.check_escalation() and k.open_call is not None  # not yet
    now[0] += 1
    assert k.check_escalation()
    assert k.open_call is None
    told = k.closed_call(first.id)  # what the screen reads to tell its visitor how it ended
    assert told is not None and "expired" in [e for e, _ in told.events]
    record = outbox.get(first.id)
    assert record.state == "cancelled" and [e for e, _ in record.events][-2:] == [
        "expired", "cancelled"]
    seen = cc.until(lambda: c.calls[first.key].state == "cancelled" and c.calls[first.key],
                    what="the console sees the call closed")
    assert "expired" in [e for e, _ in seen.events]
    assert k.call().id != first.id  # the next tap: a fresh call


@needs_mosquitto
def test_a_stopped_kiosk_changes_no_call(broker, store, started):
    """The screen's one-second tick may still ask a transport that stopped (the kiosk shutting
    down, its store closing): nothing is escalated or expired, nothing written."""
    now = [10_000.0]
    kc = Changes()
    outbox = CallOutbox(store)
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), outbox,
                            clock=lambda: now[0], on_change=kc))
    kc.until(lambda: k.connected, what="kiosk connected")
    call = k.call()
    k.stop()
    now[0] += EXPIRE_AFTER + 60
    assert not k.check_escalation()
    assert outbox.get(call.id) == k.open_call == call
