"""No step-free way to a place: one tap on the route screen calls an attendant to guide a
wheelchair user, and the desk's console shows the need and the destination, through a real
Mosquitto on loopback (the fixtures of test_calls_end_to_end.py)."""
from __future__ import annotations

import pytest
from alert_support import LINK_WAIT_MS
from helpers import FakeSpeech, focus_on, keys, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_calls_end_to_end import broker, console_window, kiosk_window  # noqa: F401 fixtures

from kiosk.calls.call import Call, CallError
from kiosk.calls.protocol import call_payload, parse_call
from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.directory.model import Text
from kiosk.directory.strings import tr
from kiosk.ui.app import build
from kiosk.wayfinding.route import NoRoute

STAIRS = ("rooms", "2F-stairs")  # no step-free way leads onto the stairs


def test_the_guide_me_button_reaches_the_desk_with_the_destination(qtbot, kiosk_window,
                                                                    console_window):
    kiosk, desk = kiosk_window, console_window
    qtbot.waitUntil(lambda: kiosk.ctx.calls.can_call, timeout=LINK_WAIT_MS)
    kiosk.navigate(("route",) + STAIRS)
    page = kiosk.page("route")
    assert not page.guide_me.isVisible()  # with stairs allowed there is a way
    tap(qtbot, page.free_toggle)
    assert page.problem is not None and page.guide_me.isVisible()
    assert page.guide_me.heading.text() == tr("route.guide_me", "ko")  # a desk is online
    assert "계단" in page.guide_me.subtitle.text()
    tap(qtbot, page.guide_me)
    call = kiosk.ctx.calls.open_call
    assert call.need == "mobility" and call.destination.ko == "계단"
    assert kiosk.help_overlay.isVisible()  # the call's progress, as Help shows it
    qtbot.waitUntil(lambda: desk.open_model.rowCount() == 1, timeout=5000)
    row = desk.open_model.data(desk.open_model.index(0), Qt.AccessibleTextRole)
    assert "목적지: 계단" in row
    # A second tap while the call is open adds nothing but the same call.
    kiosk.help_overlay.close_overlay()
    tap(qtbot, page.guide_me)
    assert kiosk.ctx.calls.open_call.id == call.id


def test_the_guide_offers_a_call_only_while_a_desk_is_online(qtbot, kiosk_window,
                                                             console_window):
    """The desk's console goes away (its presence, through the broker): the guide and Help
    stop offering a call before anyone taps, and offer the desk's phone."""
    kiosk, desk = kiosk_window, console_window
    qtbot.waitUntil(lambda: kiosk.ctx.calls.can_call, timeout=LINK_WAIT_MS)
    kiosk.navigate(("route",) + STAIRS)
    page = kiosk.page("route")
    page.set_step_free(True)
    assert page.guide_me.heading.text() == tr("route.guide_me", "ko")
    assert kiosk.help_button.heading.text() == tr("help.button", "ko")
    desk.adapter.alerts.stop()  # its Will, or its last word, says it is offline
    qtbot.waitUntil(lambda: page.guide_me.heading.text() == tr("route.guide_me.desk", "ko"),
                    timeout=LINK_WAIT_MS)
    assert kiosk.help_button.heading.text() == tr("help.button.desk_only", "ko")
    assert kiosk.ctx.desk_phone in page.guide_me.subtitle.text()
    tap(qtbot, page.guide_me)  # what it says: no call, the desk's phone
    assert kiosk.ctx.calls.open_call is None
    assert kiosk.help_overlay.phone.text() == kiosk.ctx.desk_phone


def test_with_a_call_already_open_the_need_and_destination_are_added(qtbot, kiosk_window):
    kiosk = kiosk_window
    qtbot.waitUntil(lambda: kiosk.ctx.calls.alerts.connected, timeout=5000)
    kiosk.ctx.calls.alerts.call()  # Help pressed before, from another screen
    kiosk.ctx.calls.call_and_show("mobility", Text("관장실", "Director's office"))
    call = kiosk.ctx.calls.open_call
    assert (call.need, call.destination.en) == ("mobility", "Director's office")
    assert kiosk.ctx.calls.alerts.outbox.get(call.id).destination.ko == "관장실"


def test_without_a_desk_the_button_gives_the_desks_phone(qtbot, window):
    real = window.ctx.wayfinder()

    class NoStepFree:
        def route(self, target, start=None, step_free=False):
            if step_free and target == ("rooms", "4F-director"):
                raise NoRoute(Text("계단 없이 갈 수 없습니다.", "No step-free way."))
            return real.route(target, start, step_free)

    window.ctx.wayfinder = NoStepFree
    window.navigate(("route", "rooms", "4F-director"))
    page = window.page("route")
    page.set_step_free(True)
    tap(qtbot, page.guide_me)
    overlay = window.help_overlay
    assert window.ctx.calls.open_call is None and overlay.isVisible()
    assert overlay.phone.isVisible() and overlay.phone.text() == window.ctx.desk_phone


def test_a_calls_destination_travels_and_is_checked():
    call = Call.raise_new("lobby", "1F", 1.0, "mobility", Text("관장실", "Director's office"))
    topic = f"library-kiosk/v1/calls/lobby/{call.id}"
    assert parse_call(topic, call_payload(call, 2.0)).destination == call.destination
    old = Call.from_record({k: v for k, v in call.to_record().items() if k != "destination"})
    assert old.destination == Text("", "")  # a call from an older kiosk
    for bad in ({"ko": 3}, "관장실", {"ko": "x" * 201}, {"ko": "a\nb"}):
        with pytest.raises(CallError):
            Call.from_record(dict(call.to_record(), destination=bad))


def test_keys_reach_the_guide_me_button_and_speech_names_it(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), speech)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_profile(Profile(speech=True, step_free=True))
    window.navigate(("route",) + STAIRS)
    page = window.page("route")
    # No call system here: the guide offers the desk, and speech says so as the screen does.
    qtbot.waitUntil(lambda: any(tr("route.guide_me.desk", "ko") in t for t, _ in speech.said))
    focus_on(qtbot, window, "RouteGuideMe")
    assert QApplication.focusWidget() is page.guide_me and page.guide_me.hasFocus()
    keys(qtbot, window, Qt.Key_Return)
    assert window.help_overlay.isVisible()
