"""Once the home screen is painted, the other screens' code is imported, one module a turn of
the event loop: a visitor's first tap on a screen no longer imports it inside the tap, and a
tap made meanwhile waits for one module at most."""
from __future__ import annotations

import importlib
import sys

from PySide6.QtWidgets import QApplication

from kiosk.ui.after_first_frame import import_screens
from kiosk.ui.app import PAGES, screen_modules


def test_every_screen_but_home_is_named_once():
    modules = screen_modules()
    assert len(modules) == len(set(modules))
    lazy = {f.module for f in PAGES.values() if hasattr(f, "module")}
    assert set(modules) == lazy and len(lazy) >= 10
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_the_modules_are_imported_one_a_turn(qapp, tmp_path, monkeypatch):
    names = [f"screen_ahead_{n}" for n in range(3)]
    for name in names:
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in names:
        monkeypatch.delitem(sys.modules, name, raising=False)
    import_screens(names)
    assert [name in sys.modules for name in names] == [True, False, False]
    QApplication.processEvents()
    assert [name in sys.modules for name in names] == [True, True, False]
    QApplication.processEvents()
    assert all(name in sys.modules for name in names)
