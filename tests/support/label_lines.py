"""The lines a wrapped label shows, as Qt breaks its words at the width the layout gave it,
for tests that check which words stay together on a line."""
from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption


def shown_lines(label) -> list[str]:
    """`label`'s text as it is broken into lines on screen (its contents' width)."""
    text, width = label.text(), label.contentsRect().width()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap if label.wordWrap() else QTextOption.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
