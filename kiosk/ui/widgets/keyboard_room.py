"""How the on-screen keyboard's keys share their room, at every text size.

Two things must hold together, and were once fixed one at a time: every worded key (쌍자음,
띄어쓰기, 지우기, 모두 지우기, the modes) shows its whole word, and no letter touches a focused
key's ring (6 units thick: 12 px at 200 %). Widening the worded keys by giving each a least
width made the whole keyboard wider, the layouts around it gave way, and at 200 % a letter key
left "ㅔ" against its ring. So:

- the worded keys share their row in proportion to their words (plus room to the ring on each
  side), never by a least width of each key; the keyboard asks the screen around it for no
  more than it had (the search answers beside it keep two whole results at 200 %);
- the shift key takes three letter keys' room at the start of the last row, as on a phone,
  the row's letters ending at its right (they left that room empty before). A low-vision
  visitor reads the whole word "쌍자음" best: a symbol (⇧) is unknown to many older visitors,
  a word cut onto two lines ("쌍자" / "음") reads as two words, and letters made smaller for
  it would cost every key what one key needs;
- the gaps between keys follow the screen, not the text (as paddings do, `Theme.touch`): the
  keys get the room the gaps gave up;
- a row of letters is as tall as a Korean letter's ink at full size with the ring and a pixel
  around it, a row of words as the Korean words' (English words that reach lower, "Space",
  a little smaller), so the keyboard keeps about its height;
- the letters are drawn at full size where their key holds them inside the ring; where it
  does not (beside the search answers at 200 %), at the largest size that it does, never
  smaller than at 150 % (`text_fit.fit_ink`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.directory.strings import tr
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.text_fit import fit_ink, ink_room

LETTER_UNITS, WORD_UNITS = 32, 28  # the keys' font sizes (theme.py's key rules)
RING_UNITS = 6  # a focused key's ring (theme.py)
ROOM_UNITS = 8  # free on each side of a key's words, inside its border: more than the ring
GAP_UNITS = 8
SMALLEST_ZOOM = 1.5  # letters fitted to their key never smaller than at this text size
ASKED_ZOOM = 1.75  # the letters' size the keyboard asks room for (see least_width)
CHECK = "✓ "  # the current mode's mark (keyboard.py)
WORDS = ("kbd.shift", "kbd.capitals", "kbd.ko", "kbd.en", "kbd.digits", "kbd.initials",
         "kbd.space", "kbd.backspace", "kbd.clear")


class KeyRoom:
    def __init__(self, keyboard, grids: dict[str, QGridLayout], glyphs: dict[str, str]):
        self.keyboard = keyboard
        self.theme = keyboard.ctx.theme
        self.grids = grids
        self.glyphs = glyphs  # mode -> every letter its keys show, shifted ones too
        self.heights = {mode: 1 for mode in grids}  # each mode's least row height
        self.rows = [QGridLayout(), QGridLayout()]
        self.bottom = QVBoxLayout()
        for row in self.rows:
            self.bottom.addLayout(row)
        self.gap = 1
        self._shared: list[list] = []
        self._sheets: dict = {}  # widget -> the style sheet last set on it
        self.word_height = self.word_size = 1
        self.letter_sizes: dict[str, int] = {}

    @property
    def inset(self) -> int:
        """How far a letter's ink keeps from a key's edge: the focused ring and a pixel."""
        return self.theme.px(RING_UNITS) + 1

    def lay_out(self, modes: list, edits: list, two_rows: bool) -> None:
        theme = self.theme
        self.gap = theme.touch(GAP_UNITS)
        for row in self.rows:
            clear_layout(row, keep_widgets=True)
            for column in range(row.columnCount()):
                row.setColumnStretch(column, 0)
            row.setSpacing(self.gap)
        self._shared = [modes, edits] if two_rows else [modes + edits]
        for row, keys in zip(self.rows, self._shared):
            for column, key in enumerate(keys):
                row.addWidget(key, 0, column)
        self.bottom.setSpacing(self.gap)
        # Rows as tall as their ink at full size with the ring around it, and a key's least.
        # The digits' rows a little taller than a letter's: their taller figures.
        font = theme.font(LETTER_UNITS)
        letters = max(theme.touch(64), ink_room(font, self.glyphs["ko"], self.inset)[1])
        for mode, grid in self.grids.items():
            grid.setSpacing(self.gap)
            self.heights[mode] = letters if mode != "digits" else max(
                theme.px(52), ink_room(font, self.glyphs[mode], self.inset)[1])
            for r in range(grid.rowCount()):
                grid.setRowMinimumHeight(r, self.heights[mode])
        # The rows of words as tall as the Korean words need; words that reach lower (an
        # English "p") are set a little smaller, so the keyboard keeps one height.
        self.word_height = max(theme.touch(64), ink_room(
            theme.font(WORD_UNITS), "".join(tr(k, "ko") for k in WORDS).replace(" ", ""),
            self.inset)[1])
        for row in self.rows:
            row.setRowMinimumHeight(0, self.word_height)
        self._sheets.clear()
        self.share_by_words(restyle=False)  # the letters' fit below sets the style sheets
        if self.keyboard.testAttribute(Qt.WA_Resized):
            self.fit_letters(self.keyboard.width())
        # else a keyboard never laid out: its first resize fits the letters, before its first
        # paint. Fitted here to its default width, they were set twice (a style sheet
        # polishes every key: 21 ms of search's first opening at 200 %).

    def share_by_words(self, restyle: bool = True) -> None:
        """Each worded key's share of its row: its words as they show (the current mode's
        with its "✓"), with room to the ring each side."""
        theme = self.theme
        font = theme.font(WORD_UNITS)
        words = "".join(k.text() for keys in self._shared for k in keys)
        words += "".join(shift.text() for shift in self.keyboard.shifts.values())
        self.word_size = fit_ink(font, words.replace(" ", ""), 1 << 20, self.word_height,
                                 self.inset, self._size_at(SMALLEST_ZOOM, WORD_UNITS))
        font.setPixelSize(self.word_size)
        metrics = QFontMetrics(font)
        room = 2 * theme.px(ROOM_UNITS) + 2 * theme.px(2)  # and the border
        for row, keys in zip(self.rows, self._shared):
            for column, key in enumerate(keys):
                row.setColumnStretch(column, metrics.horizontalAdvance(key.text()) + room)
        if restyle:
            self._restyle()
        self.keyboard.updateGeometry()  # its least width follows the words

    def least_width(self) -> int:
        """What the keyboard asks of the screen around it: room for each row of worded keys'
        words, and for ten Korean letters at ASKED_ZOOM inside their rings (as wide as the
        keyboard always was: the search answers beside it keep two whole results at 200 %).
        Given more, the letters grow up to full size; given less, they shrink to 150 %."""
        theme = self.theme
        font = theme.font(LETTER_UNITS)
        font.setPixelSize(self._size_at(ASKED_ZOOM))
        letter = ink_room(font, self.glyphs["ko"], self.inset)[0]
        words = theme.font(WORD_UNITS)
        words.setPixelSize(self.word_size)
        metrics = QFontMetrics(words)
        room = 2 * theme.px(ROOM_UNITS) + 2 * theme.px(2)
        # A mode key's words with or without the current mode's "✓": one at a time has it.
        check = metrics.horizontalAdvance(CHECK)
        rows = [sum(metrics.horizontalAdvance(k.text().removeprefix(CHECK)) + room
                    for k in keys) + check + self.gap * (len(keys) - 1)
                for keys in self._shared]
        return max([10 * letter + 9 * self.gap] + rows)

    def _size_at(self, zoom: float, units: int = LETTER_UNITS) -> int:
        """The keys' pixel size at `zoom`, or at the visitor's if that is smaller."""
        theme = self.theme
        return min(theme.px(units), round(units * theme.short_side / 1080 * zoom))

    def fit_letters(self, width: int) -> None:
        """The letters' size for keys of a keyboard `width` px wide (ten keys to a row)."""
        theme = self.theme
        key = (width - 9 * self.gap) // 10
        smallest = self._size_at(SMALLEST_ZOOM)
        font = theme.font(LETTER_UNITS)
        self.letter_sizes = {
            mode: fit_ink(font, glyphs, key, self.heights[mode], self.inset, smallest)
            for mode, glyphs in self.glyphs.items()}
        self._restyle()

    def _restyle(self) -> None:
        """The fitted sizes as style rules (fonts come from style sheets only, theme.py): on
        each worded key beside the pages and on the page of the mode on view, each set again
        only when it changes; a hidden mode's page when it shows (`restyle_shown`). One sheet
        on the whole keyboard polished all its 97 keys again, 18 ms at 200 %; none is set
        before the letters are fitted to a width."""
        if not self.letter_sizes:
            return
        words = f"font-size: {self.word_size}px;"
        for keys in self._shared:
            for key in keys:
                self._set(key, words)
        self.restyle_shown()

    def restyle_shown(self, *_args) -> None:
        """The page of the mode on view given its letters' and its shift key's sizes."""
        page = self.keyboard.pages.currentWidget()
        mode = next((m for m, grid in self.grids.items() if grid.parentWidget() is page), None)
        if mode is None or mode not in self.letter_sizes:
            return
        self._set(page, f'QPushButton[letters="{mode}"] '
                        f'{{ font-size: {self.letter_sizes[mode]}px; }}'
                        f'QPushButton[special="true"] {{ font-size: {self.word_size}px; }}')

    def _set(self, widget, sheet: str) -> None:
        if self._sheets.get(widget) != sheet:
            self._sheets[widget] = sheet
            widget.setStyleSheet(sheet)
