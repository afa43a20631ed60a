"""Steps shown one at a time, as tall as the step on view.

Qt's QStackedWidget asks for the sizes of its tallest page, and its layout's height for a width
is the greatest of every page's, hidden ones included, whatever their size policies: a card's
or a message's short step was laid out as tall as its longest one, which pushed the keys and the
step's way on below the fold when magnified. The widget's own answers are not enough: a layout
holding the stack asks the stack's layout for its height for a width, not the widget (Qt's
QWidgetItem), and there a card's phrases at 150 % were 801 px tall for their 612, so the page
scrolled 65 px into blank and its scroll bar's arrow said more lay below. So the stack's
layout itself answers for the page on view only.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedLayout, QWidget


class _ShownLayout(QStackedLayout):
    """A stacked layout whose sizes are those of the page on view."""

    def __init__(self, parent: QWidget, widest: bool):
        super().__init__(parent)
        # `widest`: as wide as its widest page all the same (the keyboard's modes keep one
        # width, and the screen around them its layout, as the visitor changes mode).
        self.widest = widest

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return QSize(0, 0)
        width = super().sizeHint().width() if self.widest else shown.sizeHint().width()
        return QSize(width, shown.sizeHint().height())

    def minimumSize(self) -> QSize:
        shown = self.currentWidget()
        if shown is None:
            return QSize(0, 0)
        width = (super().minimumSize().width() if self.widest
                 else shown.minimumSizeHint().width())
        return QSize(width, shown.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        shown = self.currentWidget()
        return shown is not None and shown.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        shown = self.currentWidget()
        return shown.heightForWidth(width) if shown is not None else -1


class StepStack(QWidget):
    """QStackedWidget's ways of adding and choosing pages, sized by the page on view."""
    currentChanged = Signal(int)

    def __init__(self, parent=None, widest: bool = False):
        super().__init__(parent)
        self._pages = _ShownLayout(self, widest)
        self._pages.currentChanged.connect(self.currentChanged)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def addWidget(self, page: QWidget) -> int:
        return self._pages.addWidget(page)

    def count(self) -> int:
        return self._pages.count()

    def widget(self, index: int) -> QWidget | None:
        return self._pages.widget(index)

    def indexOf(self, page: QWidget) -> int:
        return self._pages.indexOf(page)

    def currentWidget(self) -> QWidget | None:
        return self._pages.currentWidget()

    def currentIndex(self) -> int:
        return self._pages.currentIndex()

    def setCurrentWidget(self, page: QWidget) -> None:
        self._pages.setCurrentWidget(page)

    def setCurrentIndex(self, index: int) -> None:
        self._pages.setCurrentIndex(index)
