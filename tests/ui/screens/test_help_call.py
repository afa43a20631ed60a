"""Help on the kiosk: one tap calls, every step is told truthfully, nothing is pretended."""
from __future__ import annotations

import pytest
from helpers import FakeKioskAlerts, FakeSpeech, find, tap

from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.app import build
from kiosk.ui.screenshots.visit import show_guide_me


def kiosk(qtbot, demo, tmp_path, alerts, speech=None):
    win = build(demo, config.Config({"data.folder": str(tmp_path)}), speech, alerts)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    return win


def test_without_a_call_system_help_shows_the_desk_before_the_tap(qtbot, window, demo):
    desk = window.ctx.desk_phone
    assert desk in window.help_button.subtitle.text()
    tap(qtbot, window.help_button)
    overlay = window.help_overlay
    assert overlay.isVisible()
    assert overlay.title.text() == "지금은 직원을 호출할 수 없습니다"
    assert overlay.phone.text() == desk and overlay.phone.isVisible()


def test_no_console_online_is_said_before_the_tap(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts(consoles_online=0)
    win = kiosk(qtbot, demo, tmp_path, alerts)
    assert win.ctx.desk_phone in win.help_button.subtitle.text()
    tap(qtbot, win.help_button)
    assert alerts.raised == 0
    assert "호출 화면이 꺼져" in win.help_overlay.text.text()
    assert alerts.refusals == ["no_console"]  # recorded: the report counts this visitor


def test_one_tap_calls_and_each_step_is_told(qtbot, demo, tmp_path):
    alerts, speech = FakeKioskAlerts(), FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, alerts, speech)
    win.ctx.session.set_profile(Profile(speech=True))
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    assert alerts.raised == 1 and overlay.title.text() == "직원을 부르고 있습니다"
    assert win.help_button.heading.text() == "직원 호출 중"
    tap(qtbot, find(win, "Need-mobility"))
    assert alerts.open_call.need == "mobility"
    assert find(win, "Need-mobility").text().startswith("✓")
    # The broker took the message: sent, but no desk has said it has the call.
    alerts.console_does("delivered")
    qtbot.waitUntil(lambda: overlay.title.text() == "호출을 보냈습니다")
    assert overlay.text.text() == "안내데스크가 호출을 받았다는 확인을 기다리고 있습니다."
    alerts.console_receives("desk-1")
    qtbot.waitUntil(lambda: overlay.title.text() == "안내데스크가 호출을 받았습니다")
    assert overlay.text.text() == "직원이 응답하면 여기에 이름이 나옵니다."
    assert not overlay.phone.isVisible()
    alerts.console_does("acknowledged", "김민지")
    qtbot.waitUntil(lambda: overlay.title.text() == "김민지 직원이 가고 있습니다")
    assert any("김민지" in text for text, _lang in speech.said)
    assert not overlay.needs["mobility"].isVisible()  # choosing is over once someone comes
    alerts.console_does("arrived", "김민지")
    qtbot.waitUntil(lambda: overlay.title.text() == "김민지 직원이 도착했습니다")
    alerts.console_does("resolved", "김민지")
    qtbot.waitUntil(lambda: overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.")
    assert win.help_button.heading.text() == "직원 호출"


def test_repeated_taps_make_one_call(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    for _ in range(3):
        tap(qtbot, win.help_button)
        tap(qtbot, find(win, "HelpClose"))
    assert alerts.raised == 1
    assert win.help_button.heading.text() == "직원 호출 중"


def test_cancel(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    tap(qtbot, find(win, "CallCancel"))
    assert alerts.open_call is None and not win.help_overlay.isVisible()


def test_no_answer_in_30_seconds_sends_the_visitor_to_the_desk(qtbot, demo, tmp_path):
    now = [1000.0]
    alerts = FakeKioskAlerts(clock=lambda: now[0])
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    now[0] += 31
    win.ctx.calls._tick()  # the one-second timer's work, without waiting for it
    overlay = win.help_overlay
    assert overlay.title.text() == "⚠ 아직 응답이 없습니다" and alerts.open_call.escalated
    assert "화면 1곳에 긴급 호출로 다시 알렸습니다" in overlay.text.text()
    assert win.ctx.desk_phone in overlay.text.text() and overlay.phone.isVisible()
    alerts.consoles_change(3)
    qtbot.waitUntil(lambda: "화면 3곳에" in overlay.text.text())


def test_escalated_with_no_desk_online_says_no_one_was_alerted(qtbot, demo, tmp_path):
    now = [1000.0]
    alerts = FakeKioskAlerts(clock=lambda: now[0])
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    alerts.consoles_change(0)
    now[0] += 31
    win.ctx.calls._tick()
    overlay = win.help_overlay
    assert alerts.open_call.escalated
    assert overlay.title.text() == "지금 연결된 안내데스크가 없습니다"
    assert "다시 알렸습니다" not in overlay.text.text()
    assert win.ctx.desk_phone in overlay.text.text() and overlay.phone.isVisible()


def resolve_one_call(qtbot, win, alerts):
    tap(qtbot, win.help_button)
    for state in ("delivered", "acknowledged", "arrived", "resolved"):
        alerts.console_does(state, "김민지")
    qtbot.waitUntil(lambda: win.help_overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.")
    tap(qtbot, find(win, "HelpClose"))


@pytest.mark.parametrize("connected, reason", [
    (True, "안내데스크의 호출 화면이 꺼져 있습니다."),
    (False, "호출 장치에 연결되어 있지 않습니다.")], ids=["consoles-stopped", "broker-down"])
def test_after_a_resolved_call_a_tap_with_no_desk_tells_the_truth(qtbot, demo, tmp_path,
                                                                   connected, reason):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    resolve_one_call(qtbot, win, alerts)
    alerts.consoles_change(0, connected=connected)  # every console stopped, or the broker down
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    assert alerts.raised == 1  # nobody could hear a new call
    assert overlay.title.text() == "지금은 직원을 호출할 수 없습니다"
    assert overlay.text.text().startswith(reason)
    assert overlay.phone.text() == win.ctx.desk_phone and overlay.phone.isVisible()


def test_after_a_resolved_call_a_tap_raises_a_new_call(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    resolve_one_call(qtbot, win, alerts)
    tap(qtbot, win.help_button)
    assert alerts.raised == 2 and win.help_overlay.title.text() == "직원을 부르고 있습니다"
    assert win.help_overlay.text.text() == "호출을 안내데스크로 보내고 있습니다."


@pytest.mark.parametrize("received", [False, True], ids=["sent", "received"])
def test_no_desk_online_during_a_call_is_said_with_the_phone(qtbot, demo, tmp_path, received):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    alerts.console_does("delivered")
    if received:  # a desk had it, then went away before anyone answered
        alerts.console_receives()
    alerts.consoles_change(0)
    qtbot.waitUntil(lambda: overlay.title.text() == "지금 연결된 안내데스크가 없습니다")
    assert overlay.text.text().startswith("안내데스크의 호출 화면이 꺼져 있습니다.")
    assert win.ctx.desk_phone in overlay.text.text() and overlay.phone.isVisible()
    tap(qtbot, find(win, "HelpClose"))  # the footer keeps saying it, with the number
    assert win.help_button.heading.text() == "직원 호출 중"
    assert win.help_button.subtitle.text() == f"안내데스크 {win.ctx.desk_phone}"
    tap(qtbot, win.help_button)
    alerts.consoles_change(0, connected=False)
    qtbot.waitUntil(lambda: overlay.text.text().startswith("호출 장치에 연결되어 있지 않습니다."))
    assert overlay.title.text() == "지금 연결된 안내데스크가 없습니다"
    alerts.consoles_change(1)  # a desk is back: the call is still open and still says so
    expected = "안내데스크가 호출을 받았습니다" if received else "호출을 보냈습니다"
    qtbot.waitUntil(lambda: overlay.title.text() == expected)
    assert not overlay.phone.isVisible()
    assert win.help_button.subtitle.text() == f"안내데스크 {win.ctx.desk_phone}"  # always there


def test_the_new_texts_in_english(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    win.ctx.session.set_language("en")
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    alerts.console_does("delivered")
    qtbot.waitUntil(lambda: overlay.title.text() == "Your call has been sent")
    alerts.console_receives()
    qtbot.waitUntil(lambda: overlay.title.text() == "The desk has received your call")
    alerts.consoles_change(0)
    qtbot.waitUntil(lambda: overlay.title.text() == "No information desk is connected right now")
    assert overlay.text.text() == ("The information desk's call screen is off. Your call is "
                                   "kept and reaches the desk once it is connected. Please come "
                                   f"to the information desk on 1F or call {win.ctx.desk_phone}.")


class ClosingAlerts(FakeKioskAlerts):
    """Once `closing` is set, the open calls are gone after their first read, as when the
    link's thread closes them (resolved, expired) while the screen is being told about them."""
    closing = False

    @property
    def open_calls(self):
        calls = self._calls
        if self.closing:
            self._calls = []
        return calls

    @open_calls.setter
    def open_calls(self, calls):
        self._calls = calls


def test_a_call_closing_while_help_reads_it_is_told_as_read(qtbot, demo, tmp_path):
    alerts = ClosingAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    alerts.closing = True
    overlay.retranslate()  # read once: its step is the call's, never "" ("help." unknown)
    assert overlay.title.text() == "직원을 부르고 있습니다"


class CountedAlerts(FakeKioskAlerts):
    """Keeps what each refusal was given: the need and the place asked for."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.given: list[tuple[str, str, str]] = []

    def refuse(self, reason, need="", destination=None):
        super().refuse(reason, need, destination)
        self.given.append((reason, need, destination.get("en") if destination else ""))


def test_the_guides_desk_way_and_helps_opening_count_one_visitor(qtbot, demo, tmp_path):
    """A visitor who could not call is counted once a visit: the route's guide ("Desk phone
    and way") opens Help, and neither that opening nor the visitor's later taps on Help count
    them again; the next visit's refusal is a visitor more."""
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
