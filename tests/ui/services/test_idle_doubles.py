"""Any help chosen doubles both times of the idle reset, with the kiosk's own settings (60 s
before "Need more time?", 20 s of countdown): 120 s and 40 s, chosen through the panel as a
visitor does (a ready profile, or one help on its own), and back to 60 s and 20 s after it."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech, find, tap
from PySide6.QtWidgets import QApplication

from kiosk.directory import config
from kiosk.ui.app import build
from kiosk.ui.screens.access_panel import READY_KEYS, TOGGLES

# Lowering is offered only where the panel as mounted reaches out of reach (not at the test's
# default mounting): the wheelchair profile stands for it.
CHOICES = [f"Ready-{key}" for key in READY_KEYS] + ["Zoom-150", "Zoom-200"] + \
    [f"Toggle-{t}" for t in TOGGLES if t != "low_position"]


@pytest.mark.parametrize("choice", CHOICES)
def test_any_help_doubles_the_wait_and_the_countdown(qtbot, demo, tmp_path, choice):
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), FakeSpeech())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    idle = window.idle
    assert (idle.idle_timer.interval(), idle.countdown_s) == (60_000, 20)
    tap(qtbot, find(window, "Tile-floors"))
    tap(qtbot, find(window, "AccessButton"))
    tap(qtbot, find(window, choice))
    if window.access_panel.isVisible():
        tap(qtbot, find(window, "AccessDone"))
    assert not window.ctx.session.profile.is_default, choice
    assert idle.idle_timer.interval() == 120_000
    idle.idle_timer.timeout.emit()  # the wait is over: the question, with its countdown
    assert idle.overlay.isVisible() and idle.overlay.remaining == 40
    assert "40" in idle.overlay.text.text()
    for _ in range(39):  # a tick a second: 39 s on, the visit still holds
        idle.tick_timer.timeout.emit()
    assert idle.overlay.isVisible() and window.route == ("floors",)
    with qtbot.waitSignal(idle.visit_reset, timeout=1000):
        idle.tick_timer.timeout.emit()
    QApplication.processEvents()
    assert window.route == ("home",)
    assert (idle.idle_timer.interval(), idle.countdown_s) == (60_000, 20)
