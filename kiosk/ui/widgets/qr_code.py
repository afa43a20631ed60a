"""A QR code painted module by module, so it stays sharp at any size and magnification.

The matrix comes from `qrcode`; no image library is needed. Dark modules are always black on
white, whatever the palette: phone cameras read that most reliably.
"""
from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.exceptions import DataOverflowError
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
# Every mask is valid and every reader decodes it; `qrcode` left to choose builds the code
# once per mask (eight times) to score them, 27 ms of a route's first tap where one mask
# takes 7 ms. tests/ui/widgets/test_qr_code.py decodes the drawn code, at 2 px a module.
MASK = 0
CODES_KEPT = 16  # a few routes, each in both languages, with and without stairs


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, quiet zone included (True is dark), or [] when the text is more
    than the largest code holds (a directory may name a place at any length). Low error
    correction keeps the modules of a long text large enough to scan from the screen."""
    return [[bool(module) for module in row] for row in _encoded(text)]


@lru_cache(maxsize=CODES_KEPT)
def _encoded(text: str) -> tuple[bytes, ...]:
    """The modules, one byte each (a few KB a code). Remembered: the same route comes back
    as the visitor switches language or stairs, or opens it again."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=QUIET_ZONE,
                         mask_pattern=MASK)
    code.add_data(text)
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):  # qrcode says "Invalid version" past version 40
        return ()
    return tuple(bytes(row) for row in code.get_matrix())


class QrCode(QWidget):
    """A square widget showing one text as a QR code; empty text, or one too long for any
    code, paints nothing (`shows` is False)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.matrix: list[list[bool]] = []
        self.side = 320
        sizing = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.matrix = qr_matrix(text) if text else []
            least = 2 * len(self.matrix)  # at least 2 px a module, or phones cannot read it
            self.setMinimumSize(least, least)
            self.updateGeometry()
            self.update()

    @property
    def shows(self) -> bool:
        return bool(self.matrix)

    def set_side(self, side: int) -> None:
        self.side = side
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        side = max(self.side, self.minimumWidth())
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self.matrix:
            return
        count = len(self.matrix)
        side = min(self.width(), self.height())
        module = side // count  # whole pixels: no blurred edges between modules
        if module < 1:
            return
        size = module * count
        left, top = (self.width() - size) // 2, (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, size, size), QColor("#ffffff"))
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("#000000"))
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(left + c * module, top + r * module, module, module)
        painter.end()
