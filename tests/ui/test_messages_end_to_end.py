"""A visitor's message from the kiosk window to the attendant console window through a real
Mosquitto (the kiosk's own, with persistence on), called back there; a second one left until
its retention period ends (an injected clock). Then every place the data went is searched for
the name and the phone number: the kiosk's data folder (the store and its temporary files),
the log, the broker's folder (its database, saved when it stops, and its log)."""
from __future__ import annotations

import json
import logging
import shutil
import socket
import tempfile
import time
from pathlib import Path

import pytest
from alert_support import LINK_WAIT_MS
from helpers import SilentChime, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.calls.broker import ManagedBroker, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.note_console import ConsoleNotes
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.log_file import log_path, remove_logging, setup_logging
from kiosk.directory.store import Store
from kiosk.records.log import records_of
from kiosk.ui.app import build
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

pytestmark = pytest.mark.skipif(find_mosquitto() is None,
                                reason="needs mosquitto (apt-get install mosquitto)")
VISITORS = (("홍길동", "010-2345-6789"), ("김영희", "010-9876-5432"))


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def traces(name: str, phone: str) -> list[bytes]:
    """Every way the name and number could be written: UTF-8, JSON-escaped, bare digits."""
    return [name.encode("utf-8"), json.dumps(name).strip('"').encode("ascii"),
            name.encode("utf-16-le"), phone.encode("ascii"), phone.replace("-", "").encode()]


def found(folder: Path, name: str, phone: str) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path}: {t!r}" for t in traces(name, phone) if t in data]
    return hits


@pytest.fixture
def folder():
    path = Path(tempfile.mkdtemp(prefix="kiosk-messages-"))
    path.chmod(0o755)  # Mosquitto drops to the mosquitto user when run as root
    yield path
    shutil.rmtree(path, ignore_errors=True)


def kiosk_window(qtbot, demo, data: Path, broker, port: int, store, clock):
    """The kiosk "lobby" on `broker`: its link (not started), its notes with their records
    (answered and awaited only from the consoles that serve the note's department, as
    ui/call_system.py kiosk_notes has it from broker.console_departments), and its window, shown."""
    kiosk_user, kiosk_pw = broker.credentials("lobby")
    alerts = KioskAlerts("lobby", "1F", BrokerSettings(
        port=port, username=kiosk_user, password=kiosk_pw), CallOutbox(store))
    records = records_of(data)
    served = broker.departments

    def serves(console: str, department: str) -> bool:
        return console not in served or department in served[console]

    notes = KioskNotes("lobby", NoteBox(store), clock=clock, records=records, serves=serves)
    notes.attach(alerts)
    kiosk = build(demo, config.Config({"data.folder": str(data)}), None, alerts)
    kiosk.ctx.messages.attach(notes)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return alerts, notes, records, kiosk


def test_messages_are_called_back_or_expire_and_leave_no_trace(qtbot, demo, folder, caplog):
    caplog.set_level(logging.DEBUG)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    broker = ManagedBroker(folder / "data", port=port, bind="127.0.0.1", kiosks=["lobby"],
                           consoles=["desk"], departments={"desk": ["ga-admin"]})
    assert broker.start(), broker.problem
    clock = Clock()
    store = Store(folder / "data")
    assert setup_logging(folder / "data") is not None  # the kiosk's own log file, searched too
    try:
        alerts, notes, records, kiosk = kiosk_window(qtbot, demo, folder / "data", broker,
                                                     port, store, clock)
        desk_user, desk_pw = broker.credentials("desk")
        desk_alerts = ConsoleAlerts("desk", "Kim", BrokerSettings(
            port=port, username=desk_user, password=desk_pw), clock=clock)
        adapter = ConsoleAdapter(desk_alerts, notes=ConsoleNotes(desk_alerts, clock=clock))
        desk = ConsoleWindow(adapter, "Kim", chime=SilentChime(), clock=clock)
        adapter.setParent(desk)
        qtbot.addWidget(desk)
        # Below the kiosk on the test's tall screen: a tap on the kiosk's flickable screens
        # is delivered to whatever window is at that point of the screen.
        desk.setGeometry(0, 1090, 1600, 820)
        desk.show()
        alerts.start()
        desk_alerts.start()
        qtbot.waitUntil(lambda: alerts.consoles_online == 1, timeout=LINK_WAIT_MS)
        panel = desk.messages

        # 1. Left at the kiosk, received and shown at the desk, called back.
        page = leave_message(qtbot, kiosk, *VISITORS[0])
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=LINK_WAIT_MS)
        row = panel.model.data(panel.model.index(0), Qt.AccessibleTextRole)
        assert VISITORS[0][1] in row and "최준영" in row and "까지" in row  # its due time
        qtbot.waitUntil(lambda: page.done_title.text() == "안내데스크가 메시지를 받았습니다",
                        timeout=LINK_WAIT_MS)
        assert desk.chime.played >= 1
        assert found(folder / "data", *VISITORS[0]), "the grep must see what is there"
        assert found(folder / "data" / "records", *VISITORS[0]), "the records hold it too"
        tap(qtbot, panel.called_back)
        [first] = notes.box.all()
        qtbot.waitUntil(lambda: notes.note(first.id).done, timeout=LINK_WAIT_MS)
        assert notes.note(first.id).done_by == "desk"
        qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=LINK_WAIT_MS)

        # 2. Nobody calls back: overdue after the hour (words and a chime), gone after 7 days.
        # The hour is office time: after closing it ends in the next opening's first hour.
        page = leave_message(qtbot, kiosk, *VISITORS[1])
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=LINK_WAIT_MS)
        chimes = desk.chime.played
        [waiting] = [n for n in notes.box.all() if n.id != first.id]
        assert waiting.due >= waiting.at + 3600
        clock.offset = waiting.due - time.time() + 1
        desk._tick()
        assert "기한 지남" in panel.model.data(panel.model.index(0), Qt.AccessibleTextRole)
        assert desk.chime.played == chimes + 1
        clock.offset = 7 * 86400 + 1
        desk._tick()
        assert panel.model.rowCount() == 0  # the console forgets by its own clock
        assert notes.purge_expired() == 1
        second = [n for n in notes.box.all() if n.id != first.id][0]
        assert second.purged_at is not None and not second.done
        # The reports' history keeps both, without the name and number.
        kept = {r["id"]: r for r in records.latest("messages")}
        assert kept[first.id]["called_back_by"] == "desk" and kept[first.id]["phone"] == ""
        assert kept[second.id]["called_back_at"] is None and kept[second.id]["name"] == ""
        kiosk.ctx.session.reset()
        desk_alerts.stop()
        alerts.stop()
    finally:
        broker.stop()  # SIGTERM: Mosquitto saves its database, then exits
        store.close()
        remove_logging()
    assert "connected to the alert broker" in log_path(folder / "data").read_text()
    for name, phone in VISITORS:
        assert found(folder, name, phone) == []
        assert not any(t.decode("utf-8", "replace") in caplog.text
                       for t in traces(name, phone)[:1] + traces(name, phone)[3:])
    assert (folder / "data" / "broker-state" / "mosquitto.db").exists()


def visible_button(kiosk):
    return next((b for b in kiosk.current_page().findChildren(QPushButton, "LeaveMessageButton")
                 if b.isVisible()), None)


def leave_message(qtbot, kiosk, name: str, phone: str):
    kiosk.navigate(("card", "staff", "s04"))
    # A rebuilt card shows its new buttons a moment later (the old ones are being deleted).
    qtbot.waitUntil(lambda: visible_button(kiosk) is not None)
    tap(qtbot, visible_button(kiosk))
    page = kiosk.current_page()
    tap(qtbot, page.agree)
    for field, text in (("name", name), ("phone", phone)):
        tap(qtbot, page.form.boxes[field])
        page.form.composers[field].set_text(text)
    tap(qtbot, page.form.purpose_buttons[0][1])
    tap(qtbot, page.form.callback_buttons[0][1])
    tap(qtbot, page.form.send_button)
    assert page.steps.currentWidget() is page.done
    return page
