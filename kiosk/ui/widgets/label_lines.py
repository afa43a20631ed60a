"""Where each line of a label's words is drawn: a view's edge may cut one line of a long
label while the lines above it show whole, and only that line need lie under "▼ More below"
(`more_below.py`), not the label's first lines with it."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def plain(label: QLabel) -> bool:
    """Whether `label` draws its text as plain lines of its font (no rich text, no image)."""
    if label.textFormat() == Qt.RichText:
        return False
    return label.textFormat() == Qt.PlainText or "<" not in label.text()


def line_rows(label: QLabel) -> list[tuple[int, int]]:
    """(top, bottom) of each line `label` draws, in its own rows: its words' block placed as
    its alignment puts it inside its contents, the block shared equally by its lines."""
    inside = label.contentsRect()
    flags = int(label.alignment()) | (int(Qt.TextWordWrap) if label.wordWrap() else 0)
    block = QFontMetrics(label.font()).boundingRect(inside, flags, label.text()).height()
    # Counted as Qt breaks them, not by the font's line spacing: Hangul drawn from a fallback
    # font takes taller lines (79 px where the font says 73, at 200 %).
    count = sum(_count(label.font(), part, inside.width(), label.wordWrap())
                for part in label.text().split("\n"))
    if label.alignment() & Qt.AlignTop:
        top = inside.top()
    elif label.alignment() & Qt.AlignBottom:
        top = inside.bottom() + 1 - block
    else:
        top = inside.top() + (inside.height() - block) // 2
    step = block / count
    return [(round(top + i * step), round(top + (i + 1) * step) - 1) for i in range(count)]


def line_inks(label: QLabel) -> list[tuple[int, int]]:
    """(left, right) of the words on each line `label` draws, in its own columns, one for
    each of `line_rows`: a card's two lines of opening hours ink only their words' width, and
    the blank beside them is ground a cue may lie on (fold_cue.py)."""
    inside = label.contentsRect()
    align = label.alignment()
    inks = []
    for part in label.text().split("\n"):
        for width in _widths(label.font(), part, inside.width(), label.wordWrap()):
            width = min(width, inside.width())
            if align & Qt.AlignRight:
                left = inside.right() + 1 - width
            elif align & Qt.AlignHCenter:
                left = inside.left() + (inside.width() - width) // 2
            else:
                left = inside.left()
            inks.append((left, left + max(width, 1) - 1))
    return inks


def _count(font: QFont, text: str, width: int, wrapped: bool) -> int:
    """How many lines `text` (no line break in it) takes at `width`, as a label breaks it."""
    return len(_widths(font, text, width, wrapped)) if wrapped else 1


def _widths(font: QFont, text: str, width: int, wrapped: bool) -> list[int]:
    """The width of the words on each line `text` (no line break in it) takes at `width`."""
    if not wrapped:
        return [QFontMetrics(font).horizontalAdvance(text)]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widths = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1, width))
        widths.append(math.ceil(line.naturalTextWidth()))
    layout.endLayout()
    return widths or [0]
