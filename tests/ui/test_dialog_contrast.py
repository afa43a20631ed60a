"""Every word of every dialog is readable: contrast measured on the rendered pixels (4.5:1,
7:1 in high contrast), for each label and button the dialog shows, enabled or not."""
from __future__ import annotations

import pytest
from dialogs import each_dialog, scroll_area_of, settle, shown_texts
from helpers import FakeKioskAlerts, FakeSpeech
from pixel_contrast import drawn_contrast

from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.app import build


@pytest.mark.parametrize("high_contrast, minimum", [(False, 4.5), (True, 7.0)])
def test_every_text_of_every_dialog_is_readable(qtbot, demo, tmp_path, high_contrast, minimum):
    alerts = FakeKioskAlerts(consoles_online=0)
    win = build(demo, config.Config({"data.folder": str(tmp_path)}), FakeSpeech(), alerts)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    win.ctx.session.set_profile(Profile(high_contrast=high_contrast))
    low, seen = [], set()
    for name, overlay in each_dialog(win, alerts):
        for widget in shown_texts(overlay):
            area = scroll_area_of(widget)
            if area is not None:
                area.ensureWidgetVisible(widget, 0, 0)
            drawn = drawn_contrast(widget)
            seen.add(name)
            if drawn.ratio < minimum:
                low.append(f"{name}: {drawn}")
    assert seen == {"idle", "help", "help-calling", "access", "pin"}
    assert low == []


def test_the_check_reads_the_pixels_not_the_palette(qtbot, window):
    """A label painted in the background's colour by a stray rule is caught."""
    window.idle.overlay.open()
    settle()
    title = window.idle.overlay.title
    assert drawn_contrast(title).ratio > 10
    title.setStyleSheet("color: #ffffff;")  # white on the dialog's white
    assert drawn_contrast(title).ratio < 1.2
