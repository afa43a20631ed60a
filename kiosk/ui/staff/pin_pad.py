"""The staff PIN pad: large digit keys, the PIN shown only as dots, and the truth about tries
left, a lockout (counting down) or a PIN that was never set (then nothing opens, and the pad
says how an administrator sets one).

Where the keys do not fit under the words (magnified text on a landscape screen), they go
beside them: words, dots and Cancel on the left, the keys on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.bundle.staff_pin import MAX_DIGITS, StaffPin
from kiosk.ui.widgets.basic import button, label, set_accessible
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.overlays import Overlay


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
        self.keys = QWidget(objectName="PinKeys")
        self.grid = QGridLayout(self.keys)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column in range(3):  # keys of one width, whatever their words
            self.grid.setColumnStretch(column, 1)
        # Title, words, dots (and the keys, or Cancel) on the left; the keys on the right
        # when beside. Widgets move between the columns; the layouts stay where they are.
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        self.columns = QHBoxLayout()
        self.columns.addLayout(self.left, 1)
        self.columns.addLayout(self.right, 1)
        for widget in (self.title, self.text):
            self.body.removeWidget(widget)
            self.left.addWidget(widget)
        self.left.addWidget(self.display)
        self.body.insertLayout(0, self.columns)
        self.beside = None  # set by relayout
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
        # A child from the start: measured in the stylesheet's font before it is placed.
        self.cancel_button = button(name="PinCancel", parent=self.panel)
        self.cancel_button.clicked.connect(self.close_overlay)
        self.lock_timer = QTimer(self, interval=1000)
        self.lock_timer.timeout.connect(self.refresh)

    def _key(self, text: str, row: int, column: int, name: str = ""):
        # Styled as the on-screen keyboard's keys: no side padding, so that three keys of one
        # width fit beside the words, Delete's word included.
        key = button(text, role="key", name=name or f"PinKey-{text}")
        self.grid.addWidget(key, row, column)
        return key

    def relayout(self) -> None:
        super().relayout()
        self.ensurePolished()  # measured in the stylesheet's fonts, even before first shown
        px, touch = self.ctx.theme.px, self.ctx.theme.touch
        # Gaps follow the screen, not the text (as paddings do): magnified, they had taken the
        # room of the keys' last row, lowered in portrait at 200 %.
        spacing, key_gap = touch(24), touch(16)
        edges = 2 * (px(40) + px(4))  # the panel's margins and border, both sides
        outer = self.layout().contentsMargins()
        inside = self.height() - outer.top() - outer.bottom() - edges  # the panel's height
        wide = min(self.width() - px(40), px(1500))
        narrow = min(self.width() - px(40), px(760))
        cancel = self.cancel_button.sizeHint().height()

        def words(width: int) -> int:  # title, words and dots, one above the other
            return sum(w.heightForWidth(width) for w in (self.title, self.text)) + \
                self.display.sizeHint().height() + 2 * spacing

        # Under the words, the keys share what is left above Cancel (pinned below them);
        # beside them (landscape only: on a portrait screen the words would be squeezed),
        # the whole height. Beside, the words take 3/5 of the width, the keys 2/5.
        # Words measured as if a scroll bar took its width: so they never need one.
        under = inside - words(narrow - edges - px(24)) - spacing - (spacing + cancel) - \
            3 * key_gap
        self._arrange(under < 4 * px(110) and self.width() > self.height())
        self.panel.setFixedWidth(wide if self.beside else narrow)
        self.left.setSpacing(spacing)
        self.frame.setSpacing(spacing)  # over Cancel, as `under` counts it
        self.columns.setSpacing(px(40) if self.beside else 0)
        self.columns.setStretch(0, 3 if self.beside else 1)
        self.columns.setStretch(1, 2 if self.beside else 0)
        self.grid.setSpacing(key_gap)
        room = inside - 3 * key_gap if self.beside else under
        # Keys exactly as tall as the room allows (not merely at least: a taller preferred
        # size would make the dialog scroll), never below a touch target.
        height = max(self._least_key(), min(px(110), room // 4))
        for key in (*self.digits.values(), self.delete_key, self.ok_key):
            key.ensurePolished()  # polishing sets the stylesheet's sizes: it must come first
            key.setFixedHeight(height)

    def _least_key(self) -> int:
        """A key's least height: a touch target's, set by the screen (as every control's), or
        its words' where they need more. Magnified keys no longer keep the 72 units scaled with
        the text, which had pushed the 7 8 9 row below the reach band's fold at 200 %."""
        words = max(key.sizeHint().height() for key in (self.digits["0"], self.delete_key,
                                                         self.ok_key))
        return max(self.ctx.theme.touch(72), words)

    def _arrange(self, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        for layout in (self.left, self.right, self.buttons):
            for widget in (self.keys, self.cancel_button):
                layout.removeWidget(widget)
        if beside:
            self.left.addStretch(1)
            self.left.addWidget(self.cancel_button)
            self.right.addWidget(self.keys)
        else:
            clear_layout(self.left, keep_widgets=True, start=3)  # title, words, dots stay
            self.left.addWidget(self.keys)
            self.buttons.addWidget(self.cancel_button)

    # -- opening and closing ---------------------------------------------------------------
    def open(self) -> None:
        self.entered = ""
        self.status = ""
        self.refresh()
        super().open()

    def first_control(self):
        return self.digits["1"]  # while locked (disabled): the first control that works

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
