"""What a "more below" strip shows, read from drawn pixels: where its cue lies, and whether
its muted words or arrow are drawn there."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


def near(colour: QColor, other: QColor, within: int = 24) -> bool:
    return max(abs(colour.red() - other.red()), abs(colour.green() - other.green()),
               abs(colour.blue() - other.blue())) <= within


def cue_drawn(image: QImage, band: QRect, muted: QColor) -> bool:
    """Some pixel of `band` (in `image`) is in the muted colour: the words' stems, the arrow
    (text antialiased at its edges leaves few pixels of the exact colour)."""
    return any(near(image.pixelColor(x, y), muted)
               for y in range(band.top(), band.bottom() + 1)
               for x in range(band.left(), band.right() + 1, 2))


def drawn_rows(image: QImage, rect: QRect, ground: QColor) -> tuple[int, int] | None:
    """The first and last row of `rect` (in `image`) with a pixel other than `ground`."""
    rows = [y for y in range(rect.top(), rect.bottom() + 1)
            if any(image.pixelColor(x, y) != ground
                   for x in range(rect.left(), rect.right() + 1, 2))]
    return (rows[0], rows[-1]) if rows else None
