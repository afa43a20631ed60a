"""Steps shown one at a time, as tall as the step on view.

Qt's QStackedWidget asks for the sizes of its tallest page, and its layout's height for a width
is the greatest of every page's, hidden ones included, whatever their size policies: a card's
or a message's short step was laid out as tall as its longest one, which pushed the keys and the
step's way on below the fold when magnified. This stack answers for the page on view only.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class StepStack(QStackedWidget):
    def __init__(self, parent=None, widest: bool = False):
        super().__init__(parent)
        # `widest`: as wide as its widest page all the same (the keyboard's modes keep one
        # width, and the screen around them its layout, as the visitor changes mode).
        self.widest = widest
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return QSize(0, 0)
        width = super().sizeHint().width() if self.widest else shown.sizeHint().width()
        return QSize(width, shown.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return QSize(0, 0)
        width = (super().minimumSizeHint().width() if self.widest
                 else shown.minimumSizeHint().width())
        return QSize(width, shown.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        shown = self.currentWidget()
        return shown is not None and shown.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        shown = self.currentWidget()
        return shown.heightForWidth(width) if shown is not None else -1
