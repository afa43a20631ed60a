"""A console that was away (its network lost, its PC asleep) and comes back must not show a
kiosk that died meanwhile online, not for a moment: an attendant would believe visitors there
can call. The broker queues no presence for a console while it is away."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
from pathlib import Path

import paho.mqtt.client as mqtt
from alert_support import Changes, gone, needs_mosquitto, settings_for, until
from kill_support import start_child
from paho.mqtt.enums import CallbackAPIVersion
from relay import Relay

from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto

CHILD = Path(__file__).with_name("link_child.py")


class Watcher:
    """A bare client that records the statuses and beats of one kiosk's presence."""

    def __init__(self, broker, kiosk: str) -> None:
        self.said: list[tuple[str, int | None]] = []
        user, password = broker.credentials("desk9")
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk9",
                                  clean_session=True)
        self.client.username_pw_set(user, password)
        self.client.on_message = lambda _c, _u, msg: self.said.append(self._read(msg.payload))
        self.client.connect("127.0.0.1", broker.port)
        self.client.subscribe(proto.presence_topic("kiosk", kiosk), qos=1)
        self.client.loop_start()

    @staticmethod
    def _read(payload: bytes) -> tuple[str, int | None]:
        said = json.loads(payload)
        return said["status"], said.get("beat")

    def stop(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def test_a_kiosk_that_died_while_the_console_was_away_is_never_shown_online(
        broker, alert_dir, store, started):
    changes, back = Changes(), threading.Event()
    shown: list[bool | None] = []  # the dead kiosk as the console showed it once back

    def changed() -> None:
        if back.is_set():
            shown.append(desk.kiosks.get("lobby"))
        changes()

    with contextlib.ExitStack() as stack:
        relay = stack.enter_context(Relay(broker.port))
        watcher = Watcher(broker, "lobby")
        stack.callback(watcher.stop)
        user, password = broker.credentials("lobby")
        kiosk = start_child(CHILD, "kiosk", "lobby", broker.port, user, password, 2,
                            alert_dir / "child", ready="ready", timeout=30)
        stack.callback(kiosk.communicate)
        stack.callback(kiosk.kill)  # first
        desk = started(ConsoleAlerts("desk1", "Kim",
                                     settings_for(broker, "desk1", port=relay.port),
                                     on_change=changed))
        changes.until(lambda: desk.kiosks.get("lobby"), timeout=20, what="the kiosk online")

        relay.cut()
        changes.until(lambda: not desk.connected, timeout=20, what="the console cut off")
        beats = sum(status == "online" for status, _ in watcher.said)
        until(lambda: sum(status == "online" for status, _ in watcher.said) > beats,
              timeout=20, what="a heartbeat of the kiosk while the console is away")
        os.kill(kiosk.pid, signal.SIGKILL)
        until(lambda: gone(kiosk.pid), what="the kiosk killed")
        until(lambda: watcher.said[-1] == ("offline", None), timeout=20,
              what="the kiosk's Last Will")

        back.set()
        relay.restore()
        changes.until(lambda: desk.listening, timeout=20, what="the console back")
        # A kiosk started now is heard after every presence the broker had for the console
        # on this connection: once it is shown, they were all read.
        started(KioskAlerts("lobby-2", "2F", settings_for(broker, "lobby-2"),
                            CallOutbox(store)))
        changes.until(lambda: desk.kiosks.get("lobby-2"), timeout=20, what="the probe kiosk")
        assert True not in shown, f"the dead kiosk was shown online once back: {shown}"
        assert desk.kiosks["lobby"] is False
