"""On-screen touch keyboard: Korean 2-set (두벌식), English, digits and initials (초성) only.

Our own widget rather than Qt Virtual Keyboard (GPLv3/commercial, and its QML panel would not
follow our magnification). It only emits key presses; composition happens in HangulComposer.
How the keys share their room (the worded keys by their words, the letters inside the focus
ring) is in keyboard_room.py.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import button, set_accessible
from kiosk.ui.widgets.keyboard_room import CHECK, KeyRoom
from kiosk.ui.widgets.step_stack import StepStack

LAYOUTS = {
    "ko": ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "digits": ("1234567890", "-.,/()#"),
    "initials": ("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅ", "ㅆㅇㅈㅉㅊㅋㅌㅍㅎ"),
}
SHIFTED = {"ㅂ": "ㅃ", "ㅈ": "ㅉ", "ㄷ": "ㄸ", "ㄱ": "ㄲ", "ㅅ": "ㅆ", "ㅐ": "ㅒ", "ㅔ": "ㅖ",
           **{c: c.upper() for c in LAYOUTS["en"][0] + LAYOUTS["en"][1] + LAYOUTS["en"][2]}}
MODES = (("ko", "kbd.ko"), ("en", "kbd.en"), ("digits", "kbd.digits"),
         ("initials", "kbd.initials"))
# The shift key's columns (a letter key takes 2) at the start of the letters' last row, as on
# a phone: three keys wide, for "쌍자음" whole at 200 %; the row's letters end at its right.
SHIFT_SPAN = 6
SHIFT_WORDS = {"ko": "kbd.shift", "en": "kbd.capitals"}
COLUMNS = 20


class TouchKeyboard(QWidget):
    key_pressed = Signal(str)
    backspace_pressed = Signal()
    clear_pressed = Signal()
    mode_changed = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.mode = "ko"
        self.offered = tuple(m for m, _k in MODES)  # the mode keys this field has a use for
        self.shifted = False
        self.keys: dict[str, list] = {}
        self.shifts = {}  # mode -> its shift key: 쌍자음 for Korean, capitals for English
        # The digits' two rows take two rows' height, not three; every mode one width.
        self.pages = StepStack(widest=True)
        grids = {}
        for mode, rows in LAYOUTS.items():
            page = QWidget()
            grid = grids[mode] = QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            self.keys[mode] = []
            for r, row in enumerate(rows):
                offset = COLUMNS // 2 - len(row)  # centre short rows, as printed keyboards do
                if mode in SHIFT_WORDS and r == 2:
                    offset = COLUMNS - 2 * len(row)  # after the shift key
                for c, char in enumerate(row):
                    key = button(char, role="key", name=f"Key-{char}")
                    key.setProperty("letters", mode)
                    key.clicked.connect(lambda _=False, k=key: self._key(k.text()))
                    grid.addWidget(key, r, offset + c * 2, 1, 2)
                    self.keys[mode].append(key)
            if mode in SHIFT_WORDS:
                shift = self.shifts[mode] = button(role="key", name=f"Key-shift-{mode}")
                shift.setProperty("special", True)
                shift.clicked.connect(self._toggle_shift)
                grid.addWidget(shift, 2, 0, 1, SHIFT_SPAN)
            self.pages.addWidget(page)
        self.shift = self.shifts["ko"]

        self.mode_buttons = {}
        for mode, _key in MODES:
            b = button(role="key", name=f"Mode-{mode}")
            b.setProperty("special", True)
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_buttons[mode] = b
        self.space = button(role="key", name="Key-space")
        self.space.clicked.connect(lambda: self._key(" "))
        self.backspace = button(role="key", name="Key-backspace")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(self.backspace_pressed)
        self.clear = button(role="key", name="Key-clear")
        self.clear.clicked.connect(self.clear_pressed)
        for b in (self.space, self.backspace, self.clear):
            b.setProperty("special", True)
        self.room = KeyRoom(self, grids, {
            mode: "".join(rows) + "".join(SHIFTED.get(c, "") for c in "".join(rows))
            for mode, rows in LAYOUTS.items()})
        self.pages.currentChanged.connect(self.room.restyle_shown)  # its letters' size
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addLayout(self.room.bottom)
        self._layout = layout
        ctx.session.language_changed.connect(self.retranslate)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.set_mode("ko")

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.shifted = False
        self.pages.setCurrentIndex(list(LAYOUTS).index(mode))
        for m, b in self.mode_buttons.items():
            b.setProperty("mode", m == mode)
            b.style().unpolish(b)
            b.style().polish(b)
        self._show_shift()
        self.retranslate()
        self.mode_changed.emit(mode)

    def offer(self, modes: tuple[str, ...]) -> None:
        """Only the mode keys that make sense for what is typed: initials find a name in
        the directory, but are no way to write one's name, a phone number or a message."""
        if modes != self.offered:
            self.offered = modes
            self.relayout()

    def _toggle_shift(self) -> None:
        self.shifted = not self.shifted
        self._show_shift()

    def _show_shift(self) -> None:
        """While shift is on, the keys show what they type: ㅃ for ㅂ, A for a."""
        for mode, shift in self.shifts.items():
            for key, base in zip(self.keys[mode], "".join(LAYOUTS[mode])):
                key.setText(SHIFTED.get(base, base) if self.shifted else base)
            shift.setProperty("mode", self.shifted)
            shift.style().unpolish(shift)
            shift.style().polish(shift)
        self._name_shift()

    def _key(self, char: str) -> None:
        self.key_pressed.emit(char)
        if self.shifted:  # one shifted key at a time, as on a phone
            self.shifted = False
            self._show_shift()

    def relayout(self) -> None:
        """Mode and editing keys in one row, or in two when the screen is narrow or magnified."""
        theme = self.ctx.theme
        shown = [m for m, _k in MODES if m in self.offered]
        self.room.lay_out([self.mode_buttons[m] for m in shown],
                          [self.space, self.backspace, self.clear],
                          two_rows=theme.portrait or theme.zoom > 1.0)
        for mode, b in self.mode_buttons.items():  # in the keyboard now: shown with it
            b.setHidden(mode not in shown)
        self._layout.setSpacing(self.room.gap)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.room.least_width()), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.room.fit_letters(self.width())

    def _name_shift(self) -> None:
        s = self.ctx.session
        state = s.tr("access.on" if self.shifted else "access.off")
        for mode, shift in self.shifts.items():
            set_accessible(shift, s.tr(SHIFT_WORDS[mode]), state)

    def retranslate(self) -> None:
        s = self.ctx.session
        for mode, key in MODES:
            self.mode_buttons[mode].setText((CHECK if mode == self.mode else "") + s.tr(key))
        for mode, shift in self.shifts.items():
            shift.setText(s.tr(SHIFT_WORDS[mode]))
        self.space.setText(s.tr("kbd.space"))
        self.backspace.setText(s.tr("kbd.backspace"))
        self.clear.setText(s.tr("kbd.clear"))
        for b, key in ((self.space, "kbd.space"), (self.backspace, "kbd.backspace"),
                       (self.clear, "kbd.clear")):
            set_accessible(b, s.tr(key))
        self._name_shift()
        self.room.share_by_words()
