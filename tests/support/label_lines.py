"""The lines a wrapped label shows, as Qt breaks its words at the width the layout gave it,
for tests that check which words stay together on a line."""
from __future__ import annotations

from PySide6.QtGui import QTextOption

from kiosk.ui.widgets.text_fit import _starts


def shown_lines(label) -> list[str]:
    """`label`'s text as it is broken into lines on screen (its contents' width)."""
    text = label.text()
    mode = QTextOption.WordWrap if label.wordWrap() else QTextOption.NoWrap
    starts = _starts(label.font(), text, label.contentsRect().width(), mode)
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
