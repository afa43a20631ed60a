"""The lines a wrapped label shows, as Qt breaks its words at the width the layout gave it,
for tests that check which words stay together on a line, and where each line is drawn."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextOption

from kiosk.ui.widgets.text_fit import _starts


def shown_lines(label) -> list[str]:
    """`label`'s text as it is broken into lines on screen (its contents' width)."""
    mode = QTextOption.WordWrap if label.wordWrap() else QTextOption.NoWrap
    lines = []
    for part in label.text().split("\n"):  # a line break always starts a line
        starts = _starts(label.font(), part, label.contentsRect().width(), mode)
        lines += [part[a:b].strip() for a, b in zip(starts, starts[1:] + [len(part)])]
    return lines


def line_spans(window, label) -> list[tuple[str, int, int]]:
    """Each line `label` draws, with the window's rows it takes (its words' block placed in
    the label as its alignment puts it, the block shared equally by its lines)."""
    lines = shown_lines(label) if label.wordWrap() else label.text().split("\n")
    inside = label.contentsRect()
    block = QFontMetrics(label.font()).boundingRect(
        inside, int(label.alignment()) | (Qt.TextWordWrap if label.wordWrap() else 0),
        label.text()).height()
    if label.alignment() & Qt.AlignTop:
        top = inside.top()
    elif label.alignment() & Qt.AlignBottom:
        top = inside.bottom() + 1 - block
    else:
        top = inside.top() + (inside.height() - block) // 2
    top += label.mapTo(window, QPoint(0, 0)).y()
    step = block / max(1, len(lines))
    return [(words, round(top + i * step), round(top + (i + 1) * step))
            for i, words in enumerate(lines)]
