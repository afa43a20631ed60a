"""Where each line of a label's words is drawn: a view's edge may cut one line of a long
label while the lines above it show whole, and only that line need lie under "▼ More below"
(`more_below.py`), not the label's first lines with it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
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
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment()) | (int(Qt.TextWordWrap) if label.wordWrap() else 0)
    block = metrics.boundingRect(inside, flags, label.text()).height()
    count = max(1, round(block / max(1, metrics.lineSpacing())))
    if label.alignment() & Qt.AlignTop:
        top = inside.top()
    elif label.alignment() & Qt.AlignBottom:
        top = inside.bottom() + 1 - block
    else:
        top = inside.top() + (inside.height() - block) // 2
    step = block / count
    return [(round(top + i * step), round(top + (i + 1) * step) - 1) for i in range(count)]
