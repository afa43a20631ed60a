"""Contrast as the visitor sees it: read from the rendered pixels, not from the palette.

`drawn_contrast(widget)` grabs the widget's part of its window twice, with its text and with
the text taken out for that instant. The pixels that differ are the text; the colour most of
them share is the colour the glyphs are drawn in (their solid cores, not the anti-aliased
edges), and what the second picture shows at those pixels is the background behind them.
Everything between the widget and the glass counts: the stylesheet, a parent's background,
the dimmed overlay, a focus ring's fill.
"""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk.directory.accessibility import contrast_ratio


@dataclass(frozen=True)
class DrawnText:
    text: str
    colour: str  # "#rrggbb" of the glyphs
    background: str  # "#rrggbb" behind them
    ratio: float

    def __str__(self) -> str:
        return f"{self.text!r}: {self.colour} on {self.background} = {self.ratio:.2f}:1"


def _pixels(window: QWidget, area: QRect) -> array:
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits())[:image.sizeInBytes()])
    stride = image.bytesPerLine() // 4
    return array("I", (words[y * stride + x] for y in range(image.height())
                       for x in range(image.width())))


def _hex(word: int) -> str:
    return f"#{word & 0xFFFFFF:06x}"


def drawn_contrast(widget: QWidget) -> DrawnText:
    """The contrast of `widget`'s text (a QLabel or a button: anything with text/setText) as
    drawn on screen, over the part of the widget that is not scrolled or clipped away."""
    text = widget.text()
    assert text.strip(), f"{widget.objectName() or widget!r} draws no text"
    window = widget.window()
    area = widget.visibleRegion().boundingRect()
    assert not area.isEmpty(), f"{text!r} is not on screen"
    area.translate(widget.mapTo(window, QPoint(0, 0)))
    with_text = _pixels(window, area)
    widget.setText("")
    try:
        without = _pixels(window, area)
    finally:
        widget.setText(text)
    glyphs = [(a, b) for a, b in zip(with_text, without) if a != b]
    if not glyphs:  # drawn in the background's colour, or hidden under something else
        behind = _hex(Counter(without).most_common(1)[0][0])
        return DrawnText(text, behind, behind, 1.0)
    colour = Counter(a for a, _b in glyphs).most_common(1)[0][0]
    behind = Counter(b for _a, b in glyphs).most_common(1)[0][0]
    return DrawnText(text, _hex(colour), _hex(behind),
                     contrast_ratio(_hex(colour), _hex(behind)))
