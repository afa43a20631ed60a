"""An error in a screen's handler is logged with its traceback and the visitor goes home; the
kiosk goes on (ui/services/recovery.py)."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from helpers import find, tap, tap_row
from PySide6.QtCore import qInstallMessageHandler, qWarning

from kiosk.ui.screens.cards import CardPage
from kiosk.ui.services.recovery import ReturnHomeOnError, log_qt_messages


class BrokenRecord(RuntimeError):
    pass


@pytest.fixture
def guarded(window):
    guard = ReturnHomeOnError(window)
    yield guard
    guard.uninstall()


def test_an_error_in_a_row_tap_is_logged_and_the_kiosk_goes_home(qtbot, window, guarded,
                                                                 monkeypatch, caplog, demo):
    def broken(self, table, item_id):
        raise BrokenRecord(f"cannot show {table} {item_id}")

    monkeypatch.setattr(CardPage, "open", broken)
    dept = next(d for d in demo.departments if demo.staff_in(d.id))
    window.navigate(("staff", dept.id))
    with caplog.at_level(logging.ERROR, logger="kiosk"):
        tap_row(qtbot, find(window, "StaffList"), 0)
        qtbot.waitUntil(lambda: window.route == ("home",))
    failure = next(r for r in caplog.records if r.exc_info is not None)
    assert failure.exc_info[0] is BrokenRecord
    assert "Traceback" in caplog.text and "in broken" in caplog.text
    assert guarded.errors == 1
    monkeypatch.undo()  # the kiosk goes on: the next visitor's taps work
    tap(qtbot, find(window, "Tile-people"))
    assert window.route == ("people",)


def test_an_error_in_another_thread_is_logged(qtbot, window, guarded, caplog):
    def fails():
        raise BrokenRecord("in a worker")

    with caplog.at_level(logging.ERROR, logger="kiosk"):
        worker = threading.Thread(target=fails, name="worker-x")
        worker.start()
        worker.join()
    assert "unexpected error in thread worker-x" in caplog.text
    assert "in a worker" in caplog.text


def test_uninstalled_with_the_window(qtbot, window):
    before = sys.excepthook
    guard = ReturnHomeOnError(window)
    assert sys.excepthook == guard.handle
    guard.uninstall()
    assert sys.excepthook is before


def test_qt_warnings_go_to_the_kiosk_log(qtbot, caplog):
    previous = log_qt_messages()
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk"):
            qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == \
        [("kiosk.qt", logging.WARNING, "a warning from Qt")]
