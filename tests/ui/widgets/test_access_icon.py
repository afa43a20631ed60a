"""The footer's Accessibility button carries the accessibility symbol in its own colour, in
every palette, so a visitor who does not read the word finds it: drawn, visible, and at least
3:1 against the bar (non-text contrast, WCAG 1.4.11)."""
from __future__ import annotations

from collections import Counter

import pytest
from looks import LARGEST, SMALLEST, Look, wear
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from kiosk.directory.accessibility import contrast_ratio
from kiosk.directory.strings import tr


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("zoom", [SMALLEST, LARGEST])
def test_the_symbol_stands_out_beside_the_word(window, zoom, high_contrast):
    wear(window, Look("ko", "landscape", zoom, high_contrast))
    button = window.access_button
    assert button.text() == tr("access.button", "ko") == "접근성"
    assert not button.icon().isNull()
    side = button.iconSize().height()
    assert side >= button.fontMetrics().capHeight()  # as tall as the word at least
    # As the window draws it: the button's ground is the bar's, behind a clear background.
    area = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    ground = Counter(image.pixelColor(x, image.height() // 2).name()
                     for x in range(image.width())).most_common(1)[0][0]
    icon = button.icon().pixmap(button.iconSize()).toImage()
    ink = Counter(icon.pixelColor(x, y).name() for x in range(icon.width())
                  for y in range(icon.height()) if icon.pixelColor(x, y).alpha() == 255)
    colour = ink.most_common(1)[0][0]
    assert contrast_ratio(colour, ground) >= 3.0, (colour, ground)
    assert colour in {image.pixelColor(x, y).name() for x in range(image.width())
                      for y in range(image.height())}, "the symbol is drawn on the button"
