"""On-screen touch keyboard: Korean 2-set (두벌식), English, digits and initials (초성) only.

Our own widget rather than Qt Virtual Keyboard (GPLv3/commercial, and its QML panel would not
follow our magnification). It only emits key presses; composition happens in HangulComposer.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import button, set_accessible
from kiosk.ui.widgets.step_stack import StepStack

LAYOUTS = {
    "ko": ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "digits": ("1234567890", "-.,/()#"),
    "initials": ("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅ", "ㅆㅇㅈㅉㅊㅋㅌㅍㅎ"),
}
SHIFTED = {"ㅂ": "ㅃ", "ㅈ": "ㅉ", "ㄷ": "ㄸ", "ㄱ": "ㄲ", "ㅅ": "ㅆ", "ㅐ": "ㅒ", "ㅔ": "ㅖ"}
MODES = (("ko", "kbd.ko"), ("en", "kbd.en"), ("digits", "kbd.digits"),
         ("initials", "kbd.initials"))
MODE_SPANS = (5, 5, 4, 6)  # shares of the 20 columns, by the longest words of each key


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
        # The digits' two rows take two rows' height, not three; every mode one width.
        self.pages = StepStack(widest=True)
        self._grids = []
        for mode, rows in LAYOUTS.items():
            page = QWidget()
            grid = QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            self._grids.append(grid)
            width = max(len(r) for r in rows) * 2
            self.keys[mode] = []
            for r, row in enumerate(rows):
                offset = width // 2 - len(row)  # centre short rows, as printed keyboards do
                for c, char in enumerate(row):
                    key = button(char, role="key", name=f"Key-{char}")
                    key.clicked.connect(lambda _=False, k=key: self._key(k.text()))
                    grid.addWidget(key, r, offset + c * 2, 1, 2)
                    self.keys[mode].append(key)
            if mode == "ko":
                self.shift = button(role="key", name="Key-shift")
                self.shift.setProperty("special", True)
                self.shift.clicked.connect(self._toggle_shift)
                grid.addWidget(self.shift, 2, 0, 1, 3)
            self.pages.addWidget(page)

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
        self._bottom = QGridLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addLayout(self._bottom)
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
        for key in self.keys["ko"]:
            base = next((k for k, v in SHIFTED.items() if v == key.text()), key.text())
            key.setText(SHIFTED.get(base, base) if self.shifted else base)
        self.shift.setProperty("mode", self.shifted)
        self.shift.style().unpolish(self.shift)
        self.shift.style().polish(self.shift)

    def _key(self, char: str) -> None:
        self.key_pressed.emit(char)
        if self.shifted:  # one shifted key at a time, as on a phone
            self.shifted = False
            self._show_shift()

    def relayout(self) -> None:
        """Mode and editing keys in one row, or in two when the screen is narrow or magnified."""
        theme = self.ctx.theme
        two_rows = theme.portrait or theme.zoom > 1.0
        # Shares of the row by the longest words: "모두 지우기" (clear) needs the most.
        edits = [(self.space, 3), (self.backspace, 3), (self.clear, 4)]
        # The mode keys share their row by their words too ("✓ Initials" is the longest),
        # the row's 20 columns among those offered.
        shown = [(m, span) for (m, _k), span in zip(MODES, MODE_SPANS) if m in self.offered]
        scale = 20 / sum(span for _m, span in shown)
        col = 0
        for mode, b in self.mode_buttons.items():
            if mode not in self.offered:
                self._bottom.removeWidget(b)
                b.hide()
        for i, (mode, span) in enumerate(shown):
            width = 20 - col if i == len(shown) - 1 else round(span * scale)
            self._bottom.addWidget(self.mode_buttons[mode], 0, col, 1, width)
            self.mode_buttons[mode].setHidden(False)  # in the keyboard now: shown with it
            col += width
        row, start = (1, 0) if two_rows else (0, 20)
        for b, span in edits:
            self._bottom.addWidget(b, row, start, 1, span * 2)
            start += span * 2
        for column in range(self._bottom.columnCount()):  # each a share: spans are widths
            self._bottom.setColumnStretch(column, 1 if column < start else 0)
        gap = theme.px(8)
        for grid in self._grids:
            grid.setSpacing(gap)
        # The digits' two rows (their page is two rows tall, not three) a little taller than
        # a letter's: their taller figures keep clear of a focused key's thick ring.
        digits = self._grids[list(LAYOUTS).index("digits")]
        for row in range(len(LAYOUTS["digits"])):
            digits.setRowMinimumHeight(row, theme.px(52))
        self._bottom.setSpacing(gap)
        self._layout.setSpacing(gap)

    def retranslate(self) -> None:
        s = self.ctx.session
        for mode, key in MODES:
            self.mode_buttons[mode].setText(("✓ " if mode == self.mode else "") + s.tr(key))
        self.shift.setText(s.tr("kbd.shift"))
        self.space.setText(s.tr("kbd.space"))
        self.backspace.setText(s.tr("kbd.backspace"))
        self.clear.setText(s.tr("kbd.clear"))
        for b, key in ((self.space, "kbd.space"), (self.backspace, "kbd.backspace"),
                       (self.clear, "kbd.clear")):
            set_accessible(b, s.tr(key))
