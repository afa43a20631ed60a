"""A visitor who could not call is counted once a visit: the route's guide ("Desk phone and
way") opens Help, and neither that opening nor the visitor's later taps on Help count them
again; the next visit's refusal is a visitor more."""
from __future__ import annotations

from helpers import FakeKioskAlerts, tap

from kiosk.directory import config
from kiosk.ui.app import build
from kiosk.ui.screenshots.visit import show_guide_me


class CountedAlerts(FakeKioskAlerts):
    """Keeps what each refusal was given: the need and the place asked for."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.given: list[tuple[str, str, str]] = []

    def refuse(self, reason, need="", destination=None):
        super().refuse(reason, need, destination)
        self.given.append((reason, need, destination.get("en") if destination else ""))


def kiosk(qtbot, demo, tmp_path, alerts):
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), None, alerts)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def test_the_guides_desk_way_and_helps_opening_count_one_visitor(qtbot, demo, tmp_path):
    alerts = CountedAlerts(consoles_online=0)
    window = kiosk(qtbot, demo, tmp_path, alerts)
    assert show_guide_me(window)
    place = window.page("route").destination().get("en")
    tap(qtbot, window.page("route").guide_me)
    help_ = window.help_overlay
    qtbot.waitUntil(help_.isVisible, timeout=20000)
    # One visitor, with the need and the place the guide asked for.
    assert alerts.given == [("no_console", "mobility", place)]
    help_.close_overlay()
    tap(qtbot, window.help_button)  # the same visitor tries Help itself
    qtbot.waitUntil(help_.isVisible, timeout=20000)
    assert alerts.refusals == ["no_console"]
    help_.close_overlay()
    window.ctx.session.reset()  # the visit ends (idle, or "start over"): the next visitor
    tap(qtbot, window.help_button)
    qtbot.waitUntil(help_.isVisible, timeout=20000)
    assert alerts.refusals == ["no_console", "no_console"]
