"""The "▼ More below" cue of a page whose fold a FoldGap keeps clean (home): nothing there is
cut, so no strip covers anything, and at 200 % home's opening hours and service windows lay
under the fold with only a scroll bar saying so. The cue is the strip's (strip_cue.py), drawn
over the page's blank ground at the view's bottom edge while more lies below and nothing of
the page lies under its band; a tap on it scrolls one view down."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QWidget

from kiosk.ui.widgets.strip_cue import cue_band, paint_cue


class FoldCue(QWidget):
    """Over `area`'s view, at its bottom edge; `words` gives the cue's words."""

    def __init__(self, area: QScrollArea, theme, words: Callable[[], str]) -> None:
        super().__init__(area.viewport())
        self.setObjectName(f"{area.objectName()}FoldCue")
        self.setAttribute(Qt.WA_TranslucentBackground)  # the page's own ground shows
        self.area, self.theme, self.words = area, theme, words
        self._queued = False
        self.hide()
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.follow)
        bar.rangeChanged.connect(self.follow)
        area.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize:
            self.follow()
        elif kind == QEvent.LayoutRequest:
            # Not hidden for this: showing the cue, a child of the view, posts the view a
            # layout request of its own, and hiding it there would start it over every turn.
            self._queue()
        return False

    def follow(self, *_args) -> None:
        """Gone at once as the view scrolls or changes (it would lie over what moved under
        it), placed again on the next turn of the event loop."""
        self.hide()
        self._queue()

    def _queue(self) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._place)

    def band(self) -> QRect | None:
        """Where the cue goes now: None where nothing lies below, or where the page shows
        something in that band (a label, a tile or card, a button: its frame or words)."""
        bar, view = self.area.verticalScrollBar(), self.area.viewport()
        if bar.value() >= bar.maximum():
            return None
        band = cue_band(self.theme, view.rect(), view.height())
        page = self.area.widget()
        clear = page is None or not any(
            QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()).intersects(band)
            for widget in page.findChildren(QWidget)
            if widget.isVisible() and (isinstance(widget, (QFrame, QAbstractButton))
                                       or widget.focusPolicy() != Qt.NoFocus))  # a tile
        return band if clear else None

    def _place(self) -> None:
        self._queued = False
        band = self.band()
        if band is None:
            self.hide()
            return
        if self.geometry() != band:
            self.setGeometry(band)
        if not self.isVisible():  # shown again only when it was not: see eventFilter
            self.show()
            self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_cue(painter, self.theme, self.rect(), self.words())
        painter.end()

    def mousePressEvent(self, event) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())
        event.accept()
