"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 released a reference to None on every call of a method that returns nothing
(setFont, setPen, save, ...). On Python 3.11 None is an ordinary object, so a kiosk that
paints for a few minutes drives None's count to zero and the interpreter aborts
("none_dealloc"). This test fails on any binding that does that.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter


def test_void_calls_do_not_release_none(qapp):
    image = QImage(64, 64, QImage.Format_ARGB32)
    painter = QPainter(image)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(500):
        font.setPixelSize(20)
        painter.setFont(font)
        painter.setPen(QColor("#123456"))
        painter.save()
        painter.restore()
        painter.fillRect(QRect(0, 0, 8, 8), QColor("#654321"))
    after = sys.getrefcount(None)
    painter.end()
    # 3,000 calls: a binding with the bug loses about 3,000; a sound one stays about level.
    assert after - before > -100, f"None lost {before - after} references"
