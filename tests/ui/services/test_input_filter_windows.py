"""The kiosk's input filter (ui/services/input_events.py) sits on the windows, not on the
application: every window the kiosk shows passes a visitor's input through it, and no
Python filter on the application makes PySide build a Python type for every Qt class
(performance.md §2a, fifth round)."""
from __future__ import annotations

import pytest
from helpers import click, key, tap
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QVBoxLayout, QWidget


class Counted:
    """What the filter reported: activity (any input) and presses."""

    def __init__(self, inputs):
        self.activity = self.pressed = 0
        inputs.activity.connect(self._activity)
        inputs.pressed.connect(self._pressed)

    def _activity(self):
        self.activity += 1

    def _pressed(self):
        self.pressed += 1


def reaches_filter(qtbot, window, widget, counted) -> None:
    """A tap in `widget` and a key at the focus both reach the filter."""
    before = (counted.activity, counted.pressed)
    tap(qtbot, widget)
    assert counted.pressed > before[1], f"a tap in {widget} missed the filter"
    before = counted.pressed
    QTest.keyClick(widget.window().windowHandle(), Qt.Key_Shift)  # as the keyboard sends it
    assert counted.pressed > before, f"a key in {widget}'s window missed the filter"


def open_overlays(window):
    """Every dialog of the kiosk's: each is a layer over the window (its QWindow's input)."""
    flow = window.staff_flow()
    return [
        ("help", window.help_overlay.open, lambda: window.help_overlay),
        ("accessibility", window.access_panel.open, lambda: window.access_panel),
        ("need more time", window.idle.overlay.open, lambda: window.idle.overlay),
        ("survey", window.visit_end.survey.open, lambda: window.visit_end.survey),
        ("staff PIN", flow.pad.open, lambda: flow.pad),
        ("staff screen", flow.screen.open, lambda: flow.screen),
    ]


def test_every_dialog_of_the_kiosk_passes_input_through_the_filter(qtbot, window):
    counted = Counted(window.inputs)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reaches_filter(qtbot, window, window.page("home").tiles[0], counted)
    for name, open_it, overlay in open_overlays(window):
        open_it()
        shown = overlay()
        qtbot.waitUntil(shown.isVisible)
        inside = next((w for w in shown.findChildren(QPushButton) if w.isVisible()), shown)
        before = counted.pressed
        click(qtbot, inside, QPoint(1, 1), action="press")  # a press, not a click: nothing acts
        click(qtbot, inside, QPoint(1, 1), action="release")
        assert counted.pressed > before, f"a press in {name} missed the filter"
        before = counted.pressed
        key(qtbot, window, Qt.Key_Shift)
        assert counted.pressed > before, f"a key in {name} missed the filter"
        shown.hide()


# The offscreen platform says it cannot grab the keyboard or raise a popup (a real one can).
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "does not support raise")
@pytest.mark.parametrize("kind", ["dialog", "popup"])
def test_a_window_of_the_kiosks_own_is_filtered_once_it_takes_the_focus(qtbot, window, kind):
    # The kiosk opens no window of its own today; one added later is covered as it opens.
    counted = Counted(window.inputs)
    if kind == "dialog":
        other = QDialog(window)
        QVBoxLayout(other).addWidget(QPushButton("OK", other))
        other.resize(300, 200)
        other.show()
    else:
        other = QMenu(window)
        other.addAction("an item")
        other.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is other.windowHandle())
    reaches_filter(qtbot, other, other, counted)
    other.close()


def test_another_programs_window_is_not_the_kiosks(qtbot, window):
    counted = Counted(window.inputs)
    stranger = QWidget()
    qtbot.addWidget(stranger)
    stranger.resize(200, 100)
    stranger.show()
    stranger.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is stranger.windowHandle())
    tap(qtbot, stranger)
    assert counted.pressed == 0


def test_nothing_filters_every_event_of_the_application(qtbot, demo, cfg, monkeypatch):
    # A Python filter on the application is called for each event of every object, Qt's
    # private ones included (the gesture manager of a scroll area, the file watch's engine):
    # no part of the kiosk installs one, from its start through every dialog and a list.
    app = QApplication.instance()
    on_app = []
    real = QObject.installEventFilter

    def spy(self, watcher):
        if self is app:
            on_app.append(type(watcher).__name__)
        return real(self, watcher)

    monkeypatch.setattr(QObject, "installEventFilter", spy)
    from kiosk.ui.app import build

    window = build(demo, cfg, filter_now=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.inputs.start()
    window.navigate(("people",))
    window.navigate(("home",))
    for _name, open_it, overlay in open_overlays(window):
        open_it()
        qtbot.waitUntil(overlay().isVisible)
        overlay().hide()
    assert window.inputs.running
    assert on_app == []
    # The spy sees what it should: the filter is on the window's QWindow.
    probe = QObject()
    app.installEventFilter(probe)
    app.removeEventFilter(probe)
    assert on_app == ["QObject"]
