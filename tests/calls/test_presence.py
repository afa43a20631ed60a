"""Presence by heartbeat: a peer that stops repeating its presence goes offline after 1.5 x its
own interval, even when no Last Will ever comes (it died while the broker was down)."""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from hypothesis import given
from hypothesis import strategies as st
from alert_support import Changes, free_port, needs_mosquitto, settings_for, until
from kill_support import start_child

from kiosk.calls import protocol as proto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence import STALE_FACTOR, Presence
from kiosk.calls.presence_message import Place, parse_presence, presence_payload
from kiosk.directory.model import Text
from kiosk.directory.store import Store

CHILD = Path(__file__).with_name("link_child.py")


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
    raw = presence_payload("kiosk", "lobby", True, "", 10)
    said, cleared = parse_presence(topic, raw), parse_presence(topic, b"")
    assert (said.role, said.ident, said.online, said.every) == ("kiosk", "lobby", True, 10.0)
    assert (cleared.role, cleared.ident, cleared.online, cleared.every) == (
        "kiosk", "lobby", False, 0.0)
    with pytest.raises(proto.ProtocolError, match="every"):
        parse_presence(topic, b'{"schema": 1, "role": "kiosk", "id": "lobby", '
                                    b'"status": "online", "every": "soon"}')


def test_a_copy_of_a_heartbeat_already_heard_is_no_news():
    """A retained presence comes again on resubscribing, and a restarted broker restores the
    one it saved: the same beat, which says nothing about now."""
    clock = Clock()
    p = Presence(clock)
    assert p.heard("lobby", True, 10, ("run1", 7)) is True
    clock.now += 16
    assert p.online() == {"lobby": False}  # frozen: no beat since
    assert p.refresh() is True
    assert p.heard("lobby", True, 10, ("run1", 7)) is False  # the broker's copy
    assert p.heard("lobby", True, 10, ("run1", 3)) is False  # an older one, saved earlier
    assert p.online() == {"lobby": False} and p.next_expiry() is None
    assert p.heard("lobby", True, 10, ("run1", 8)) is True  # it beat again: back
    assert p.next_expiry() == 15


def test_after_our_own_link_dropped_the_latest_beat_shows_what_it_said():
    clock = Clock()
    p = Presence(clock)
    p.heard("lobby", True, 10, ("run1", 7))
    p.heard("desk", True, 10, ("run2", 4))
    assert p.lost() is True and p.count() == 0
    clock.now += 5
    # Resubscribed: the latest beat again, 5 s old, still within 15 s; but a restarted
    # broker's older copy (its database lagged) shows nothing until the next beat.
    assert p.heard("lobby", True, 10, ("run1", 7)) is True
    assert p.heard("desk", True, 10, ("run2", 3)) is False
    assert p.online() == {"lobby": True, "desk": False}
    assert p.next_expiry() == 10  # the first copy's age counts: 15 - 5


def test_a_will_is_not_undone_by_a_copy_of_the_beat_before_it():
    clock = Clock()
    p = Presence(clock)
    p.heard("lobby", True, 10, ("run1", 7))
    assert p.heard("lobby", False, 0) is True  # its Last Will
    assert p.heard("lobby", True, 10, ("run1", 7)) is False  # a restarted broker's copy
    assert p.count() == 0


def test_a_restarted_peer_counts_from_one_in_a_new_session():
    clock = Clock()
    p = Presence(clock)
    p.heard("lobby", True, 10, ("run1", 500))
    clock.now += 20
    assert p.refresh() is True and p.count() == 0
    assert p.heard("lobby", True, 10, ("run2", 1)) is True  # restarted: a new run
    clock.now += 20
    assert p.refresh() is True
    assert p.heard("lobby", True, 10, ("run1", 500)) is False  # the old run's copy
    assert p.count() == 0
    for run in range(20):  # a peer restarting often: what is remembered stays bounded
        p.heard("lobby", True, 10, (f"r{run}", 1))
    assert p.heard("lobby", True, 10, ("r19", 1)) is False and p.count() == 1


STEPS = st.lists(st.one_of(
    st.tuples(st.just("heard"), st.booleans(), st.sampled_from(["a", "b", None]),
              st.integers(1, 6)),
    st.tuples(st.just("lost")), st.tuples(st.just("wait"), st.floats(0, 20))), max_size=40)


@given(STEPS)
def test_only_news_shows_a_peer_online(steps):
    """Whatever copies, reorderings and link losses come: a peer is shown online only while
    the last news of it (an offline, an unnumbered presence, or a beat higher than any heard
    of its session) said online and is younger than 1.5 x every; and news of "online" shows
    it at once."""
    clock = Clock()
    p = Presence(clock)
    highest: dict[str, int] = {}
    news = None  # (online, when) of the last message that was news
    for step in steps:
        if step[0] == "wait":
            clock.now += step[1]
        elif step[0] == "lost":
            p.lost()
        else:
            _, online, session, n = step
            beat = None if session is None else (session, n)
            is_news = not online or beat is None or n > highest.get(session, 0)
            if beat is not None:
                highest[session] = max(highest.get(session, 0), n)
            p.heard("lobby", online, 10 if online else 0, beat)
            if is_news:
                news = (online, clock.now)
                assert p.online()["lobby"] is online
        if p.online().get("lobby"):
            assert news is not None and news[0] and clock.now - news[1] <= STALE_FACTOR * 10


def test_the_heartbeat_number_on_the_wire():
    topic = proto.presence_topic("console", "desk")
    raw = presence_payload("console", "desk", True, "Kim", 10, beat=("9f2c01ab", 42))
    assert json.loads(raw)["session"] == "9f2c01ab" and json.loads(raw)["beat"] == 42
    said = parse_presence(topic, raw)
    assert (said.role, said.ident, said.online, said.every) == ("console", "desk", True, 10.0)
    assert said.beat == ("9f2c01ab", 42)
    assert said.ages is None and said.place is None  # a console's says nothing of calls
    will = presence_payload("console", "desk", False)
    assert parse_presence(topic, will).beat is None  # a Will
    assert parse_presence(topic, b"").beat is None
    body = {"schema": 1, "role": "console", "id": "desk", "status": "online", "name": "Kim",
            "every": 10}
    assert parse_presence(topic, json.dumps(
        {**body, "beat": 3.0, "session": "a"}).encode()).beat == ("a", 3)
    for bad, says in (({"beat": 1}, "session"), ({"session": "abc"}, "'beat' is missing"),
                      ({"session": "a/b", "beat": 1}, "session"),
                      ({"session": "x" * 65, "beat": 1}, "session"),
                      ({"session": 7, "beat": 1}, "session"),
                      ({"session": "a", "beat": 0}, "whole number from 1"),
                      ({"session": "a", "beat": 1.5}, "whole number from 1"),
                      ({"session": "a", "beat": -1}, "at least 0"),
                      ({"session": "a", "beat": True}, "must be a number"),
                      ({"session": "a", "beat": "7"}, "must be a number"),
                      ({"session": "a", "beat": 2 ** 60}, "'beat' is too large: at most")):
        with pytest.raises(proto.ProtocolError, match=re.escape(says)):
            parse_presence(topic, json.dumps({**body, **bad}).encode())


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
            # Its restored "online" is the beat heard before: it counts from then, and
            # no beat comes after it.
            changes.until(lambda: c.kiosks.get("lobby") is False and
                          c._presence["kiosk"].next_expiry() is None, timeout=6,
                          what="the missing heartbeats")
        finally:
            c.stop()
            k._client.disconnect()


def stopped(pid: int) -> bool:
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "T"


@needs_mosquitto
@pytest.mark.parametrize("role", ["kiosk", "console"])
def test_a_frozen_peer_is_not_shown_online_again_by_a_restarted_broker(role, broker, alert_dir,
                                                                      started):
    """A kiosk (seen by a console) or a console (seen by a kiosk) is frozen (SIGSTOP), and
    the broker with it, so no Will replaces its retained "online" in the broker's database.
    Once its heartbeat is stale the broker restarts and restores that "online": an old beat,
    so the peer stays offline until it beats again."""
    changes = Changes()
    frozen, probe = ("lobby", "lobby-2") if role == "kiosk" else ("frozen-desk", "desk2")
    with contextlib.ExitStack() as stack:
        def link(ident, kind):
            settings = settings_for(broker, ident, keepalive=2)
            if kind == "kiosk":
                store = stack.enter_context(Store(alert_dir / ident))
                return KioskAlerts(ident, "1F", settings, CallOutbox(store), on_change=changes)
            return ConsoleAlerts(ident, "Kim", settings, on_change=changes)

        watcher = started(link("desk1", "console") if role == "kiosk" else link("lobby", "kiosk"))

        def shown(ident):
            if role == "kiosk":
                return watcher.kiosks.get(ident, False)
            return ident in watcher.online_consoles

        user, password = broker.credentials(frozen)
        child = start_child(CHILD, role, frozen, broker.port, user, password, 2,
                            alert_dir / "child", ready="ready", timeout=30)
        stack.callback(child.communicate)
        stack.callback(child.kill)  # first
        changes.until(lambda: shown(frozen), what=f"the {role} online")
        time.sleep(2.5)  # a beat more, which the broker has saved in its database by then
        os.kill(child.pid, signal.SIGSTOP)
        os.kill(broker.pid, signal.SIGSTOP)
        until(lambda: stopped(child.pid) and stopped(broker.pid), what="both stopped")
        changes.until(lambda: not shown(frozen), timeout=10, what="its heartbeat stale")
        time.sleep(STALE_FACTOR * 2)  # its last beat stale for sure, not only our link lost
        old = broker.pid
        os.kill(old, signal.SIGKILL)  # restarted by its supervisor, from its database
        changes.until(lambda: not watcher.connected, what="the watcher losing the broker")
        changes.until(lambda: broker.pid != old and watcher.listening, timeout=15,
                      what="the broker back and the watcher subscribed again")
        # The broker sent the watcher the retained presences on subscribing; the probe's
        # comes after them on the same connection, so once it is shown they were all read.
        started(link(probe, role))
        changes.until(lambda: shown(probe), what="the probe's presence")
        assert not shown(frozen)  # its restored "online" is a beat heard before
        os.kill(child.pid, signal.SIGCONT)
        changes.until(lambda: shown(frozen), timeout=20, what="its heartbeat, once thawed")


def test_a_kiosk_s_presence_is_parsed_once_into_one_value(monkeypatch):
    """A console read a kiosk's presence six times (its state, place, ages, listed calls,
    states and beat), each a JSON parse of up to 64 KB from outside."""
    loads = []
    real = proto.wire.load
    monkeypatch.setattr(proto.wire, "load", lambda raw: loads.append(raw) or real(raw))
    console = ConsoleAlerts("desk", "Kim", BrokerSettings(username="desk"))
    call_id = "a" * 32
    msg = mqtt.MQTTMessage(topic=proto.presence_topic("kiosk", "lobby").encode())
    msg.payload = presence_payload(
        "kiosk", "lobby", True, "", 10, Place(Text("로비", "Lobby"), Text("1층", "1F")),
        ages={call_id: 7.0}, beat=("s", 1), states={call_id: "raised"})
    console._message(msg)
    assert len(loads) == 1
    assert console.kiosks == {"lobby": True} and console.places["lobby"].name.en == "Lobby"


def test_a_will_counts_after_the_grace_unless_the_peer_is_back_first():
    """A kiosk dropped by a login with its password is back within its reconnect: its Will
    must not show it offline on the desks for that fraction of a second."""
    now = [100.0]
    p = Presence(clock=lambda: now[0], offline_grace=5.0)
    assert p.heard("lobby", True, 10, ("s", 1))
    assert not p.heard("lobby", False, 0)  # its Will: still shown online
    assert p.online() == {"lobby": True} and p.next_expiry() == 5.0
    now[0] += 4.0
    assert not p.heard("lobby", False, 0)  # a second offline does not restart the grace
    assert not p.heard("lobby", True, 10, ("s", 2)) and p.next_expiry() == 15.0  # back
    now[0] += 4.0
    assert not p.refresh() and p.online() == {"lobby": True}
    p.heard("lobby", False, 0)
    now[0] += 5.0
    assert p.refresh() and p.online() == {"lobby": False}  # gone for good: shown gone
    assert Presence(offline_grace=5.0).heard("desk", False, 0) is True  # never online
    assert p.heard("lobby", True, 10, ("s", 3)) and p.online() == {"lobby": True}
    assert p.heard("lobby", False, 0, ("s", 4)) and p.online() == {"lobby": False}  # goodbye


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux's clock that counts sleep")
def test_a_heartbeat_heard_before_the_pc_slept_is_old_when_it_wakes(monkeypatch):
    """Linux's monotonic clock stands still while the PC is suspended: a desk PC woken in
    the morning took the kiosks' last heartbeat of the evening for one a second old."""
    awake, asleep = [1000.0], [0.0]
    real = time.clock_gettime
    monkeypatch.setattr(time, "monotonic", lambda: awake[0])
    monkeypatch.setattr(time, "clock_gettime", lambda clock_id: awake[0] + asleep[0]
                        if clock_id == time.CLOCK_BOOTTIME else real(clock_id))
    kiosks = Presence()
    kiosks.heard("lobby", True, every=10)
    awake[0] += 5
    assert kiosks.online() == {"lobby": True}
    asleep[0] += 8 * 3600  # the night, suspended
    awake[0] += 1
    assert kiosks.online() == {"lobby": False}
