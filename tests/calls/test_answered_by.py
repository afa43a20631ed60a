"""Which console said each answer is recorded (Call.answered_by, from the answer's topic):
two consoles acknowledging at once, then the one that lost saying it arrived."""
from __future__ import annotations

import json

import pytest
from alert_support import Changes, needs_mosquitto, settings_for
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call, CallError
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.report import month_report, format_csv, format_text


def test_an_older_record_without_answered_by_is_still_read():
    call = Call.raise_new("lobby", "1F", 1000.0).advance("acknowledged", 1001.0, "Kim")
    record = call.to_record()
    del record["answered_by"]
    assert Call.from_record(record).answered_by == ()


ANSWER = st.sampled_from(["acknowledged", "arrived", "resolved", "raised", "cancelled", ""])
CONSOLE = st.one_of(st.sampled_from(["desk-1", "desk.2", "a/b", "de sk", "", "d" * 65]),
                    st.text(max_size=8), st.integers())
PAIRS = st.lists(st.one_of(st.tuples(ANSWER, CONSOLE).map(list), st.just(["arrived"]),
                           st.just("desk-1")), max_size=3)


def accepted(read) -> bool:
    try:
        read()
    except (CallError, proto.ProtocolError):
        return False
    return True


@given(PAIRS)
def test_answered_by_has_one_rule_for_the_store_and_the_wire(answers):
    """The kiosk's store and a console reading a call's state took answered_by by two rules:
    a console id with a space or a slash passed the store's, a "raised" answer the wire's."""
    record = {**Call.raise_new("lobby", "1F", 1000.0).to_record(), "answered_by": answers}
    topic = proto.call_topic("lobby", record["id"])
    from_store = accepted(lambda: Call.from_record(record))
    assert from_store == accepted(lambda: proto.parse_call(topic, json.dumps(record).encode()))
    ids_ok = all(isinstance(a, list) and len(a) == 2 and isinstance(a[1], str)
                 and 1 <= len(a[1]) <= 64 and "/" not in a[1] and " " not in a[1]
                 and a[0] in ("acknowledged", "arrived", "resolved") for a in answers)
    if not ids_ok:
        assert not from_store


def test_a_console_id_with_a_slash_is_not_read_from_the_store():
    record = {**Call.raise_new("lobby", "1F", 1000.0).to_record(),
              "answered_by": [["acknowledged", "a/b"]]}
    with pytest.raises(CallError, match="answered_by must be"):
        Call.from_record(record)


def test_the_report_has_a_row_per_console_that_answered_first():
    raised = 1_764_547_200.0  # 2025-12-01 00:00 UTC
    call = (Call.raise_new("lobby", "1F", raised)
            .advance("acknowledged", raised + 5, "최유리", "desk9")
            .advance("arrived", raised + 60, "박민수", "desk8"))
    report = month_report([call], "2025-12")
    assert list(report.by_console) == ["desk9"]
    assert "console,desk9,1" in format_csv(report)
    assert "desk9" in format_text(report, "en")


@needs_mosquitto
def test_every_answer_records_its_console(broker, store, started):
    kc, c4c, c5c = Changes(), Changes(), Changes()
    outbox = CallOutbox(store)
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), outbox,
                            on_change=kc))
    d4 = started(ConsoleAlerts("desk8", "박민수", settings_for(broker, "desk8"),
                               on_change=c4c))
    d5 = started(ConsoleAlerts("desk9", "최유리", settings_for(broker, "desk9"),
                               on_change=c5c))
    kc.until(lambda: k.connected and k.consoles_online == 2, what="kiosk sees both")
    call = k.call()
    c4c.until(lambda: call.key in d4.calls, what="desk8 sees the call")
    c5c.until(lambda: call.key in d5.calls, what="desk9 sees the call")
    d5.acknowledge(call.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="desk9's answer applied")
    d4.acknowledge(call.key)  # too late: the call is acknowledged already; not recorded
    d4.arrived(call.key)  # a colleague went instead
    got = kc.until(lambda: k.open_call.state == "arrived" and k.open_call, what="arrived")
    assert got.attendant == "박민수"  # the visitor is told who actually arrived
    d4.resolve(call.key)
    kc.until(lambda: k.open_call is None, what="resolved")
    record = outbox.get(call.id)
    assert record.answered_by == (("acknowledged", "desk9"), ("arrived", "desk8"),
                                  ("resolved", "desk8"))
    seen = c5c.until(lambda: d5.calls[call.key].state == "resolved" and d5.calls[call.key],
                     what="the consoles see the record")
    assert seen.answered_by == record.answered_by
