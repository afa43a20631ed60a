"""`python -m kiosk --selftest`: each check says ok or FAILED with its reason, every check runs
even after one failed, and the exit code says whether all passed. (The whole self-test, screens
included, runs against the built program in `make dist`.)"""
from __future__ import annotations

import ctypes.util
import sys
import types
from pathlib import Path

import pytest

from kiosk.__main__ import main
from kiosk.calls.broker import find_mosquitto
from kiosk.cli import selftest


def test_the_quick_checks_pass_here(alert_dir):
    """alert_dir: a folder the broker's own user can enter (the self-test makes one too)."""
    assert "44 rooms" in selftest.check_directory(alert_dir)
    assert selftest.check_routes(alert_dir).endswith("routes")
    broker = selftest.check_broker(alert_dir)
    assert broker.startswith("skipped") if find_mosquitto() is None else "stopped" in broker


@pytest.mark.skipif(ctypes.util.find_library("espeak-ng") is None, reason="no espeak-ng here")
def test_speech_is_synthesised_where_a_voice_exists(tmp_path):
    assert "Korean sentence" in selftest.check_speech(tmp_path)
    assert (tmp_path / "speech.wav").stat().st_size > 1000


def test_a_failing_check_is_named_and_the_others_still_run(monkeypatch, capsys):
    ran = []

    def broken(folder):
        raise FileNotFoundError("assets/floorplans/1F.svg")

    def fine(folder):
        ran.append(folder)
        return "all there"

    monkeypatch.setattr(selftest, "CHECKS", (("plans", broken), ("routes", fine)))
    assert main(["--selftest"]) == 1
    out = capsys.readouterr().out
    assert "FAILED plans: FileNotFoundError: assets/floorplans/1F.svg" in out
    assert "ok     routes: all there" in out and ran
    assert out.rstrip().endswith("self-test FAILED: plans")


def test_all_passed_exits_zero(monkeypatch, capsys):
    monkeypatch.setattr(selftest, "CHECKS", (("routes", lambda folder: "fine"),))
    assert main(["--selftest"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("self-test passed")


def test_libraries_check_runs_only_in_the_built_program(tmp_path):
    assert selftest.check_libraries(tmp_path).startswith("skipped")


def test_libraries_check_names_unused_qt_libraries_and_broken_links(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    (tmp_path / "libQt6Widgets.so.6").write_bytes(b"\0")
    assert selftest.check_libraries(tmp_path) == "1 libraries, none unused"
    (tmp_path / "libQt6Quick.so.6").symlink_to(tmp_path / "PySide6" / "libQt6Quick.so.6")
    (tmp_path / "libQt6VirtualKeyboard.so.6").write_bytes(b"\0")
    with pytest.raises(RuntimeError) as raised:
        selftest.check_libraries(tmp_path)
    message = str(raised.value)
    assert "libQt6Quick.so.6" in message and "libQt6VirtualKeyboard.so.6" in message
    assert "broken links: libQt6Quick.so.6" in message


def test_packages_check_runs_only_in_the_built_program(tmp_path):
    assert selftest.check_packages(tmp_path).startswith("skipped")


def test_packages_check_names_the_test_only_packages_found(tmp_path, monkeypatch):
    # Here, under pytest, pytest is loaded and networkx installed: both are named.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(RuntimeError) as raised:
        selftest.check_packages(tmp_path)
    assert "pytest" in str(raised.value) and "kiosk.spec" in str(raised.value)
    monkeypatch.setattr(selftest, "TEST_ONLY_PACKAGES", ("kiosk_no_such_package",))
    assert selftest.check_packages(tmp_path) == "none of kiosk_no_such_package"


def test_start_check_runs_only_in_the_built_program(tmp_path):
    assert selftest.check_start(tmp_path).startswith("skipped")


@pytest.fixture
def built(monkeypatch):
    """As in the one-folder program: frozen, its folder the one holding PySide6 (whose Qt
    finds its plugins under PySide6/Qt/plugins), the entry script's record of what ran first."""
    import PySide6

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(Path(PySide6.__file__).parents[1]), raising=False)
    entry = types.ModuleType("__main__")
    entry.BOOT_MODULES = frozenset({"sys", "builtins", "encodings"})
    monkeypatch.setitem(sys.modules, "__main__", entry)
    return entry


def test_start_check_passes_a_program_whose_hooks_loaded_nothing_heavy(tmp_path, built):
    assert selftest.check_start(tmp_path).startswith("3 modules before the kiosk, none of")


@pytest.mark.parametrize("early", ["PySide6", "multiprocessing", "zipfile", "pkgutil"])
def test_start_check_names_what_a_runtime_hook_imported_first(tmp_path, built, early):
    built.BOOT_MODULES = frozenset({"sys", early})
    with pytest.raises(RuntimeError, match=f"first line: {early} .*kiosk.spec"):
        selftest.check_start(tmp_path)


def test_start_check_fails_without_the_entry_script_s_record(tmp_path, built):
    del built.BOOT_MODULES
    with pytest.raises(RuntimeError, match="launch.py"):
        selftest.check_start(tmp_path)


def test_start_check_fails_when_qt_looks_for_plugins_outside_the_program(tmp_path, built,
                                                                           monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path))
    with pytest.raises(RuntimeError, match="plugins in .* outside the program"):
        selftest.check_start(tmp_path)


def test_start_check_fails_when_the_modules_are_in_an_archive(tmp_path, built, monkeypatch):
    import kiosk

    # In PyInstaller's PYZ archive a module's __file__ names a .py file that is not there.
    monkeypatch.setattr(kiosk, "__file__", str(tmp_path / "kiosk" / "__init__.py"))
    with pytest.raises(RuntimeError, match="archive.*noarchive"):
        selftest.check_start(tmp_path)
