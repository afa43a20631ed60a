"""What an account sends that is accepted but changes nothing is logged within the same ten
lines a minute as what is refused (calls/refusals.py): a console repeating "acknowledged" for
an answered call at the broker's speed wrote a line each and could rotate the kiosk's log and
its backups away in seconds."""
from __future__ import annotations

import logging
import time

from alert_support import Changes, needs_mosquitto, settings_for

from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.refusals import PER_MINUTE

REPEATS = 200


@needs_mosquitto
def test_repeated_answers_write_ten_lines_not_two_hundred(broker, store, started, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.calls")
    kc, dc = Changes(), Changes()
    k = started(KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                            on_change=kc))
    d = started(ConsoleAlerts("desk1", "박민수", settings_for(broker, "desk1"), on_change=dc))
    kc.until(lambda: k.listening and k.consoles_online == 1, what="the kiosk sees the desk")
    call = k.call()
    dc.until(lambda: call.key in d.calls, what="the desk sees the call")
    d.acknowledge(call.key)
    kc.until(lambda: k.open_call.state == "acknowledged", what="the answer applied")
    payload = proto.ack_payload(call, "acknowledged", "박민수", "desk1", time.time())
    for _ in range(REPEATS):  # the same answer again and again, with the desk's own account
        d.publish(proto.ack_topic("lobby", "desk1", call.id), payload)
    d.arrived(call.key)  # sent after the repeats: once applied, they have all been read
    kc.until(lambda: k.open_call.state == "arrived", timeout=20, what="the arrival applied")
    ignored = [r for r in caplog.records if "ignored" in r.getMessage()]
    assert 1 <= len(ignored) <= PER_MINUTE
