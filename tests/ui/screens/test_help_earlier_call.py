"""A call still open when a visit ends: the next visitor is told it is an earlier call (true
of the kiosk), never that they have waited or were answered; a call unchanged for
EXPIRE_AFTER is closed so their tap raises a fresh one."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from helpers import FakeKioskAlerts, FakeSpeech, find, tap

from kiosk.calls.call import EXPIRE_AFTER
from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.app import build


def kiosk(qtbot, demo, tmp_path, alerts, speech=None):
    # An idle reset a fraction of a second after the last touch, through the real timer.
    # A visitor whose own call is open is asked first: a one-second question here.
    cfg = config.Config({"data.folder": str(tmp_path), "idle.timeout": 0.3,
                         "idle.countdown": 1})
    win = build(demo, cfg, speech, alerts)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    return win


def call_then_leave(qtbot, win):
    tap(qtbot, win.help_button)
    tap(qtbot, find(win, "HelpClose"))
    with qtbot.waitSignal(win.ctx.session.reset_requested, timeout=10000):
        pass  # nobody touches the screen: the idle reset starts a new visit


def test_a_later_visitor_is_told_of_an_earlier_call_not_their_own(qtbot, demo, tmp_path):
    alerts, speech = FakeKioskAlerts(), FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, alerts, speech)
    call_then_leave(qtbot, win)
    alerts.console_does("acknowledged", "박민수")
    qtbot.waitUntil(lambda: win.help_button.heading.text() == "직원 호출됨")
    win.ctx.session.set_profile(Profile(speech=True))
    win.idle.idle_timer.setInterval(2**31 - 1)  # the new visitor reads at leisure
    call = alerts.open_call  # raised 6:37 ago (the screen counts on the wall clock)
    raised_ago = time.time() - 6 * 60 - 37
    alerts.open_calls[-1] = replace(call, events=tuple(
        (e, raised_ago if e == "raised" else t) for e, t in call.events))
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    assert alerts.raised == 1  # the same call: one per kiosk
    assert overlay.title.text() == "6분 전에 이 키오스크에서 직원을 불렀습니다"
    assert overlay.text.text() == "박민수 직원이 오고 있습니다."
    assert not overlay.waited.isVisible()  # not this visitor's wait
    assert "박민수 직원이 가고 있습니다" not in overlay.title.text()
    # No need of the earlier call's marked as this visitor's; theirs would be a call of its own
    assert overlay.need_title.text() == "도움이 필요하세요? 고르시면 따로 직원을 부릅니다"
    assert not any(b.text().startswith("✓") for b in overlay.needs.values())
    assert not overlay.cancel_button.isVisible()  # not this visitor's call to cancel
    assert any("6분 전에" in text for text, _lang in speech.said)
    win.ctx.session.set_language("en")
    assert overlay.title.text() == "Staff were already called to this kiosk 6 min ago"
    assert overlay.text.text() == "박민수 is on the way."
    assert win.help_button.heading.text() == "Staff already called"


def test_an_unanswered_earlier_call_sends_the_new_visitor_to_the_desk(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    call_then_leave(qtbot, win)
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    assert overlay.title.text() == "방금 이 키오스크에서 직원을 불렀습니다"  # seconds old
    assert overlay.text.text().startswith("아직 응답한 직원이 없습니다.")
    assert overlay.phone.isVisible() and not overlay.waited.isVisible()
    alerts.console_does("resolved", "박민수")  # not this visitor's call: no "all done"
    qtbot.waitUntil(lambda: overlay.title.text() == "앞서 부른 호출이 끝났습니다. 도움이 "
                    "필요하시면 다시 눌러 주세요.")
    tap(qtbot, find(win, "HelpClose"))
    tap(qtbot, win.help_button)  # now their own call
    assert alerts.raised == 2 and overlay.title.text() == "직원을 부르고 있습니다"


def test_a_call_of_this_visit_is_still_the_visitors_own(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    with qtbot.waitSignal(win.ctx.session.reset_requested, timeout=10000):
        pass  # a reset with no call open says nothing about a later one
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    assert win.help_overlay.title.text() == "직원을 부르고 있습니다"
    assert win.help_button.heading.text() == "직원 호출 중"


def test_a_stale_call_is_closed_and_the_next_tap_raises_a_fresh_one(qtbot, demo, tmp_path):
    now = [1000.0]
    alerts = FakeKioskAlerts(clock=lambda: now[0])
    win = kiosk(qtbot, demo, tmp_path, alerts)
    call_then_leave(qtbot, win)
    win.idle.idle_timer.setInterval(2**31 - 1)
    first = alerts.open_call
    now[0] += EXPIRE_AFTER
    win.ctx.calls._tick()
    assert alerts.open_call is None and win.help_button.heading.text() == "직원 호출"
    tap(qtbot, win.help_button)
    assert alerts.raised == 2 and alerts.open_call.id != first.id
    assert win.help_overlay.title.text() == "직원을 부르고 있습니다"


def test_a_new_visitors_request_that_cannot_go_is_told_with_the_desks_phone(qtbot, demo,
                                                                          tmp_path):
    """Beside an earlier call, no desk online: the new visitor's "take me there" is not
    added to the earlier call; they are told it could not be sent, and the desk's number."""
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    call_then_leave(qtbot, win)
    win.idle.idle_timer.setInterval(2**31 - 1)
    earlier = alerts.open_call
    alerts.consoles_change(0)
    win.navigate(("route", "rooms", "2F-stairs"))  # no step-free way onto the stairs
    page = win.page("route")
    tap(qtbot, page.free_toggle)
    tap(qtbot, page.guide_me)
    overlay = win.help_overlay
    assert overlay.isVisible()
    assert alerts.open_call == earlier and alerts.raised == 1  # nothing added to it
    assert alerts.refusals == ["no_console"]  # the report counts the visitor not guided
    assert overlay.title.text() == "방금 이 키오스크에서 직원을 불렀습니다"  # seconds old
    phone = win.ctx.desk_phone
    assert overlay.text.text().endswith(
        f"요청을 보내지 못했습니다. 안내데스크로 전화해 주세요: {phone}")
    assert overlay.phone.isVisible()
    assert not any(b.isVisible() for b in overlay.needs.values())  # no call can go now


def test_the_visitor_who_called_is_asked_before_their_call_becomes_earlier(qtbot, demo,
                                                                          tmp_path):
    """Help tapped on home and closed, the visitor waits: the untouched home screen is not
    reset silently (that made their own call an earlier visitor's a minute later); the
    kiosk asks, and only a question left unanswered ends the visit."""
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    tap(qtbot, win.help_button)
    tap(qtbot, find(win, "HelpClose"))
    assert win.route == ("home",) and not win.ctx.session.visit_in_progress
    with qtbot.waitSignal(win.idle.countdown_started, timeout=10000):
        pass
    assert not win.ctx.calls.earlier and win.help_button.heading.text() == "직원 호출 중"
    with qtbot.waitSignal(win.idle.visit_reset, timeout=10000):
        pass  # nobody answered the question
    assert win.ctx.calls.earlier and win.help_button.heading.text() == "직원 호출됨"


def test_a_call_closed_unanswered_is_not_told_as_done(qtbot, demo, tmp_path):
    """The visitor's own call, no answer for EXPIRE_AFTER: the kiosk closes it, and the
    dialog still open says so and sends them to the desk, not "All done. Thank you"."""
    now = [time.time()]
    alerts = FakeKioskAlerts(clock=lambda: now[0])
    win = kiosk(qtbot, demo, tmp_path, alerts)
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    now[0] += EXPIRE_AFTER
    win.ctx.calls._tick()
    assert alerts.open_call is None and overlay.isVisible()
    assert overlay.title.text() == "응답이 없어 호출이 닫혔습니다"
    assert "안내데스크" in overlay.text.text() and overlay.phone.isVisible()
    alerts.closed.clear()  # the kiosk keeps a final state a few minutes only
    win.ctx.session.set_language("en")  # told the same after it forgot the call
    assert overlay.title.text() == "No one answered, so the call was closed"


def test_a_call_resolved_at_the_desk_is_told_as_done(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    alerts.console_does("acknowledged", "박민수")
    alerts.console_does("resolved", "박민수")
    qtbot.waitUntil(lambda: win.help_overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.")


def own_call_beside_the_earlier(qtbot, win, alerts):
    """An earlier visitor's call left open; the new visitor taps Help and chooses a need:
    their own call, which the dialog follows. Returns (earlier call, own call)."""
    call_then_leave(qtbot, win)
    win.idle.idle_timer.setInterval(2**31 - 1)
    earlier = alerts.open_call
    tap(qtbot, win.help_button)
    tap(qtbot, find(win, "Need-low_vision"))
    own = alerts.open_call
    assert own.id != earlier.id and [c.id for c in alerts.open_calls] == [earlier.id, own.id]
    return earlier, own


def test_the_visitors_own_call_resolved_beside_an_earlier_one_is_told_as_done(qtbot, demo,
                                                                            tmp_path):
    """The dialog follows its own call, not the newest open one: when the visitor's call is
    resolved while the earlier visitor's is still open, it says theirs is done; it does not
    turn to the earlier call, offer its needs again (a third call) or speak its title."""
    alerts, speech = FakeKioskAlerts(), FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, alerts, speech)
    earlier, own = own_call_beside_the_earlier(qtbot, win, alerts)
    win.ctx.session.set_profile(Profile(speech=True))  # the new visitor's (a reset clears it)
    overlay = win.help_overlay
    before = len(speech.said)
    alerts.console_does("resolved", "박민수", call_id=own.id)
    qtbot.waitUntil(lambda: overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.")
    assert [c.id for c in alerts.open_calls] == [earlier.id]
    assert not any(b.isVisible() for b in overlay.needs.values())
    assert not overlay.cancel_button.isVisible() and not overlay.waited.isVisible()
    assert "이 키오스크에서 직원을 불렀습니다" not in overlay.text.text()
    said = [text for text, _lang in speech.said[before:]]
    assert any(t.startswith("도움이 끝났습니다") for t in said)
    assert not any("이 키오스크에서 직원을 불렀습니다" in t for t in said)
    win.ctx.session.set_language("en")  # told the same in the other language
    # Both English wordings of an earlier call ("just called", "already called … ago") say it.
    assert "called to this kiosk" not in overlay.title.text()
    assert "called to this kiosk" not in overlay.text.text()
    assert alerts.raised == 2


def test_the_visitors_own_call_expired_beside_an_earlier_one_is_told_so(qtbot, demo, tmp_path):
    now = [time.time()]
    alerts = FakeKioskAlerts(clock=lambda: now[0])
    win = kiosk(qtbot, demo, tmp_path, alerts)
    now[0] += 60
    earlier, own = own_call_beside_the_earlier(qtbot, win, alerts)
    overlay = win.help_overlay
    now[0] += EXPIRE_AFTER - 30
    alerts.console_does("acknowledged", "박민수", call_id=earlier.id)  # the earlier lives on
    now[0] += 30
    win.ctx.calls._tick()
    assert [c.id for c in alerts.open_calls] == [earlier.id]
    assert overlay.title.text() == "응답이 없어 호출이 닫혔습니다"
    assert "안내데스크" in overlay.text.text() and overlay.phone.isVisible()
    assert not any(b.isVisible() for b in overlay.needs.values())


def test_a_third_request_beside_two_open_calls_is_sent_to_the_desks_phone(qtbot, demo,
                                                                         tmp_path):
    """One visitor tapping "start over" and "take me there" in turn: each visit's request
    beside the earlier calls would be a new call; the kiosk keeps two open at most. The
    third is not sent, and the visitor is told why, with the desk's phone, before a tap."""
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    tap(qtbot, find(win, "HelpClose"))
    page = win.page("route")
    for _ in range(5):
        win.idle.reset_visit()  # "start over": the open calls become earlier ones
        win.navigate(("route", "rooms", "2F-stairs"))  # no step-free way onto the stairs
        tap(qtbot, page.free_toggle)
        tap(qtbot, page.guide_me)
        tap(qtbot, find(win, "HelpClose"))
    assert alerts.raised == 2 and len(alerts.open_calls) == 2
    # Each request that could not go is recorded with its own reason (a desk was reachable;
    # KioskAlerts keeps one a minute): the report counts the visitor not guided.
    assert alerts.refusals == ["full"] * 4
    win.idle.reset_visit()
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    phone = win.ctx.desk_phone
    assert overlay.title.text() == "방금 이 키오스크에서 직원을 불렀습니다"  # under a minute ago
    assert overlay.text.text().endswith(
        f"이 키오스크의 호출 2건이 아직 열려 있어 새로 부를 수 없습니다. "
        f"안내데스크로 전화해 주세요: {phone}")
    assert overlay.phone.isVisible()
    assert not any(b.isVisible() for b in overlay.needs.values())
    alerts.console_does("resolved", "박민수")  # one closes: a call of their own can go again
    qtbot.waitUntil(lambda: overlay.title.text().startswith("앞서 부른 호출이 끝났습니다"))
    tap(qtbot, find(win, "HelpClose"))
    tap(qtbot, win.help_button)
    assert "새로 부를 수 없습니다" not in overlay.text.text()
    tap(qtbot, find(win, "Need-mobility"))
    assert alerts.raised == 3 and len(alerts.open_calls) == 2


@pytest.mark.parametrize("control", ["CallCancel", "Need-hearing"])
def test_a_tap_as_the_visitors_own_call_closes_changes_no_other_call(qtbot, demo, tmp_path,
                                                                     control):
    """The desk resolves the new visitor's call just as they tap Cancel or a need, before the
    dialog has heard of it: the tap is about their own call, named by its id. The earlier
    visitor's call, now the newest open one, is not cancelled, given the need or joined by
    a call nobody asked for."""
    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    earlier, own = own_call_beside_the_earlier(qtbot, win, alerts)
    alerts.console_does("resolved", "박민수", call_id=own.id)  # its report not yet read
    button = find(win, control)
    assert button.isVisible()
    button.click()  # at once: the report waits in the event queue
    assert alerts.open_calls == [earlier] and alerts.raised == 2
