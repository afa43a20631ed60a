"""Presence by heartbeat: a peer that stops repeating its presence goes offline after 1.5 x its
own interval, even when no Last Will ever comes (it died while the broker was down)."""
from __future__ import annotations

import os
import signal
import time

import pytest
from alert_support import Changes, free_port, needs_mosquitto, settings_for

from kiosk.calls import protocol as proto
from kiosk.calls.broker import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence import Presence
from kiosk.directory.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_heartbeat_goes_stale_after_one_and_a_half_intervals():
    clock = Clock()
    p = Presence(clock)
    assert p.heard("lobby", True, 10) is True
    assert p.online() == {"lobby": True} and p.next_expiry() == 15
    clock.now += 15
    assert p.online() == {"lobby": True} and p.refresh() is False
    clock.now += 0.01
    assert p.online() == {"lobby": False} and p.count() == 0
    assert p.refresh() is True and p.refresh() is False  # said once
    assert p.next_expiry() is None  # nobody online to watch
    assert p.heard("lobby", True, 10) is True  # back


def test_losing_our_own_link_shows_every_peer_offline_until_heard_again():
    clock = Clock()
    p = Presence(clock)
    p.heard("lobby", True, 10)
    p.heard("old-console", True, 0)
    assert p.lost() is True
    assert p.online() == {"lobby": False, "old-console": False} and p.next_expiry() is None
    assert p.lost() is False  # said once
    assert p.heard("lobby", True, 10) is True and p.online()["lobby"] is True


def test_a_link_that_cannot_reach_its_broker_waits_instead_of_spinning():
    """While unconnected no heartbeat is due; the heartbeat thread must sleep, not burn a core
    (it once looked again at once, forever, taking the GIL from the kiosk's screen)."""
    looks = []
    c = ConsoleAlerts("desk", "Kim", BrokerSettings(port=free_port(), username="desk",
                                                    password="x", keepalive=2))
    c._presence_stale = lambda: looks.append(1) or False
    c.start()
    try:
        time.sleep(1.5)
        assert not c.connected
        assert len(looks) <= 5  # one look a second; spinning made hundreds of thousands
    finally:
        c.stop()


def test_without_heartbeats_only_messages_count():
    clock = Clock()
    p = Presence(clock)
    p.heard("old-console", True, 0)  # an older sender: trusts its retained state and Will
    clock.now += 1e6
    assert p.online() == {"old-console": True} and p.next_expiry() is None
    assert p.heard("old-console", False, 0) is True and p.count() == 0


def test_presence_payload_carries_the_interval():
    topic = proto.presence_topic("kiosk", "lobby")
    raw = proto.presence_payload("kiosk", "lobby", True, "", 10)
    assert proto.parse_presence(topic, raw) == ("kiosk", "lobby", True, 10.0)
    assert proto.parse_presence(topic, b"") == ("kiosk", "lobby", False, 0.0)
    with pytest.raises(proto.ProtocolError, match="every"):
        proto.parse_presence(topic, b'{"schema": 1, "role": "kiosk", "id": "lobby", '
                                    b'"status": "online", "every": "soon"}')


@needs_mosquitto
def test_kiosk_that_died_while_the_broker_was_down_shows_offline(broker, alert_dir):
    """The restarted broker restores the kiosk's retained "online" and never sends its Will;
    the missing heartbeats tell the console."""
    changes = Changes()
    with Store(alert_dir / "kiosk") as store:
        k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby", keepalive=2),
                        CallOutbox(store))
        c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1", keepalive=2),
                          on_change=changes)
        k.start()
        c.start()
        try:
            changes.until(lambda: c.kiosks.get("lobby"), what="the kiosk online")
            old_pid = broker.pid
            os.kill(old_pid, signal.SIGKILL)
            k._stopping.set()  # the kiosk dies with it: no goodbye, no reconnect
            k._client.loop_stop()
            changes.until(lambda: not c.connected, what="the console losing the broker")
            assert c.kiosks == {"lobby": False}  # nothing can be heard without a broker
            changes.until(lambda: c.connected and broker.pid != old_pid, timeout=10,
                          what="the broker back and the console reconnected")
            back = time.monotonic()
            changes.until(lambda: c.kiosks.get("lobby") is True,  # restored retained state
                          what="the kiosk's retained presence after resubscribing")
            changes.until(lambda: c.kiosks.get("lobby") is False, timeout=6,
                          what="the missing heartbeats")
            assert time.monotonic() - back <= 1.5 * 2 + 0.5
        finally:
            c.stop()
            k._client.disconnect()
