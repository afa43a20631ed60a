"""A message larger than receivers take is never handed to paho.

A broker drops the connection of a client that sends a packet over its `max_packet_size`
(the kiosk's own: 131072), and paho sends an unacknowledged QoS 1 message again after each
reconnect: one oversize message would make a kiosk or console reconnect every second for
ever, with nothing after it getting through. Every device refuses a payload over
wire_check.MAX_PAYLOAD (64 KiB) anyway, so none larger is sent: it is refused and logged."""
from __future__ import annotations

import logging

import pytest
from alert_support import kiosk_and_desk, needs_mosquitto, settings_for

from kiosk.calls import protocol as proto
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.wire_check import MAX_PAYLOAD

pytestmark = needs_mosquitto


def lost(caplog, who: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.getMessage().startswith(who) and "lost the alert broker" in r.getMessage()]


@pytest.mark.parametrize("size", [MAX_PAYLOAD + 1, 200 * 1024])
def test_an_oversize_message_is_refused_and_the_link_stays(broker, store, started, caplog,
                                                           size):
    caplog.set_level(logging.INFO)
    k, c, kc, cc = kiosk_and_desk(broker, started, CallOutbox(store))
    info = k.publish(proto.call_topic("lobby", "0" * 32), b"x" * size, retain=True)
    with pytest.raises(RuntimeError):
        info.wait_for_publish(timeout=5)  # refused at once, never sent
    call = k.call()  # what comes next still gets through
    cc.until(lambda: call.key in c.calls, timeout=20, what="the console sees the next call")
    c.acknowledge(call.key)
    kc.until(lambda: k.open_call.state == "acknowledged", timeout=20, what="the answer")
    assert not lost(caplog, "kiosk lobby") and not lost(caplog, "console desk1")
    assert any(r.levelno == logging.ERROR and "too large" in r.getMessage()
               for r in caplog.records)


def test_stopping_waits_for_what_follows_a_refused_message(broker, store, monkeypatch):
    """stop() sends what is still unsent (a cancel just before shutdown) and waits for each:
    a refused oversize message among them must not end the wait for the rest."""
    k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store))
    refused = k.publish(proto.call_topic("lobby", "0" * 32), b"x" * (MAX_PAYLOAD + 1))
    waited = []

    class Sent:  # the info of a message paho took, as stop() waits on it
        def wait_for_publish(self, timeout):
            waited.append(timeout)

    monkeypatch.setattr(k, "_publish_due", lambda: [refused, Sent()])
    k.stop()
    assert len(waited) == 1
