"""Which console said each answer is recorded (Call.answered_by, from the answer's topic):
two consoles acknowledging at once, then the one that lost saying it arrived."""
from __future__ import annotations

from alert_support import Changes, needs_mosquitto, settings_for

from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.report import month_report, format_csv, format_text


def test_an_older_record_without_answered_by_is_still_read():
    call = Call.raise_new("lobby", "1F", 1000.0).advance("acknowledged", 1001.0, "Kim")
    record = call.to_record()
    del record["answered_by"]
    assert Call.from_record(record).answered_by == ()


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
    c4c.until(lambda: call.id in d4.calls, what="desk8 sees the call")
    c5c.until(lambda: call.id in d5.calls, what="desk9 sees the call")
    d5.acknowledge(call.id)
    kc.until(lambda: k.open_call.state == "acknowledged", what="desk9's answer applied")
    d4.acknowledge(call.id)  # too late: the call is acknowledged already; not recorded
    d4.arrived(call.id)  # a colleague went instead
    got = kc.until(lambda: k.open_call.state == "arrived" and k.open_call, what="arrived")
    assert got.attendant == "박민수"  # the visitor is told who actually arrived
    d4.resolve(call.id)
    kc.until(lambda: k.open_call is None, what="resolved")
    record = outbox.get(call.id)
    assert record.answered_by == (("acknowledged", "desk9"), ("arrived", "desk8"),
                                  ("resolved", "desk8"))
    seen = c5c.until(lambda: d5.calls[call.id].state == "resolved" and d5.calls[call.id],
                     what="the consoles see the record")
    assert seen.answered_by == record.answered_by
