"""The attendant console names a kiosk by its place, everywhere it shows one (a call's row, the
selected call, a feedback card, the offline list), and a directory update that renames the
kiosk while it runs (`bundle apply` from a terminal, the USB path's commit) reaches the
console at once, without a restart. Kiosk window, console window, a real Mosquitto."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from alert_support import LINK_WAIT_MS, free_port, needs_mosquitto, settings_for
from helpers import SilentChime
from PySide6.QtCore import Qt
from staff_support import make_stick

from kiosk.bundle import update as bundle
from kiosk.calls.broker import ManagedBroker
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.note_console import ConsoleNotes
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.config import kiosk_position
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import Store, open_directory
from kiosk.ui.app import build
from kiosk.ui.call_system import kiosk_place
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow
from kiosk.ui.services.directory_watch import watch_applied_directory

pytestmark = [needs_mosquitto, pytest.mark.usefixtures("built_in_assets")]
OLD = ("1층 로비 키오스크", "Lobby kiosk")
NEW = ("1층 정문 안내 키오스크", "Front door kiosk")
CARD = {"colour": "green", "category": "praise", "text": "친절하게 안내해 주셨어요",
        "contact": "", "name": ""}


@pytest.fixture
def site(qtbot, tmp_path, alert_dir):
    """The kiosk as `run` wires it (its link, its notes, the watch of commits) on a data folder
    a terminal can reach, and the desk's console, both on the kiosk's own broker."""
    broker = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1", kiosks=["lobby"],
                           consoles=["desk"])
    assert broker.start(), broker.problem
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f"[data]\nfolder = {json.dumps(str(tmp_path / 'data'))}\n",
                           encoding="utf-8")
    cfg = config.load(config_file)
    committed = bundle.last_applied(cfg.data_dir)
    directory = open_directory(cfg.data_dir, load_demo, demo_fingerprint)
    here = kiosk_position(directory, cfg)
    store = Store(alert_dir / "kiosk")
    alerts = KioskAlerts(here.id, here.floor, settings_for(broker, "lobby"), CallOutbox(store),
                         place=kiosk_place(directory, here))
    notes = KioskNotes(here.id, NoteBox(store))
    notes.attach(alerts)
    kiosk = build(directory, cfg, None, alerts)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    watch_applied_directory(kiosk, cfg, committed)
    link = ConsoleAlerts("desk", "김민지", settings_for(broker, "desk"))
    adapter = ConsoleAdapter(link, notes=ConsoleNotes(link))
    desk = ConsoleWindow(adapter, "김민지", chime=SilentChime())
    adapter.setParent(desk)
    qtbot.addWidget(desk)
    desk.setGeometry(0, 1090, 1600, 820)
    desk.show()
    alerts.start()
    link.start()
    yield kiosk, config_file, alerts, notes, desk
    link.stop()
    alerts.stop()
    broker.stop()
    store.close()


def renaming_stick(folder, kiosk, data_dir):
    """An export of the kiosk's directory whose building.toml gives this kiosk a new name."""
    stick = make_stick(folder, kiosk.ctx.directory, data_dir)
    building = stick / "building.toml"
    text = building.read_text(encoding="utf-8")
    assert f'name = {{ ko = "{OLD[0]}", en = "{OLD[1]}" }}' in text
    building.write_text(text.replace(OLD[0], NEW[0]).replace(OLD[1], NEW[1]), encoding="utf-8")
    return stick


def terminal(config_file, *args) -> None:
    done = subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config_file),
                           "bundle", *map(str, args)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def what_the_desk_shows(desk) -> str:
    """Every text the attendant reads about kiosks: the open call's row and its line when
    selected, the messages' rows, the offline list."""
    texts = [desk.selected_label.text(), desk.offline_label.text()]
    for model in (desk.open_model, desk.messages.model):
        texts += [model.data(model.index(row), role) for row in range(model.rowCount())
                  for role in (Qt.DisplayRole, Qt.AccessibleTextRole)]
    return "\n".join(t for t in texts if t)


def test_the_console_names_the_kiosk_by_its_place_and_follows_a_rename(qtbot, site, tmp_path):
    kiosk, config_file, alerts, notes, desk = site
    qtbot.waitUntil(lambda: alerts.consoles_online == 1, timeout=LINK_WAIT_MS)
    call = alerts.call("mobility")
    notes.send("feedback", "-", CARD)
    qtbot.waitUntil(lambda: desk.open_model.rowCount() == 1
                    and desk.messages.model.rowCount() == 1, timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: OLD[0] in desk.selected_label.text(), timeout=LINK_WAIT_MS)
    shown = what_the_desk_shows(desk)
    assert f": {OLD[0]} · " in desk.selected_label.text()  # its floor said once, by its name
    assert f"{OLD[0]} · " in desk.messages.model.data(desk.messages.model.index(0),
                                                      Qt.AccessibleTextRole)  # the card
    assert "lobby" not in shown  # the id, nowhere

    terminal(config_file, "apply", renaming_stick(tmp_path / "sticks", kiosk,
                                                  tmp_path / "data"))
    qtbot.waitUntil(lambda: kiosk.ctx.kiosk.name.ko == NEW[0], timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: NEW[0] in desk.selected_label.text(), timeout=LINK_WAIT_MS)
    shown = what_the_desk_shows(desk)
    assert OLD[0] not in shown and "lobby" not in shown
    assert f"{NEW[0]} · " in desk.messages.model.data(desk.messages.model.index(0),
                                                      Qt.AccessibleTextRole)
    alerts.cancel(call.id)
    alerts.stop()  # its goodbye names the new place too
    qtbot.waitUntil(lambda: f"✕ {NEW[0]}" in desk.offline_label.text(), timeout=LINK_WAIT_MS)
    assert "lobby" not in desk.offline_label.text()
