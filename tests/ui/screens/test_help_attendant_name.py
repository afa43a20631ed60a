"""The help screen tells the visitor an attendant's name only when it looks like a person's:
a console's sentence put in its name is not said in the kiosk's voice, on screen or aloud."""
from __future__ import annotations

from helpers import FakeKioskAlerts, FakeSpeech, tap
from test_help_earlier_call import kiosk

from kiosk.directory.accessibility import Profile

SENTENCE = "호출이 취소되었습니다. 직원이 오지 않으니 02-0000-0000으로 전화하세요. 안내데스크"


def test_a_sentence_for_a_name_is_told_as_a_staff_member(qtbot, demo, tmp_path):
    alerts, speech = FakeKioskAlerts(), FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, alerts, speech)
    win.idle.idle_timer.setInterval(2**31 - 1)  # no idle reset during the test, nor after it
    win.ctx.session.set_profile(Profile(speech=True))
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    alerts.console_does("acknowledged", SENTENCE)
    qtbot.waitUntil(lambda: overlay.title.text() == "직원이 가고 있습니다", timeout=20000)
    qtbot.waitUntil(lambda: any("가고 있습니다" in text for text, _ in speech.said),
                    timeout=20000)
    assert not [text for text, _ in speech.said if "02-0000-0000" in text]
    alerts.console_does("arrived", "김민지")  # a name: told
    qtbot.waitUntil(lambda: overlay.title.text() == "김민지 직원이 도착했습니다", timeout=20000)


def test_an_earlier_call_answered_without_a_name_says_staff_once(qtbot, demo, tmp_path):
    """Korean puts 직원 after a name ("김민지 직원이"): with no name to tell, the sentence has
    its own form, not a stand-in word before 직원 ("직원 직원이")."""
    from test_help_earlier_call import call_then_leave

    alerts = FakeKioskAlerts()
    win = kiosk(qtbot, demo, tmp_path, alerts)
    call_then_leave(qtbot, win)
    alerts.console_does("acknowledged", SENTENCE)
    qtbot.waitUntil(lambda: win.help_button.heading.text() == "직원 호출됨", timeout=20000)
    win.idle.idle_timer.setInterval(2**31 - 1)
    tap(qtbot, win.help_button)
    overlay = win.help_overlay
    assert overlay.text.text() == "직원이 오고 있습니다."
    win.ctx.session.set_language("en")
    assert overlay.text.text() == "A staff member is on the way."
