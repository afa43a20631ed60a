"""A directory applied or rolled back from a terminal on the kiosk's PC, while the kiosk runs,
comes on screen without a restart: at once when nobody uses the kiosk, after the visit when
somebody does; what the kiosk's own staff screen commits is not loaded a second time."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from staff_support import NEW_PERSON, make_stick

from kiosk.core import bundle, config
from kiosk.core.directory_files import demo_fingerprint, load_demo
from kiosk.core.store import open_directory
from kiosk.ui.directory_watch import watch_applied_directory

REMOVED = "s02"  # make_stick removes 박성호 and adds NEW_PERSON


pytestmark = pytest.mark.usefixtures("built_in_assets")


@pytest.fixture
def kiosk(qtbot, tmp_path):
    """The kiosk as `run` builds it, on a data folder that a terminal can also reach."""
    from kiosk.ui.app import build

    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(f"[data]\nfolder = {json.dumps(str(tmp_path / 'data'))}\n",
                           encoding="utf-8")
    cfg = config.load(config_file)
    window = build(open_directory(cfg.data_dir, load_demo, demo_fingerprint), cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    watch = watch_applied_directory(window, cfg)
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
    window.navigate(("search",))
    terminal(config_file, "apply", stick)
    qtbot.waitUntil(lambda: watch.pending is not None, timeout=10000)
    terminal(config_file, "rollback")  # undone before the visitor finished
    qtbot.waitUntil(lambda: watch.pending is not None and watch.pending[0]
                    == bundle.last_applied(watch.data_dir), timeout=10000)
    window.idle.reset_visit()
    qtbot.waitUntil(lambda: watch.pending is None, timeout=5000)
    assert REMOVED in staff_ids(window) and NEW_PERSON[0] not in staff_ids(window)


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
