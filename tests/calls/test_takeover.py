"""A login with a kiosk's password: the broker hands the kiosk's session to the newcomer
(one connection per client id, and the client id is the account's name), drops the kiosk
and publishes its Last Will; the kiosk is back a fraction of a second later. The kiosk
cannot stop the broker from doing it; what it can do is say what most likely happened,
once, keep its log bounded however often it happens, and not have the desks tell anyone
it is offline for a takeover shorter than its reconnect."""
from __future__ import annotations

import logging

from alert_support import Changes, needs_mosquitto, settings_for, until
from intruder import Intruder
from test_forged_state import forgeries, intrude

from kiosk.calls import link
from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.refusals import PER_MINUTE, Refusals

pytestmark = needs_mosquitto
LOGINS = 20


def link_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "kiosk.calls.link" and "kiosk lobby" in r.getMessage()]


def test_logins_with_the_kiosk_s_password_are_said_once_bounded_and_not_shown_offline(
        broker, store, started, caplog):
    caplog.set_level(logging.INFO)
    kc, cc = Changes(), Changes()
    k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                    on_change=kc)
    clock = [0.0]
    k.refusals = k.lines.refusals = Refusals(logging.getLogger(link.__name__),
                                             clock=lambda: clock[0])
    seen_offline = []

    def console_changed():
        if c.kiosks.get("lobby") is False:
            seen_offline.append(True)
        cc()

    c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=console_changed)
    started(k)
    started(c)
    kc.until(lambda: k.listening, what="the kiosk connected")
    cc.until(lambda: c.kiosks.get("lobby"), what="the desk sees the kiosk online")
    call = k.call("mobility")
    seen_offline.clear()
    before = len(link_lines(caplog))
    connects = k._client  # the kiosk's own connection, taken over and taken back each time
    for _ in range(LOGINS):
        intruder = Intruder(broker.port, broker.credentials("lobby"), "lobby")
        kc.until(lambda: not k.connected, what="the kiosk dropped by the broker")
        kc.until(lambda: k.listening, timeout=20, what="the kiosk back")
        intruder.close()
    assert k._client is connects
    lines = link_lines(caplog)[before:]
    assert len(lines) <= PER_MINUTE  # 20 logins wrote 40 lines
    assert any("another client logged in as this kiosk" in line for line in lines)
    # the logins spent the connection lines' minute, not the line of a forged state
    intrude(broker, proto.call_topic("lobby", call.id),
            proto.call_payload(call.advance("resolved", call.events[-1][1] + 1)))
    until(lambda: any(call.id in r.getMessage() for r in forgeries(caplog)), timeout=20,
          what="the forged state's line")
    kc.until(lambda: k.listening, timeout=20, what="the kiosk back")
    clock[0] = 60.0
    k.refusals.flush()
    summary = caplog.records[-1].getMessage()
    assert summary.startswith("… ") and summary.endswith(
        " more connection lines from lobby in 60 s")
    # the desk never said the kiosk was offline: each takeover was shorter than the grace
    cc.until(lambda: c.kiosks.get("lobby"), what="online")
    assert not seen_offline
