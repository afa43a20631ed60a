"""A visitor's call from the kiosk window to the attendant console window and back, through
a real Mosquitto on loopback (the kiosk's own, supervised broker), with the broker killed in
the middle: both windows as people use them, nothing faked in between."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import tempfile
from pathlib import Path

import pytest
from alert_support import LINK_WAIT_MS
from helpers import SilentChime, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.calls.broker import ManagedBroker, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.config import kiosk_position
from kiosk.directory.store import Store
from kiosk.ui.app import build
from kiosk.ui.call_system import kiosk_place
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

pytestmark = pytest.mark.skipif(find_mosquitto() is None,
                                reason="needs mosquitto (apt-get install mosquitto)")
NAME = "김민지"


@pytest.fixture
def broker():
    folder = Path(tempfile.mkdtemp(prefix="kiosk-e2e-"))
    folder.chmod(0o755)  # Mosquitto drops to the mosquitto user when run as root
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    b = ManagedBroker(folder, port=port, bind="127.0.0.1", kiosks=["lobby"], consoles=["desk"])
    assert b.start(), b.problem
    yield b
    b.stop()
    shutil.rmtree(folder, ignore_errors=True)


def settings(b: ManagedBroker, account: str) -> BrokerSettings:
    user, password = b.credentials(account)
    return BrokerSettings(host="127.0.0.1", port=b.port, username=user, password=password)


@pytest.fixture
def kiosk_window(qtbot, demo, broker, tmp_path):
    store = Store(broker.dir.parent / "kiosk")
    cfg = config.Config({"data.folder": str(tmp_path)})
    place = kiosk_place(demo, kiosk_position(demo, cfg))  # as the kiosk's start says it
    alerts = KioskAlerts("lobby", "1F", settings(broker, "lobby"), CallOutbox(store),
                         place=place)
    win = build(demo, cfg, None, alerts)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    alerts.start()
    yield win
    alerts.stop()
    store.close()


@pytest.fixture
def console_window(qtbot, broker):
    alerts = ConsoleAlerts("desk", NAME, settings(broker, "desk"))
    adapter = ConsoleAdapter(alerts)
    chime = SilentChime()
    win = ConsoleWindow(adapter, NAME, chime=chime)
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    alerts.start()
    yield win
    alerts.stop()


def test_help_reaches_the_desk_and_the_attendant_name_comes_back(qtbot, kiosk_window,
                                                                 console_window, broker):
    kiosk, desk = kiosk_window, console_window
    overlay = kiosk.help_overlay
    # Before the tap the kiosk knows a console is there; the desk's number stays on Help.
    qtbot.waitUntil(lambda: kiosk.ctx.calls.can_call, timeout=LINK_WAIT_MS)
    assert kiosk.ctx.desk_phone in kiosk.help_button.subtitle.text()
    tap(qtbot, kiosk.help_button)
    # On loopback the broker's PUBACK and the desk's receipt can arrive while the tap's
    # events are still processed.
    assert overlay.title.text() in ("직원을 부르고 있습니다", "호출을 보냈습니다",
                                    "안내데스크가 호출을 받았습니다")
    qtbot.waitUntil(lambda: desk.open_model.rowCount() == 1, timeout=LINK_WAIT_MS)
    assert desk.chime.played >= 1
    # The desk names the kiosk by its place in the directory, not by its id.
    # (its floor said once: the name already says where it stands)
    qtbot.waitUntil(lambda: "새 호출, 1층 로비 키오스크, 도움" in desk.open_model.data(
        desk.open_model.index(0), Qt.AccessibleTextRole), timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: overlay.title.text() == "안내데스크가 호출을 받았습니다",
                    timeout=LINK_WAIT_MS)

    tap(qtbot, desk.action_buttons["acknowledge"])
    qtbot.waitUntil(lambda: overlay.title.text() == f"{NAME} 직원이 가고 있습니다",
                    timeout=LINK_WAIT_MS)

    # The broker dies; its supervisor starts it again. The attendant's next steps still arrive.
    old = broker.pid
    os.kill(old, signal.SIGKILL)
    tap(qtbot, desk.action_buttons["arrived"])
    qtbot.waitUntil(lambda: broker.running and broker.pid != old, timeout=10000)
    qtbot.waitUntil(lambda: overlay.title.text() == f"{NAME} 직원이 도착했습니다",
                    timeout=15000)
    tap(qtbot, desk.action_buttons["resolve"])
    # Right after the broker's restart both links may still be in their reconnect back-off.
    qtbot.waitUntil(lambda: overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.",
                    timeout=20000)
    qtbot.waitUntil(lambda: desk.open_model.rowCount() == 0
                    and desk.history_model.rowCount(), timeout=LINK_WAIT_MS)
    assert kiosk.help_button.heading.text() == "직원 호출"

    # Every console stops: the next tap raises nothing no one could hear, and says so.
    tap(qtbot, kiosk.findChild(QWidget, "HelpClose"))
    desk.adapter.alerts.stop()
    qtbot.waitUntil(lambda: kiosk.ctx.calls.alerts.consoles_online == 0, timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: kiosk.help_button.heading.text() == "도움 · 전화번호 보기",
                    timeout=LINK_WAIT_MS)  # said before the tap: no call can go
    tap(qtbot, kiosk.help_button)
    assert kiosk.ctx.calls.open_call is None
    assert overlay.title.text() == "지금은 직원을 호출할 수 없습니다"
    assert overlay.phone.text() == kiosk.ctx.desk_phone and overlay.phone.isVisible()
