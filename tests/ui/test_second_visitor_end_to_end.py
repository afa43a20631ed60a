"""A call an earlier visitor left open, and a new visitor who asks to be guided: their request
is a call of its own, through a real Mosquitto on loopback (the fixtures of
test_calls_end_to_end.py). The attendant coming for the first learns from its row that a
second visitor waits, what they need and where they want to go; the new visitor is told
how their own call goes, never the earlier one's answer as theirs."""
from __future__ import annotations

from alert_support import LINK_WAIT_MS
from helpers import find, tap
from PySide6.QtCore import Qt
from test_calls_end_to_end import broker, console_window, kiosk_window  # noqa: F401 fixtures

STAIRS = ("rooms", "2F-stairs")  # no step-free way leads onto the stairs


def rows_by_call(desk) -> dict[str, str]:
    model = desk.open_model
    return {c.id: model.data(model.index(i), Qt.AccessibleTextRole)
            for i, c in enumerate(model.calls)}


def new_visitor_beside_an_earlier_call(qtbot, kiosk):
    """A visitor calls and leaves; the next one taps Help and is told of that call (no new
    one). Returns the earlier call."""
    calls = kiosk.ctx.calls
    qtbot.waitUntil(lambda: calls.can_call, timeout=LINK_WAIT_MS)
    tap(qtbot, kiosk.help_button)
    earlier = calls.open_call
    tap(qtbot, find(kiosk, "HelpClose"))
    kiosk.idle.reset_visit()
    tap(qtbot, kiosk.help_button)
    return earlier


def test_a_new_visitors_guide_me_is_a_call_of_their_own(qtbot, kiosk_window, console_window):
    kiosk, desk, calls = kiosk_window, console_window, kiosk_window.ctx.calls
    qtbot.waitUntil(lambda: calls.can_call, timeout=LINK_WAIT_MS)
    tap(qtbot, kiosk.help_button)  # the first visitor calls, and the desk answers
    earlier = calls.open_call
    qtbot.waitUntil(lambda: desk.open_model.rowCount() == 1, timeout=LINK_WAIT_MS)
    tap(qtbot, desk.action_buttons["acknowledge"])
    qtbot.waitUntil(lambda: calls.open_call.state == "acknowledged", timeout=LINK_WAIT_MS)
    tap(qtbot, find(kiosk, "HelpClose"))
    kiosk.idle.reset_visit()  # nobody touched the screen for a while: a new visitor
    assert calls.earlier

    kiosk.navigate(("route",) + STAIRS)
    page = kiosk.page("route")
    tap(qtbot, page.free_toggle)
    tap(qtbot, page.guide_me)  # "call staff to take me there"
    own = calls.open_call
    assert own.id != earlier.id
    assert (own.need, own.destination.ko) == ("mobility", "계단")
    first, second = calls.alerts.open_calls
    assert (first.id, first.need, first.state) == (earlier.id, "", "acknowledged")
    assert second.id == own.id
    # The new visitor follows their own call: sent, then the desk has it.
    overlay = kiosk.help_overlay
    assert overlay.isVisible() and not calls.earlier
    qtbot.waitUntil(lambda: overlay.title.text() == "안내데스크가 호출을 받았습니다",
                    timeout=LINK_WAIT_MS)
    assert "이 키오스크에서 직원을 불렀습니다" not in overlay.title.text()
    # The desk: two rows, each saying the other visitor is there.
    qtbot.waitUntil(lambda: own.id in rows_by_call(desk), timeout=LINK_WAIT_MS)
    rows = rows_by_call(desk)
    assert "+ 다른 방문객: 휠체어·이동 도움 · 목적지: 계단" in rows[earlier.id]
    assert "다른 방문객 (이 키오스크의 앞선 호출도 열려 있음)" in rows[own.id]
    assert desk.chime.played >= 2  # the new call is announced as any new call
    # The attendant reaches the kiosk for the first: the second's call stays open and theirs.
    desk.adapter.resolve(earlier.key)
    qtbot.waitUntil(lambda: [c.id for c in calls.alerts.open_calls] == [own.id], timeout=LINK_WAIT_MS)
    assert calls.open_call.id == own.id and not calls.earlier
    qtbot.waitUntil(lambda: "다른 방문객" not in rows_by_call(desk).get(own.id, "다른 방문객"),
                    timeout=LINK_WAIT_MS)


def test_a_need_chosen_in_help_beside_an_earlier_call_is_a_call_of_its_own(
        qtbot, kiosk_window, console_window):
    kiosk, desk, calls = kiosk_window, console_window, kiosk_window.ctx.calls
    earlier = new_visitor_beside_an_earlier_call(qtbot, kiosk)
    overlay = kiosk.help_overlay
    assert overlay.title.text().endswith("이 키오스크에서 직원을 불렀습니다")
    assert [c.id for c in calls.alerts.open_calls] == [earlier.id]
    tap(qtbot, find(kiosk, "Need-low_vision"))  # "I need help myself": their own call
    own = calls.open_call
    assert own.id != earlier.id and own.need == "low_vision"
    assert calls.alerts.open_calls[0].need == ""
    assert find(kiosk, "Need-low_vision").text().startswith("✓")
    assert find(kiosk, "CallCancel").isVisible()  # their own call, theirs to cancel
    qtbot.waitUntil(lambda: overlay.title.text() == "안내데스크가 호출을 받았습니다",
                    timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: own.id in rows_by_call(desk), timeout=LINK_WAIT_MS)
    assert "+ 다른 방문객: 시력 (잘 안 보임)" in rows_by_call(desk)[earlier.id]
    tap(qtbot, find(kiosk, "CallCancel"))  # cancels their own call only
    qtbot.waitUntil(lambda: [c.id for c in calls.alerts.open_calls] == [earlier.id],
                    timeout=LINK_WAIT_MS)


def test_the_new_visitors_call_resolved_first_is_told_as_theirs_done(qtbot, kiosk_window,
                                                                    console_window):
    """The desk resolves the new visitor's call while the earlier visitor's is still open:
    the dialog, following the new visitor's call, says it is done; it does not turn to the
    earlier call and offer its needs again (a tap would raise a third call)."""
    kiosk, desk, calls = kiosk_window, console_window, kiosk_window.ctx.calls
    earlier = new_visitor_beside_an_earlier_call(qtbot, kiosk)
    tap(qtbot, find(kiosk, "Need-hearing"))
    own = calls.open_call
    assert own.id != earlier.id
    overlay = kiosk.help_overlay
    qtbot.waitUntil(lambda: own.id in rows_by_call(desk), timeout=LINK_WAIT_MS)
    desk.adapter.resolve(own.key)
    qtbot.waitUntil(lambda: [c.id for c in calls.alerts.open_calls] == [earlier.id],
                    timeout=LINK_WAIT_MS)
    qtbot.waitUntil(lambda: overlay.title.text() == "도움이 끝났습니다. 또 뵙겠습니다.",
                    timeout=LINK_WAIT_MS)
    assert not any(b.isVisible() for b in overlay.needs.values())
    assert not overlay.cancel_button.isVisible()
    assert "이 키오스크에서 직원을 불렀습니다" not in overlay.title.text() + overlay.text.text()
