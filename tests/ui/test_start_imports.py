"""The home screen's first frame loads only what it shows (docs/performance.md, §1): the other
screens, the dialogs, the call system, speech, the search index, the bundle reader, the
records and TinyDB load after that frame or when first used. A start of `python -m kiosk` is
stopped at its first frame and its modules are listed, so an import that creeps back onto
that path fails here instead of slowing every start unnoticed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run as `python -m kiosk --windowed --config CFG`; at the first frame (the first of the
# after-first-frame tasks: app.report_paint) print the modules loaded and the Qt classes that
# PySide6 has built (it builds a class, and its Python enums, when it is first imported or
# met), then leave at once.
START = """
import json, os, sys
os.environ["KIOSK_REPORT_PAINT"] = "quit"
from kiosk.ui import app
def at_first_frame(started, mode):
    built = [name for module in ("QtCore", "QtGui", "QtWidgets")
             for name in vars(sys.modules["PySide6." + module])]
    feature = sys.modules.get("shibokensupport.feature")
    checked = getattr(feature, "pyside_feature_dict", None)
    print(json.dumps({"modules": sorted(sys.modules), "qt": built,
                      "read_by_shiboken": None if checked is None else sorted(checked)}),
          flush=True)
    os._exit(0)
app.report_paint = at_first_frame
from kiosk.__main__ import main
main(["--windowed", "--config", sys.argv[1]])
"""

NOT_BEFORE_THE_FIRST_FRAME = (
    "paho", "qrcode", "tinydb", "pyttsx3", "cryptography", "openpyxl", "defusedxml",
    "kiosk.calls.call", "kiosk.calls.kiosk_side", "kiosk.calls.broker", "kiosk.calls.note_box",
    "kiosk.speech", "kiosk.search", "kiosk.wayfinding", "kiosk.records", "kiosk.feedback",
    "kiosk.bundle.versions", "kiosk.bundle.read", "kiosk.bundle.update",
    "kiosk.directory.sheets", "kiosk.directory.xlsx_scan",
    "kiosk.cli.selftest", "kiosk.cli.bundle", "kiosk.cli.find", "kiosk.cli.route",
    "kiosk.cli.attendant", "kiosk.cli.enrol", "kiosk.cli.report", "kiosk.cli.doctor",
    "kiosk.cli.screenshots", "kiosk.cli.say", "kiosk.cli.staff_pin", "kiosk.cli.config",
    "kiosk.directory.text_safety", "ctypes", "platformdirs",
    "hashlib",  # the demo's fingerprint is a CRC (performance.md §1e), a site's needs none
    "calendar",  # a month's last day is found with datetime (§1e)
    # the log file's rotation and the signal pipe do without them (performance.md §1c)
    "logging.handlers", "socket", "pickle", "queue", "selectors",
    "kiosk.ui.screens.help_call", "kiosk.ui.screens.survey", "kiosk.ui.screens.access_panel",
    "kiosk.ui.screens.survey_strip",
    "kiosk.ui.staff.flow", "kiosk.ui.services.directory_watch", "kiosk.ui.services.usb_watch",
    "kiosk.ui.widgets.qr_code", "kiosk.ui.widgets.floorplan", "kiosk.ui.widgets.keyboard",
    "kiosk.ui.widgets.answer_list", "kiosk.ui.widgets.touch_list",
)
# Imported before PySide6 (ui/app.py), so shiboken never reads their source to see whether
# they use PySide's __feature__: it reads every module imported once PySide6 is loaded.
NOT_READ_BY_SHIBOKEN = ("tomllib", "json")
# Qt classes the home screen does not use, whose Python enums PySide6 would build before the
# first frame if a module on its way imported them (14 enums for the item views).
QT_NOT_BEFORE_THE_FIRST_FRAME = ("QAbstractItemView", "QListView")
# home_room: home lays its ways in out with the closing question's room from its first frame,
# so that they never move when the question comes; strip_size: that room, from the look alone
# (the strip itself waits for the first visit to end).
SCREENS_BEFORE_THE_FIRST_FRAME = {"kiosk.ui.screens", "kiosk.ui.screens.home",
                                  "kiosk.ui.screens.home_room", "kiosk.ui.screens.strip_size",
                                  "kiosk.ui.screens.visit_end"}


def at_first_frame(config: Path, before: str = "") -> dict[str, list[str]]:
    """The modules loaded ("modules") and the Qt classes built ("qt") at the first frame of a
    start; `before`: code run before it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("KIOSK_REPORT_PAINT", None)
    done = subprocess.run([sys.executable, "-c", before + START, str(config)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def modules_at_first_frame(config: Path, before: str = "") -> list[str]:
    return at_first_frame(config, before)["modules"]


def too_early(loaded: list[str]) -> list[str]:
    early = [m for m in loaded if m.startswith(NOT_BEFORE_THE_FIRST_FRAME)]
    return early + sorted({m for m in loaded if m.startswith("kiosk.ui.screens")}
                          - SCREENS_BEFORE_THE_FIRST_FRAME)


@pytest.fixture(scope="module")
def first_frame(tmp_path_factory) -> dict:
    """What a kiosk's second start (the store in place) holds at its first frame."""
    folder = tmp_path_factory.mktemp("start")
    config = folder / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{folder / "data"}"\n', encoding="utf-8")
    modules_at_first_frame(config)  # the first start stores the demo, as a kiosk's first boot
    return at_first_frame(config)


def test_the_home_screen_s_first_frame_loads_nothing_it_does_not_show(first_frame):
    loaded = first_frame["modules"]
    assert "kiosk.ui.screens.home" in loaded  # the listing is of a real start
    assert too_early(loaded) == []
    assert "QPushButton" in first_frame["qt"]  # the classes' listing, too
    assert set(QT_NOT_BEFORE_THE_FIRST_FRAME) & set(first_frame["qt"]) == set()


def test_the_core_s_standard_library_is_imported_before_pyside6(first_frame):
    read = first_frame["read_by_shiboken"]
    # A PySide6 without the table would make kiosk/ui/pyside_sources.py's patch a no-op:
    # that must be noticed, not skipped.
    assert read is not None, "this PySide6 keeps no table of the modules it has read"
    assert "kiosk.ui.window" in read  # the table is of a real start
    assert set(NOT_READ_BY_SHIBOKEN) & set(read) == set()


def test_a_site_s_own_directory_starts_without_the_demo_s_hashes(tmp_path):
    from kiosk.directory.files import load_demo
    from kiosk.directory.store import Store

    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{tmp_path / "data"}"\n', encoding="utf-8")
    with Store(tmp_path / "data") as store:  # as a bundle applied from a USB stick leaves it
        store.save_directory(load_demo(), source="usb", version="site-1")
    loaded = modules_at_first_frame(config)
    assert "kiosk.ui.screens.home" in loaded and too_early(loaded) == []
    assert "hashlib" not in loaded  # only the demo's fingerprint needs it


def test_the_check_sees_a_module_loaded_before_the_first_frame(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{tmp_path / "data"}"\n', encoding="utf-8")
    seen = at_first_frame(config, before="import kiosk.ui.screens.cards, qrcode\n")
    assert {"kiosk.ui.screens.cards", "qrcode"} <= set(too_early(seen["modules"]))
    assert "QListView" in seen["qt"]  # the cards' lists
