"""A directory applied or rolled back from a terminal on the kiosk's PC, while the kiosk runs,
comes on screen without a restart: at once when nobody uses the kiosk, after the visit when
somebody does; what the kiosk's own staff screen commits is not loaded a second time."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QObject, Signal
from staff_support import NEW_PERSON, make_stick

from kiosk.bundle import update as bundle
from kiosk.directory import commit_marker, config
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import open_directory
from kiosk.ui.services.directory_watch import SETTLE_MS, watch_applied_directory

REMOVED = "s02"  # make_stick removes 박성호 and adds NEW_PERSON
OTHER_REMOVED = "s03"


pytestmark = pytest.mark.usefixtures("built_in_assets")


@pytest.fixture
def kiosk(qtbot, tmp_path):
    """The kiosk as `run` builds it, on a data folder that a terminal can also reach."""
    from kiosk.ui.app import build

    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f"[data]\nfolder = {json.dumps(str(tmp_path / 'data'))}\n",
                           encoding="utf-8")
    cfg = config.load(config_file)
    committed = bundle.last_applied(cfg.data_dir)
    window = build(open_directory(cfg.data_dir, load_demo, demo_fingerprint), cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    watch = watch_applied_directory(window, cfg, committed)
    stick = make_stick(tmp_path / "sticks", window.ctx.directory, cfg.data_dir)
    return window, config_file, watch, stick


def terminal(config_file, *args) -> None:
    """`python -m kiosk bundle ...` in its own process, as staff type it on the kiosk's PC."""
    done = subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config_file),
                           "bundle", *map(str, args)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def staff_ids(window) -> set[str]:
    return {s.id for s in window.ctx.directory.staff}


def found(window, text) -> list[str]:
    window.navigate(("search",))
    page = window.page("search")
    page.set_query(text)
    return [item_id for _t, item_id, _m in page.model.items]


def test_an_idle_kiosk_shows_a_terminal_s_apply_and_rollback(qtbot, kiosk):
    window, config_file, _watch, stick = kiosk
    assert NEW_PERSON[0] not in staff_ids(window)
    terminal(config_file, "apply", stick)
    qtbot.waitUntil(lambda: NEW_PERSON[0] in staff_ids(window), timeout=10000)
    assert REMOVED not in staff_ids(window)
    assert window.route == ("home",)
    assert NEW_PERSON[0] in found(window, NEW_PERSON[1])  # the new search index came with it
    window.navigate(("home",))

    terminal(config_file, "rollback")
    qtbot.waitUntil(lambda: NEW_PERSON[0] not in staff_ids(window), timeout=10000)
    assert REMOVED in staff_ids(window)
    assert found(window, NEW_PERSON[1]) == []


def test_a_visitor_finishes_the_visit_before_the_directory_changes(qtbot, kiosk):
    window, config_file, watch, stick = kiosk
    window.navigate(("card", "staff", REMOVED))  # a visitor reads 박성호's card
    terminal(config_file, "apply", stick)
    qtbot.waitUntil(lambda: watch.pending is not None, timeout=10000)
    assert window.route == ("card", "staff", REMOVED)
    assert REMOVED in staff_ids(window) and NEW_PERSON[0] not in staff_ids(window)

    window.idle.reset_visit()  # the visit ends (the countdown ran out, or "start over")
    qtbot.waitUntil(lambda: NEW_PERSON[0] in staff_ids(window), timeout=5000)
    assert REMOVED not in staff_ids(window) and window.route == ("home",)


def test_a_later_commit_replaces_one_waiting_for_the_visit_to_end(qtbot, kiosk):
    window, config_file, watch, stick = kiosk
    other = make_stick(watch.data_dir.parent / "other", window.ctx.directory, watch.data_dir,
                       add=False, remove=OTHER_REMOVED)
    window.navigate(("search",))
    terminal(config_file, "apply", stick)
    qtbot.waitUntil(lambda: watch.pending is not None, timeout=10000)
    terminal(config_file, "apply", other)  # a second update before the visitor finished
    qtbot.waitUntil(lambda: watch.pending is not None and watch.pending[0]
                    == bundle.last_applied(watch.data_dir), timeout=10000)
    window.idle.reset_visit()
    qtbot.waitUntil(lambda: OTHER_REMOVED not in staff_ids(window), timeout=5000)
    assert REMOVED in staff_ids(window) and NEW_PERSON[0] not in staff_ids(window)


def test_the_staff_screen_open_holds_the_change_until_it_closes(qtbot, kiosk):
    window, config_file, watch, stick = kiosk
    flow = window.staff_flow()
    flow.stick_inserted(stick)  # a stick in: the PIN pad is up
    terminal(config_file, "apply", stick)
    qtbot.waitUntil(lambda: watch.pending is not None, timeout=10000)
    window.ctx.session.reset()  # a visit's end while the staff screen is open changes nothing
    qtbot.wait(50)
    assert NEW_PERSON[0] not in staff_ids(window) and flow.active

    flow.close()
    qtbot.waitUntil(lambda: NEW_PERSON[0] in staff_ids(window), timeout=5000)


def test_the_kiosk_s_own_commit_is_not_loaded_again(qtbot, kiosk):
    window, _config_file, watch, stick = kiosk
    data_dir = watch.data_dir
    checked = bundle.check_bundle(stick, data_dir, window.ctx.directory, public_key=None)
    try:
        bundle.apply_bundle(checked, data_dir)  # as the staff screen applies, in this process
    finally:
        bundle.discard(checked)
    watch.look()
    assert watch.seen == bundle.last_applied(data_dir)
    assert watch.job is None and watch.pending is None


# -- the order of loads, with a stand-in for the directory ----------------------------------
class Visits(QObject):
    ended = Signal()


def foreign_commit(data_dir, version: int) -> None:
    """What a terminal's commit leaves in the marker (another process's writer id)."""
    (data_dir / commit_marker.FILE_NAME).write_text(json.dumps(
        {"version": version, "writer": "a terminal", "at": time.time()}), encoding="ascii")


class Loads:
    """Loads the version the marker names, each held until `gate` opens; counts how many
    run at once."""

    def __init__(self, data_dir):
        self.data_dir, self.gate = data_dir, threading.Event()
        self.started, self.running, self.most, self.fail = [], 0, 0, set()
        self.lock = threading.Lock()

    def __call__(self):
        version = commit_marker.last_applied(self.data_dir)["version"]
        with self.lock:
            self.started.append(version)
            self.running += 1
            self.most = max(self.most, self.running)
        self.gate.wait(10)
        with self.lock:
            self.running -= 1
        if version in self.fail:
            raise OSError(f"version {version} unreadable")
        return (version,)


@pytest.fixture
def bare_watch(qtbot, tmp_path):
    from kiosk.ui.services.directory_watch import AppliedDirectoryWatch

    owner, visits, shown = QObject(), Visits(), []
    loads = Loads(tmp_path)
    watch = AppliedDirectoryWatch(tmp_path, None, loads, shown.append, lambda: False,
                                  visits.ended, parent=owner)
    yield watch, loads, shown
    loads.gate.set()
    qtbot.waitUntil(lambda: watch.job is None, timeout=5000)


def test_a_commit_during_a_load_is_loaded_after_it_and_shown_alone(qtbot, bare_watch):
    watch, loads, shown = bare_watch
    foreign_commit(watch.data_dir, 1)
    watch.look()
    qtbot.waitUntil(lambda: loads.started == [1], timeout=5000)
    foreign_commit(watch.data_dir, 2)
    qtbot.wait(SETTLE_MS * 2)  # the watcher looked meanwhile and found a load running
    loads.gate.set()
    qtbot.waitUntil(lambda: shown == [2], timeout=5000)
    assert loads.started == [1, 2] and loads.most == 1  # one load at a time, in order
    qtbot.wait(SETTLE_MS + 100)
    assert shown == [2]  # version 1, loaded when 2 was already there, never shown


def test_a_load_that_fails_keeps_the_screen_and_the_next_commit_loads(qtbot, bare_watch):
    watch, loads, shown = bare_watch
    loads.fail.add(1)
    loads.gate.set()
    foreign_commit(watch.data_dir, 1)
    watch.look()
    qtbot.waitUntil(lambda: loads.started == [1] and watch.job is None, timeout=5000)
    assert shown == [] and watch.pending is None
    foreign_commit(watch.data_dir, 2)
    watch.look()
    qtbot.waitUntil(lambda: shown == [2], timeout=5000)
