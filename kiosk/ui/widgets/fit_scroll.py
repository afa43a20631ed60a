"""A scroll area as tall as what it holds, and no taller than its layout lets it be.

A dialog's words and choices sit in one: where the dialog has room (the window, or only the
reach band in low-position mode) it shows everything without a scroll bar; where it has not,
the layout squeezes the area, which then scrolls, shows its scroll bar, and can be flicked
with one finger. A plain QScrollArea asks for a fixed size whatever it holds, so a dialog had
to guess its own height from the window's and ran past the band.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from kiosk.ui.widgets.basic import kinetic


class FitScroll(QScrollArea):
    def __init__(self, content: QWidget, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.NoFocus)  # keys stop at its controls, not at it
        self.setWidget(content)
        content.installEventFilter(self)
        self._width = -1
        self._flick = False
        self._gesture = None  # the flick's gesture type, once registered
        self.verticalScrollBar().rangeChanged.connect(self._scrolls)

    def _scrolls(self, _low: int, _high: int) -> None:
        """A finger flicks it only while there is something to scroll: the flick gesture holds
        each touch back a moment to tell a flick from a tap, and quick taps (digits of a PIN)
        must all reach their keys. The gesture is grabbed or let go on the next turn of the
        event loop: the range changes while a tap is still being handled (a choice in the
        accessibility panel relays it out), and Qt's gesture manager, which is handling that
        same tap, crashed when its gesture went from under it."""
        QTimer.singleShot(0, self, self._follow_range)

    def _follow_range(self) -> None:
        flick = self.verticalScrollBar().maximum() > 0
        if flick == self._flick:
            return
        self._flick = flick
        # The viewport takes up and lets go of the one flick gesture (basic.flick_gesture).
        if not flick:
            self.viewport().ungrabGesture(self._gesture)  # grabbed when it last flicked
        elif self._gesture is None:
            self._gesture = kinetic(self)
        else:
            self.viewport().grabGesture(self._gesture)
        self.updateGeometry()  # its size hint counts the bar while it scrolls

    def sizeHint(self) -> QSize:
        content = self.widget()
        frame = 2 * self.frameWidth()
        # Measured as if the scroll bar showed: asked for at the full width, the words could
        # come out a line shorter than with a bar left over from before, which stays then.
        width = max(0, self.width() - frame - self.verticalScrollBar().sizeHint().width())
        if content.hasHeightForWidth():
            height = content.heightForWidth(width)
        else:
            height = content.sizeHint().height()
        # While it scrolls, its bar takes a strip of the width: asked for beside the content,
        # so the content keeps the width it needs rather than running under the bar.
        bar = self.verticalScrollBar().sizeHint().width() if self._flick else 0
        return QSize(content.sizeHint().width() + frame + bar, height + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)  # squeezed as far as the dialog needs: what is left scrolls

    def eventFilter(self, obj, event) -> bool:
        # What it holds grew or shrank (a line more, a button shown): ask for a new height.
        # QScrollArea sizes what it holds only on its own events: hand it one.
        if obj is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()
            QCoreApplication.postEvent(self, QEvent(QEvent.LayoutRequest))
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.width() != self._width:  # wrapped words need another height at this width
            self._width = self.width()
            self.updateGeometry()
