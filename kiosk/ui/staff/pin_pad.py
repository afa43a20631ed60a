"""The staff PIN pad: large digit keys, the PIN shown only as dots, and the truth about tries
left, a lockout (counting down) or a PIN that was never set (then nothing opens, and the pad
says how an administrator sets one)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout

from ...core.staff_pin import MAX_DIGITS, StaffPin
from ..overlays import Overlay
from ..widgets import button, label, set_accessible


def minutes_seconds(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class PinPad(Overlay):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, ctx, window, pin: StaffPin):
        super().__init__(ctx, window)
        self.pin = pin
        self.entered = ""
        self.status = ""  # "", "wrong", "locked", "not_set"
        self.tries_left = 0
        self.display = label(role="query", wrap=False)
        self.display.setObjectName("PinDisplay")
        self.display.setAlignment(Qt.AlignCenter)
        self.body.insertWidget(2, self.display)
        self.grid = QGridLayout()
        self.digits = {}
        for i, d in enumerate("123456789"):
            self.digits[d] = self._key(d, i // 3, i % 3)
        self.delete_key = self._key("", 3, 0, name="PinDelete")
        self.digits["0"] = self._key("0", 3, 1)
        self.ok_key = self._key("", 3, 2, name="PinOk")
        self.ok_key.setProperty("role", "primary")
        for d, key in self.digits.items():
            key.clicked.connect(lambda _=False, d=d: self.press(d))
        self.delete_key.clicked.connect(self.delete)
        self.ok_key.clicked.connect(self.submit)
        self.body.insertLayout(3, self.grid)
        self.cancel_button = button(name="PinCancel")
        self.cancel_button.clicked.connect(self.close_overlay)
        self.buttons.addWidget(self.cancel_button)
        self.lock_timer = QTimer(self, interval=1000)
        self.lock_timer.timeout.connect(self.refresh)

    def _key(self, text: str, row: int, column: int, name: str = ""):
        key = button(text, name=name or f"PinKey-{text}")
        self.grid.addWidget(key, row, column)
        return key

    def relayout(self) -> None:
        super().relayout()
        theme = self.ctx.theme
        self.panel.setFixedWidth(min(self.width() - theme.px(40), theme.px(760)))
        self.grid.setSpacing(theme.px(16))
        for key in (*self.digits.values(), self.delete_key, self.ok_key):
            key.setMinimumHeight(theme.px(110))

    # -- opening and closing ---------------------------------------------------------------
    def open(self) -> None:
        self.entered = ""
        self.status = ""
        self.refresh()
        super().open()

    def close_overlay(self) -> None:
        self.entered = ""
        self.lock_timer.stop()
        super().close_overlay()
        self.cancelled.emit()

    # -- keys -------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if len(self.entered) < MAX_DIGITS:
            self.entered += digit
        self.refresh()

    def delete(self) -> None:
        self.entered = self.entered[:-1]
        self.refresh()

    def submit(self) -> None:
        pin, self.entered = self.entered, ""
        result = self.pin.attempt(pin)
        if result.ok:
            self.status = ""
            self.lock_timer.stop()
            self.hide()
            self.accepted.emit()
            return
        self.status = "not_set" if result.no_pin else "locked" if result.locked_for else "wrong"
        self.tries_left = result.tries_left
        self.refresh()
        self.ctx.voice.say(self.text.text())

    # -- what the pad says -----------------------------------------------------------------
    def refresh(self) -> None:
        if not self.pin.is_set:
            self.status = "not_set"
        elif self.pin.locked_for() > 0:
            self.status = "locked"
        elif self.status in ("locked", "not_set"):
            self.status = ""  # the lockout ran out, or a PIN was set meanwhile
        if self.status == "locked" and not self.lock_timer.isActive():
            self.lock_timer.start()
        elif self.status != "locked":
            self.lock_timer.stop()
        usable = self.status not in ("locked", "not_set")
        for key in (*self.digits.values(), self.delete_key):
            key.setEnabled(usable)
        self.ok_key.setEnabled(usable and len(self.entered) >= 4)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.ctx.session
        self.title.setText(s.tr("staff.pin.title"))
        if self.status == "not_set":
            text = s.tr("staff.pin.not_set")
        elif self.status == "locked":
            text = s.tr("staff.pin.locked", time=minutes_seconds(self.pin.locked_for()))
        elif self.status == "wrong":
            text = s.tr("staff.pin.wrong", n=self.tries_left)
        else:
            text = s.tr("staff.pin.why")
        self.text.setText(text)
        self.display.setText(" ".join("●" * len(self.entered)) or " ")
        set_accessible(self.display, s.tr("staff.pin.entered", n=len(self.entered)))
        for d, key in self.digits.items():
            set_accessible(key, s.tr("staff.pin.digit", d=d))
        self.delete_key.setText(s.tr("staff.pin.delete"))
        self.ok_key.setText(s.tr("staff.pin.ok"))
        self.cancel_button.setText(s.tr("staff.cancel"))
