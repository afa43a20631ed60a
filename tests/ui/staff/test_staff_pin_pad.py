"""The staff PIN pad: dots only, the truth about tries left and the lockout, and no way in
while no PIN is set."""
from __future__ import annotations

from dialogs import clipped_by, settle
from helpers import tap
from looks import in_looks, wear

from kiosk.bundle.staff_pin import LOCK_SECONDS, StaffPin
from kiosk.ui.staff.pin_pad import PinPad, minutes_seconds


class Clock:
    now = 5_000_000.0

    def __call__(self):
        return self.now


def pad_for(qtbot, window, tmp_path, pin_text="2468"):
    clock = Clock()
    pin = StaffPin(tmp_path / "pin", clock)
    if pin_text:
        pin.set(pin_text)
    pad = PinPad(window.ctx, window, pin)
    pad.open()
    return pad, clock


def enter(qtbot, pad, digits):
    for d in digits:
        tap(qtbot, pad.digits[d])
    tap(qtbot, pad.ok_key)


def test_digits_show_as_dots_and_the_right_pin_opens(qtbot, window, tmp_path):
    pad, _clock = pad_for(qtbot, window, tmp_path)
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    assert not pad.ok_key.isEnabled()  # fewer than 4 digits
    for d in "246":
        tap(qtbot, pad.digits[d])
    assert pad.display.text() == "● ● ●" and "246" not in pad.display.accessibleName()
    assert pad.display.accessibleName() == "3자리 입력됨"
    tap(qtbot, pad.delete_key)
    for d in "68":
        tap(qtbot, pad.digits[d])
    assert pad.digits["5"].accessibleName() == "숫자 5"
    tap(qtbot, pad.ok_key)
    assert accepted == [True] and not pad.isVisible()


def test_five_wrong_tries_lock_the_pad_then_it_opens_again(qtbot, window, tmp_path):
    pad, clock = pad_for(qtbot, window, tmp_path)
    accepted = []
    pad.accepted.connect(lambda: accepted.append(True))
    enter(qtbot, pad, "1111")
    assert pad.text.text() == "PIN이 틀렸습니다. 4번 더 시도할 수 있습니다."
    for _ in range(4):
        enter(qtbot, pad, "1111")
    assert pad.text.text() == "PIN이 5번 틀려 잠겼습니다. 5:00 뒤에 다시 시도하세요."
    assert not pad.digits["2"].isEnabled() and not pad.ok_key.isEnabled()
    window.ctx.session.set_language("en")
    assert pad.text.text() == "Wrong 5 times: locked. Try again in 5:00."
    clock.now += LOCK_SECONDS - 61
    with qtbot.waitSignal(pad.lock_timer.timeout, timeout=3000):
        pass  # the countdown on screen follows the clock
    assert "1:01" in pad.text.text()
    # Closing and opening again (or restarting the kiosk) does not lift it.
    pad.close_overlay()
    reopened = PinPad(window.ctx, window, StaffPin(tmp_path / "pin", clock))
    reopened.open()
    assert not reopened.digits["2"].isEnabled()
    clock.now += 61
    reopened.refresh()
    assert reopened.digits["2"].isEnabled()
    assert reopened.text.text() == "The staff PIN is needed to see the directory update on " \
                                   "the USB stick."
    reopened.accepted.connect(lambda: accepted.append(True))
    enter(qtbot, reopened, "2468")
    assert accepted == [True]


def test_without_a_pin_the_pad_says_how_to_set_one_and_opens_nothing(qtbot, window, tmp_path):
    pad, _clock = pad_for(qtbot, window, tmp_path, pin_text="")
    assert "python -m kiosk staff-pin" in pad.text.text()
    assert not any(key.isEnabled() for key in pad.digits.values())
    cancelled = []
    pad.cancelled.connect(lambda: cancelled.append(True))
    tap(qtbot, pad.cancel_button)
    assert cancelled == [True] and not pad.isVisible()


@in_looks(lang="ko")
def test_every_key_shows_whole(qtbot, window, tmp_path, look):
    """No key cut off by the pad (its bottom row was, in both orientations): all twelve keys
    and Cancel wholly in view (not scrolled out of it either) at every text size."""
    wear(window, look)
    pad, _clock = pad_for(qtbot, window, tmp_path)
    settle()
    keys = [*pad.digits.values(), pad.delete_key, pad.ok_key, pad.cancel_button]
    cut = {key.text() or key.accessibleName(): clipped_by(key, window) for key in keys}
    assert {text: parent for text, parent in cut.items() if parent is not None} == {}


def test_minutes_and_seconds():
    assert minutes_seconds(300) == "5:00"
    assert minutes_seconds(0.2) == "0:01"
    assert minutes_seconds(-3) == "0:00"
